"""Raising a response on the wire: gunicorn (WSGI) and uvicorn (ASGI, the async chain).

The test project of ``tests.support.settings_immediate`` (ProblemDetailsMiddleware
last, an async-only middleware in the chain, DRF with our handler, a ninja
API given to ``register()``) is served by each real server; a strict HTTP/1.1
client (h11) checks the status, the headers and the exact body of every case
of ``tests.support.immediate_cases``. Under uvicorn the middleware chain and the async
views run on the event loop, without a thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.support.immediate_cases import ASYNC, DJANGO, DRF, NINJA, Case, mismatches
from tests.support.servers import REQUEST_TIMEOUT, Server, ServerKind, fetch, from_httpx, serve

pytestmark = [pytest.mark.slow]

SERVERS: list[ServerKind] = ["gunicorn", "uvicorn-h11"]
CASES = [
    *[pytest.param(case, id=f"django-{case}") for case in DJANGO],
    *[pytest.param(case, id=f"async-{case}") for case in ASYNC],
    *[pytest.param(case, id=f"drf-{case}") for case in DRF],
    *[pytest.param(case, id=f"ninja-{case}") for case in NINJA],
]


@pytest.fixture(scope="module", params=SERVERS)
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    with serve(request.param, settings="tests.support.settings_immediate") as running:
        yield running


@pytest.mark.parametrize("case", CASES)
def test_the_server_delivers_the_answer(server: Server, case: Case) -> None:
    headers = list(case.request_headers.items())
    if case.json is None:
        received = fetch(server, case.path, method=case.method, headers=headers)
    else:  # a request with a body: httpx sends it
        with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT) as client:
            sent = client.request(
                case.method,
                case.path,
                content=case.json.encode(),
                headers=[*headers, ("Content-Type", "application/json")],
            )
        received = from_httpx(sent)
    found = {name: received.get(name) for name in case.headers}
    problems = mismatches(case, received.status, found, received.body)
    assert not problems, f"{server.kind}: {problems}\n{server.log_tail()}"


# --- hostile paths and a throttle whose clock went backwards ------------------------------------

ENCODED_PATHS = {
    "a%20b": "a%20b",
    "%25": "%25",
    "%09": "%09",
    "%00": "%00",
    "%0D%0A": "%0D%0A",
    "%E2%80%A8": "%E2%80%A8",
}
"""Percent-encoded bytes in a request path, and how ``instance`` names them."""


@pytest.fixture(scope="module", params=SERVERS)
def hardened(request: pytest.FixtureRequest) -> Iterator[Server]:
    with serve(request.param, settings="tests.support.settings_hardening") as running:
        yield running


@pytest.mark.parametrize("encoded", ENCODED_PATHS)
@pytest.mark.parametrize(("kind", "status"), [("not-found", 404), ("forbidden", 403)])
def test_an_encoded_path_keeps_its_status_on_the_wire(
    hardened: Server, encoded: str, kind: str, status: int
) -> None:
    path = f"/hostile/{kind}/{encoded}"
    received = fetch(hardened, path, headers=[("Accept", "application/json")])
    assert received.status == status, hardened.log_tail()
    assert received.get("content-type") == "application/problem+json"
    assert json.loads(received.body)["instance"] == f"/hostile/{kind}/{ENCODED_PATHS[encoded]}"
    assert b"Traceback" not in received.body
    html = fetch(hardened, path, headers=[("Accept", "text/html")])
    assert html.status == status


def test_a_negative_throttle_wait_on_the_wire(hardened: Server) -> None:
    received = fetch(hardened, "/hostile/drf/throttled-backwards")
    assert received.status == 429, hardened.log_tail()
    assert received.get("retry-after") == "0"
    assert json.loads(received.body)["status"] == 429
