"""On the wire: every class through real servers.

pytestmark = [pytest.mark.slow]

The test project (Django's default ``MIDDLEWARE``) serves every class at
``/status/<code>`` and every JSON twin at ``/json/<code>``, built by
:func:`django_allresponses.tools.examples.build`. Each is fetched from gunicorn
(WSGI) and uvicorn (ASGI, with its h11 and its httptools HTTP implementation)

* over a raw socket, parsed by h11 as a strict HTTP/1.1 client (``GET`` and
  ``HEAD``), and
* with httpx, on a kept-alive connection,

and compared with the response the view built: same status, every header the
class set, the body, and the framing rules of the bodiless statuses (no
``Content-Length`` or ``Transfer-Encoding`` on 204, ``Content-Length: 0`` on
205, no wrong ``Content-Length`` on 304, no ``Content-Type`` without content).

A 1xx cannot be a final response (see :mod:`django_allresponses.middleware`):
without the middleware every server must end the exchange with an error or
a closed connection within :data:`~tests.support.servers.REQUEST_TIMEOUT`; with it,
the client gets a well-formed 500.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import h11
import httpx
import pytest

from django_allresponses import STATUSES, response_class
from django_allresponses.tools.examples import build
from tests.support.servers import (
    REQUEST_TIMEOUT,
    ClosedWithoutResponse,
    Server,
    ServerKind,
    assert_delivers,
    every_class,
    fetch,
    from_httpx,
    read_until_closed,
    serve,
    view_path,
)

HAS_HTTPTOOLS = importlib.util.find_spec("httptools") is not None

SERVER_KINDS = [
    pytest.param("gunicorn", id="gunicorn"),
    pytest.param("uvicorn-h11", id="uvicorn-h11"),
    pytest.param(
        "uvicorn-httptools",
        id="uvicorn-httptools",
        marks=pytest.mark.skipif(not HAS_HTTPTOOLS, reason="httptools is not installed"),
    ),
]

FINAL = [
    pytest.param(code, json, id=view_path(code, json).strip("/").replace("/", "-"))
    for code, json in every_class(final=True)
]
"""Every class and JSON twin with a final status, as ``(code, json)``."""

INTERIM = [code for code in STATUSES if code < 200]


@pytest.fixture(scope="module", params=SERVER_KINDS)
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    """The test project with Django's default middleware, under each server."""
    kind: ServerKind = request.param
    with serve(kind) as running:
        yield running


@pytest.fixture(scope="module", params=SERVER_KINDS)
def middleware_server(request: pytest.FixtureRequest) -> Iterator[Server]:
    """The test project with ``InterimResponseMiddleware`` last, under each server."""
    kind: ServerKind = request.param
    with serve(kind, settings="tests.support.settings_middleware") as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    """An httpx client that keeps its connection to ``server`` alive between requests,
    where the server keeps it.

    gunicorn's sync worker closes the connection after every response. It says so with
    ``Connection: close``, except on a response that carries ``Connection: upgrade`` (the
    426 classes), where it writes ``Connection: upgrade`` and closes all the same. httpx
    then keeps a connection the server is closing, and the next request on it can be sent
    before the close is seen. So under gunicorn the client keeps no connection.
    """
    kept = 0 if server.kind == "gunicorn" else 20  # 20: httpx's default
    limits = httpx.Limits(max_keepalive_connections=kept)
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT, limits=limits) as http:
        yield http


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_strict_client_gets_every_class(server: Server, code: int, json: bool) -> None:
    received = fetch(server, view_path(code, json))
    assert_delivers(received, build(code, json=json), server=server)


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_strict_client_gets_every_class_for_head(server: Server, code: int, json: bool) -> None:
    received = fetch(server, view_path(code, json), method="HEAD")
    assert_delivers(received, build(code, json=json), server=server, method="HEAD")


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_httpx_gets_every_class(
    server: Server, client: httpx.Client, code: int, json: bool
) -> None:
    received = from_httpx(client.get(view_path(code, json)))
    assert_delivers(received, build(code, json=json), server=server)


def test_every_final_class_is_served() -> None:
    cases = every_class(final=True)
    assert len({response_class(code, json=json) for code, json in cases}) == len(cases)
    assert {code for code, _ in cases} == {code for code in STATUSES if code >= 200}


@pytest.mark.parametrize("code", INTERIM)
def test_a_final_1xx_never_leaves_a_client_hanging(server: Server, code: int) -> None:
    """Without the middleware: an error, a closed connection or a 5xx, within the timeout.

    (Today every server ends the exchange without a final response; see
    :mod:`django_allresponses.middleware`. A hang raises ``TimeoutError`` or
    ``httpx.ReadTimeout`` here.)
    """
    try:
        received = fetch(server, view_path(code, False), timeout=REQUEST_TIMEOUT)
    except ClosedWithoutResponse as closed:
        assert all(event.status_code == code for event in closed.interim)
    except h11.RemoteProtocolError:
        pass
    else:
        assert received.status >= 500, "a server that answers must not report success"
    try:
        response = httpx.get(server.base_url + view_path(code, False), timeout=REQUEST_TIMEOUT)
    except httpx.RemoteProtocolError:
        pass
    else:
        assert response.status_code >= 500


UPGRADE_WAIT = 15.0
"""Seconds a client that asked to upgrade may wait for the connection to close.

uvicorn keeps an idle connection for 5 seconds (``--timeout-keep-alive``)."""


def test_a_client_asking_to_upgrade_is_not_left_waiting(server: Server) -> None:
    """A 101 from a view switches nothing: the server must close the connection.

    A WebSocket client that asked for the upgrade and got a 101 waits for frames
    that never come, until the connection closes.
    """
    request = (
        f"GET {view_path(101)} HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n"
        "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    ).encode()
    received = read_until_closed(server, request, timeout=UPGRADE_WAIT)
    assert received == b"" or received.startswith(b"HTTP/1.1 ")


@pytest.mark.parametrize("code", INTERIM)
def test_with_the_middleware_a_final_1xx_becomes_a_500(
    middleware_server: Server, code: int
) -> None:
    for method in ("GET", "HEAD"):
        received = fetch(middleware_server, view_path(code, False), method=method)
        assert received.status == 500
        assert not received.interim
        assert (received.get("content-type") or "").startswith("text/html")
        assert received.get("x-content-type-options") == "nosniff", "middleware ran on it"
        assert not received.has("transfer-encoding")
        length = int(received.get("content-length") or -1)
        assert len(received.body) == (0 if method == "HEAD" else length)
    response = httpx.get(
        middleware_server.base_url + view_path(code, False), timeout=REQUEST_TIMEOUT
    )
    assert response.status_code == 500
    assert b"Server Error (500)" in response.content


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_the_middleware_leaves_final_statuses_alone(
    middleware_server: Server, code: int, json: bool
) -> None:
    received = fetch(middleware_server, view_path(code, json))
    assert_delivers(received, build(code, json=json), server=middleware_server)
