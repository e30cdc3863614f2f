"""Corpus formats: how records are read from a file and how one record is decoded and re-encoded.

Formats (detected from the file name, compression suffix ignored):

- ``text``: the whole file is one document (``.txt`` and anything unknown);
- ``lines``: one document per line (never detected: ask for it);
- ``jsonl``: one JSON object per line, the text in a field, dotted paths
  (``meta.body``) reaching into nested objects (``.jsonl``, ``.ndjson``);
- ``parquet``: a string column of a Parquet file (``.parquet``; needs
  ``pyarrow``, the ``parquet`` extra).

Reading yields :class:`Chunk` objects: a batch of raw records (``bytes`` for
the line-based formats and ``text``, ``str`` or ``None`` for Parquet) with the
line number and byte offset of the first one, so every message can name the
file and the line.  Decoding a record is done where it is processed (in a
worker), so the reading process only splits lines.

Byte fidelity: a JSONL record whose text does not change is written back as
the very bytes it came as; when it changes, only the value of that field is
re-serialized (``ensure_ascii=False``) and spliced into the original line, so
key order, spacing, number formatting and every other field stay as they were.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from json.decoder import scanstring
from typing import Any, BinaryIO, Iterator

from .compress import open_read, strip_compression

FORMATS = ("text", "lines", "jsonl", "parquet")
ERRORS = ("strict", "replace", "skip")

_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def detect_format(name: str) -> str:
    """The format a file name implies: ``jsonl``, ``parquet`` or ``text``."""
    base = strip_compression(os.fspath(name)).lower()
    return _EXTENSIONS.get(os.path.splitext(base)[1], "text")


class RecordError(Exception):
    """A record that cannot be processed: it goes to the rejects, unchanged.

    ``kind`` is one of ``utf8``, ``json``, ``missing``, ``type``; ``offset`` a
    byte offset inside the record where it is known.
    """

    def __init__(self, kind: str, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.offset = offset


class PassThrough(Exception):
    """A record copied to the output unchanged, unrepaired (``--errors skip``)."""


@dataclass
class Chunk:
    """A batch of raw records read from one file, in order.

    ``first_line`` is the 1-based line number of the first record (line-based
    formats; for Parquet the 1-based row number), ``first_offset`` its byte
    offset in the (decompressed) input.  ``local`` is kept by the reading
    process and never sent to workers (Parquet keeps its record batch there).
    """

    source: str
    index: int
    first_line: int
    first_offset: int
    records: list
    local: Any = field(default=None, repr=False)
    fmt: str = ""

    def __getstate__(self):
        state = dict(self.__dict__)
        state["local"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)

    @property
    def nbytes(self) -> int:
        return sum(len(r) for r in self.records if r is not None)


# -- reading ---------------------------------------------------------------

def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open_read(path)


def read_chunks(path: str, fmt: str, chunk_bytes: int = 1 << 20,
                chunk_records: int = 4096, field_path: tuple[str, ...] = ("text",)) -> Iterator[Chunk]:
    """Yield the records of ``path`` in chunks of about ``chunk_bytes``.

    Memory stays bounded by the chunk size (plus one document for ``text``).
    ``OSError`` propagates: the caller reports the file as unreadable.
    """
    if fmt == "parquet":
        yield from _parquet_chunks(path, chunk_records, field_path)
        return
    fh = _open(path)
    try:
        if fmt == "text":
            yield Chunk(path, 0, 1, 0, [fh.read()], fmt=fmt)
            return
        records: list[bytes] = []
        size = 0
        line_no = 1
        offset = 0
        first_line, first_offset, index = 1, 0, 0
        for line in fh:
            records.append(line)
            size += len(line)
            line_no += 1
            offset += len(line)
            if size >= chunk_bytes or len(records) >= chunk_records:
                yield Chunk(path, index, first_line, first_offset, records, fmt=fmt)
                index += 1
                records, size = [], 0
                first_line, first_offset = line_no, offset
        if records or index == 0:  # an empty file still makes an (empty) output
            yield Chunk(path, index, first_line, first_offset, records, fmt=fmt)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("Parquet needs pyarrow: pip install 'textfix[parquet]'") from exc
    return pyarrow


def _parquet_chunks(path: str, chunk_records: int, field_path: tuple[str, ...]) -> Iterator[Chunk]:
    pa = _pyarrow()
    column = ".".join(field_path)
    pf = pa.parquet.ParquetFile(path)
    if column not in pf.schema_arrow.names:
        raise RecordError("missing", f"no column {column!r} (columns: {', '.join(pf.schema_arrow.names)})")
    ctype = pf.schema_arrow.field(column).type
    if not (pa.types.is_string(ctype) or pa.types.is_large_string(ctype)):
        raise RecordError("type", f"column {column!r} is {ctype}, not a string column")
    row = 1
    index = -1
    for index, batch in enumerate(pf.iter_batches(batch_size=chunk_records)):
        values = batch.column(column).to_pylist()
        yield Chunk(path, index, row, 0, values, local=batch, fmt="parquet")
        row += len(values)
    if index < 0:  # no rows: still write a file with the schema
        yield Chunk(path, 0, 1, 0, [], local=pf.schema_arrow, fmt="parquet")


# -- records ---------------------------------------------------------------

def decode_utf8(raw: bytes, errors: str) -> tuple[str, bool]:
    """Decode ``raw``; returns (text, replaced).  Raises :class:`RecordError`
    (``strict``) or :class:`PassThrough` (``skip``) on invalid UTF-8."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        if errors == "replace":
            return raw.decode("utf-8", "replace"), True
        if errors == "skip":
            raise PassThrough() from exc
        raise RecordError("utf8", f"invalid UTF-8 at byte {exc.start} of the record", exc.start) from exc


def split_terminator(line: str) -> tuple[str, str]:
    """``("text", "\\r\\n")`` for ``"text\\r\\n"``."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def json_field(obj: Any, path: tuple[str, ...]) -> str:
    """The string at ``path`` in a parsed JSON record; :class:`RecordError` otherwise."""
    cur = obj
    for depth, key in enumerate(path):
        if not isinstance(cur, dict):
            where = ".".join(path[:depth]) or "the record"
            raise RecordError("type", f"{where} is not an object")
        if key not in cur:
            raise RecordError("missing", f"no field {'.'.join(path[: depth + 1])!r}")
        cur = cur[key]
    if not isinstance(cur, str):
        kind = "null" if cur is None else type(cur).__name__
        raise RecordError("type", f"field {'.'.join(path)!r} is {kind}, not a string")
    return cur


def json_value_span(line: str, path: tuple[str, ...]) -> tuple[int, int]:
    """(start, end) of the JSON value at ``path`` in the text of one JSON object.

    With duplicate keys the last one counts, as in :func:`json.loads`.
    """
    idx = _WS.match(line, 0).end()
    for key in path:
        if line[idx] != "{":
            raise ValueError("not an object")
        idx = _WS.match(line, idx + 1).end()
        found = None
        if line[idx] != "}":
            while True:
                if line[idx] != '"':
                    raise ValueError("expected a key")
                name, idx = scanstring(line, idx + 1)
                idx = _WS.match(line, idx).end()
                if line[idx] != ":":
                    raise ValueError("expected ':'")
                idx = _WS.match(line, idx + 1).end()
                _, end = _DECODER.raw_decode(line, idx)
                if name == key:
                    found = idx
                idx = _WS.match(line, end).end()
                if line[idx] == ",":
                    idx = _WS.match(line, idx + 1).end()
                    continue
                if line[idx] == "}":
                    break
                raise ValueError("expected ',' or '}'")
        if found is None:
            raise KeyError(key)
        idx = found
    _, end = _DECODER.raw_decode(line, idx)
    return idx, end


def json_dump_string(value: str) -> str:
    """``value`` as a JSON string literal, non-ASCII kept as is (lone surrogates escaped)."""
    out = json.dumps(value, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        out = json.dumps(value)
    return out


def json_replace(line: str, path: tuple[str, ...], value: str) -> str:
    """``line`` with the string at ``path`` replaced by ``value``, all else byte-identical."""
    start, end = json_value_span(line, path)
    return line[:start] + json_dump_string(value) + line[end:]
