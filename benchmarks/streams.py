"""Memory and speed of the typed streams, in process.

    python -m benchmarks.streams                 1,000,000 rows; 15 rounds of the speed cases
    python -m benchmarks.streams --quick         100,000 rows; 3 rounds (seconds)
    python -m benchmarks.streams --rows 1000000 --rounds 31 --json out.json
    python -m benchmarks.streams --speed-only --rounds 31    the speed cases alone

* **memory**: the peak of Python allocations (``tracemalloc``) while a
  `JsonLinesResponse` streams rows (a dict of four fields a row) from a generator
  iterated as a WSGI server does, then from an async generator iterated with
  ``async for`` as Django's ASGI handler does, for a tenth of the rows and for all
  of them: the peak must not grow with the rows.
* **speed**: events (or lines) per second through Django's WSGI application
  (``WSGIHandler``, Django's default ``MIDDLEWARE``) in this process, 2,000 items a
  request, the content iterated as a WSGI server does (and, for an async iterable,
  through Django's ``ASGIHandler`` as an ASGI server calls it), against a hand-written
  ``StreamingHttpResponse`` whose generator writes the same bytes with ``json.dumps``
  and an f-string, with the same headers. The sides alternate in short chunks over
  shuffled rounds (:mod:`benchmarks.timing`); the figure is the median of the
  per-round ratios "hand-written time / library time" (above 1: the library is faster),
  printed with its A/A control: the library's side run a second time in every round.
  Before timing, each case checks that both sides send the same bytes.

Prints PASS or MISS for each target: memory independent of the rows; speed at least
0.9x the hand-written response, over the figure's whole band ``median * (1 ± noise)``
(:class:`benchmarks.timing.Comparison`), so a figure within the run's noise of 0.9x
is a MISS. A miss is reported, never an error exit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

import django

django.setup()

from django.core.handlers.asgi import ASGIHandler  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.http import HttpRequest, HttpResponseBase, StreamingHttpResponse  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402
from django.urls import path  # noqa: E402

from django_allresponses import EventStreamResponse, JsonLinesResponse, ServerSentEvent  # noqa: E402

from .in_process import quiet_loggers  # noqa: E402
from .timing import Comparison, compare_with_control  # noqa: E402

ITEMS = 2_000
"""Items a request in the speed cases."""
SPEED_TARGET = 0.9
MEMORY_SLACK = 64 * 1024
"""Bytes the peak of the larger run may exceed the smaller one's by (allocator noise)."""


def _row(i: int) -> dict[str, object]:
    return {"id": i, "name": f"row {i}", "score": i / 7, "tags": ["a", "b"]}


# --- memory ---------------------------------------------------------------------------


def _rows(count: int) -> Iterator[dict[str, object]]:
    return (_row(i) for i in range(count))


async def _async_rows(count: int) -> AsyncIterator[dict[str, object]]:
    for i in range(count):
        yield _row(i)


def peak_memory(count: int, *, asgi: bool) -> tuple[int, int]:
    """The peak of Python allocations while streaming ``count`` rows, and the bytes sent."""
    sent = 0
    tracemalloc.start()
    try:
        response = JsonLinesResponse(_async_rows(count) if asgi else _rows(count))
        if asgi:

            async def drain_all() -> int:
                total = 0
                async for part in response:
                    total += len(part)
                return total

            sent = asyncio.run(drain_all())
        else:
            for part in response:
                sent += len(part)
            response.close()
        return tracemalloc.get_traced_memory()[1], sent
    finally:
        tracemalloc.stop()


def measure_memory(rows: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for asgi, label in ((False, "WSGI"), (True, "ASGI")):
        small, small_sent = peak_memory(rows // 10, asgi=asgi)
        large, large_sent = peak_memory(rows, asgi=asgi)
        results[label] = {
            "rows": [rows // 10, rows],
            "peak_bytes": [small, large],
            "sent_bytes": [small_sent, large_sent],
            "pass": large <= small + MEMORY_SLACK,
        }
    return results


# --- speed ----------------------------------------------------------------------------

PAYLOADS = [_row(i) for i in range(ITEMS)]


def ours_data(request: HttpRequest) -> HttpResponseBase:
    return EventStreamResponse(iter(PAYLOADS))


def hand_event_stream(content: Iterator[bytes] | AsyncIterator[bytes]) -> HttpResponseBase:
    """A hand-written event stream: Django's class and the same headers."""
    response = StreamingHttpResponse(content, content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


def hand_data(request: HttpRequest) -> HttpResponseBase:
    return hand_event_stream(f"data: {json.dumps(row)}\n\n".encode() for row in PAYLOADS)


def ours_events(request: HttpRequest) -> HttpResponseBase:
    return EventStreamResponse(
        ServerSentEvent(row, event="row", id=str(row["id"])) for row in PAYLOADS
    )


def hand_events(request: HttpRequest) -> HttpResponseBase:
    return hand_event_stream(
        f"event: row\nid: {row['id']}\ndata: {json.dumps(row)}\n\n".encode() for row in PAYLOADS
    )


def ours_lines(request: HttpRequest) -> HttpResponseBase:
    return JsonLinesResponse(iter(PAYLOADS))


def hand_lines(request: HttpRequest) -> HttpResponseBase:
    return StreamingHttpResponse(
        (f"{json.dumps(row)}\n".encode() for row in PAYLOADS), content_type="application/jsonl"
    )


async def _async_payloads() -> AsyncIterator[dict[str, object]]:
    for row in PAYLOADS:
        yield row


def ours_async_data(request: HttpRequest) -> HttpResponseBase:
    return EventStreamResponse(_async_payloads())  # keep-alive on, every 15 s


def hand_async_data(request: HttpRequest) -> HttpResponseBase:
    async def events() -> AsyncIterator[bytes]:
        async for row in _async_payloads():
            yield f"data: {json.dumps(row)}\n\n".encode()

    return hand_event_stream(events())


CASES: dict[str, tuple[Callable[[HttpRequest], HttpResponseBase], ...]] = {
    "events of JSON data": (ours_data, hand_data),
    "ServerSentEvent with event and id": (ours_events, hand_events),
    "JSON Lines": (ours_lines, hand_lines),
    "ASGI, async events of JSON data, keep-alive on": (ours_async_data, hand_async_data),
}
"""Each case: the library's view and the hand-written one. A case whose label starts
with ``ASGI`` is served by Django's ASGI handler, the others by its WSGI handler."""

urlpatterns = [
    path(f"{side}/{index}", view)
    for index, views in enumerate(CASES.values())
    for side, view in zip(("ours", "hand"), views, strict=True)
]


def _start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
    pass


def _serve(application: WSGIHandler, environ: dict[str, Any]) -> bytes:
    response = application(dict(environ), _start_response)
    try:
        return b"".join(response)
    finally:
        response.close()


def _serve_asgi(application: ASGIHandler, loop: asyncio.AbstractEventLoop, path: str) -> bytes:
    """One request through Django's ASGI handler, as an ASGI server makes it, on ``loop``;
    the client never goes away."""
    body: list[bytes] = []
    asked = False
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "headers": [(b"host", b"testserver")],
             "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}  # fmt: skip

    async def receive() -> dict[str, Any]:
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # no disconnect: Django cancels this when done
        raise AssertionError

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    loop.run_until_complete(application(scope, receive, send))
    return b"".join(body)


def _server(label: str, side: str) -> Callable[[], bytes]:
    """A request to one side of case ``label``, as its handler serves it."""
    index = list(CASES).index(label)
    path_ = f"/{side}/{index}"
    if label.startswith("ASGI"):
        application = ASGIHandler()
        loop = asyncio.new_event_loop()
        return lambda: _serve_asgi(application, loop, path_)
    wsgi = WSGIHandler()
    environ = RequestFactory().get(path_).environ
    return lambda: _serve(wsgi, environ)


def measure_speed(rounds: int, seed: int = 0) -> dict[str, Comparison]:
    """Each case's ratio "hand-written time / library time" (the library's events per
    second over the hand-written's), with its A/A control: the library's side run a
    second time in every round ("library time / library time again")."""
    with override_settings(ROOT_URLCONF=__name__), quiet_loggers():
        sides: dict[str, tuple[Callable[[], bytes], Callable[[], bytes]]] = {}
        for label in CASES:
            ours, hand = _server(label, "ours"), _server(label, "hand")
            if ours() != hand():
                raise AssertionError(f"{label}: the two sides send different bytes")
            sides[label] = (hand, ours)  # side / peer: hand-written time / library time
        return compare_with_control(sides, rounds=rounds, chunk=0.05, rng=random.Random(seed))


def report(
    memory: dict[str, Any], speed: dict[str, Comparison], rates: dict[str, tuple[float, float]]
) -> None:
    for label, result in memory.items():
        small, large = result["peak_bytes"]
        rows_small, rows_large = result["rows"]
        verdict = "PASS" if result["pass"] else "MISS"
        print(
            f"{verdict} memory, JsonLinesResponse under {label}: peak {small / 1024:.0f} KiB "
            f"for {rows_small:,} rows, {large / 1024:.0f} KiB for {rows_large:,} rows "
            f"({result['sent_bytes'][1] / 2**20:.0f} MiB sent)"
        )
    for label, comparison in speed.items():
        low, high = comparison.band
        verdict = "PASS" if comparison.at_least(SPEED_TARGET) else "MISS"
        print(
            f"{verdict} speed >= {SPEED_TARGET}x hand-written, {label}: {comparison}, "
            f"band {low:.2f}-{high:.2f} "
            f"(alone: {rates[label][0]:,.0f} items/s, hand-written {rates[label][1]:,.0f})"
        )


def _rate(label: str, side: str) -> float:
    """Items a CPU second of one side, five requests timed alone."""
    import time

    with override_settings(ROOT_URLCONF=__name__), quiet_loggers():
        serve = _server(label, side)
        started = time.process_time()
        for _ in range(5):
            serve()
        return 5 * ITEMS / (time.process_time() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="100,000 rows, 3 rounds")
    parser.add_argument("--speed-only", action="store_true", help="skip the memory cases")
    parser.add_argument("--json", help="also write the results to this file")
    arguments = parser.parse_args(argv)
    rows, rounds = arguments.rows, arguments.rounds
    if arguments.quick:
        rows, rounds = 100_000, 3
    memory = {} if arguments.speed_only else measure_memory(rows)
    speed = measure_speed(rounds)
    rates = {label: (_rate(label, "ours"), _rate(label, "hand")) for label in CASES}
    report(memory, speed, rates)
    if arguments.json:
        with open(arguments.json, "w") as out:
            json.dump(
                {"memory": memory, "speed": {k: v.facts() for k, v in speed.items()}},
                out,
                indent=2,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
