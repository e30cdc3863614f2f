"""Command-line interface: a thin layer over the library.

Exit codes (scriptable, like ruff):
  0  success (``check``: nothing to change)
  1  ``check``: something would change
  2  usage error, unreadable input or other failure
"""

from __future__ import annotations

import difflib
import json
import sys

import click

from . import __version__
from .config import Config
from .pipeline import Pipeline
from .rules.base import all_rules, get_rule

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


class CLIError(click.ClickException):
    """A failure reported in one line on stderr, exit code 2."""

    exit_code = EXIT_ERROR


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _config_options(f):
    """Options shared by ``fix`` and ``check``."""
    opts = [
        click.option("--lang", default=None, help="Language of the text (ISO 639-1); detected if omitted."),
        click.option("--select", multiple=True, help="Rule codes or prefixes to run instead of the defaults (comma-separated)."),
        click.option("--extend-select", multiple=True, help="Rule codes or prefixes to add to the selection."),
        click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip."),
        click.option("--unsafe-fixes", is_flag=True, help="Also apply edits marked unsafe."),
        click.option("--detector", type=click.Choice(["auto", "fast", "langdetect"]), default="auto",
                     show_default=True, help="Language detector."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def build_config(lang, select, extend_select, ignore, unsafe_fixes, detector, **extra) -> Config:
    return Config(
        select=_split(select) or None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        lang=lang,
        unsafe_fixes=unsafe_fixes,
        detector=detector,
        **extra,
    )


def _read_inputs(files: tuple[str, ...]):
    """Yield (name, text) for each file, or stdin when there is none."""
    if not files or files == ("-",):
        data = sys.stdin.buffer.read()
        yield "<stdin>", _decode(data, "<stdin>")
        return
    for name in files:
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise CLIError(f"{name}: cannot read: {exc.strerror or exc}") from exc
        yield name, _decode(data, name)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CLIError(
            f"{name}: invalid UTF-8 at byte {exc.start} (line {line}); nothing was changed"
        ) from exc


def format_edit(name: str, text: str, e, applied: bool = True) -> str:
    line = text.count("\n", 0, e.start) + 1
    col = e.start - (text.rfind("\n", 0, e.start) + 1) + 1
    flag = "" if applied else f" [{e.applicability}, not applied: use --unsafe-fixes]"
    return f"{name}:{line}:{col}: {e.code} {e.reason}: {e.before!r} -> {e.after!r}{flag}"


def _diff(name: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True),
            fromfile=f"a/{name}", tofile=f"b/{name}",
        )
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textfix")
def main() -> None:
    """Repair the damage scraping leaves in text, explaining every edit."""


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@_config_options
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff instead of the text.")
@click.option("--explain", is_flag=True, help="List the edits (on stderr unless --diff/--explain only).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the repaired text here (default: stdout).")
def fix(files, show_diff, explain, output, **opts):
    """Repair FILES (or stdin) and print the result."""
    pipe = Pipeline(build_config(**opts))
    out_chunks: list[str] = []
    for name, text in _read_inputs(files):
        result = pipe.run(text)
        if explain:
            target = sys.stdout if show_diff else sys.stderr
            for e in result.edits:
                click.echo(format_edit(name, text, e), file=target)
            for e in result.skipped:
                click.echo(format_edit(name, text, e, applied=False), file=target)
        if show_diff:
            out_chunks.append(_diff(name, text, result.text))
        else:
            out_chunks.append(result.text)
    payload = "".join(out_chunks)
    if output and output != "-":
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(payload)
    else:
        click.echo(payload, nl=False)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@_config_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--statistics", is_flag=True, help="Print counts per rule code instead of each edit.")
def check(files, fmt, statistics, **opts):
    """Report what `fix` would change; exit 1 if anything would."""
    pipe = Pipeline(build_config(**opts))
    counts: dict[str, int] = {}
    records = []
    changed = False
    for name, text in _read_inputs(files):
        result = pipe.run(text)
        changed = changed or result.changed
        for e in result.edits:
            counts[e.code] = counts.get(e.code, 0) + 1
            records.append((name, text, e))
    if statistics:
        if fmt == "json":
            click.echo(json.dumps(counts, sort_keys=True))
        else:
            for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                rule = get_rule(code)
                click.echo(f"{n:>7}  {code}  {rule.summary}")
    elif fmt == "json":
        click.echo(json.dumps([dict(e.to_dict(), file=name) for name, _, e in records],
                              ensure_ascii=False, indent=1))
    else:
        for name, text, e in records:
            click.echo(format_edit(name, text, e))
    sys.exit(EXIT_CHANGES if changed else EXIT_OK)


@main.command("rules")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def rules_cmd(show_all):
    """List every rule code with a one-line description."""
    for r in all_rules():
        if r.default or show_all:
            state = "" if r.default else "  (off by default)"
            click.echo(f"{r.code}  {r.name:<28} {r.summary}{state}")


@main.command("rule")
@click.argument("code")
def rule_cmd(code):
    """Print the documentation of one rule."""
    try:
        rule = get_rule(code)
    except KeyError:
        raise CLIError(f"unknown rule code {code!r}; see `textfix rules --all`")
    click.echo(rule.documentation())


if __name__ == "__main__":  # pragma: no cover
    main()
