"""The playground's range page: ``/ranges/`` and the files it serves with serve_file.

``/ranges/`` explains range and conditional requests and lets you send them
from the browser; ``/ranges/alphabet.txt`` (2,600 bytes of text) and
``/ranges/tone.wav`` (a five-second tone the page plays and seeks) are served
by `serve_file` with ``ETag: "playground-v1"``.

Examples:
    >>> from django.test import RequestFactory
    >>> request = RequestFactory().get("/ranges/alphabet.txt", headers={"Range": "bytes=0-9"})
    >>> response = sample(request, "alphabet.txt")
    >>> response.status_code, response["Content-Range"], b"".join(response.streaming_content)
    (206, 'bytes 0-9/2600', b'AAAAAAAAAA')
"""

from __future__ import annotations

import array
import io
import math
import wave
from collections.abc import Callable
from functools import cache
from typing import Final

from django.http import HttpRequest, HttpResponseBase
from django.urls import URLPattern, path

from ...ranges.files import serve_file
from ...responses.http import HttpResponseNotFound, HttpResponseOK
from .views import docs_url, render

ETAG: Final = '"playground-v1"'


def alphabet() -> bytes:
    """2,600 bytes: a hundred of each letter, A to Z.

    Examples:
        >>> alphabet()[95:105]
        b'AAAAABBBBB'
    """
    return b"".join(bytes([ord("A") + index]) * 100 for index in range(26))


@cache
def tone() -> bytes:
    """A five-second 400 Hz tone, 8 kHz 16-bit mono WAV, written by the standard library.

    Examples:
        >>> len(tone()), tone()[:4]
        (80044, b'RIFF')
    """
    period = array.array("h", (int(8000 * math.sin(2 * math.pi * n / 20)) for n in range(20)))
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes((period * 2000).tobytes())
    return out.getvalue()


SAMPLES: Final[dict[str, Callable[[], bytes]]] = {"alphabet.txt": alphabet, "tone.wav": tone}


def sample(request: HttpRequest, name: str) -> HttpResponseBase:
    """One of the sample files, answered by serve_file (Range, If-Range, preconditions).

    Examples:
        >>> from django.test import RequestFactory
        >>> sample(RequestFactory().get("/ranges/tone.wav"), "tone.wav")["Accept-Ranges"]
        'bytes'
    """
    if name not in SAMPLES:
        return HttpResponseNotFound(f"No sample {name}.\n", content_type="text/plain")
    return serve_file(request, io.BytesIO(SAMPLES[name]()), filename=name, etag=ETAG)


_EXAMPLES: Final = (
    ("bytes=0-9", ""),
    ("bytes=-10", ""),
    ("bytes=2590-", ""),
    ("bytes=0-0,-1", ""),
    ("bytes=100-199,150-299", ""),
    ("bytes=5000-", ""),
    ("bytes=9-1", ""),
    ("bytes=0-9", ETAG),
    ("bytes=0-9", '"old"'),
)


def page(request: HttpRequest) -> HttpResponseBase:
    """The range page.

    Examples:
        >>> from django.test import RequestFactory
        >>> b"multipart/byteranges" in page(RequestFactory().get("/ranges/")).content
        True
    """
    html = render(
        "ranges.html",
        {
            "etag": ETAG,
            "examples": _EXAMPLES,
            "base": request.build_absolute_uri(),
            "docs_url": docs_url(),
        },
    )
    return HttpResponseOK(html, content_type="text/html; charset=utf-8")


urlpatterns: list[URLPattern] = [
    path("", page, name="ranges"),
    path("<str:name>", sample, name="ranges-sample"),
]
