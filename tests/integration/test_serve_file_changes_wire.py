"""serve_file on the wire, for a file that changes while it is served: gunicorn (which
``sendfile``s it) and uvicorn (h11 and httptools, which read it a block at a time).

The client sends the request, reads the head, and stops reading while the server has
most of the body still to send; the test then grows or truncates the file and reads on.
A file that grows sends exactly the ``Content-Length`` it announced; one that shrinks
ends the response as an error the server reports (its log names it), and the connection
is closed on a body shorter than its ``Content-Length``, which the client sees as
incomplete rather than as the whole file.
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.servers import Server, ServerKind, serve

pytestmark = [pytest.mark.slow]

SERVERS: list[ServerKind] = ["gunicorn", "uvicorn-h11", "uvicorn-httptools"]
SIZE = 32 * 1024 * 1024
"""More than loopback's socket buffers hold: most of it is still unsent when the client
pauses after the head."""
WAIT = 15.0


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="changing-") as name:
        yield Path(name)


@pytest.fixture(scope="module", params=SERVERS)
def server(request: pytest.FixtureRequest, folder: Path) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(folder))
        with serve(
            request.param, settings="tests.support.settings_hardening", threads=2
        ) as running:
            yield running


def _data(size: int) -> bytes:
    return bytes(range(256)) * (size // 256)


def _changed_while_served(
    server: Server, name: str, change: Callable[[], None]
) -> tuple[int, int, bytes]:
    """GET the file, read the head, ``change()`` the file, read to the connection's end:
    the status, the ``Content-Length`` and the body received."""
    with socket.create_connection((server.host, server.port), timeout=WAIT) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        sock.sendall(
            f"GET /hostile/files/{name} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
            "Accept-Encoding: identity\r\n\r\n".encode()
        )
        received = bytearray()
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(4096)
            assert chunk, f"closed before the head:\n{server.log_tail()}"
            received += chunk
        head, _, body = bytes(received).partition(b"\r\n\r\n")
        time.sleep(0.2)  # the server fills the socket's buffers and waits
        change()
        rest = bytearray(body)
        deadline = time.monotonic() + WAIT
        while chunk := sock.recv(1 << 20):
            rest += chunk
            assert time.monotonic() < deadline, "the server kept the connection open"
    lines = head.decode("latin-1").split("\r\n")
    fields = {k.lower(): v for k, _, v in (line.partition(": ") for line in lines[1:])}
    return int(lines[0].split()[1]), int(fields["content-length"]), bytes(rest)


def _logged(server: Server, text: str) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if text in server.log_tail(200_000):
            return True
        time.sleep(0.1)
    return False


def test_a_file_that_grows_sends_its_content_length_and_no_more(
    server: Server, folder: Path
) -> None:
    name = f"grows-{server.kind}.bin"
    path = folder / name
    data = _data(SIZE)
    path.write_bytes(data)

    def grow() -> None:
        with path.open("ab") as file:
            file.write(b"\xff" * (4 * 1024 * 1024))

    status, length, body = _changed_while_served(server, name, grow)
    assert (status, length) == (200, SIZE), server.log_tail()
    assert len(body) == SIZE
    assert body == data


def test_a_file_that_shrinks_ends_the_response_as_an_error(server: Server, folder: Path) -> None:
    name = f"shrinks-{server.kind}.bin"
    path = folder / name
    path.write_bytes(_data(SIZE))
    status, length, body = _changed_while_served(
        server, name, lambda: os.truncate(path, 1024 * 1024)
    )
    assert (status, length) == (200, SIZE), server.log_tail()
    assert len(body) < SIZE  # closed early: the client sees the body is incomplete
    assert _logged(server, "it changed while it was served"), server.log_tail()
