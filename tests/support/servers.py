"""Real servers for the wire and load tests, and a strict HTTP/1.1 client.

:func:`serve` starts gunicorn (WSGI, ``tests.support.wsgi:application``) or uvicorn
(ASGI, ``tests.support.asgi:application``) as a subprocess of the running
interpreter, on a loopback socket this process binds first and hands over
(so no port can be taken in between), waits until the test project answers,
and always stops the server again.

:func:`fetch` talks to a server over a raw socket and parses every byte with
h11 as a strict HTTP/1.1 client: a malformed status line, a body on a
bodiless status, framing headers where they are forbidden or trailing bytes
after the response all raise :class:`h11.RemoteProtocolError`.

:func:`assert_delivers` says what a response built by a view must look like
when it arrives.

Every wait here is bounded: a server that does not come up, a response that
does not arrive and a server that does not stop all end in an error.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from wsgiref.util import is_hop_by_hop

import h11
import httpx
from django.http import HttpResponseBase

from django_allresponses import STATUSES
from django_allresponses.headers import units
from django_allresponses.tools.examples import header_arguments

ROOT = Path(__file__).resolve().parents[2]
"""The repository root: the servers run there, so ``tests`` is importable."""

ServerKind = Literal["gunicorn", "uvicorn-h11", "uvicorn-httptools"]

START_TIMEOUT = 30.0
"""Seconds a server may take to import Django and answer its first request."""

STOP_TIMEOUT = 10.0
"""Seconds a server may take to stop after SIGTERM before it is killed."""

REQUEST_TIMEOUT = 5.0
"""Seconds any single request of the wire tests may take, end to end."""

READY_PATH = "/status/200"
"""A path of the test project that answers 200 once Django is loaded."""


def view_path(code: int, json: bool = False) -> str:
    """The test project's path for the class of ``code``, or for its JSON twin."""
    return f"/{'json' if json else 'status'}/{code}"


def every_class(*, final: bool = False) -> list[tuple[int, bool]]:
    """Every class and JSON twin as ``(code, json)``, from :data:`STATUSES`.

    With ``final=True``, only final statuses (200 and above): those a server can send.
    """
    return [
        (code, json)
        for code, facts in STATUSES.items()
        if code >= 200 or not final
        for json in (False, True)
        if facts.allows_content or not json
    ]


@dataclass(frozen=True)
class Server:
    """A running server: what it is, where it listens and its process."""

    kind: ServerKind
    host: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def base_url(self) -> str:
        """``http://host:port``, for httpx."""
        return f"http://{self.host}:{self.port}"

    @property
    def sends_reason_phrase(self) -> bool:
        """Whether the application chooses the reason phrase.

        WSGI passes the application's phrase (``"404 Not Found"``); ASGI has
        no reason phrase, so uvicorn writes its own.
        """
        return self.is_wsgi

    @property
    def is_wsgi(self) -> bool:
        """Whether the server speaks WSGI (gunicorn) rather than ASGI (uvicorn)."""
        return self.kind == "gunicorn"

    def log_tail(self, limit: int = 4000) -> str:
        """The end of the server's output, to explain a failure."""
        try:
            return self.log.read_text(errors="replace")[-limit:]
        except OSError:
            return ""


def _command(kind: ServerKind, fd: int, workers: int, threads: int) -> list[str]:
    """The command line that serves the test project on the inherited socket ``fd``."""
    if kind == "gunicorn":
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            f"--bind=fd://{fd}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=30",
            "--graceful-timeout=2",
            "--log-level=warning",
        ]
        if _gunicorn_has_control_socket():
            # gunicorn >= 24 opens a control socket at a fixed path in $HOME; servers
            # running side by side (several test modules, matrix cells) would share it.
            command.append("--no-control-socket")
        return [*command, "tests.support.wsgi:application"]
    http = kind.removeprefix("uvicorn-")
    return [
        sys.executable,
        "-m",
        "uvicorn",
        f"--fd={fd}",
        f"--http={http}",
        f"--workers={workers}",
        "--lifespan=off",
        "--timeout-graceful-shutdown=2",
        "--log-level=warning",
        "tests.support.asgi:application",
    ]


def _gunicorn_has_control_socket() -> bool:
    from gunicorn.config import KNOWN_SETTINGS

    return any(setting.name == "control_socket_disable" for setting in KNOWN_SETTINGS)


def _wait_until_ready(server: Server, deadline: float) -> None:
    """Poll the server until it answers :data:`READY_PATH` with 200, or fail."""
    last_error: Exception | None = None
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(
                    f"{server.kind} exited with {server.process.returncode}:\n{server.log_tail()}"
                )
            try:
                if client.get(READY_PATH).status_code == 200:
                    return
            except httpx.HTTPError as error:
                last_error = error
            time.sleep(0.1)
    raise TimeoutError(
        f"{server.kind} did not answer {READY_PATH} within {START_TIMEOUT}s "
        f"(last error: {last_error!r}):\n{server.log_tail()}"
    )


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server, then SIGKILL its process group if it does not stop in time."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        # The server runs in its own session: its group id is its pid, and the group
        # holds only the server and the workers it forked.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT)


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running_command(
    command: str, *, timeout: float, ready: Callable[[httpx.Response], bool] = bool
) -> Iterator[str]:
    """Run ``python -m django_allresponses <command> --port N`` on a free loopback port;
    yield its URL once ``/`` answers as ``ready`` wants, and stop it afterwards."""
    import pytest

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "django_allresponses", command, "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    pytest.fail(f"`{command}` exited: {log.read().decode(errors='replace')}")
                try:
                    if ready(httpx.get(base + "/", timeout=2.0)):
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"`{command}` did not answer within {timeout}s")
                time.sleep(0.1)
            yield base
        finally:
            stop_process(process)


@contextlib.contextmanager
def serve(
    kind: ServerKind,
    *,
    settings: str = "tests.support.settings",
    workers: int = 1,
    threads: int = 1,
) -> Iterator[Server]:
    """Run the test project under ``kind`` with ``settings`` until the block ends.

    Example::

        with serve("gunicorn") as server:
            httpx.get(server.base_url + "/status/204")
    """
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "PYTHONUNBUFFERED": "1",
    }
    # The server inherits the listening socket; this process's copy closes with the block.
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener,
        tempfile.NamedTemporaryFile(prefix=f"{kind}-", suffix=".log", delete=False) as log_file,
    ):
        listener.bind(("127.0.0.1", 0))
        listener.listen(128)
        host, port = listener.getsockname()
        log = Path(log_file.name)
        process = subprocess.Popen(
            _command(kind, listener.fileno(), workers, threads),
            cwd=ROOT,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            pass_fds=(listener.fileno(),),
            start_new_session=True,
        )
    server = Server(kind, host, port, process, log)
    try:
        _wait_until_ready(server, time.monotonic() + START_TIMEOUT)
        yield server
    finally:
        stop_process(process)
        log.unlink(missing_ok=True)


# --- a strict HTTP/1.1 client -------------------------------------------------------------


@dataclass
class RawResponse:
    """A response as h11 parsed it from the raw bytes.

    Header names are lower-cased; ``interim`` holds any 1xx responses
    received before the final one.
    """

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    http_version: str
    interim: list[h11.InformationalResponse] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        """The value of header ``name``, or ``None``; repeated fields are joined."""
        values = self.get_all(name)
        return ", ".join(values) if values else None

    def get_all(self, name: str) -> list[str]:
        """Every value of header ``name``, in the order they were sent."""
        lower = name.lower()
        return [value for key, value in self.headers if key == lower]

    def has(self, name: str) -> bool:
        """Whether header ``name`` was sent at all."""
        return bool(self.get_all(name))


class ClosedWithoutResponse(Exception):
    """The server closed the connection before a final response was complete."""

    def __init__(self, interim: Sequence[h11.InformationalResponse]) -> None:
        statuses = [event.status_code for event in interim]
        super().__init__(f"connection closed without a final response (interim: {statuses})")
        self.interim = list(interim)


def fetch(
    server: Server,
    path: str,
    *,
    method: str = "GET",
    headers: Sequence[tuple[str, str]] = (),
    timeout: float = REQUEST_TIMEOUT,
) -> RawResponse:
    """Send one request with ``Connection: close`` and parse the reply strictly with h11.

    The connection is read to its end: bytes after the response (a body on a
    HEAD or bodiless response that the framing did not announce) raise
    :class:`h11.RemoteProtocolError`. A connection closed before the final
    response raises :class:`ClosedWithoutResponse`; no answer within
    ``timeout`` seconds raises :class:`TimeoutError`.
    """
    connection = h11.Connection(h11.CLIENT)
    deadline = time.monotonic() + timeout
    interim: list[h11.InformationalResponse] = []
    final: h11.Response | None = None
    body = bytearray()
    with socket.create_connection((server.host, server.port), timeout=timeout) as sock:
        request = h11.Request(
            method=method,
            target=path,
            headers=[("Host", f"{server.host}:{server.port}"), ("Connection", "close"), *headers],
        )
        sock.sendall(connection.send(request) + connection.send(h11.EndOfMessage()))
        while True:
            try:
                event = connection.next_event()
            except h11.RemoteProtocolError:
                if final is None and connection.their_state is h11.ERROR and _eof(connection):
                    raise ClosedWithoutResponse(interim) from None
                raise
            if event is h11.NEED_DATA:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no complete response to {method} {path} in {timeout}s")
                sock.settimeout(remaining)
                connection.receive_data(sock.recv(65536))
            elif isinstance(event, h11.InformationalResponse):
                interim.append(event)
            elif isinstance(event, h11.Response):
                final = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                continue  # read on to EOF: nothing may follow the response
            elif isinstance(event, h11.ConnectionClosed):
                if final is None:
                    raise ClosedWithoutResponse(interim)
                return RawResponse(
                    status=final.status_code,
                    reason=final.reason.decode("latin-1"),
                    headers=[
                        (name.decode("latin-1"), value.decode("latin-1"))
                        for name, value in final.headers
                    ],
                    body=bytes(body),
                    http_version=final.http_version.decode("ascii"),
                    interim=interim,
                )
            else:  # h11.PAUSED: a protocol switch nobody asked for
                raise h11.RemoteProtocolError(f"unexpected {event!r} after {method} {path}")


def read_until_closed(server: Server, request: bytes, *, timeout: float) -> bytes:
    """Send raw ``request`` bytes and read until the server closes the connection.

    Raises :class:`TimeoutError` if the connection is still open after ``timeout``
    seconds: the client would have been left waiting.
    """
    deadline = time.monotonic() + timeout
    received = bytearray()
    with socket.create_connection((server.host, server.port), timeout=timeout) as sock:
        sock.sendall(request)
        while chunk := _recv_before(sock, deadline):
            received += chunk
    return bytes(received)


def _recv_before(sock: socket.socket, deadline: float) -> bytes:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("the server kept the connection open")
    sock.settimeout(remaining)
    try:
        return sock.recv(65536)
    except ConnectionResetError:
        return b""


def _eof(connection: h11.Connection) -> bool:
    """Whether the peer's side of ``connection`` has ended (EOF was received)."""
    return bool(connection.trailing_data[1])


# --- what a response must look like when it arrives ---------------------------------------

ARGUMENT_HEADERS: dict[str, set[str]] = {}
"""Header argument -> the header fields it sets, read from the library's own fields."""
for _unit in vars(units).values():
    if isinstance(_unit, units.HeaderUnit):
        ARGUMENT_HEADERS.setdefault(_unit.argument, set()).add(_unit.header)
        if isinstance(_unit, units.UpgradeUnit):
            ARGUMENT_HEADERS[_unit.argument].add("Connection")

FRAMING = ("content-length", "transfer-encoding")


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
    """``received`` is ``built`` as it must arrive: status, headers, body and framing.

    * the status, and under WSGI the reason phrase;
    * every header the view's response holds, unchanged, except that a WSGI
      server may drop hop-by-hop fields (PEP 3333) and servers add their own
      ``Connection`` options; every header the class's arguments set;
    * content and its length where the status allows it;
      otherwise no ``Content-Type``, no body, ``Content-Length: 0`` on 205 and
      no ``Content-Length`` on 204 and 304.
    """
    code = built.status_code
    facts = STATUSES[code]
    where = f"{type(built).__name__} from {server.kind}"
    _same(received.status, code, f"{where}: status")
    _same(received.http_version, "1.1", f"{where}: HTTP version")
    if server.sends_reason_phrase:
        _same(received.reason, built.reason_phrase, f"{where}: reason phrase")
    for name, value in built.items():
        if name.lower() in FRAMING:
            continue
        if is_hop_by_hop(name) and server.is_wsgi and not received.has(name):
            continue  # PEP 3333: hop-by-hop fields are the WSGI server's, which may drop them
        if name.lower() == "connection":
            options = connection_options(received.get(name) or "")
            assert connection_options(value) <= options, f"{where}: Connection {options}"
        else:
            _same(received.get_all(name), [value], f"{where}: {name}")
    for argument in header_arguments(type(built)):
        for name in ARGUMENT_HEADERS[argument]:
            assert received.has(name) or (server.is_wsgi and is_hop_by_hop(name)), (
                f"{where}: {argument}= must send {name}"
            )
    _same(received.get_all("transfer-encoding"), [], f"{where}: Transfer-Encoding")
    if facts.allows_content:
        _same(received.get("content-type"), built["Content-Type"], f"{where}: Content-Type")
        _same(received.get("content-length"), str(len(built.content)), f"{where}: length")
        expected_body = b"" if method == "HEAD" else built.content
        _same(received.body, expected_body, f"{where}: {method} body")
        return
    _same(received.get_all("content-type"), [], f"{where}: Content-Type")
    _same(received.body, b"", f"{where}: body")
    # 205: RFC 9110 Section 15.3.6, zero-length content. 204: Section 8.6 forbids
    # Content-Length. 304: only the 200's length would be right, and there is no 200 here.
    _same(received.get_all("content-length"), ["0"] if code == 205 else [], f"{where}: length")


def _same(actual: object, expected: object, what: str) -> None:
    """Assert ``actual == expected``, saying what was compared and both values."""
    assert actual == expected, f"{what}: got {actual!r}, expected {expected!r}"
