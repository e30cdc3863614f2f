"""Transparent compression, chosen by the file name: ``.gz``, ``.bz2``, ``.xz``, ``.zst``.

``open_read(path)`` returns a buffered binary stream of the decompressed bytes;
``wrap_write(fh, compression)`` wraps a binary file handle so that bytes
written to it are compressed.  Zstandard comes from the ``zstandard`` package;
the others from the standard library.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
from typing import BinaryIO

COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")


def compression_of(name: str | os.PathLike) -> str | None:
    """The compression suffix of ``name`` (``".gz"`` ...), or ``None``."""
    lower = os.fspath(name).lower()
    for suffix in COMPRESSIONS:
        if lower.endswith(suffix):
            return suffix
    return None


def strip_compression(name: str) -> str:
    """``name`` without its compression suffix."""
    comp = compression_of(name)
    return name[: -len(comp)] if comp else name


def _zstd():
    try:
        import zstandard
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise RuntimeError("reading or writing .zst needs the 'zstandard' package") from exc
    return zstandard


def wrap_read(raw: BinaryIO, compression: str | None) -> BinaryIO:
    """Decompress ``raw`` (a binary file object) according to ``compression``."""
    if compression is None:
        return raw
    if compression == ".gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if compression == ".bz2":
        return bz2.BZ2File(raw, mode="rb")
    if compression == ".xz":
        return lzma.LZMAFile(raw, mode="rb")
    if compression == ".zst":
        reader = _zstd().ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)
    raise ValueError(f"unknown compression {compression!r}")


def open_read(path: str | os.PathLike) -> BinaryIO:
    """Open ``path`` for reading, decompressing by its suffix."""
    raw = open(path, "rb", buffering=1 << 20)
    try:
        return wrap_read(raw, compression_of(path))
    except BaseException:
        raw.close()
        raise


class _ZstdWriter(io.RawIOBase):
    """A writable that compresses into ``fh`` and ends the frame on close."""

    def __init__(self, fh: BinaryIO) -> None:
        zstd = _zstd()
        self._zstd = zstd
        self._writer = zstd.ZstdCompressor(level=3).stream_writer(fh, closefd=False)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._writer.write(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._writer.flush(self._zstd.FLUSH_FRAME)
            self._writer.close()
        super().close()


def wrap_write(fh: BinaryIO, compression: str | None) -> BinaryIO:
    """A binary writable that compresses into ``fh``; closing it does not close ``fh``."""
    if compression is None:
        return fh
    if compression == ".gz":
        return gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=6, mtime=0)
    if compression == ".bz2":
        return bz2.BZ2File(fh, mode="wb")
    if compression == ".xz":
        return lzma.LZMAFile(fh, mode="wb")
    if compression == ".zst":
        return _ZstdWriter(fh)
    raise ValueError(f"unknown compression {compression!r}")
