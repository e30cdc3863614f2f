"""Atomic output: write to a temporary file beside the target, then rename.

An interrupted run (an exception, Ctrl-C, a full disk) never leaves a
half-written file under the target's name: the temporary file is removed and
the target, if it existed, is untouched.  Compression is applied by the
target's suffix.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from typing import BinaryIO

from .compress import compression_of, wrap_write


def _special(path: str) -> bool:
    """True for an existing target that is not a regular file (``/dev/null``, a FIFO)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


class AtomicWriter:
    """Context manager giving a binary stream that lands at ``path`` on success.

    ``path`` ``"-"`` writes to standard output, and an existing target that is
    not a regular file (``/dev/null``, a named pipe) is written directly: a
    device or a pipe is never replaced by a rename (nor can it be atomic).
    The new file keeps the permission bits of the file it replaces.
    """

    def __init__(self, path: str, compression: str | None = "auto") -> None:
        self.path = path
        self.compression = compression_of(path) if compression == "auto" else compression
        self._raw: BinaryIO | None = None
        self._stream: BinaryIO | None = None
        self._tmp: str | None = None

    def open(self) -> BinaryIO:
        if self.path == "-":
            self._raw = sys.stdout.buffer
        elif _special(self.path):  # a device or a pipe: written directly, never replaced
            self._raw = open(self.path, "wb")
        else:
            directory = os.path.dirname(os.path.abspath(self.path))
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{os.path.basename(self.path)}.", suffix=".tmp", dir=directory
            )
            self._raw = os.fdopen(fd, "wb", buffering=1 << 20)
        self._stream = wrap_write(self._raw, self.compression)
        return self._stream

    def commit(self) -> None:
        """Finish the stream, flush it to disk and rename it into place."""
        stream, raw = self._stream, self._raw
        if stream is not raw:
            stream.close()
        raw.flush()
        if self._tmp is None:
            if raw is not sys.stdout.buffer:
                raw.close()
            return
        os.fsync(raw.fileno())
        raw.close()
        try:
            mode = os.stat(self.path).st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self._tmp, mode)
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        for f in (self._stream, self._raw):
            if f is not None and f is not sys.stdout.buffer:
                try:
                    f.close()
                except Exception:  # noqa: BLE001 - closing after a failure (e.g. ENOSPC)
                    pass
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __enter__(self) -> BinaryIO:
        return self.open()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.abort()
                raise
        else:
            self.abort()
