"""A bounded load test: hundreds of concurrent requests across every class.

gunicorn serves the test project with several workers and threads;
:data:`REQUESTS` requests, at most :data:`CONCURRENCY` at a time over kept-alive
connections, cycle through every class and JSON twin with a final status.
Every response must arrive, whole and correct (:func:`tests.support.servers.assert_delivers`):
none lost, none mixed up with another. Every wait is bounded; nothing is timed.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from django_allresponses.tools.examples import build
from tests.support.servers import (
    REQUEST_TIMEOUT,
    Server,
    assert_delivers,
    every_class,
    from_httpx,
    serve,
    view_path,
)

pytestmark = [pytest.mark.slow]

REQUESTS = 600
CONCURRENCY = 50
DEADLINE = 120.0
"""Seconds the whole load may take before the test fails instead of hanging."""

CASES = every_class(final=True)
"""Every class and JSON twin with a final status, as ``(code, json)``."""


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """gunicorn with 2 workers of 4 threads each."""
    with serve("gunicorn", workers=2, threads=4) as running:
        yield running


async def _load(server: Server, plan: list[tuple[int, bool]]) -> list[httpx.Response]:
    """Send every request of ``plan``, :data:`CONCURRENCY` at a time; return the responses."""
    limit = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(
        base_url=server.base_url, timeout=REQUEST_TIMEOUT, limits=limits
    ) as client:

        async def one(code: int, json: bool) -> httpx.Response:
            async with limit:
                return await client.get(view_path(code, json))

        return await asyncio.wait_for(
            asyncio.gather(*(one(code, json) for code, json in plan)), timeout=DEADLINE
        )


def test_every_class_under_concurrent_load(server: Server) -> None:
    plan = list(itertools.islice(itertools.cycle(CASES), REQUESTS))
    built = {case: build(case[0], json=case[1]) for case in CASES}

    responses = asyncio.run(_load(server, plan))

    assert len(responses) == REQUESTS
    for case, response in zip(plan, responses, strict=True):
        assert response.request.url.path == view_path(*case)
        assert_delivers(from_httpx(response), built[case], server=server)
    sent = Counter(plan)
    answered = Counter((r.status_code, r.request.url.path.startswith("/json/")) for r in responses)
    assert answered == sent
    assert len(sent) == len(CASES), "every class was requested"
