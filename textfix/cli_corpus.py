"""What ``textfix fix`` and ``textfix check`` do with paths: a thin layer over :mod:`textfix.corpus`.

Kept apart from :mod:`textfix.cli` (option parsing only) so that the command
definitions stay small.  Exit codes are documented in :mod:`textfix.cli`.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import click

from .corpus import (
    CorpusJob,
    FileTask,
    JobSpec,
    OutputError,
    Stats,
    ordered_map,
    rejects_path,
)
from .io.formats import detect_format, read_chunks
from .io.sinks import ByteSink, NullSink, ParquetSink
from .rules.base import get_rule

EXIT_OK, EXIT_CHANGES, EXIT_ERROR, EXIT_REJECTS, EXIT_WRITE = 0, 1, 2, 3, 4
CHUNK_BYTES = 1 << 20
MAX_REJECT_MESSAGES = 20


class UsageError(Exception):
    """A problem found before anything is written (exit 2)."""


@dataclass
class Options:
    paths: tuple[str, ...]
    fmt: str | None = None          # None: detect per file
    field: str = "text"
    glob: str = "*"
    jobs: int | None = None
    errors: str = "strict"
    rejects: str | None = None
    force: bool = False
    quiet: bool = False
    output: str | None = None
    in_place: bool = False


def _hidden(name: str) -> bool:
    return name.startswith(".") or ".rejects." in name


def expand(paths: tuple[str, ...], glob: str) -> list[tuple[str, str]]:
    """(file, path relative to its argument) for each input; directories are walked."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for p in paths or ("-",):
        if p != "-" and os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if _hidden(f):
                        continue
                    full = os.path.join(root, f)
                    rel = os.path.relpath(full, p)
                    if fnmatch.fnmatch(f, glob) or fnmatch.fnmatch(rel, glob):
                        found.append((full, rel))
            if not found:
                raise UsageError(f"{p}: no file matches {glob!r}")
            items = found
        else:
            items = [(p, os.path.basename(p) if p != "-" else "-")]
        for full, rel in items:
            key = full if full == "-" else os.path.realpath(full)
            if key not in seen:
                seen.add(key)
                out.append((full, rel))
    return out


def plan(opts: Options, emit: bool) -> list[FileTask]:
    """Tasks with their output paths; raises :class:`UsageError` before any write."""
    files = expand(opts.paths, opts.glob)
    many = (len(files) > 1 or any(p != "-" and os.path.isdir(p) for p in opts.paths)
            or bool(opts.output and os.path.isdir(opts.output)))
    tasks: list[FileTask] = []
    for src, rel in files:
        if src != "-" and not os.path.exists(src):
            raise UsageError(f"{src}: no such file")
        fmt = opts.fmt or detect_format(src)
        if not emit:
            out, key = None, None
        elif opts.in_place:
            if src == "-":
                raise UsageError("--in-place needs files, not standard input")
            out, key = src, None
        elif opts.output and opts.output != "-":
            if many:
                out, key = os.path.join(opts.output, rel), None
            else:
                out, key = opts.output, None
        else:
            if fmt == "parquet":
                raise UsageError(f"{src}: Parquet output needs -o or --in-place")
            out, key = "-", "-"
        tasks.append(FileTask(src, fmt, out, key))
    if emit and not opts.in_place:
        for t in tasks:
            if t.output in (None, "-"):
                continue
            if os.path.exists(t.output):
                if t.source != "-" and os.path.exists(t.source) and os.path.samefile(t.source, t.output):
                    raise UsageError(f"{t.output}: output is the input; use --in-place")
                if not opts.force:
                    raise UsageError(f"{t.output}: exists; use --force to overwrite")
    if emit:
        for t in tasks:
            r = _rejects_target(opts, t)
            if r != "-" and os.path.exists(r) and not opts.force and not opts.rejects:
                raise UsageError(f"{r}: a rejects file exists; use --force to overwrite or --rejects FILE")
    return tasks


def _rejects_target(opts: Options, task: FileTask) -> str:
    if opts.rejects:
        return opts.rejects
    if task.output and task.output != "-":
        return rejects_path(task.output, task.fmt)
    ext = {"jsonl": ".jsonl", "parquet": ".jsonl"}.get(task.fmt, ".txt")
    return f"textfix-rejects{ext}"


class Progress:
    """A one-line progress display on stderr, only when it is a terminal."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.docs = 0
        self.bytes = 0

    def update(self, stats: Stats) -> None:
        self.docs += stats.records
        self.bytes += stats.bytes_in
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = self.bytes / max(now - self.start, 1e-9) / 1e6
        pct = f" {100 * self.bytes / self.total:5.1f}%" if self.total else ""
        sys.stderr.write(f"\r{pct} {self.docs:,} records, {self.bytes / 1e6:,.1f} MB, {rate:,.1f} MB/s ")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _total_size(tasks: list[FileTask]) -> int | None:
    try:
        return sum(os.path.getsize(t.source) for t in tasks if t.source != "-") or None
    except OSError:
        return None


def run(opts: Options, spec: JobSpec, on_report=None) -> tuple[int, CorpusJob, float]:
    """Plan, run and write; returns (exit code, job, seconds).  Messages go to stderr."""
    tasks = plan(opts, spec.emit)
    total = _total_size(tasks)
    jobs = opts.jobs or os.cpu_count() or 1
    if total is not None and total < 2 * CHUNK_BYTES:
        jobs = 1  # not worth starting workers for one chunk
    column = ".".join(spec.field_path)

    def sink_factory(path, fmt):
        if fmt == "parquet":
            return ParquetSink(path, column)
        return ByteSink(path, separate=fmt in ("lines", "jsonl"))

    shown = [0]

    def on_reject(rej, where):
        shown[0] += 1
        if shown[0] <= MAX_REJECT_MESSAGES:
            click.echo(f"{rej.describe()} -> {where}" if spec.emit else rej.describe(), err=True)

    def reject_factory(task):
        if not spec.emit:  # check, --diff: report only, write nothing
            return NullSink("(not written)")
        return ByteSink(_rejects_target(opts, task), separate=task.fmt != "text")

    progress = Progress(total, sys.stderr.isatty() and not opts.quiet)
    job = CorpusJob(spec, tasks, sink_factory, reject_factory, on_reject=on_reject,
                    on_report=on_report, on_progress=progress.update)
    for t in tasks:
        if t.output and t.output != "-":
            try:
                os.makedirs(os.path.dirname(os.path.abspath(t.output)), exist_ok=True)
            except OSError as exc:
                raise UsageError(f"{t.output}: cannot create its directory: {exc.strerror or exc}") from exc

    def reader(task):
        return read_chunks(task.source, task.fmt, CHUNK_BYTES, field_path=spec.field_path)

    start = time.monotonic()
    code = EXIT_OK
    try:
        job.consume(ordered_map(spec, job.chunks(reader), jobs))
    except OutputError as exc:
        progress.done()
        click.echo(f"textfix: {exc}", err=True)
        return EXIT_WRITE, job, time.monotonic() - start
    except BrokenProcessPool:
        progress.done()
        click.echo("textfix: a worker process died (out of memory?); unfinished outputs were not "
                   "written; try fewer -j", err=True)
        return EXIT_ERROR, job, time.monotonic() - start
    progress.done()
    seconds = time.monotonic() - start
    if shown[0] > MAX_REJECT_MESSAGES:
        click.echo(f"... and {shown[0] - MAX_REJECT_MESSAGES:,} more rejected records", err=True)
    for source, message in job.failed:
        click.echo(f"{source}: {message}; its output was not written", err=True)
    if job.failed:
        code = EXIT_ERROR
    elif job.stats.rejects:
        code = EXIT_REJECTS
    return code, job, seconds


def summary(job: CorpusJob, seconds: float, emit: bool) -> str:
    s = job.stats
    mb = s.bytes_in / 1e6
    rate = mb / seconds if seconds > 0 else 0.0
    parts = [f"textfix: {s.records:,} records ({s.documents:,} documents, {s.changed:,} changed) "
             f"from {job.files:,} file{'s' if job.files != 1 else ''}, {mb:,.2f} MB in {seconds:.2f} s "
             f"({rate:,.2f} MB/s)"]
    if emit:
        parts.append(f"{job.records_out:,} records written, {s.rejects:,} rejected")
    elif s.rejects:
        parts.append(f"{s.rejects:,} rejected")
    if s.reject_kinds:
        parts.append("rejects: " + ", ".join(f"{k} {n:,}" for k, n in sorted(s.reject_kinds.items())))
    if s.passed:
        parts.append(f"{s.passed:,} copied unrepaired")
    if s.replaced:
        parts.append(f"{s.replaced:,} with invalid UTF-8 replaced")
    if s.kept:
        parts.append(f"{s.kept:,} repairs withheld (would split a line)")
    line = "; ".join(parts)
    if s.edits:
        line += "\n  edits: " + ", ".join(f"{c} {n:,}" for c, n in sorted(s.edits.items(), key=lambda kv: (-kv[1], kv[0])))
    return line


def statistics_lines(counts: dict[str, int], fmt: str) -> list[str]:
    if fmt == "json":
        return [json.dumps(dict(counts), sort_keys=True)]
    out = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        try:
            summary_text = get_rule(code).summary
        except KeyError:
            summary_text = ""
        out.append(f"{n:>7}  {code}  {summary_text}")
    return out
