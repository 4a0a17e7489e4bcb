"""serve_file in process: every case of ``ranges_cases`` through Django's test client, and
what the wire cannot show (file objects, FieldFile, headers, closing, bad arguments)."""

from __future__ import annotations

import asyncio
import io
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db.models.fields.files import FieldFile, FileField
from django.http import FileResponse, HttpResponseBase
from django.test import Client, RequestFactory

from django_allresponses import (
    FileResponsePartialContent,
    HttpResponseNotModified,
    HttpResponsePreconditionFailed,
    HttpResponseRangeNotSatisfiable,
    ResponseValidationError,
    serve_file,
)
from django_allresponses.headers.models import ContentRange
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

factory = RequestFactory()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_file(tmp_path)
    monkeypatch.setenv("ALLRESPONSES_RANGES_FILES", str(tmp_path))
    return tmp_path


def body_of(response: HttpResponseBase) -> bytes:
    try:
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    finally:
        response.close()


@pytest.mark.urls("tests.support.ranges_urls")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_case_through_the_test_client(case: Case, folder: Path) -> None:
    client = Client()
    response = client.generic(
        case.method, f"/ranges/{case.view}/{NAME}", headers=dict(case.headers)
    )
    assert response.status_code == case.status
    assert response.get("Content-Range") == case.content_range
    if case.status in (200, 206):
        assert response["Accept-Ranges"] == "bytes"
        assert response["Last-Modified"] == LAST_MODIFIED
        assert response["ETag"] == (ETAG if case.view == "tagged" else DERIVED_ETAG)
    if (length := content_length(case)) is not None:
        assert response["Content-Length"] == length
    if case.status == 304:
        assert response["ETag"] == (ETAG if case.view == "tagged" else DERIVED_ETAG)
        assert response.get("Last-Modified") is None  # the ETag is the validator sent
    body = body_of(response) if response.streaming else response.content
    if case.body is not None:
        assert body == DATA[case.body[0] : case.body[1]]
    elif case.parts:
        assert response["Content-Type"].startswith("multipart/byteranges; boundary=")
        assert response["Content-Length"] == str(len(body))
        parts = parse_multipart(response["Content-Type"], body)
        expected = [
            ("application/octet-stream", content_range, DATA[start:stop])
            for content_range, (start, stop) in case.parts
        ]
        assert parts == expected
    elif case.status == 412:
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert body == EXPLAINED[case.id]
    else:
        assert body == b""


def test_a_single_range_is_a_streamed_file_response(tmp_path: Path) -> None:
    path = write_file(tmp_path)
    response = serve_file(factory.get("/", headers={"Range": "bytes=0-99"}), path)
    assert isinstance(response, FileResponsePartialContent)
    assert isinstance(response, FileResponse)
    assert response.streaming
    assert response.file_to_stream is not None, "wsgi.file_wrapper can send it"
    assert response.file_to_stream.fileno() > 2
    assert response["Content-Range"] == "bytes 0-99/10000"
    assert response["Content-Length"] == "100"
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'inline; filename="data.bin"'
    assert body_of(response) == DATA[:100]


def test_the_whole_file_is_django_s_file_response(tmp_path: Path) -> None:
    response = serve_file(factory.get("/"), write_file(tmp_path, "song.wav"))
    assert isinstance(response, FileResponse)
    assert response.status_code == 200
    assert response["Content-Type"] in ("audio/wav", "audio/x-wav")
    assert response["Content-Length"] == "10000"
    assert response["Content-Disposition"] == 'inline; filename="song.wav"'
    assert body_of(response) == DATA


def test_a_file_object_is_served_from_its_position() -> None:
    data = io.BytesIO(b"header:0123456789")
    data.seek(7)
    response = serve_file(factory.get("/", headers={"Range": "bytes=2-4"}), data)
    assert response["Content-Range"] == "bytes 2-4/10"
    assert body_of(response) == b"234"
    assert data.closed


def test_a_field_file(tmp_path: Path) -> None:
    storage = FileSystemStorage(location=tmp_path)
    name = storage.save("uploads/clip.mp3", ContentFile(DATA))
    field = FileField(storage=storage)
    field.set_attributes_from_name("clip")
    fieldfile = FieldFile(None, field, name)
    response = serve_file(factory.get("/", headers={"Range": "bytes=-10"}), fieldfile)
    assert response.status_code == 206
    assert response["Content-Range"] == "bytes 9990-9999/10000"
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Disposition"] == 'inline; filename="clip.mp3"'
    assert body_of(response) == DATA[-10:]


def test_content_type_filename_and_attachment(tmp_path: Path) -> None:
    response = serve_file(
        factory.get("/", headers={"Range": "bytes=0-1,5-6"}),
        write_file(tmp_path),
        content_type="text/plain; charset=utf-8",
        filename="notes.txt",
        as_attachment=True,
    )
    parts = parse_multipart(response["Content-Type"], body_of(response))
    assert [part[:2] for part in parts] == [
        ("text/plain; charset=utf-8", "bytes 0-1/10000"),
        ("text/plain; charset=utf-8", "bytes 5-6/10000"),
    ]
    assert response["Content-Disposition"] == 'attachment; filename="notes.txt"'


def test_the_multipart_body_literally() -> None:
    response = serve_file(
        factory.get("/", headers={"Range": "bytes=0-2,-2"}),
        io.BytesIO(b"0123456789" * 30),
        content_type="text/plain",
    )
    boundary = response["Content-Type"].removeprefix("multipart/byteranges; boundary=")
    assert len(boundary) == 32
    assert (
        body_of(response)
        == (
            f"--{boundary}\r\nContent-Type: text/plain\r\n"
            "Content-Range: bytes 0-2/300\r\n\r\n012"
            f"\r\n--{boundary}\r\nContent-Type: text/plain\r\n"
            "Content-Range: bytes 298-299/300\r\n\r\n89"
            f"\r\n--{boundary}--\r\n"
        ).encode()
    )


def test_a_multipart_body_larger_than_the_file_is_not_sent() -> None:
    response = serve_file(
        factory.get("/", headers={"Range": "bytes=0-2,-2"}), io.BytesIO(b"0123456789")
    )
    assert response.status_code == 200
    assert body_of(response) == b"0123456789"


def test_an_empty_file_satisfies_no_range() -> None:
    response = serve_file(factory.get("/", headers={"Range": "bytes=0-"}), io.BytesIO())
    assert isinstance(response, HttpResponseRangeNotSatisfiable)
    assert response["Content-Range"] == "bytes */0"
    whole = serve_file(factory.get("/"), io.BytesIO())
    assert whole.status_code == 200
    assert whole["Content-Length"] == "0"


def test_the_304_and_412_classes(tmp_path: Path) -> None:
    path = write_file(tmp_path)
    not_modified = serve_file(factory.get("/", headers={"If-None-Match": '"v1"'}), path, etag="v1")
    assert isinstance(not_modified, HttpResponseNotModified)
    assert not_modified["ETag"] == '"v1"'
    failed = serve_file(factory.put("/", headers={"If-Match": '"v0"'}), path, etag="v1")
    assert isinstance(failed, HttpResponsePreconditionFailed)


def test_explicit_last_modified_wins_over_the_file_time(tmp_path: Path) -> None:
    response = serve_file(
        factory.get("/"), write_file(tmp_path), last_modified=datetime(2025, 6, 1, tzinfo=UTC)
    )
    assert response["Last-Modified"] == "Sun, 01 Jun 2025 00:00:00 GMT"
    response.close()


def test_a_file_object_without_fileno_has_no_last_modified() -> None:
    response = serve_file(factory.get("/"), io.BytesIO(b"abc"))
    assert not response.has_header("Last-Modified")
    assert response["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize(
    ("method", "status"), [("GET", 206), ("HEAD", 200), ("POST", 200), ("PUT", 200)]
)
def test_ranges_are_for_get_only(tmp_path: Path, method: str, status: int) -> None:
    request = factory.generic(method, "/", headers={"Range": "bytes=0-9"})
    response = serve_file(request, write_file(tmp_path))
    assert response.status_code == status
    response.close()


def test_head_sends_no_body_and_closes_the_file(tmp_path: Path) -> None:
    opened = open(write_file(tmp_path), "rb")  # noqa: SIM115
    response = serve_file(factory.head("/"), opened)
    assert response["Content-Length"] == "10000"
    assert body_of(response) == b""
    assert opened.closed


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Range": "bytes=0-9"},
        {"Range": "bytes=0-1,4-5"},
        {"Range": "bytes=99999-"},
        {"If-None-Match": '"v1"'},
    ],
)
def test_the_file_is_closed_when_the_response_is(tmp_path: Path, headers: dict[str, str]) -> None:
    opened = open(write_file(tmp_path), "rb")  # noqa: SIM115
    response = serve_file(factory.get("/", headers=headers), opened, etag="v1")
    response.close()
    assert opened.closed


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"etag": 'a"b'},
            "serve_file: invalid etag='a\"b': expected an entity-tag such as '\"v1\"' or "
            "'W/\"v1\"', or a bare tag without quotes, spaces or control characters "
            "(RFC 9110, Section 8.8.3)",
        ),
        (
            {"etag": "two words"},
            "serve_file: invalid etag='two words': expected an entity-tag such as '\"v1\"' or "
            "'W/\"v1\"', or a bare tag without quotes, spaces or control characters "
            "(RFC 9110, Section 8.8.3)",
        ),
        (
            {"content_type": "text/plain\r\nX-Injected: 1"},
            "serve_file: invalid content_type='text/plain\\r\\nX-Injected: 1': expected a media "
            "type such as 'video/mp4' or 'text/plain; charset=utf-8', without control characters",
        ),
        (
            {"content_type": "text"},
            "serve_file: invalid content_type='text': expected a media type such as 'video/mp4' "
            "or 'text/plain; charset=utf-8', without control characters",
        ),
        (
            {"last_modified": "yesterday"},
            "serve_file: invalid last_modified='yesterday': expected a datetime (naive means UTC)",
        ),
    ],
)
def test_bad_validators(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        serve_file(factory.get("/"), io.BytesIO(b"x"), **arguments)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert caught.value.argument == next(iter(arguments))


class Unseekable(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def test_bad_files() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        serve_file(factory.get("/"), 42)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "serve_file: invalid file=42: expected a path, a FieldFile, or a binary file object "
        "with read(), seek() and tell()"
    )
    assert caught.value.argument == "file"
    unseekable = Unseekable()
    with pytest.raises(ResponseValidationError) as caught:
        serve_file(factory.get("/"), unseekable)  # type: ignore[arg-type]
    assert str(caught.value).startswith(
        f"serve_file: invalid file={unseekable!r}: the file object must be seekable ("
    )
    assert unseekable.closed


def test_the_partial_content_class_checks_its_arguments() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        FileResponsePartialContent(
            [b"x"], content_range=None, content_type="text/plain", content_length=1
        )
    assert str(caught.value) == (
        "FileResponsePartialContent: missing content_range for content_type='text/plain': "
        "a single-part 206 needs a ContentRange; only a 'multipart/byteranges; boundary=...' "
        "body may go without one (RFC 9110, Section 15.3.7)"
    )
    with pytest.raises(ResponseValidationError) as caught:
        FileResponsePartialContent(
            [b"x"],
            content_range=ContentRange(start=0, end=9, total=100),
            content_type="text/plain",
            content_length=1,
        )
    assert str(caught.value) == (
        "FileResponsePartialContent: invalid content_length=1: bytes 0-9/100 holds 10 bytes"
    )
    with pytest.raises(TypeError):
        FileResponsePartialContent(
            [b"x"],
            content_range=None,  # type: ignore[call-arg]
            content_type="multipart/byteranges; boundary=b",
            content_length=1,
            status=200,
        )


async def collect(response: HttpResponseBase) -> list[bytes]:
    return [block async for block in response]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, (0, 300_000)),
        ({"Range": "bytes=100-199999"}, (100, 200_000)),
        ({"Range": "bytes=0-9,-10"}, None),
    ],
)
def test_asgi_streams_block_by_block(
    tmp_path: Path, headers: dict[str, str], expected: tuple[int, int] | None
) -> None:
    """Django's ASGI handler reads ``async for``: no block may hold the whole body."""
    big = DATA * 30  # 300,000 bytes
    path = write_file(tmp_path, "big.bin", big)
    response = serve_file(factory.get("/", headers=headers), path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Django warns when it must list a sync iterator
        blocks = asyncio.run(collect(response))
    response.close()
    assert max(map(len, blocks)) <= 65_536
    body = b"".join(blocks)
    if expected is None:
        assert [part[1:] for part in parse_multipart(response["Content-Type"], body)] == [
            ("bytes 0-9/300000", big[:10]),
            ("bytes 299990-299999/300000", big[-10:]),
        ]
    else:
        assert body == big[expected[0] : expected[1]]
