"""serve_file on the wire: every case of ``ranges_cases`` from curl, httpx and h11 against
gunicorn and uvicorn (h11 and httptools), byte for byte; multipart bodies are read back with
the standard library's email parser.

gunicorn, with a configuration module that reports ``os.sendfile`` calls, shows that
a range goes through ``wsgi.file_wrapper`` to ``sendfile`` with the right offset and
length. curl is Debian's (``/usr/bin/curl``). The servers run the test project with
``tests.support.ranges_settings`` on loopback and serve files written by the tests.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from wsgiref.util import FileWrapper

import httpx
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.test import override_settings

from tests.support.hardening_urls import PARTIAL
from tests.support.ranges_cases import (
    CASES,
    DATA,
    DERIVED_ETAG,
    ETAG,
    EXPLAINED,
    LAST_MODIFIED,
    NAME,
    Case,
    content_length,
    parse_multipart,
    write_file,
)
from tests.support.servers import REQUEST_TIMEOUT, Server, ServerKind, fetch, serve

pytestmark = [pytest.mark.slow]

CURL = Path("/usr/bin/curl")
SERVERS: list[ServerKind] = ["gunicorn", "uvicorn-h11", "uvicorn-httptools"]
CLIENTS = ["curl", "httpx", "h11"]
BIG = bytes(range(256)) * 12_288  # 3 MiB
"""A file of many blocks, for ranges that start and end inside blocks."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="ranges-") as name:
        path = Path(name)
        write_file(path)
        write_file(path, "big.bin", BIG)
        yield path


@pytest.fixture(scope="module", params=SERVERS)
def server(request: pytest.FixtureRequest, folder: Path) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(folder))
        with serve(request.param, settings="tests.support.ranges_settings", threads=2) as running:
            yield running


def ask(
    client: str, server: Server, method: str, path: str, headers: tuple[tuple[str, str], ...]
) -> Answer:
    if client == "h11":
        raw = fetch(server, path, method=method, headers=headers)
        return Answer(raw.status, {name: raw.get(name) or "" for name, _ in raw.headers}, raw.body)
    if client == "httpx":
        with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT) as session:
            # identity: nothing between the server's bytes and the test
            response = session.request(
                method, path, headers=[*headers, ("Accept-Encoding", "identity")]
            )
            return Answer(
                response.status_code,
                {name.lower(): value for name, value in response.headers.items()},
                response.content,
            )
    return curl(server, method, path, headers)


def curl(server: Server, method: str, path: str, headers: tuple[tuple[str, str], ...]) -> Answer:
    assert CURL.exists(), "Debian's curl is missing: apt-get install curl"
    with tempfile.TemporaryDirectory() as scratch:
        head, body = Path(scratch, "head"), Path(scratch, "body")
        command = [
            str(CURL),
            "--silent",
            "--show-error",
            "--http1.1",
            "--max-time",
            "10",
            "--dump-header",
            str(head),
            "--output",
            str(body),
        ]
        command += ["--head"] if method == "HEAD" else ["--request", method]
        for name, value in headers:
            command += ["--header", f"{name}: {value}"]
        subprocess.run([*command, server.base_url + path], check=True, timeout=20)
        lines = head.read_bytes().decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        fields = dict(line.split(": ", 1) for line in lines[1:] if line)
        return Answer(
            status,
            {name.lower(): value for name, value in fields.items()},
            # --head writes the head to --output too (h11 is the client that proves no body
            # follows a HEAD), and curl creates no file for an empty body
            b"" if method == "HEAD" or not body.exists() else body.read_bytes(),
        )


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_case(server: Server, client: str, case: Case) -> None:
    answer = ask(client, server, case.method, f"/ranges/{case.view}/{NAME}", case.headers)
    where = f"{client} -> {server.kind}"
    assert answer.status == case.status, where
    assert answer.headers.get("content-range") == case.content_range, where
    assert "transfer-encoding" not in answer.headers, where
    if case.status in (200, 206):
        assert answer.headers["accept-ranges"] == "bytes", where
        assert answer.headers["last-modified"] == LAST_MODIFIED, where
    if case.status == 304:
        assert answer.headers["etag"] == (ETAG if case.view == "tagged" else DERIVED_ETAG), where
    if (length := content_length(case)) is not None:
        assert answer.headers["content-length"] == length, where
    if case.body is not None:
        assert answer.body == DATA[case.body[0] : case.body[1]], where
    elif case.parts:
        assert answer.headers["content-length"] == str(len(answer.body)), where
        parts = parse_multipart(answer.headers["content-type"], answer.body)
        assert parts == [
            ("application/octet-stream", content_range, DATA[start:stop])
            for content_range, (start, stop) in case.parts
        ], where
    elif case.status == 412:
        assert answer.headers["content-type"] == "text/plain; charset=utf-8", where
        assert answer.body == EXPLAINED[case.id], where
    else:
        assert answer.body == b"", where


@pytest.mark.parametrize("client", CLIENTS)
def test_a_range_across_many_blocks(server: Server, client: str) -> None:
    answer = ask(
        client, server, "GET", "/ranges/tagged/big.bin", (("Range", "bytes=100000-2999999"),)
    )
    assert answer.status == 206
    assert answer.headers["content-range"] == "bytes 100000-2999999/3145728"
    assert answer.headers["content-length"] == "2900000"
    assert answer.body == BIG[100_000:3_000_000]


@pytest.mark.parametrize("client", CLIENTS)
def test_a_download_keeps_its_name(server: Server, client: str) -> None:
    answer = ask(client, server, "GET", f"/ranges/attachment/{NAME}", (("Range", "bytes=-4"),))
    assert answer.status == 206
    assert answer.headers["content-disposition"] == 'attachment; filename="report.pdf"'
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.body == DATA[-4:]


def test_curl_resumes_a_download(server: Server, tmp_path: Path) -> None:
    """``curl --continue-at -`` asks for the rest of a partly downloaded file."""
    target = tmp_path / "download.bin"
    target.write_bytes(DATA[:4321])
    subprocess.run(
        [
            str(CURL),
            "--silent",
            "--show-error",
            "--fail",
            "--continue-at",
            "-",
            "--output",
            str(target),
            f"{server.base_url}/ranges/tagged/{NAME}",
        ],
        check=True,
        timeout=20,
    )
    assert target.read_bytes() == DATA


def test_a_single_range_keeps_the_wsgi_file_wrapper(tmp_path: Path) -> None:
    """Django hands the range to the server's ``wsgi.file_wrapper`` (the sendfile path)."""
    write_file(tmp_path)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": f"/ranges/tagged/{NAME}",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_RANGE": "bytes=9000-9099",
        "wsgi.input": io.BytesIO(),
        "wsgi.url_scheme": "http",
        "wsgi.file_wrapper": FileWrapper,
    }
    started: list[str] = []
    with (
        pytest.MonkeyPatch.context() as patch,
        override_settings(ROOT_URLCONF="tests.support.ranges_urls"),
    ):
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(tmp_path))
        result = WSGIHandler()(environ, lambda status, headers: started.append(status))
        assert started == ["206 Partial Content"]
        assert isinstance(result, FileWrapper)
        assert b"".join(result) == DATA[9000:9100]  # the wrapper stops at the range's end
        with contextlib.suppress(AttributeError):
            result.close()
    assert os.environ.get("ALLRESPONSES_RANGES_FILES") != str(tmp_path)


@pytest.fixture(scope="module")
def probed(folder: Path) -> Iterator[Server]:
    """gunicorn with every ``os.sendfile`` call written to its log."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(folder))
        patch.setenv("GUNICORN_CMD_ARGS", "--config=python:tests.support.gunicorn_sendfile_probe")
        with serve("gunicorn", settings="tests.support.ranges_settings") as running:
            yield running


def test_gunicorn_sendfiles_exactly_the_range(probed: Server) -> None:
    answer = ask("h11", probed, "GET", "/ranges/tagged/big.bin", (("Range", "bytes=100000-"),))
    assert (answer.status, answer.body) == (206, BIG[100_000:])
    tagged = ask("h11", probed, "GET", f"/ranges/tagged/{NAME}", (("Range", "bytes=9000-9099"),))
    assert (tagged.status, tagged.body) == (206, DATA[9000:9100])
    whole = ask("h11", probed, "GET", f"/ranges/tagged/{NAME}", ())
    assert (whole.status, whole.body) == (200, DATA)
    calls = re.findall(
        r"\[sendfile\] offset=(\d+) count=(\d+) sent=(\d+)", probed.log_tail(20_000)
    )
    # one call per answer: the range from its first byte, Content-Length bytes long
    assert [(int(offset), int(count)) for offset, count, _ in calls] == [
        (100_000, 3_045_728),
        (9000, 100),
        (0, 10_000),
    ]


# (method, request headers, status, ETag sent back)
DECORATED = [
    ("GET", (), 200, '"ranges-v1"'),
    ("GET", (("If-None-Match", '"ranges-v1"'),), 304, '"ranges-v1"'),
    ("PUT", (), 428, None),
    ("PUT", (("If-Match", '"ranges-v0"'),), 412, None),
    ("PUT", (("If-Match", '"ranges-v1"'),), 204, None),
]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("view", ["function", "class", "drf"])
def test_the_decorator_on_the_wire(server: Server, client: str, view: str) -> None:
    for method, headers, status, etag in DECORATED:
        answer = ask(client, server, method, f"/conditional/{view}", headers)
        where = f"{method} {headers} {view} via {client} -> {server.kind}"
        assert answer.status == status, where
        assert answer.headers.get("etag") == etag, where
        if status in (204, 304):
            assert answer.body == b"", where


# --- hostile ranges and Django's compressing middleware ------------------------------------


@pytest.fixture(scope="module", params=["gunicorn", "uvicorn-h11"])
def hardened(request: pytest.FixtureRequest, folder: Path) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(folder))
        with serve(
            request.param, settings="tests.support.settings_hardening", threads=2
        ) as running:
            yield running


def test_a_range_number_as_long_as_int_reads_on_the_wire(hardened: Server) -> None:
    huge = "9" * 4300
    first = fetch(hardened, f"/hostile/files/{NAME}", headers=[("Range", f"bytes={huge}-")])
    assert first.status == 416, hardened.log_tail()
    assert first.get("content-range") == "bytes */10000"
    last = fetch(hardened, f"/hostile/files/{NAME}", headers=[("Range", f"bytes=9990-{huge}")])
    assert last.status == 206, hardened.log_tail()
    assert last.body == DATA[9990:]


@pytest.mark.parametrize("value", ["bytes={}-", "bytes=9990-{}", "bytes=-{}"])
def test_a_range_number_longer_than_int_reads_is_ignored_on_the_wire(
    hardened: Server, value: str
) -> None:
    unreadable = "9" * 4301
    answer = fetch(
        hardened, f"/hostile/files/{NAME}", headers=[("Range", value.format(unreadable))]
    )
    assert answer.status == 200, hardened.log_tail()
    assert answer.get("content-range") is None
    assert answer.body == DATA


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/hostile/partial", None), (f"/hostile/files/{NAME}", DATA[100:400])],
    ids=["in memory", "served file"],
)
@pytest.mark.parametrize("client", ["h11", "curl"])
def test_a_206_reaches_a_gzip_client_uncompressed(
    hardened: Server, client: str, path: str, expected: bytes | None
) -> None:
    headers = (("Accept-Encoding", "gzip"),)
    if expected is not None:
        headers += (("Range", "bytes=100-399"),)
    answer = ask(client, hardened, "GET", path, headers)
    assert answer.status == 206, hardened.log_tail()
    assert "content-encoding" not in answer.headers
    assert answer.headers["content-length"] == "300"
    if expected is not None:
        assert answer.headers["content-range"] == "bytes 100-399/10000"
        assert answer.body == expected
    else:
        assert answer.headers["content-range"] == "bytes 0-299/1024"
        assert answer.body == PARTIAL[:300]


def test_several_ranges_reach_a_gzip_client_uncompressed(hardened: Server) -> None:
    answer = ask(
        "h11",
        hardened,
        "GET",
        f"/hostile/files/{NAME}",
        (("Accept-Encoding", "gzip"), ("Range", "bytes=0-9,5000-5009")),
    )
    assert answer.status == 206, hardened.log_tail()
    assert "content-encoding" not in answer.headers
    parts = parse_multipart(answer.headers["content-type"], answer.body)
    assert [part[2] for part in parts] == [DATA[:10], DATA[5000:5010]]
