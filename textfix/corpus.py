"""Corpus jobs: read files in chunks, repair every record in worker processes, write in order.

The job is split in three separable parts, so that another engine (a Dask
cluster, say) can reuse the middle one unchanged:

1. **Reading** — :func:`textfix.io.formats.read_chunks` turns one file into
   :class:`~textfix.io.formats.Chunk` objects (raw records of about 1 MB, with
   the line number and byte offset of the first).  Reading does no decoding.
2. **Processing** — :func:`process_chunk` ``(spec, chunk) -> ChunkResult`` is a
   pure function of picklable arguments: it decodes each record, runs the
   :class:`~textfix.pipeline.Pipeline` of ``spec.config``, re-encodes it
   (JSONL: only the text field is re-serialized) and returns the outputs in
   record order, the rejects (with line, byte offset, kind and the raw record),
   per-chunk :class:`Stats` and, if asked, per-record :class:`Report` objects
   (edits, diffs).  A worker caches one pipeline per config.  For any chunk,
   ``len(outputs) + len(rejects) == len(chunk.records)``.
3. **Writing** — :class:`CorpusJob` consumes ``(chunk, result)`` pairs in
   input order: outputs to the file's sink (atomic: temp file + rename),
   rejects to the rejects sink, stats merged.  :meth:`CorpusJob.consume` is
   the entry point for an engine that computes results elsewhere;
   :func:`ordered_map` is the local engine: ``-j N`` worker processes with at
   most ``4 N`` chunks in flight, so memory does not grow with the corpus.

A Dask engine maps ``process_chunk`` over chunks (``dask.bag`` or futures),
and feeds the results, in order, to ``CorpusJob.consume``.
"""

from __future__ import annotations

import difflib
import json
import os
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .config import Config
from .io.formats import (
    Chunk,
    PassThrough,
    RecordError,
    decode_utf8,
    json_field,
    json_replace,
    split_terminator,
)
from .pipeline import pipeline_for


@dataclass(frozen=True)
class JobSpec:
    """What to do with every record; picklable, shipped with each chunk.

    ``report``: ``"none"``, ``"edits"`` (list the edits of changed records) or
    ``"diff"`` (also a unified diff).  ``emit``: produce output records
    (``False`` for ``check``).
    """

    config: Config = field(default_factory=Config)
    fmt: str = "jsonl"
    field_path: tuple[str, ...] = ("text",)
    errors: str = "strict"
    report: str = "none"
    emit: bool = True


@dataclass
class Stats:
    """Counts of a chunk, a file or a run (``merge`` adds them up)."""

    records: int = 0      # records read
    documents: int = 0    # records whose text went through the pipeline
    changed: int = 0      # documents the pipeline changed
    passed: int = 0       # copied unchanged without repair (blank line, null, --errors skip)
    replaced: int = 0     # records whose invalid UTF-8 was replaced (--errors replace)
    kept: int = 0         # repairs not applied because they would split a record
    rejects: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    edits: Counter = field(default_factory=Counter)
    reject_kinds: Counter = field(default_factory=Counter)

    def merge(self, other: "Stats") -> None:
        for name in ("records", "documents", "changed", "passed", "replaced", "kept",
                     "rejects", "bytes_in", "bytes_out"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.edits.update(other.edits)
        self.reject_kinds.update(other.reject_kinds)


@dataclass
class Reject:
    """A record that was not processed; ``raw`` is exactly what was read."""

    source: str
    line: int
    offset: int | None
    kind: str
    message: str
    raw: bytes

    def describe(self) -> str:
        at = f" (byte {self.offset})" if self.offset is not None else ""
        return f"{self.source}:{self.line}{at}: rejected ({self.kind}): {self.message}"


@dataclass
class Report:
    """The edits of one changed record, for ``check``/``--explain``/``--diff``.

    Each edit is ``(line, col, edit)``: line and column in the file for the
    ``text`` format; the record's line and the column (character offset + 1)
    in the record's text otherwise.
    """

    source: str
    line: int
    edits: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    diff: str = ""


@dataclass
class ChunkResult:
    outputs: list
    rejects: list
    stats: Stats
    reports: list


def _locate(text: str, start: int, whole_file: bool, line: int) -> tuple[int, int]:
    if whole_file:
        return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1
    return line, start + 1


def _report(spec: JobSpec, chunk: Chunk, line: int, text: str, result) -> Report:
    whole = (chunk.fmt or spec.fmt) == "text"
    rep = Report(chunk.source, line)
    rep.edits = [(*_locate(text, e.start, whole, line), e) for e in result.edits]
    rep.skipped = [(*_locate(text, e.start, whole, line), e) for e in result.skipped]
    if spec.report == "diff" and result.changed:
        name = chunk.source if whole else f"{chunk.source}:{line}"
        a, b = text, result.text
        if not a.endswith("\n") or not b.endswith("\n"):
            a, b = a + "\n", b + "\n"
        rep.diff = "".join(difflib.unified_diff(
            a.splitlines(keepends=True), b.splitlines(keepends=True),
            fromfile=f"a/{name}", tofile=f"b/{name}"))
    return rep


def process_chunk(spec: JobSpec, chunk: Chunk) -> ChunkResult:
    """Repair every record of ``chunk``: the pure, picklable unit of work."""
    pipe = pipeline_for(spec.config)
    stats = Stats()
    outputs: list = []
    rejects: list[Reject] = []
    reports: list[Report] = []
    fmt, path, errors, emit = chunk.fmt or spec.fmt, spec.field_path, spec.errors, spec.emit
    want_report = spec.report != "none"
    offset = chunk.first_offset
    for i, raw in enumerate(chunk.records):
        line = chunk.first_line + i
        size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw or b"")
        stats.records += 1
        stats.bytes_in += size
        out = raw
        try:
            if raw is None:  # Parquet null
                raise PassThrough()
            if isinstance(raw, str):  # Parquet value
                body, term, replaced = raw, "", False
            else:
                decoded, replaced = decode_utf8(raw, errors)
                stats.replaced += replaced
                if fmt == "jsonl":
                    if not decoded.strip():
                        raise PassThrough()
                    bom = "\ufeff" if decoded.startswith("\ufeff") else ""  # kept, not parsed
                    decoded = decoded[len(bom):]
                    try:
                        obj = json.loads(decoded)
                    except ValueError as exc:
                        col = getattr(exc, "colno", None)
                        where = f" at column {col}" if col else ""
                        raise RecordError("json", f"malformed JSON{where}: {getattr(exc, 'msg', exc)}")
                    body, term = json_field(obj, path), ""
                elif fmt == "lines":
                    body, term = split_terminator(decoded)
                else:
                    body, term = decoded, ""
            result = pipe.run(body)
            stats.documents += 1
            new = result.text
            if fmt == "lines" and new != body and (("\n" in new) or ("\r" in new)):
                stats.kept += 1
                new = body
            changed = new != body
            if changed:
                stats.changed += 1
                stats.edits.update(e.code for e in result.edits)
            if want_report and (result.edits or result.skipped):
                reports.append(_report(spec, chunk, line, body, result))
            if emit:
                if isinstance(raw, str):
                    out = new
                elif not changed and not replaced:
                    out = raw
                elif fmt == "jsonl":
                    out = (bom + (json_replace(decoded, path, new) if changed else decoded)).encode("utf-8")
                else:
                    out = (new + term).encode("utf-8")
        except PassThrough:
            stats.passed += 1
        except Exception as exc:  # noqa: BLE001 - a rule failing on one record must not lose the run
            if isinstance(raw, str):  # a Parquet row cannot leave its batch: kept as it was
                stats.passed += 1
                out = raw
            elif isinstance(exc, RecordError):
                at, kind, message = (None if exc.offset is None else offset + exc.offset), exc.kind, exc.message
            else:
                at, kind, message = None, "error", f"textfix failed on this record: {type(exc).__name__}: {exc}"
            if not isinstance(raw, str):
                rejects.append(Reject(chunk.source, line, at, kind, message, raw))
                stats.rejects += 1
                stats.reject_kinds[kind] += 1
                offset += size
                continue
        offset += size
        if emit:
            stats.bytes_out += len(out) if isinstance(out, bytes) else len((out or "").encode("utf-8", "surrogatepass"))
            outputs.append(out)
        else:
            outputs.append(None)
    return ChunkResult(outputs, rejects, stats, reports)


# -- the local engine ------------------------------------------------------

def ordered_map(spec: JobSpec, chunks: Iterable[Chunk], jobs: int = 1,
                max_in_flight: int | None = None) -> Iterator[tuple[Chunk, ChunkResult | None]]:
    """``(chunk, process_chunk(spec, chunk))`` in input order.

    ``jobs > 1`` uses that many worker processes with at most
    ``max_in_flight`` (default ``4 * jobs``) chunks submitted and not yet
    consumed, so reading never runs far ahead of writing.  A chunk with an
    ``error`` attribute (a file that could not be read) passes through with
    result ``None``.
    """
    if jobs <= 1:
        for chunk in chunks:
            yield chunk, (None if getattr(chunk, "error", None) else process_chunk(spec, chunk))
        return
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - platforms without fork
        ctx = None
    chunks = iter(chunks)
    if ctx is not None:
        # Warm up on the first chunk here, before forking: the language data it
        # loads (word frequencies, detector profiles: hundreds of MB) is then
        # shared copy-on-write by the workers instead of loaded by each; frozen,
        # the garbage collector does not touch (and so copy) those pages.
        for chunk in chunks:
            yield chunk, (None if getattr(chunk, "error", None) else process_chunk(spec, chunk))
            if not getattr(chunk, "error", None):
                break
        gc.collect()
        gc.freeze()
    limit = max_in_flight or 4 * jobs
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        for chunk in chunks:
            if getattr(chunk, "error", None):
                pending.append((chunk, None))
            else:
                pending.append((chunk, pool.submit(process_chunk, spec, chunk)))
            while len(pending) >= limit:
                c, fut = pending.popleft()
                yield c, (fut.result() if fut is not None else None)
        while pending:
            c, fut = pending.popleft()
            yield c, (fut.result() if fut is not None else None)


class InputError(Chunk):
    """Stands in the chunk stream for a file that could not be read (fully)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(source, -1, 0, 0, [])
        self.error = message


@dataclass
class FileTask:
    """One input file and where its outputs and rejects go (``"-"``: stdout)."""

    source: str
    fmt: str
    output: str | None
    sink_key: str | None = None


class OutputError(Exception):
    """Writing an output failed (full disk, permissions); nothing half-written is left."""


class CorpusJob:
    """Writes results in order: one sink per output, rejects beside it; counts everything.

    ``sink_factory(path, fmt)`` and ``reject_factory(task)`` build sinks;
    several tasks may share one sink (files concatenated to stdout).
    """

    def __init__(self, spec: JobSpec, tasks: list[FileTask], sink_factory: Callable,
                 reject_factory: Callable, on_reject: Callable | None = None,
                 on_report: Callable | None = None, on_progress: Callable | None = None) -> None:
        self.spec = spec
        self.tasks = {t.source: t for t in tasks}
        self.sink_factory = sink_factory
        self.reject_factory = reject_factory
        self.on_reject = on_reject
        self.on_report = on_report
        self.on_progress = on_progress
        self.stats = Stats()
        self.records_out = 0
        self.files = 0
        self.failed: list[tuple[str, str]] = []
        self._sinks: dict = {}
        self._rejects: dict = {}
        self._current: str | None = None
        self._file_stats = Stats()
        self._file_out = 0

    # -- chunk stream --------------------------------------------------------
    def chunks(self, reader: Callable[[FileTask], Iterable[Chunk]]) -> Iterator[Chunk]:
        """Chunks of every task in order; a read failure becomes an :class:`InputError`."""
        for task in self.tasks.values():
            try:
                for chunk in reader(task):
                    yield chunk
            except RecordError as exc:
                yield InputError(task.source, exc.message)
            except (OSError, EOFError, ValueError, RuntimeError) as exc:
                yield InputError(task.source, f"cannot read: {_os_message(exc)}")
            except Exception as exc:  # noqa: BLE001 - decompressor errors (lzma, zstd ...)
                yield InputError(task.source, f"cannot read: {exc}")

    def _sink(self, task: FileTask):
        key = task.sink_key or task.output
        if key not in self._sinks:
            self._sinks[key] = self.sink_factory(task.output, task.fmt)
        return self._sinks[key]

    def _reject_sink(self, task: FileTask):
        sink = self.reject_factory(task)
        key = sink.path
        if key not in self._rejects:
            self._rejects[key] = sink
        return self._rejects[key]

    def _finish_file(self, source: str) -> None:
        task = self.tasks[source]
        self.files += 1
        if self.spec.emit and task.output is not None and not self._shared(task):
            sink = self._sink(task)
            if task.fmt == "text" and not sink.records and self._file_stats.rejects:
                sink.abort()  # the document was rejected: leave the target as it was
            elif task.fmt != "parquet" and not sink.records:
                sink.open()  # an empty input (or one fully rejected) still gives an output
            self._commit(sink)
        self.stats.merge(self._file_stats)
        self.records_out += self._file_out
        self._file_stats, self._file_out = Stats(), 0

    def _shared(self, task: FileTask) -> bool:
        return task.sink_key is not None

    def _commit(self, sink) -> None:
        try:
            sink.commit()
        except OSError as exc:
            sink.abort()
            raise OutputError(f"{sink.path}: cannot write: {_os_message(exc)}; "
                              "nothing was written there") from exc

    def consume(self, pairs: Iterable[tuple[Chunk, ChunkResult | None]]) -> None:
        """Write results in order; commit each output when its file is done."""
        try:
            for chunk, result in pairs:
                if self._current is not None and chunk.source != self._current:
                    self._finish_file(self._current)
                    self._current = None
                task = self.tasks[chunk.source]
                if result is None:  # the file could not be read: drop its partial output
                    self.failed.append((chunk.source, chunk.error))
                    if task.output is not None and not self._shared(task):
                        self._sink(task).abort()
                    self._file_stats, self._file_out = Stats(), 0
                    self._current = None
                    continue
                self._current = chunk.source
                self._write(task, chunk, result)
            if self._current is not None:
                self._finish_file(self._current)
            for key, sink in self._sinks.items():
                if any(t.sink_key == key for t in self.tasks.values()):
                    self._commit(sink)
            for sink in self._rejects.values():
                self._commit(sink)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write: {_os_message(exc)}; unfinished outputs were not written") from exc
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        for sink in list(self._sinks.values()) + list(self._rejects.values()):
            sink.abort()

    def _write(self, task: FileTask, chunk: Chunk, result: ChunkResult) -> None:
        self._file_stats.merge(result.stats)
        if self.spec.emit and task.output is not None:
            sink = self._sink(task)
            if task.fmt == "parquet":
                sink.write_batch(chunk.local, result.outputs)
            else:
                sink.write(result.outputs)
            self._file_out += len(result.outputs)
        else:
            self._file_out += len(result.outputs)
        if result.rejects:
            rsink = self._reject_sink(task)
            rsink.write([r.raw if r.raw.endswith(b"\n") or task.fmt == "text" else r.raw + b"\n"
                         for r in result.rejects])
            if self.on_reject:
                for r in result.rejects:
                    self.on_reject(r, rsink.path)
        if self.on_report:
            for rep in result.reports:
                self.on_report(rep)
        if self.on_progress:
            self.on_progress(result.stats)


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def rejects_path(output: str, fmt: str) -> str:
    """Default rejects file beside ``output``: ``out.jsonl.gz`` -> ``out.rejects.jsonl.gz``."""
    from .io.compress import compression_of

    comp = compression_of(output) or ""
    base = output[: len(output) - len(comp)] if comp else output
    stem, ext = os.path.splitext(base)
    if not ext:
        ext = {"jsonl": ".jsonl", "parquet": ".jsonl"}.get(fmt, ".txt")
    return f"{stem}.rejects{ext}{comp}"
