"""Views of the typed streams for the wire and browser tests (``/streams/...``).

Each item carries the server's clock when it was produced (``time.time()``), so a client
on the same machine can tell that it arrived before the next one was made.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.urls import path

from django_allresponses import (
    EventStreamResponse,
    JsonLinesResponse,
    ServerSentEvent,
    last_event_id,
)


def _count(request: HttpRequest) -> tuple[int, float]:
    return int(request.GET.get("n", "3")), float(request.GET.get("gap", "0.5"))


def _tick(i: int) -> dict[str, object]:
    return {"i": i, "produced": time.time()}


def _sync_ticks(n: int, gap: float) -> Iterator[dict[str, object]]:
    for i in range(n):
        if i:
            time.sleep(gap)
        yield _tick(i)


async def _async_ticks(n: int, gap: float) -> AsyncIterator[dict[str, object]]:
    for i in range(n):
        if i:
            await asyncio.sleep(gap)
        yield _tick(i)


def events_sync(request: HttpRequest) -> EventStreamResponse[dict[str, object]]:
    n, gap = _count(request)
    return EventStreamResponse(
        ServerSentEvent(tick, event="tick", id=str(tick["i"])) for tick in _sync_ticks(n, gap)
    )


async def events_async(request: HttpRequest) -> EventStreamResponse[dict[str, object]]:
    n, gap = _count(request)

    async def events() -> AsyncIterator[ServerSentEvent[dict[str, object]]]:
        async for tick in _async_ticks(n, gap):
            yield ServerSentEvent(tick, event="tick", id=str(tick["i"]))

    return EventStreamResponse(events(), keepalive=float(request.GET.get("keepalive", "15")))


def lines_sync(request: HttpRequest) -> JsonLinesResponse[dict[str, object]]:
    return JsonLinesResponse(_sync_ticks(*_count(request)))


async def lines_async(request: HttpRequest) -> JsonLinesResponse[dict[str, object]]:
    return JsonLinesResponse(_async_ticks(*_count(request)))


async def forever(request: HttpRequest) -> EventStreamResponse[dict[str, object]]:
    """An endless stream; its ``finally`` writes ``closed`` to the file ``?marker=``."""
    marker = Path(request.GET["marker"])

    async def events() -> AsyncIterator[dict[str, object]]:
        try:
            i = 0
            while True:
                yield _tick(i)
                i += 1
                await asyncio.sleep(0.2)
        finally:
            marker.write_text("closed")

    return EventStreamResponse(events(), keepalive=0.05)


async def tasks(request: HttpRequest) -> HttpResponse:
    """How many tasks the server's event loop runs, this request's own included."""
    return HttpResponse(str(len(asyncio.all_tasks())), content_type="text/plain")


def resume(request: HttpRequest) -> EventStreamResponse[str]:
    """Three events after the ``Last-Event-ID`` sent (ids ``e1``, ``e2``, ...), then the
    stream ends, and a browser reconnects 100 ms later (``retry``)."""
    start = last_event_id(request)
    after = int(start.removeprefix("e")) if start and start.startswith("e") else 0

    def events() -> Iterator[ServerSentEvent[str]]:
        yield ServerSentEvent(retry=100, comment=f"resuming after {start!r}")
        for i in range(after + 1, after + 4):
            yield ServerSentEvent(f"event {i}\nfrom {start or 'the start'}", id=f"e{i}")

    return EventStreamResponse(events())


PAGE = """<!doctype html>
<meta charset="utf-8">
<title>Streams</title>
<script>
window.received = [];
window.opened = 0;
const source = new EventSource("/streams/resume");
source.onopen = () => { window.opened += 1; };
source.onmessage = (event) => {
  window.received.push({data: event.data, id: event.lastEventId});
  if (window.received.length >= 7) { source.close(); }
};
</script>
"""


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(PAGE)


urlpatterns = [
    path("streams/events/sync", events_sync),
    path("streams/events/async", events_async),
    path("streams/lines/sync", lines_sync),
    path("streams/lines/async", lines_async),
    path("streams/forever", forever),
    path("streams/tasks", tasks),
    path("streams/resume", resume),
    path("streams/page", page),
]
