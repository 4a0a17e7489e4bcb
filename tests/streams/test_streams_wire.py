"""The typed streams through real servers: uvicorn (ASGI) and gunicorn's ``gthread``
worker (WSGI), with Django's default middleware and ``GZipMiddleware`` first
(``tests.support.settings_streams``), read by httpx as they come.

Each item carries the server's clock when it was made; the client notes its own when
the item has arrived, decompressed and whole. The same machine, the same clock: every
item must arrive before the next one is made (half a second later), whatever the
server and whether the iterable is sync or async.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.streams.sse_parser import parse
from tests.support.servers import Server, ServerKind, serve

pytestmark = pytest.mark.slow

GAP = 0.5
"""Seconds between two items of the views: the margin every arrival is measured against."""


@pytest.fixture(scope="module", params=["gunicorn", "uvicorn-h11"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    kind: ServerKind = request.param
    # gunicorn with threads runs its gthread worker.
    with serve(kind, settings="tests.support.settings_streams", threads=4) as running:
        yield running


def _arrivals(
    server: Server, path: str, separator: bytes, gzip: bool = True
) -> tuple[httpx.Response, list[tuple[float, bytes]]]:
    """Each item of the stream at ``path`` with the client's clock when it arrived whole."""
    arrivals: list[tuple[float, bytes]] = []
    buffer = b""
    headers = {"Accept-Encoding": "gzip" if gzip else "identity"}
    with (
        httpx.Client(base_url=server.base_url, timeout=10.0) as client,
        client.stream("GET", path, headers=headers) as response,
    ):
        for chunk in response.iter_bytes():
            buffer += chunk
            while separator in buffer:
                item, buffer = buffer.split(separator, 1)
                arrivals.append((time.time(), item + separator))
    assert buffer == b""
    return response, arrivals


def _assert_each_arrived_before_the_next_was_made(
    arrivals: list[tuple[float, bytes]], produced: list[float]
) -> None:
    assert len(arrivals) == len(produced) == 3
    for (arrived, _), made_next in zip(arrivals, produced[1:], strict=False):
        assert arrived < made_next, (arrived, made_next)
    for (arrived, _), made in zip(arrivals, produced, strict=True):
        assert 0 <= arrived - made < GAP, (arrived, made)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "identity"])
def test_events_arrive_as_they_are_made(server: Server, kind: str, gzip: bool) -> None:
    response, arrivals = _arrivals(server, f"/streams/events/{kind}?gap={GAP}", b"\n\n", gzip)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["X-Accel-Buffering"] == "no"
    assert "Content-Length" not in response.headers
    assert response.headers.get("Content-Encoding") == ("gzip" if gzip else None)
    events = parse(b"".join(item for _, item in arrivals)).events
    assert [(e.type, e.last_event_id) for e in events] == [("tick", "0"), ("tick", "1"),
                                                            ("tick", "2")]  # fmt: skip
    produced = [json.loads(e.data)["produced"] for e in events]
    _assert_each_arrived_before_the_next_was_made(arrivals, produced)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_json_lines_arrive_as_they_are_made(server: Server, kind: str) -> None:
    response, arrivals = _arrivals(server, f"/streams/lines/{kind}?gap={GAP}", b"\n")
    assert response.headers["Content-Type"] == "application/jsonl"
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Content-Length" not in response.headers
    rows = [json.loads(item) for _, item in arrivals]
    assert [row["i"] for row in rows] == [0, 1, 2]
    _assert_each_arrived_before_the_next_was_made(arrivals, [row["produced"] for row in rows])


def test_keepalive_comments_reach_the_client(server: Server) -> None:
    _, arrivals = _arrivals(server, "/streams/events/async?n=2&gap=0.6&keepalive=0.1", b"\n\n")
    items = [item for _, item in arrivals]
    assert items[0].startswith(b"event: tick\nid: 0\n")
    assert items[-1].startswith(b"event: tick\nid: 1\n")
    assert set(items[1:-1]) == {b": keep-alive\n\n"}
    assert len(items[1:-1]) >= 2


def _tasks(server: Server) -> int:
    return int(httpx.get(server.base_url + "/streams/tasks", timeout=5.0).text)


def test_a_client_that_goes_away_closes_the_async_iterable(server: Server, tmp_path: Path) -> None:
    marker = tmp_path / "closed"
    baseline = None if server.is_wsgi else _tasks(server)
    with (
        httpx.Client(base_url=server.base_url, timeout=5.0) as client,
        client.stream("GET", "/streams/forever", params={"marker": str(marker)}) as response,
    ):
        first = next(response.iter_bytes())
        assert first.startswith(b"data: {")
    # The client has closed the connection: the iterable's finally runs (under WSGI, when
    # the server fails to write the next keep-alive comment), and under ASGI no task of
    # the stream (the reader's, a keep-alive's timer) is left on the server's loop.
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text() == "closed"
    if baseline is None:
        return
    while _tasks(server) != baseline and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _tasks(server) == baseline
