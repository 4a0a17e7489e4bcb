"""Content-Range: 206 Partial Content and 416 Range Not Satisfiable (RFC 9110, Section 14.4)."""

from __future__ import annotations

import pytest

from django_allresponses import (
    ContentRange,
    HttpResponsePartialContent,
    HttpResponseRangeNotSatisfiable,
    JsonResponsePartialContent,
    JsonResponseRangeNotSatisfiable,
    ResponseValidationError,
)


@pytest.mark.parametrize(
    ("content_range", "header"),
    [
        ((0, 9, 100), "bytes 0-9/100"),
        ((90, 99, 100), "bytes 90-99/100"),
        ((0, 9, None), "bytes 0-9/*"),
        (ContentRange(start=5, end=14, total=15), "bytes 5-14/15"),
        ("bytes 10-19/20", "bytes 10-19/20"),
        ("bytes 0-9/*", "bytes 0-9/*"),
    ],
)
def test_valid_ranges(content_range: object, header: str) -> None:
    response = HttpResponsePartialContent(b"0123456789", content_range=content_range)  # type: ignore[arg-type]
    assert response["Content-Range"] == header
    assert response.content == b"0123456789"


def test_the_reference_example() -> None:
    response = HttpResponsePartialContent(bytes(1024), content_range=(0, 1023, 2048))
    assert response["Content-Range"] == "bytes 0-1023/2048"


@pytest.mark.parametrize(
    ("content_range", "reason"),
    [
        ((10, 5, 3), "start (10) must not be greater than end (5)"),
        ((0, 9, 9), "end (9) must be less than total (9)"),
        ((-1, 8, 100), "start must be an integer >= 0, not -1"),
        ((0, 9), "a range is a (start, end, total) tuple, not 2 items"),
        ((0, 9, 100, 5), "a range is a (start, end, total) tuple, not 4 items"),
        ((True, 9, 100), "start must be an integer >= 0, not True"),
        (("0", "9", "100"), "start must be an integer >= 0, not '0'"),
        ("bytes 0-9", "is not a Content-Range"),
        ("bytes */100", "a 206 states the range it sends, not 'bytes */N'"),
        ("0-9/100", "is not a Content-Range"),
        ("bytes 9-0/100", "must not be greater than end"),
        (
            [0, 9, 100],
            "a range is a (start, end, total) tuple, a ContentRange or a string, not list",
        ),
    ],
)
def test_invalid_ranges(content_range: object, reason: str) -> None:
    for build in (
        lambda: HttpResponsePartialContent(b"0123456789", content_range=content_range),  # type: ignore[arg-type]
        lambda: JsonResponsePartialContent("01234567", safe=False, content_range=content_range),  # type: ignore[arg-type]
    ):
        with pytest.raises(ResponseValidationError) as caught:
            build()
        assert ": content_range=" in str(caught.value)
        assert reason in str(caught.value)
        assert caught.value.argument == "content_range"


@pytest.mark.parametrize("content", [b"012345678", "01234567890", b""])
def test_content_length_must_match_a_single_byte_range(content: bytes | str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponsePartialContent(content, content_range=(0, 9, 100))
    length = len(content.encode() if isinstance(content, str) else content)
    assert str(caught.value) == (
        f"HttpResponsePartialContent: content is {length} bytes but "
        "content_range=(0, 9, 100) covers 10 (bytes 0-9)"
    )


def test_str_content_is_measured_in_bytes() -> None:
    response = HttpResponsePartialContent("é" * 5, content_range=(0, 9, 10))
    assert len(response.content) == 10


def test_other_units_are_not_length_checked() -> None:
    response = HttpResponsePartialContent(b"x", content_range="items 0-9/100")
    assert response["Content-Range"] == "items 0-9/100"


def test_iterators_are_not_length_checked() -> None:
    response = HttpResponsePartialContent(iter([b"01234", b"56789"]), content_range=(0, 9, 10))
    assert response.content == b"0123456789"


def test_json_twin_checks_the_encoded_length() -> None:
    assert JsonResponsePartialContent("01234567", safe=False, content_range=(0, 9, 100))
    with pytest.raises(ResponseValidationError, match="content is 9 bytes"):
        JsonResponsePartialContent("0123456", safe=False, content_range=(0, 9, 100))


def test_without_a_range_only_multipart_byteranges_is_valid() -> None:
    body = b"--SEP\r\nContent-Range: bytes 0-1/10\r\n\r\nab\r\n--SEP--\r\n"
    response = HttpResponsePartialContent(body, content_type="multipart/byteranges; boundary=SEP")
    assert not response.has_header("Content-Range")
    for content_type in (None, "text/plain", "multipart/byteranges"):
        with pytest.raises(ResponseValidationError) as caught:
            HttpResponsePartialContent(body, content_type=content_type)
        assert str(caught.value) == (
            "HttpResponsePartialContent: content_range is required unless content_type is "
            "'multipart/byteranges; boundary=…' (RFC 9110, Section 15.3.7); "
            f"got content_type={content_type or 'text/html; charset=utf-8'!r}"
        )


def test_content_location() -> None:
    response = HttpResponsePartialContent(
        b"0123456789", content_range=(0, 9, 10), content_location="/file.bin"
    )
    assert response["Content-Location"] == "/file.bin"


def test_content_range_model() -> None:
    assert ContentRange.parse("bytes 0-99/*") == ContentRange(start=0, end=99, total=None)
    assert ContentRange(start=3, end=3).length == 1
    with pytest.raises(ValueError, match="must be less than total"):
        ContentRange(start=0, end=10, total=10)
    with pytest.raises(ValueError, match="is not a Content-Range"):
        ContentRange.parse("bytes=0-99")


@pytest.mark.parametrize("cls", [HttpResponseRangeNotSatisfiable, JsonResponseRangeNotSatisfiable])
def test_416_total_length(cls: type) -> None:
    arguments = {"data": {}} if cls is JsonResponseRangeNotSatisfiable else {}
    assert cls(**arguments, total_length=47022)["Content-Range"] == "bytes */47022"
    assert cls(**arguments, total_length=0)["Content-Range"] == "bytes */0"
    assert not cls(**arguments).has_header("Content-Range")
    for bad, reason in (
        (-1, "a length cannot be negative"),
        (True, "a length is an integer, not bool"),
        ("5", "a length is an integer, not str"),
        (1.0, "a length is an integer, not float"),
    ):
        with pytest.raises(ResponseValidationError) as caught:
            cls(**arguments, total_length=bad)
        assert str(caught.value).startswith(f"{cls.__name__}: total_length=")
        assert reason in str(caught.value)
