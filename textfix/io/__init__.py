"""Corpus input and output: formats, compression, atomic writes.

See :mod:`textfix.io.formats` (reading records, JSONL field splicing),
:mod:`textfix.io.compress` (``.gz .bz2 .xz .zst``), :mod:`textfix.io.atomic`
(temp file + rename) and :mod:`textfix.io.sinks` (outputs and rejects).
"""

from .atomic import AtomicWriter
from .compress import compression_of, open_read
from .formats import FORMATS, Chunk, detect_format, read_chunks

__all__ = ["AtomicWriter", "Chunk", "FORMATS", "compression_of", "detect_format", "open_read", "read_chunks"]
