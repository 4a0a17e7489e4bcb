"""A source file read as bytes and written back whole or not at all: its encoding (PEP 263
cookie, UTF-8 BOM) and line endings kept, the write atomic, a file changed meanwhile left
alone."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
import tokenize
from dataclasses import dataclass
from pathlib import Path


class FileChanged(Exception):
    """The file's bytes are no longer those read: someone saved it while the command ran."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A Python file's bytes, the encoding they declare and the text they hold (line
    endings untranslated)."""

    path: Path
    data: bytes
    encoding: str
    text: str

    def encode(self, text: str) -> bytes:
        """``text`` in the file's own encoding, with its BOM if it had one."""
        return text.encode(self.encoding)


def read_source(path: Path) -> SourceFile:
    """Read ``path`` as Python reads it: the encoding from its BOM or PEP 263 cookie.

    Raises `OSError` when it cannot be read, `SyntaxError` for a cookie naming no codec
    or a BOM that contradicts it, and `UnicodeDecodeError` for bytes the encoding refuses.
    """
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        data.decode("utf-8")  # bytes UTF-8 refuses: say which, rather than "no declaration"
        raise
    return SourceFile(path, data, encoding, data.decode(encoding))


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Put ``data`` in ``path`` in one step, so that an interrupt at any point leaves the
    old bytes or the new, never a part: a temporary file in the same folder, flushed to
    disk, given the file's mode bits (and owner, where allowed), then moved over it.

    Raises `FileChanged`, writing nothing, when ``path`` no longer holds ``expected``.
    """
    status = os.stat(path)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(status.st_mode))
        with contextlib.suppress(OSError):
            os.chown(temporary, status.st_uid, status.st_gid)
        if path.read_bytes() != expected:
            raise FileChanged(path)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the rename itself, on disk
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
