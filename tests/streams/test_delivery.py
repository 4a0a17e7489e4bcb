"""How the streams are delivered in the process: keep-alive comments while an async
iterable is idle, the iterable closed when the stream ends early, Django's
``GZipMiddleware`` flushing each item, and ``Last-Event-ID`` read back."""

from __future__ import annotations

import asyncio
import math
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.test import RequestFactory

from django_allresponses import (
    EventStreamResponse,
    JsonLinesResponse,
    ResponseValidationError,
    ServerSentEvent,
    last_event_id,
)
from django_allresponses.responses.streams import StreamResponse
from tests.streams.sse_parser import Event, parse

KEEPALIVE = b": keep-alive\n\n"


async def _slow(pauses: list[float], log: list[str]) -> AsyncIterator[object]:
    try:
        for i, pause in enumerate(pauses):
            await asyncio.sleep(pause)
            yield ServerSentEvent(str(i), id=str(i))
    finally:
        log.append("closed")


async def _read_all(response: StreamResponse[Any]) -> list[bytes]:
    return [part async for part in response]


# --- keep-alive -------------------------------------------------------------------------


def test_an_idle_async_iterable_gets_keepalive_comments_and_is_never_cancelled() -> None:
    log: list[str] = []
    started = time.monotonic()
    parts = asyncio.run(_read_all(EventStreamResponse(_slow([0, 0.5, 0], log), keepalive=0.1)))
    assert time.monotonic() - started >= 0.5
    assert parts[0] == b"id: 0\ndata: 0\n\n"
    assert parts[-2:] == [b"id: 1\ndata: 1\n\n", b"id: 2\ndata: 2\n\n"]
    between = parts[1:-2]
    # 0.5 s idle with a comment every 0.1 s: 4 or 5 of them, whatever the machine's load
    # within generous margins.
    assert 2 <= len(between) <= 5
    assert set(between) == {KEEPALIVE}
    assert [e.data for e in parse(b"".join(parts)).events] == ["0", "1", "2"]
    assert log == ["closed"]


def test_no_keepalive_when_none() -> None:
    log: list[str] = []
    parts = asyncio.run(_read_all(EventStreamResponse(_slow([0.3], log), keepalive=None)))
    assert parts == [b"id: 0\ndata: 0\n\n"]


def test_keepalive_under_wsgi_too() -> None:
    log: list[str] = []
    parts = list(EventStreamResponse(_slow([0.35], log), keepalive=0.1))
    assert parts[-1] == b"id: 0\ndata: 0\n\n"
    assert set(parts[:-1]) == {KEEPALIVE}
    assert len(parts) >= 3
    assert log == ["closed"]


@pytest.mark.parametrize("bad", [0, -1, True, "15", math.inf, math.nan, 86400])
def test_keepalive_is_seconds_above_zero(bad: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        EventStreamResponse([], keepalive=bad)  # type: ignore[arg-type]
    assert caught.value.argument == "keepalive"
    assert str(caught.value) == (
        f"EventStreamResponse: keepalive={bad!r}: give seconds (an int or float above 0 and "
        "below a day), or None for no keep-alive comments"
    )


def test_a_bad_item_read_ahead_is_refused_after_the_good_ones() -> None:
    async def events() -> AsyncIterator[object]:
        yield {"n": 1}
        yield {"n": 2}
        yield {"n": math.nan}
        yield {"n": 4}  # never read

    async def read() -> tuple[list[bytes], ResponseValidationError]:
        sent: list[bytes] = []
        try:
            async for part in EventStreamResponse(events(), keepalive=5):
                sent.append(part)
        except ResponseValidationError as error:
            return sent, error
        raise AssertionError("the NaN was sent")

    sent, error = asyncio.run(read())
    assert sent == [b'data: {"n": 1}\n\n', b'data: {"n": 2}\n\n']
    assert error.argument == "data"


def test_keepalive_reads_at_most_64_items_ahead() -> None:
    made: list[int] = []

    async def events() -> AsyncIterator[object]:
        for i in range(1000):
            made.append(i)
            yield i

    async def read_one() -> int:
        stream = aiter(EventStreamResponse(events(), keepalive=5))
        await anext(stream)
        for _ in range(20):
            await asyncio.sleep(0)  # every chance to read on
        ahead = len(made)
        await stream.aclose()  # type: ignore[attr-defined]
        return ahead

    assert 2 <= asyncio.run(read_one()) <= 66


# --- closing ------------------------------------------------------------------------------


def test_a_cancelled_asgi_stream_closes_the_async_iterable() -> None:
    """What Django's ASGI handler does when the client goes away: it cancels the task
    sending the response."""
    log: list[str] = []

    async def scenario() -> None:
        response = EventStreamResponse(_slow([0, 10], log), keepalive=0.05)
        received: list[bytes] = []

        async def send() -> None:
            async for part in response:
                received.append(part)

        task = asyncio.create_task(send())
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert received[0] == b"id: 0\ndata: 0\n\n"
        assert KEEPALIVE in received
        # nothing of the stream is left running
        await asyncio.sleep(0)
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []

    asyncio.run(scenario())
    assert log == ["closed"]


def test_an_asgi_stream_closed_early_closes_the_async_iterable() -> None:
    log: list[str] = []

    async def scenario() -> None:
        stream = aiter(EventStreamResponse(_slow([0, 0, 0], log)))
        assert await anext(stream) == b"id: 0\ndata: 0\n\n"
        await stream.aclose()  # type: ignore[attr-defined]

    asyncio.run(scenario())
    assert log == ["closed"]


def test_a_wsgi_stream_closed_early_closes_the_async_iterable() -> None:
    log: list[str] = []
    stream = iter(EventStreamResponse(_slow([0, 0.5, 0], log)))
    assert next(stream) == b"id: 0\ndata: 0\n\n"
    stream.close()  # type: ignore[attr-defined]
    assert log == ["closed"]


@pytest.mark.django_db  # closing a response sends request_finished, which closes connections
def test_a_wsgi_stream_closed_by_the_server_closes_the_sync_iterable() -> None:
    log: list[str] = []

    def events() -> Iterator[object]:
        try:
            yield {"n": 1}
            yield {"n": 2}
        finally:
            log.append("closed")

    response = EventStreamResponse(events())
    assert next(iter(response)) == b'data: {"n": 1}\n\n'
    response.close()  # what a WSGI server calls when the client has gone
    assert log == ["closed"]


# --- GZipMiddleware -------------------------------------------------------------------------


def _gzipped(response: HttpResponse | StreamResponse[Any]) -> StreamResponse[Any]:
    request = RequestFactory().get("/", headers={"Accept-Encoding": "gzip"})

    def view(request: HttpRequest) -> Any:
        return response

    compressed: Any = GZipMiddleware(view)(request)
    assert compressed["Content-Encoding"] == "gzip"
    assert compressed["Vary"] == "Accept-Encoding"
    assert not compressed.has_header("Content-Length")
    return compressed


def _each_decompressed(parts: list[bytes]) -> list[bytes]:
    """What a client decompresses from each part as it arrives: one gzip stream, whose
    header and trailer may come as parts of their own (Django 6.1's async compression
    sends its header alone), each event in a part that brings it whole."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    found = [decompressor.decompress(part) for part in parts]
    assert decompressor.eof
    return [*(each for each in found if each), b""]


def _events() -> Iterator[object]:
    yield ServerSentEvent("a", id="1")
    yield {"b": 2}


async def _async_events() -> AsyncIterator[object]:
    for item in _events():
        yield item


def test_gzip_under_wsgi_flushes_each_event() -> None:
    parts = list(_gzipped(EventStreamResponse(_events())))
    assert _each_decompressed(parts) == [b"id: 1\ndata: a\n\n", b'data: {"b": 2}\n\n', b""]


def test_gzip_under_asgi_flushes_each_event_in_one_gzip_stream() -> None:
    parts = asyncio.run(_read_all(_gzipped(EventStreamResponse(_async_events()))))
    assert _each_decompressed(parts) == [b"id: 1\ndata: a\n\n", b'data: {"b": 2}\n\n', b""]


def test_gzip_of_a_sync_iterable_under_asgi() -> None:
    parts = asyncio.run(_read_all(_gzipped(JsonLinesResponse(iter([1, 2])))))
    assert _each_decompressed(parts) == [b"1\n", b"2\n", b""]


def test_gzip_of_an_async_iterable_under_wsgi() -> None:
    async def rows() -> AsyncIterator[int]:
        for i in range(3):
            await asyncio.sleep(0.02)  # each row is sent before the next is made
            yield i

    parts = list(_gzipped(JsonLinesResponse(rows())))
    assert _each_decompressed(parts) == [b"0\n", b"1\n", b"2\n", b""]


def test_gzip_names_a_random_file_as_django_does() -> None:
    """Django writes a file name of random length into the gzip header (against BREACH);
    the flushed stream keeps that."""
    lengths = {len(next(iter(_gzipped(JsonLinesResponse([1]))))) for _ in range(20)}
    assert len(lengths) > 1


def test_an_already_encoded_stream_is_left_alone() -> None:
    response = JsonLinesResponse([1], headers={"Content-Encoding": "br"})
    request = RequestFactory().get("/", headers={"Accept-Encoding": "gzip"})
    passed: Any = GZipMiddleware(lambda request: response)(request)
    assert passed["Content-Encoding"] == "br"
    assert list(passed) == [b"1\n"]


# --- Last-Event-ID ----------------------------------------------------------------------


def _as_server_gives(value: str) -> str:
    """A header value as WSGI and ASGI servers give it to Django: its bytes as Latin-1."""
    return value.encode().decode("latin-1")


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("42", "42"),
        ("  spaced ", "  spaced "),
        ("caf\u00e9-\u263a", "caf\u00e9-\u263a"),
        ("", None),
        ("a\0b", None),
        ("a\rb", None),
        ("a\nb", None),
    ],
)
def test_last_event_id(sent: str, read: str | None) -> None:
    request = RequestFactory().get("/")
    request.META["HTTP_LAST_EVENT_ID"] = _as_server_gives(sent)
    assert last_event_id(request) == read


def test_last_event_id_that_is_not_utf_8_is_none() -> None:
    request = RequestFactory().get("/")
    request.META["HTTP_LAST_EVENT_ID"] = "\xff\xfe"
    assert last_event_id(request) is None


def test_last_event_id_absent() -> None:
    assert last_event_id(RequestFactory().get("/")) is None


def test_an_id_sent_is_the_id_read_back() -> None:
    sent = b"".join(EventStreamResponse([ServerSentEvent("x", id="caf\u00e9 7")]))
    assert sent == b"id: caf\xc3\xa9 7\ndata: x\n\n"
    assert parse(sent).events == [Event("message", "x", "caf\u00e9 7")]
    request = RequestFactory().get("/")
    request.META["HTTP_LAST_EVENT_ID"] = "caf\u00e9 7".encode().decode("latin-1")
    assert last_event_id(request) == "caf\u00e9 7"
