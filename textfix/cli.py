"""Command-line interface: a thin layer over the library.

Exit codes (scriptable, like ruff):
  0  success (``check``: nothing to change)
  1  ``check``: something would change
  2  usage error, unreadable input, existing output without ``--force``
  3  the run finished but some records were rejected (written to the rejects file)
  4  an output could not be written (full disk, permissions); nothing half-written is left
"""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .config import Config
from .io.formats import ERRORS, FORMATS
from .rules.base import all_rules, get_rule

EXIT_OK, EXIT_CHANGES, EXIT_ERROR, EXIT_REJECTS, EXIT_WRITE = 0, 1, 2, 3, 4


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
        click.option("--unsafe-fixes/--no-unsafe-fixes", default=None,
                     help="Also apply edits marked unsafe (default: off, or the config file's)."),
        click.option("--detector", type=click.Choice(["auto", "fast", "langdetect"]), default=None,
                     help="Language detector [default: auto]."),
        click.option("--normalize", "--profile", "normalize", default=None, metavar="PROFILE",
                     help="Apply a normalization profile (see `textfix profiles`)."),
        click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False),
                     help="Configuration file (default: textfix.toml or pyproject.toml "
                          "[tool.textfix], searched upward)."),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def build_settings(lang=None, select=(), extend_select=(), ignore=(), unsafe_fixes=None,
                   detector=None, normalize=None, config_file=None, isolated=False, **extra):
    """The settings in force: defaults, then the config file, then the command line."""
    from .settings import SettingsError, resolve

    cli = dict(select=_split(select) or None, extend_select=_split(extend_select),
               ignore=_split(ignore), lang=lang, unsafe_fixes=unsafe_fixes, detector=detector,
               normalize=normalize, **extra)
    try:
        return resolve(cli, config_file=config_file, isolated=isolated)
    except SettingsError as exc:
        raise CLIError(str(exc)) from exc


def build_config(**opts) -> Config:
    return build_settings(**opts).config


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="textfix")
def main() -> None:
    """Repair the damage scraping leaves in text, explaining every edit."""


def _corpus_options(f):
    """Options of ``fix`` and ``check`` about inputs (see the README's "Corpora")."""
    opts = [
        click.option("--input-format", "input_format", type=click.Choice(FORMATS), default=None,
                     help="Input format (default: from the file name: .jsonl, .parquet, else text)."),
        click.option("--lines", is_flag=True, help="One document per line (same as --input-format lines)."),
        click.option("--field", default="text", show_default=True,
                     help="JSONL field (dotted path like meta.body) or Parquet column holding the text."),
        click.option("--glob", default="*", show_default=True, help="Files to take from directories."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: the machine's cores)."),
        click.option("--errors", type=click.Choice(ERRORS), default="strict", show_default=True,
                     help="Invalid UTF-8: reject the record (strict), replace with U+FFFD, "
                          "or copy it unrepaired (skip)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _corpus_run(paths, opts, input_format, lines, field, glob, jobs, errors, quiet,
                report="none", emit=True, output=None, in_place=False, rejects=None, force=False,
                on_report=None, engine="local", scheduler=None):
    from .cli_corpus import Options, UsageError, run
    from .corpus import JobSpec

    if engine == "dask" or scheduler:  # the corpus job on a Dask cluster
        from functools import partial

        from .integrations.dask_corpus import run_corpus as run

        run = partial(run, scheduler=scheduler)

    if lines:
        input_format = "lines"
    spec = JobSpec(build_config(**opts), input_format or "auto", tuple(field.split(".")),
                   errors, report, emit)
    o = Options(tuple(paths), input_format, field, glob, jobs, errors, rejects, force, quiet,
                output, in_place)
    try:
        return run(o, spec, on_report)
    except UsageError as exc:
        raise CLIError(str(exc)) from exc


def _edit_line(source, line, col, e, applied=True):
    flag = "" if applied else f" [{e.applicability}, not applied: use --unsafe-fixes]"
    return f"{source}:{line}:{col}: {e.code} {e.reason}: {e.before!r} -> {e.after!r}{flag}"


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@_config_options
@_corpus_options
@click.option("--diff", "show_diff", is_flag=True, help="Print unified diffs instead of the output.")
@click.option("--explain", is_flag=True, help="List the edits (on stderr; on stdout with --diff).")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None,
              help="Output file (a directory for several inputs); default: stdout.")
@click.option("--in-place", is_flag=True, help="Rewrite each input file (atomically).")
@click.option("--format", "format_", type=click.Choice(FORMATS), default=None,
              help="Same as --input-format.")
@click.option("--rejects", type=click.Path(dir_okay=False), default=None,
              help="Where rejected records go (default: OUTPUT.rejects.EXT beside the output).")
@click.option("--force", is_flag=True, help="Overwrite existing outputs and rejects files.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on local worker processes or on a Dask cluster (needs the dask extra).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (implies --engine dask); without it, a local "
                   "Dask cluster of -j workers.")
def fix(files, show_diff, explain, output, in_place, format_, rejects, force, engine, scheduler,
        input_format, lines, field, glob, jobs, errors, quiet, **opts):
    """Repair FILES, directories (recursively) or stdin; write the result.

    Exit codes: 0 done, 2 usage error or unreadable input, 3 done but some
    records were rejected (see --rejects), 4 an output could not be written.
    """
    if in_place and output:
        raise CLIError("--in-place and -o exclude each other")
    target = sys.stdout if show_diff else sys.stderr

    def on_report(rep):
        if explain:
            for line, col, e in rep.edits:
                click.echo(_edit_line(rep.source, line, col, e), file=target)
            for line, col, e in rep.skipped:
                click.echo(_edit_line(rep.source, line, col, e, applied=False), file=target)
        if show_diff and rep.diff:
            click.echo(rep.diff, nl=False)

    report = "diff" if show_diff else ("edits" if explain else "none")
    code, job, seconds = _corpus_run(
        files, opts, format_ or input_format, lines, field, glob, jobs, errors, quiet,
        report=report, emit=not show_diff, output=output, in_place=in_place,
        rejects=rejects, force=force, on_report=on_report, engine=engine, scheduler=scheduler)
    if not quiet:
        from .cli_corpus import summary

        click.echo(summary(job, seconds, emit=not show_diff), err=True)
    sys.exit(code)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@_config_options
@_corpus_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report format.")
@click.option("--statistics", is_flag=True, help="Print counts per rule code instead of each edit.")
def check(files, fmt, statistics, input_format, lines, field, glob, jobs, errors, quiet, **opts):
    """Report what `fix` would change; exit 1 if anything would.

    Exit codes: 0 nothing to change, 1 something would change, 2 usage error
    or unreadable input, 3 some records could not be read (rejected).
    """
    first = [True]

    def on_report(rep):
        if statistics:
            return
        for line, col, e in rep.edits:
            if fmt == "json":
                item = dict(e.to_dict(), file=rep.source, line=line, column=col)
                click.echo(("[\n" if first[0] else ",\n") + json.dumps(item, ensure_ascii=False), nl=False)
                first[0] = False
            else:
                click.echo(_edit_line(rep.source, line, col, e))

    code, job, seconds = _corpus_run(
        files, opts, input_format, lines, field, glob, jobs, errors, quiet,
        report="none" if statistics else "edits", emit=False, on_report=on_report)
    if statistics:
        from .cli_corpus import statistics_lines

        for row in statistics_lines(job.stats.edits, fmt):
            click.echo(row)
    elif fmt == "json":
        click.echo("[]" if first[0] else "\n]")
    if not quiet:
        from .cli_corpus import summary

        click.echo(summary(job, seconds, emit=False), err=True)
    if code == EXIT_OK and job.stats.changed:
        code = EXIT_CHANGES
    sys.exit(code)


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


@main.command("profiles")
def profiles_cmd():
    """List the normalization profiles and what each does."""
    from .profiles import DESCRIPTIONS, PROFILES

    names = {r.code: r.summary for r in all_rules()}
    for name, codes in PROFILES.items():
        click.echo(f"{name}: {DESCRIPTIONS.get(name, '')}")
        for code in codes:
            click.echo(f"    {code}  {names.get(code, '?')}")


@main.command("config")
@_config_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def config_cmd(fmt, **opts):
    """Show the settings in force and where each came from."""
    settings = build_settings(**opts)
    rows = settings.rows()
    if fmt == "json":
        click.echo(json.dumps({"file": str(settings.path) if settings.path else None,
                               "settings": {k: {"value": v, "source": s} for k, v, s in rows}},
                              ensure_ascii=False, indent=1))
        return
    click.echo(f"config file: {settings.path or 'none (searched from the working directory up)'}")
    for key, value, source in rows:
        if key == "select" and value is None:
            value = "default rules"
        elif isinstance(value, tuple):
            value = ", ".join(value) or "-"
        click.echo(f"{key:<14} = {value!s:<30} ({source})")


@main.command("lines")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", default=None, help="Language of the text (ISO 639-1); detected if omitted.")
def lines_cmd(file, lang):
    """Print each line of FILE with its class and the breaks that would be joined."""
    from .lines import describe

    try:
        with click.open_file(file, "rb") as fh:
            data = fh.read()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"{file}: cannot read as UTF-8: {exc}") from exc
    click.echo(describe(text, lang), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
