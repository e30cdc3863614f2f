"""Where processed records go: a file written atomically (or standard output).

A sink is opened lazily on the first write, so a rejects file only appears when
something is rejected.  ``commit()`` renames the finished file into place;
``abort()`` removes the temporary file and leaves the target as it was.
"""

from __future__ import annotations

from .atomic import AtomicWriter


class ByteSink:
    """Records as bytes (text, lines, JSONL), written one after another.

    With ``separate=True`` (line-based formats) a record that did not end
    with a line break (the last line of a file) gets one before the next
    record, so records from several files never run together.
    """

    def __init__(self, path: str, separate: bool = False) -> None:
        self.path = path
        self.separate = separate
        self._writer: AtomicWriter | None = None
        self._fh = None
        self._last = b"\n"
        self.records = 0

    def write(self, records: list[bytes]) -> None:
        if not records:
            return
        if self._fh is None:
            self.open()
        if self.separate and self._last != b"\n":
            self._fh.write(b"\n")
        self._fh.write(b"".join(records))
        self._last = records[-1][-1:] or self._last
        self.records += len(records)

    def open(self) -> None:
        if self._fh is None:
            self._writer = AtomicWriter(self.path)
            self._fh = self._writer.open()

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer = self._fh = None

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.abort()
            self._writer = self._fh = None


class NullSink:
    """Counts records and writes nothing (``check`` and ``--diff`` write no files)."""

    def __init__(self, path: str = "") -> None:
        self.path = path
        self.records = 0

    def write(self, records: list) -> None:
        self.records += len(records)

    def open(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def abort(self) -> None:
        pass


class ParquetSink:
    """Record batches with the text column replaced, into one Parquet file."""

    def __init__(self, path: str, column: str) -> None:
        self.path = path
        self.column = column
        self._writer: AtomicWriter | None = None
        self._pq = None
        self.records = 0

    def write_batch(self, local, values: list) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = local if isinstance(local, pa.Schema) else local.schema
        if self._pq is None:
            self._writer = AtomicWriter(self.path, compression=None)
            self._pq = pq.ParquetWriter(self._writer.open(), schema)
        if isinstance(local, pa.Schema):
            return
        i = schema.get_field_index(self.column)
        batch = local.set_column(i, schema.field(i), pa.array(values, type=schema.field(i).type))
        self._pq.write_batch(batch)
        self.records += len(values)

    def commit(self) -> None:
        if self._pq is not None:
            self._pq.close()
            self._writer.commit()
            self._pq = self._writer = None

    def abort(self) -> None:
        if self._writer is not None:
            try:
                self._pq.close()
            except Exception:  # noqa: BLE001 - already failing
                pass
            self._writer.abort()
            self._pq = self._writer = None
