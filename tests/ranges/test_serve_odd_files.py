"""serve_file serves regular files only, and never more or fewer bytes than it announced.

A FIFO, a character device (``/dev/zero``, ``/dev/null``), a socket and a directory are
refused before a byte is read (a FIFO opened for reading would wait for a writer for ever,
``/dev/zero`` would send ``Content-Length: 0`` and then an endless body). A file that grows
while it is served sends the length it had; one that shrinks raises from the body (or from
``close()`` after ``socket.sendfile()``, gunicorn's way), so that the server drops the
connection rather than send a body shorter than its ``Content-Length``.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.test import RequestFactory

from django_allresponses import ResponseValidationError, serve_file

factory = RequestFactory()
BLOCK = 64 * 1024
DATA = bytes(range(256)) * 1024  # 256 KiB: four blocks
WAIT = 5.0
"""Seconds serve_file may take to refuse a FIFO: it must not wait for a writer."""

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def _refused_within(action: Callable[[], object]) -> ResponseValidationError:
    """Run ``action`` in a thread; it must raise ResponseValidationError within WAIT
    seconds (a regression that blocks fails the test instead of hanging the suite)."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(WAIT)
    assert not thread.is_alive(), f"serve_file blocked for more than {WAIT}s"
    (result,) = outcome
    assert isinstance(result, ResponseValidationError), repr(result)
    return result


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    yield path
    # A reader still waiting (a regression) is let go by a writer that opens and closes.
    with contextlib.suppress(OSError):  # no reader waiting: nothing to let go
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def test_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    error = _refused_within(lambda: serve_file(factory.get("/"), fifo))
    assert error.argument == "file"
    assert str(error) == (
        f"serve_file: invalid file={str(fifo)!r}: it is a FIFO; serve_file serves regular "
        "files only"
    )


def test_a_fifo_given_as_a_path_object_or_str_is_refused(fifo: Path) -> None:
    _refused_within(lambda: serve_file(factory.get("/", headers={"Range": "bytes=0-1"}), fifo))
    _refused_within(lambda: serve_file(factory.get("/"), str(fifo)))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_character_device_is_refused(device: str) -> None:
    error = _refused_within(lambda: serve_file(factory.get("/"), device))
    assert str(error) == (
        f"serve_file: invalid file='{device}': it is a character device; serve_file serves "
        "regular files only"
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_character_device_given_open_is_refused(device: str) -> None:
    with open(device, "rb") as opened:
        error = _refused_within(lambda: serve_file(factory.get("/"), opened))
    assert error.argument == "file"
    assert "it is a character device" in str(error)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "socket"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        error = _refused_within(lambda: serve_file(factory.get("/"), path))
    assert str(error) == (
        f"serve_file: invalid file={str(path)!r}: it is a socket; serve_file serves regular "
        "files only"
    )


def test_a_directory_is_refused(tmp_path: Path) -> None:
    error = _refused_within(lambda: serve_file(factory.get("/"), tmp_path))
    assert str(error) == (
        f"serve_file: invalid file={str(tmp_path)!r}: it is a directory; serve_file serves "
        "regular files only"
    )


def test_a_missing_file_is_still_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        serve_file(factory.get("/"), tmp_path / "missing")


def test_a_symlink_to_a_regular_file_is_served(tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(DATA)
    (tmp_path / "link.bin").symlink_to(tmp_path / "data.bin")
    response = serve_file(factory.get("/"), tmp_path / "link.bin")
    assert response["Content-Length"] == "262144"
    assert b"".join(response.streaming_content) == DATA  # type: ignore[attr-defined]
    response.close()


# --- a file that changes while it is served -----------------------------------------------


@pytest.fixture
def served(tmp_path: Path) -> Path:
    path = tmp_path / "changing.bin"
    path.write_bytes(DATA)
    return path


@pytest.mark.parametrize(
    "headers",
    [{}, {"Range": "bytes=1000-"}],
    ids=["whole file", "one range"],
)
def test_a_file_that_grows_sends_the_length_it_had(served: Path, headers: dict[str, str]) -> None:
    response = serve_file(factory.get("/", headers=headers), served)
    expected = DATA[1000:] if headers else DATA
    assert response["Content-Length"] == str(len(expected))
    chunks = iter(response.streaming_content)  # type: ignore[attr-defined]
    first = next(chunks)
    with served.open("ab") as grown:
        grown.write(b"x" * 100_000)
    body = first + b"".join(chunks)
    response.close()
    assert body == expected


@pytest.mark.parametrize(
    "headers",
    [{}, {"Range": "bytes=1000-"}, {"Range": "bytes=0-9,1000-200000"}],
    ids=["whole file", "one range", "multipart"],
)
def test_a_file_that_shrinks_raises_from_the_body(served: Path, headers: dict[str, str]) -> None:
    response = serve_file(factory.get("/", headers=headers), served)
    chunks = iter(response.streaming_content)  # type: ignore[attr-defined]
    next(chunks)
    os.truncate(served, 100_000)
    with pytest.raises(OSError, match=r"(changed while it was served|the file ended before)"):
        for _chunk in chunks:
            pass
    response.close()


def test_a_short_sendfile_raises_from_close(served: Path) -> None:
    """What gunicorn does: socket.sendfile() the file object, then close the response."""
    response = serve_file(factory.get("/"), served)
    filelike = response.file_to_stream  # type: ignore[attr-defined]
    os.truncate(served, 100_000)
    left, right = socket.socketpair()
    with left, right:
        right.setblocking(False)
        drained = bytearray()
        reader = threading.Thread(target=_drain, args=(right, drained), daemon=True)
        reader.start()
        sent = left.sendfile(filelike, offset=0, count=len(DATA))
        left.shutdown(socket.SHUT_WR)
        reader.join(WAIT)
    assert sent == 100_000
    with pytest.raises(OSError, match="ended before the 262144 bytes of its Content-Length"):
        response.close()
    response.close()  # said once


def test_a_whole_sendfile_closes_quietly(served: Path) -> None:
    response = serve_file(factory.get("/"), served)
    filelike = response.file_to_stream  # type: ignore[attr-defined]
    left, right = socket.socketpair()
    with left, right:
        drained = bytearray()
        reader = threading.Thread(target=_drain, args=(right, drained), daemon=True)
        reader.start()
        sent = left.sendfile(filelike, offset=0, count=len(DATA))
        left.shutdown(socket.SHUT_WR)
        reader.join(WAIT)
    assert sent == len(DATA)
    assert bytes(drained) == DATA
    response.close()


def test_a_file_object_asked_for_its_descriptor_and_never_sent_closes_quietly(
    served: Path,
) -> None:
    response = serve_file(factory.get("/"), served)
    assert response.file_to_stream.fileno() > 2  # type: ignore[attr-defined]
    response.close()


def test_an_in_memory_file_is_still_served() -> None:
    response = serve_file(factory.get("/"), io.BytesIO(DATA))
    assert b"".join(response.streaming_content) == DATA  # type: ignore[attr-defined]
    response.close()


def _drain(sock: socket.socket, into: bytearray) -> None:
    sock.setblocking(True)
    sock.settimeout(WAIT)
    while chunk := sock.recv(65536):
        into += chunk
