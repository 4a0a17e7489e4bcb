"""SPEC section 7 and section 4 "on the wire": every class through real servers.

The test project (Django's default ``MIDDLEWARE``) serves every class at
``/status/<code>`` and every JSON twin at ``/json/<code>``, built by
:func:`django_allresponses.examples.build`. Each is fetched from gunicorn
(WSGI) and uvicorn (ASGI, with its h11 and its httptools HTTP implementation)

* over a raw socket, parsed by h11 as a strict HTTP/1.1 client (``GET`` and
  ``HEAD``), and
* with httpx, on a kept-alive connection,

and compared with the response the view built: same status, every header the
class set, the body, and the framing rules of SPEC section 4 (no
``Content-Length`` or ``Transfer-Encoding`` on 204, ``Content-Length: 0`` on
205, no wrong ``Content-Length`` on 304, no ``Content-Type`` without content).

A 1xx cannot be a final response (see :mod:`django_allresponses.middleware`):
without the middleware every server must end the exchange with an error or
a closed connection within :data:`~tests.servers.REQUEST_TIMEOUT`; with it,
the client gets a well-formed 500.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from wsgiref.util import is_hop_by_hop

import h11
import httpx
import pytest
from django.http import HttpResponseBase

from django_allresponses import STATUSES, headers, response_class
from django_allresponses.examples import build, header_arguments
from tests.servers import (
    REQUEST_TIMEOUT,
    ClosedWithoutResponse,
    RawResponse,
    Server,
    ServerKind,
    fetch,
    serve,
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
    pytest.param(code, json, id=f"{'json' if json else 'status'}-{code}")
    for code, facts in STATUSES.items()
    if code >= 200
    for json in (False, True)
    if facts.allows_content or not json
]
"""Every class and JSON twin with a final status, as ``(code, json)``."""

INTERIM = [code for code in STATUSES if code < 200]

ARGUMENT_HEADERS: dict[str, set[str]] = {}
"""Header argument -> the header fields it sets, read from the library's own fields."""
for _field in vars(headers).values():
    if isinstance(_field, headers.HeaderField):
        ARGUMENT_HEADERS.setdefault(_field.argument, set()).add(_field.header)

FRAMING = ("content-length", "transfer-encoding")


def _path(code: int, json: bool) -> str:
    return f"/{'json' if json else 'status'}/{code}"


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
    with serve(kind, settings="tests.settings_middleware") as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    """An httpx client that keeps its connection to ``server`` alive between requests."""
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT) as http:
        yield http


def from_httpx(response: httpx.Response) -> RawResponse:
    """An httpx response in the form :func:`assert_delivers` checks."""
    return RawResponse(
        status=response.status_code,
        reason=response.reason_phrase,
        headers=[(name.lower(), value) for name, value in response.headers.multi_items()],
        body=response.content,
        http_version=response.http_version.removeprefix("HTTP/"),
    )


def connection_options(value: str) -> set[str]:
    """The case-insensitive options of a ``Connection`` field value."""
    return {option.strip().lower() for option in value.split(",") if option.strip()}


def assert_delivers(
    received: RawResponse, built: HttpResponseBase, *, server: Server, method: str = "GET"
) -> None:
    """``received`` is ``built`` as it must arrive: status, headers, body and framing."""
    code = built.status_code
    facts = STATUSES[code]
    assert received.status == code
    assert received.http_version == "1.1"
    if server.sends_reason_phrase:
        assert received.reason == built.reason_phrase
    for name, value in built.items():
        if name.lower() in FRAMING:
            continue
        if is_hop_by_hop(name) and server.is_wsgi and not received.has(name):
            continue  # PEP 3333: hop-by-hop fields are the WSGI server's, which may drop them
        if name.lower() == "connection":
            # Servers add their own connection options ("close", "keep-alive").
            assert connection_options(value) <= connection_options(received.get(name) or "")
        else:
            assert received.get_all(name) == [value], name
    for argument in header_arguments(type(built)):
        for name in ARGUMENT_HEADERS[argument]:
            assert received.has(name) or (server.is_wsgi and is_hop_by_hop(name)), (
                f"{argument}= must send {name}"
            )
    assert not received.has("transfer-encoding"), "Django's responses have a known length"
    if facts.allows_content:
        assert received.get("content-type") == built["Content-Type"]
        assert received.get("content-length") == str(len(built.content))
        assert received.body == (b"" if method == "HEAD" else built.content)
        return
    assert not received.has("content-type")
    assert received.body == b""
    if code == 205:
        # RFC 9110 Section 15.3.6: a 205 indicates zero-length content.
        assert received.get_all("content-length") == ["0"]
    else:
        # 204: RFC 9110 Section 8.6 forbids it; 304: only the 200's length would be right,
        # and these views have no 200 to compare with.
        assert not received.has("content-length")


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_strict_client_gets_every_class(server: Server, code: int, json: bool) -> None:
    received = fetch(server, _path(code, json))
    assert_delivers(received, build(code, json=json), server=server)


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_strict_client_gets_every_class_for_head(server: Server, code: int, json: bool) -> None:
    received = fetch(server, _path(code, json), method="HEAD")
    assert_delivers(received, build(code, json=json), server=server, method="HEAD")


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_httpx_gets_every_class(
    server: Server, client: httpx.Client, code: int, json: bool
) -> None:
    received = from_httpx(client.get(_path(code, json)))
    assert_delivers(received, build(code, json=json), server=server)


def test_every_final_class_is_served() -> None:
    classes = {response_class(code, json=json) for code, json in (p.values for p in FINAL)}
    assert len(classes) == len(FINAL)
    assert {code for code, _ in (p.values for p in FINAL)} == {c for c in STATUSES if c >= 200}


@pytest.mark.parametrize("code", INTERIM)
def test_a_final_1xx_ends_without_a_response_but_never_hangs(server: Server, code: int) -> None:
    """Without the middleware, servers cannot answer: an error, within the timeout."""
    with pytest.raises((ClosedWithoutResponse, h11.RemoteProtocolError)) as caught:
        fetch(server, _path(code, False), timeout=REQUEST_TIMEOUT)
    if isinstance(caught.value, ClosedWithoutResponse):
        assert all(event.status_code == code for event in caught.value.interim)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(server.base_url + _path(code, False), timeout=REQUEST_TIMEOUT)


@pytest.mark.parametrize("code", INTERIM)
def test_with_the_middleware_a_final_1xx_becomes_a_500(
    middleware_server: Server, code: int
) -> None:
    for method in ("GET", "HEAD"):
        received = fetch(middleware_server, _path(code, False), method=method)
        assert received.status == 500
        assert not received.interim
        assert (received.get("content-type") or "").startswith("text/html")
        assert received.get("x-content-type-options") == "nosniff", "middleware ran on it"
        assert not received.has("transfer-encoding")
        length = int(received.get("content-length") or -1)
        assert len(received.body) == (0 if method == "HEAD" else length)
    response = httpx.get(middleware_server.base_url + _path(code, False), timeout=REQUEST_TIMEOUT)
    assert response.status_code == 500
    assert b"Server Error (500)" in response.content


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_the_middleware_leaves_final_statuses_alone(
    middleware_server: Server, code: int, json: bool
) -> None:
    received = fetch(middleware_server, _path(code, json))
    assert_delivers(received, build(code, json=json), server=middleware_server)
