"""The playground's range page: ``/ranges/`` and the files it serves with serve_file.

``/ranges/`` explains range and conditional requests and lets you send them
from the browser; ``/ranges/alphabet.txt`` (2,600 bytes of text) and
``/ranges/tone.wav`` (a five-second tone the page plays and seeks) are served
by :func:`~django_allresponses.serve_file` with ``ETag: "playground-v1"``.

Example::

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
from django.utils.html import escape

from ...ranges.files import serve_file
from ...responses.http import HttpResponseNotFound, HttpResponseOK

ETAG: Final = '"playground-v1"'


def alphabet() -> bytes:
    """2,600 bytes: a hundred of each letter, A to Z.

    Example::

        >>> alphabet()[95:105]
        b'AAAAABBBBB'
    """
    return b"".join(bytes([ord("A") + index]) * 100 for index in range(26))


@cache
def tone() -> bytes:
    """A five-second 400 Hz tone, 8 kHz 16-bit mono WAV, written by the standard library.

    Example::

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

    Example::

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

_PAGE: Final = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ranges - django-allresponses playground</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
        padding: 0 1rem; color: #1d1d1f; }}
code, pre, input {{ font-family: ui-monospace, monospace; font-size: 0.9rem; }}
pre {{ background: #f4f4f6; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; }}
input {{ width: 16rem; }}
</style>
</head>
<body>
<p><a href="/">&larr; every status</a></p>
<h1>Ranges and conditional requests</h1>
<p><code>serve_file(request, file, etag=...)</code> answers <code>Range</code> with
206 (one range, with <code>Content-Range</code>), 206 <code>multipart/byteranges</code>
(several), 416 (none satisfiable, <code>Content-Range: bytes */N</code>) or 200 (a
<code>Range</code> it must ignore), after the preconditions (304, 412). The samples below
carry <code>ETag: {etag}</code>.</p>

<h2>A tone, played and seeked with Range requests</h2>
<audio id="tone" controls preload="auto" src="tone.wav"></audio>

<h2>Send a request for <code>alphabet.txt</code></h2>
<form id="ask">
<label>Range <input id="range" value="bytes=0-9"></label>
<label>If-Range <input id="if-range" value=""></label>
<button>Send</button>
</form>
<p>Or try:</p>
<ul>{examples}</ul>
<pre id="answer">The answer's status, headers and body appear here.</pre>

<h2>From the command line</h2>
<pre>curl -i -H 'Range: bytes=0-9' {base}alphabet.txt
curl -i -H 'Range: bytes=0-0,-1' {base}alphabet.txt
curl -i -H 'If-None-Match: {etag}' {base}alphabet.txt</pre>

<script>
const answer = document.getElementById("answer");
async function ask(range, ifRange) {{
  const headers = {{}};
  if (range) headers["Range"] = range;
  if (ifRange) headers["If-Range"] = ifRange;
  const response = await fetch("alphabet.txt", {{headers, cache: "no-store"}});
  const lines = [`${{response.status}} ${{response.statusText}}`];
  for (const [name, value] of response.headers) lines.push(`${{name}}: ${{value}}`);
  const body = await response.text();
  answer.textContent = lines.join("\\n") + "\\n\\n" + body.slice(0, 2000);
}}
document.getElementById("ask").addEventListener("submit", event => {{
  event.preventDefault();
  ask(document.getElementById("range").value, document.getElementById("if-range").value);
}});
for (const button of document.querySelectorAll("button[data-range]")) {{
  button.addEventListener("click", () => {{
    document.getElementById("range").value = button.dataset.range;
    document.getElementById("if-range").value = button.dataset.ifRange;
    ask(button.dataset.range, button.dataset.ifRange);
  }});
}}
</script>
</body>
</html>
"""


def page(request: HttpRequest) -> HttpResponseBase:
    """The range page.

    Example::

        >>> from django.test import RequestFactory
        >>> b"multipart/byteranges" in page(RequestFactory().get("/ranges/")).content
        True
    """
    examples = "".join(
        f'<li><button type="button" data-range="{escape(value)}" '
        f'data-if-range="{escape(if_range)}"><code>Range: {escape(value)}</code>'
        f"{f' If-Range: {escape(if_range)}' if if_range else ''}</button></li>"
        for value, if_range in _EXAMPLES
    )
    html = _PAGE.format(
        etag=escape(ETAG), examples=examples, base=escape(request.build_absolute_uri())
    )
    return HttpResponseOK(html, content_type="text/html; charset=utf-8")


urlpatterns: list[URLPattern] = [
    path("", page, name="ranges"),
    path("<str:name>", sample, name="ranges-sample"),
]
