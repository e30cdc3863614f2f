"""The corpus job on a Dask cluster: ``textfix fix --engine dask [--scheduler ADDRESS]``.

Each input file is a partition: one task per file reads it, repairs every
record with :func:`textfix.corpus.process_chunk` (the very function of the
local run, so the outputs are the same bytes), writes its output and its
rejects file atomically, and sends back only its counts, its rejected records'
descriptions and (for ``--explain``/``--diff``) its reports.  Files are read
and written in parallel, by the workers, so the workers must see the paths
the client sees (a shared file system: NFS, Lustre, a mounted volume).  Paths
are made absolute on the client before they are sent.

What stays on the client: planning (the same checks as the local run: outputs
that exist, ``--force``...), the summary, the exit code, the messages (in input
order), and a single ``--rejects FILE`` shared by all inputs (the workers send
the rejected records; the client writes them in input order, as the local run
does).  Not supported on a cluster: standard input, and output to standard
output (give ``-o`` or ``--in-place``).  One very large file is one task:
split a corpus into many files (shards) to use many workers.

Without ``--scheduler``, ``--engine dask`` starts a local cluster with ``-j``
worker processes (default: the machine's cores), one thread each.  Each worker
keeps one pipeline per configuration between tasks.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import click

from ..cli_corpus import (
    CHUNK_BYTES,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_REJECTS,
    EXIT_WRITE,
    MAX_REJECT_MESSAGES,
    Options,
    UsageError,
    _rejects_target,
    plan,
)
from ..corpus import CorpusJob, FileTask, JobSpec, OutputError, Stats
from ..io.sinks import NullSink

__all__ = ["ClusterJob", "run_corpus"]


class _CollectSink(NullSink):
    """Rejects kept in memory, for a rejects file that all inputs share."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.batches: list[list[bytes]] = []

    def write(self, records: list[bytes]) -> None:
        if records:
            self.batches.append(list(records))
            self.records += len(records)


@dataclass
class FileOutcome:
    """What a worker sends back for one file."""

    stats: Stats
    records_out: int
    files: int
    failed: list
    rejects: list          # (Reject, where) in order
    reports: list
    shared_rejects: list   # batches of raw rejected records for a shared rejects file
    write_error: str | None = None


@dataclass
class ClusterJob:
    """The counts of a cluster run, shaped like :class:`textfix.corpus.CorpusJob`
    for :func:`textfix.cli_corpus.summary`."""

    stats: Stats = field(default_factory=Stats)
    records_out: int = 0
    files: int = 0
    failed: list = field(default_factory=list)


def process_file(spec: JobSpec, task: FileTask, path: str, rejects: str | None,
                 chunk_bytes: int = CHUNK_BYTES) -> FileOutcome:
    """Read, repair and write one file on a worker (``path``: where to read it;
    ``rejects``: its own rejects file, or ``None`` to send rejects back)."""
    from ..io.formats import read_chunks
    from ..io.sinks import ByteSink, ParquetSink

    column = ".".join(spec.field_path)
    shared: list[_CollectSink] = []

    def sink_factory(out, fmt):
        if fmt == "parquet":
            return ParquetSink(out, column)
        return ByteSink(out, separate=fmt in ("lines", "jsonl"))

    def reject_factory(t):
        if not spec.emit:
            return ByteSink(os.devnull, separate=t.fmt != "text")
        if rejects is None:
            sink = _CollectSink("<shared>")
            shared.append(sink)
            return sink
        return ByteSink(rejects, separate=t.fmt != "text")

    def reader(t):
        for chunk in read_chunks(path, t.fmt, chunk_bytes, field_path=spec.field_path):
            chunk.source = t.source  # messages name the file as the user gave it
            yield chunk

    from ..corpus import ordered_map

    rejected: list = []
    reports: list = []
    job = CorpusJob(spec, [task], sink_factory, reject_factory,
                    on_reject=lambda r, where: rejected.append((r, where)),
                    on_report=reports.append)
    error = None
    try:
        job.consume(ordered_map(spec, job.chunks(reader), 1))
    except OutputError as exc:
        error = str(exc)
    batches = [b for s in shared[:1] for b in s.batches]
    return FileOutcome(job.stats, job.records_out, job.files, job.failed, rejected, reports,
                       batches, error)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _client(scheduler: str | None, jobs: int | None):
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError("--engine dask needs the dask extra: pip install 'textfix[dask]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, dashboard_address=":0")
    return Client(cluster), cluster


def run_corpus(opts: Options, spec: JobSpec, on_report=None, scheduler: str | None = None,
               client=None) -> tuple[int, ClusterJob, float]:
    """Like :func:`textfix.cli_corpus.run` (same exit codes, same outputs), on Dask.

    ``client``: an existing ``distributed.Client`` (else one is made for
    ``scheduler``, or a local cluster of ``opts.jobs`` processes).
    """
    tasks = plan(opts, spec.emit)
    for t in tasks:
        if t.source == "-":
            raise UsageError("--engine dask reads files, not standard input")
        if spec.emit and t.output == "-":
            raise UsageError("--engine dask writes files: give -o FILE/DIR or --in-place")
    shared_target = opts.rejects if spec.emit and opts.rejects else None
    work = []
    for t in tasks:
        out = os.path.abspath(t.output) if t.output not in (None, "-") else t.output
        own = None if shared_target else (
            os.path.abspath(_rejects_target(opts, t)) if spec.emit else os.devnull)
        work.append((FileTask(t.source, t.fmt, out, t.sink_key), os.path.abspath(t.source), own,
                     _rejects_target(opts, t)))

    cluster = None
    own_client = client is None
    if own_client:
        client, cluster = _client(scheduler, opts.jobs)
    for t in tasks:  # once the cluster is there: a failed connection leaves nothing behind
        if t.output and t.output != "-":
            os.makedirs(os.path.dirname(os.path.abspath(t.output)), exist_ok=True)
    start = time.monotonic()
    job = ClusterJob()
    shown = 0
    write_error = None
    shared_batches: list = []
    shared_fmt = None
    try:
        # Biggest files first (higher priority), so that no worker is left with a
        # big file at the end while the others are idle; results are still taken
        # (and written, reported) in input order.
        run_id = f"{os.getpid()}-{time.monotonic_ns()}"
        futures = [client.submit(process_file, spec, task, path, own, pure=False,
                                 key=f"textfix-file-{i}-{run_id}", priority=_size(path))
                   for i, (task, path, own, _) in enumerate(work)]
        for fut, (task, _, own, shown_target) in zip(futures, work):
            outcome: FileOutcome = fut.result()
            job.stats.merge(outcome.stats)
            job.records_out += outcome.records_out
            job.files += outcome.files
            job.failed.extend(outcome.failed)
            if outcome.write_error and write_error is None:
                write_error = outcome.write_error
            for rej, _where in outcome.rejects:
                shown += 1
                if shown <= MAX_REJECT_MESSAGES:
                    where = shared_target or shown_target
                    click.echo(f"{rej.describe()} -> {where}" if spec.emit else rej.describe(),
                               err=True)
            if outcome.shared_rejects:
                shared_fmt = shared_fmt or task.fmt
                shared_batches.extend(outcome.shared_rejects)
            if on_report:
                for rep in outcome.reports:
                    on_report(rep)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    if shared_batches:
        from ..io.sinks import ByteSink

        sink = ByteSink(shared_target, separate=shared_fmt != "text")
        try:
            for batch in shared_batches:
                sink.write(batch)
            sink.commit()
        except OSError as exc:
            sink.abort()
            write_error = write_error or f"{shared_target}: cannot write: {exc}"
    seconds = time.monotonic() - start
    if write_error:
        click.echo(f"textfix: {write_error}", err=True)
        return EXIT_WRITE, job, seconds
    if shown > MAX_REJECT_MESSAGES:
        click.echo(f"... and {shown - MAX_REJECT_MESSAGES:,} more rejected records", err=True)
    for source, message in job.failed:
        click.echo(f"{source}: {message}; its output was not written", err=True)
    if job.failed:
        return EXIT_ERROR, job, seconds
    if job.stats.rejects:
        return EXIT_REJECTS, job, seconds
    return EXIT_OK, job, seconds
