"""``serve_file`` on a small file against Django's ``FileResponse``, CPU per request.

Both sides answer a GET for the same 64 KiB file on disk, opened by path, and the body
is read as a WSGI server without ``sendfile`` reads it (iterated to its end), then the
response is closed. ``serve_file`` also sends ``ETag``, ``Last-Modified`` and
``Accept-Ranges`` and evaluates the preconditions; ``FileResponse`` does none of that.
Timed with :func:`benchmarks.timing.compare_with_control` (``FileResponse`` against
itself is the A/A control).
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.http import FileResponse, HttpRequest
from django.test import RequestFactory

from django_allresponses import serve_file

from .timing import Comparison, compare_with_control

SIZE = 64 * 1024


@dataclass
class ServeFileResult:
    """``serve_file`` / ``FileResponse`` for one request, with its A/A control."""

    comparison: Comparison


@contextmanager
def small_file() -> Iterator[Path]:
    """A 64 KiB file of bytes, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="serve-file-") as folder:
        path = Path(folder, "small.bin")
        path.write_bytes(bytes(range(256)) * (SIZE // 256))
        yield path


def _drain(response: FileResponse) -> int:
    try:
        return sum(map(len, response.streaming_content))
    finally:
        response.close()


def measure_serve_file(*, rounds: int, chunk: float, seed: int) -> ServeFileResult:
    """Time a GET of the file through each side, interleaved."""
    request: HttpRequest = RequestFactory().get("/files/small.bin")
    with small_file() as path:

        def ours() -> int:
            return _drain(serve_file(request, path))  # type: ignore[arg-type]

        def django() -> int:
            return _drain(FileResponse(path.open("rb")))

        if ours() != SIZE or django() != SIZE:
            raise AssertionError("a side did not send the whole file")
        found = compare_with_control(
            {"64 KiB": (ours, django)}, rounds=rounds, chunk=chunk, rng=random.Random(seed)
        )
    return ServeFileResult(found["64 KiB"])
