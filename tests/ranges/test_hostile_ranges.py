"""serve_file and preconditions under hostile requests and odd files: an answer, never a 500.

Each test gives the answer RFC 9110 gives (or Django's, where Django answers): a Range
number longer than ``int()`` reads, a multipart range on a file object that is no context
manager, a text-mode file, a file without a given validator, a failed precondition, a
suffix range on an empty file, and a 206 through Django's GZip, ConditionalGet and Common
middleware for a client that accepts gzip. A property test sends any ``Range``,
``If-Range`` and precondition headers for any file: serve_file never raises and every body
matches its ``Content-Range``. ``ALLRESPONSES_FUZZ=1`` runs it with many more examples.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.files import File
from django.http import FileResponse
from django.test import Client, RequestFactory, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django_allresponses import ResponseValidationError, serve_file
from tests.support import settings_hardening
from tests.support.hardening_urls import PARTIAL
from tests.support.ranges_cases import DATA, DERIVED_ETAG, NAME, parse_multipart, write_file

EXAMPLES = 3000 if os.environ.get("ALLRESPONSES_FUZZ") else 200
"""Examples of the property test: a few in the normal run, many with ALLRESPONSES_FUZZ=1."""

factory = RequestFactory()


def body_of(response: object) -> bytes:
    content = getattr(response, "streaming_content", None)
    if content is None:
        return getattr(response, "content")  # noqa: B009
    return b"".join(content)


def ranged(value: str, **headers: str) -> object:
    return factory.get("/", headers={"Range": value, **headers})


# --- numbers longer than int() reads --------------------------------------------------------

HUGE = "9" * 4300
"""4,300 digits, the most int() reads: past the end of any file, and still a number."""

UNREADABLE = "9" * 4301
"""4,301 digits: int() refuses them (ValueError), so the Range is invalid and ignored."""


def test_a_first_position_past_any_file_is_unsatisfiable() -> None:
    response = serve_file(ranged(f"bytes={HUGE}-"), io.BytesIO(b"0123456789"))
    assert response.status_code == 416
    assert response["Content-Range"] == "bytes */10"


def test_a_last_position_past_any_file_ends_at_the_file_s_end() -> None:
    response = serve_file(ranged(f"bytes=2-{HUGE}"), io.BytesIO(b"0123456789"))
    assert response.status_code == 206
    assert response["Content-Range"] == "bytes 2-9/10"
    assert body_of(response) == b"23456789"


def test_a_suffix_longer_than_any_file_is_the_whole_file() -> None:
    response = serve_file(ranged(f"bytes=-{HUGE}"), io.BytesIO(b"0123456789"))
    assert response.status_code == 206
    assert response["Content-Range"] == "bytes 0-9/10"


def test_a_huge_last_before_a_huger_first_is_ignored() -> None:
    response = serve_file(ranged(f"bytes=1{HUGE[1:]}-{HUGE[1:]}"), io.BytesIO(b"0123456789"))
    assert response.status_code == 200
    assert body_of(response) == b"0123456789"


@pytest.mark.parametrize(
    "value",
    [
        f"bytes={UNREADABLE}-",
        f"bytes=2-{UNREADABLE}",
        f"bytes=-{UNREADABLE}",
        f"bytes=0-1, 2-{UNREADABLE}",
        f"bytes={'0' * 10}{UNREADABLE}-",
    ],
    ids=["first", "last", "suffix", "second range", "after zeros"],
)
def test_a_position_longer_than_int_reads_makes_the_range_ignored(value: str) -> None:
    response = serve_file(ranged(value), io.BytesIO(b"0123456789"))
    assert response.status_code == 200
    assert "Content-Range" not in response
    assert body_of(response) == b"0123456789"


def test_leading_zeros_do_not_make_a_number_huge() -> None:
    response = serve_file(ranged(f"bytes={'0' * 5000}3-{'0' * 5000}5"), io.BytesIO(b"0123456789"))
    assert response["Content-Range"] == "bytes 3-5/10"
    assert body_of(response) == b"345"


# --- file objects --------------------------------------------------------------------------


class Bare:
    """A binary file-like object with read, seek, tell and close, and no ``__enter__``."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.closed = False

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._data.seek(offset, whence)

    def tell(self) -> int:
        return self._data.tell()

    def close(self) -> None:
        self.closed = True


def test_several_ranges_of_a_file_object_without_enter() -> None:
    bare = Bare(DATA)
    response = serve_file(ranged("bytes=0-9,5000-5009"), bare)  # type: ignore[arg-type]
    assert response.status_code == 206
    parts = parse_multipart(response["Content-Type"], body_of(response))
    assert parts == [
        ("application/octet-stream", "bytes 0-9/10000", DATA[:10]),
        ("application/octet-stream", "bytes 5000-5009/10000", DATA[5000:5010]),
    ]
    assert bare.closed


def test_the_whole_file_and_one_range_of_the_same_object_still_work() -> None:
    assert body_of(serve_file(factory.get("/"), Bare(DATA))) == DATA  # type: ignore[arg-type]
    one = serve_file(ranged("bytes=10-19"), Bare(DATA))  # type: ignore[arg-type]
    assert body_of(one) == DATA[10:20]


@pytest.mark.parametrize(
    "opened",
    [
        lambda path: io.StringIO("text"),
        lambda path: open(path, encoding="utf-8"),  # noqa: SIM115
        lambda path: File(open(path, encoding="utf-8")),  # noqa: SIM115
    ],
    ids=["StringIO", "open(path)", "File(open(path))"],
)
def test_a_text_mode_file_is_refused(opened: object, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("text")
    file = opened(path)  # type: ignore[operator]
    try:
        with pytest.raises(ResponseValidationError, match="text mode") as raised:
            serve_file(factory.get("/"), file)
        assert raised.value.argument == "file"
        assert "open(path, 'rb')" in str(raised.value)
    finally:
        file.close()


def test_django_s_file_response_never_ends_on_a_text_file() -> None:
    # What the refusal spares: after the text, Django's FileResponse yields b"" for ever.
    blocks = iter(FileResponse(io.StringIO("text")))
    assert [next(blocks) for _ in range(4)] == [b"text", b"", b"", b""]


# --- validators and preconditions ----------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_file(tmp_path)
    return tmp_path


def test_a_file_without_a_given_etag_gets_a_strong_one(folder: Path) -> None:
    response = serve_file(factory.get("/"), folder / NAME)
    assert response["ETag"] == DERIVED_ETAG
    assert response["Last-Modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_the_derived_etag_drives_if_range_and_if_none_match(folder: Path) -> None:
    matching = serve_file(ranged("bytes=0-9", **{"If-Range": DERIVED_ETAG}), folder / NAME)
    assert matching.status_code == 206
    assert (
        serve_file(ranged("bytes=0-9", **{"If-Range": '"other"'}), folder / NAME).status_code
        == 200
    )
    cached = serve_file(factory.get("/", headers={"If-None-Match": DERIVED_ETAG}), folder / NAME)
    assert cached.status_code == 304
    assert cached["ETag"] == DERIVED_ETAG


def test_a_changed_file_gets_another_etag(folder: Path) -> None:
    (folder / NAME).write_bytes(DATA[:-1])
    os.utime(folder / NAME, (1_704_067_200, 1_704_067_200))
    assert serve_file(factory.get("/"), folder / NAME)["ETag"] == '"17a6101701650000-270f"'


def test_a_file_served_from_a_position_names_it(folder: Path) -> None:
    with open(folder / NAME, "rb") as file:
        file.seek(16)
        response = serve_file(factory.get("/"), file)
        assert response["ETag"] == '"17a6101701650000-2700-10"'
        response.close()


def test_a_given_etag_wins_and_memory_has_none() -> None:
    assert serve_file(factory.get("/"), io.BytesIO(b"x"), etag="v1")["ETag"] == '"v1"'
    assert not serve_file(factory.get("/"), io.BytesIO(b"x")).has_header("ETag")


def test_the_412_explains_the_condition_in_plain_text(folder: Path) -> None:
    response = serve_file(factory.get("/", headers={"If-Match": '"v0"'}), folder / NAME)
    assert response.status_code == 412
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == (
        b"Precondition Failed. If-Match: no entity-tag given matches the current one "
        b"(strong comparison).\n"
    )
    assert response["Vary"] == "Accept"


def test_the_412_is_problem_details_for_clients_that_prefer_json(folder: Path) -> None:
    request = factory.put(
        "/",
        headers={
            "If-Unmodified-Since": "Sun, 31 Dec 2023 23:59:59 GMT",
            "Accept": "application/json",
        },
    )
    response = serve_file(request, folder / NAME)
    assert response.status_code == 412
    assert response["Content-Type"] == "application/problem+json"
    assert json.loads(response.content) == {
        "type": "about:blank",
        "title": "Precondition Failed",
        "status": 412,
        "detail": "If-Unmodified-Since: the resource was modified since then.",
    }


def test_the_412_of_if_none_match_on_an_unsafe_method() -> None:
    from django_allresponses import evaluate_preconditions

    response = evaluate_preconditions(
        factory.delete("/", headers={"If-None-Match": "*"}), etag="v1"
    )
    assert response is not None
    assert response.content == (
        b"Precondition Failed. If-None-Match: a current representation exists, "
        b"and DELETE is not GET or HEAD.\n"
    )


# --- an empty file -------------------------------------------------------------------------


def test_a_suffix_range_on_an_empty_file_is_ignored() -> None:
    response = serve_file(ranged("bytes=-5"), io.BytesIO(b""))
    assert response.status_code == 200
    assert response["Content-Length"] == "0"
    assert not response.has_header("Content-Range")
    assert body_of(response) == b""


def test_a_first_position_on_an_empty_file_is_still_unsatisfiable() -> None:
    # bytes=0- asks for a first byte an empty file does not have (RFC 9110, Section 14.1.3).
    response = serve_file(ranged("bytes=0-"), io.BytesIO(b""))
    assert response.status_code == 416
    assert response["Content-Range"] == "bytes */0"


def test_a_zero_suffix_on_an_empty_file_is_unsatisfiable() -> None:
    assert serve_file(ranged("bytes=-0"), io.BytesIO(b"")).status_code == 416


# --- through GZip, ConditionalGet and Common -----------------------------------------------


@pytest.fixture
def gzip_project(folder: Path) -> Iterator[Client]:
    with (
        pytest.MonkeyPatch.context() as patch,
        override_settings(
            ROOT_URLCONF=settings_hardening.ROOT_URLCONF,
            MIDDLEWARE=settings_hardening.MIDDLEWARE,
            REST_FRAMEWORK=settings_hardening.REST_FRAMEWORK,
        ),
    ):
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(folder))
        yield Client(raise_request_exception=False)


def test_a_206_in_memory_is_sent_as_it_is_to_a_gzip_client(gzip_project: Client) -> None:
    response = gzip_project.get("/hostile/partial", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 206
    assert "Content-Encoding" not in response
    assert response["Content-Range"] == "bytes 0-299/1024"
    assert response["Content-Length"] == "300"
    assert response.content == PARTIAL[:300]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/hostile/in-memory", PARTIAL[100:400]),
        (f"/hostile/files/{NAME}", DATA[100:400]),
    ],
)
def test_a_served_range_is_sent_as_it_is_to_a_gzip_client(
    gzip_project: Client, path: str, expected: bytes
) -> None:
    response = gzip_project.get(
        path, headers={"Range": "bytes=100-399", "Accept-Encoding": "gzip"}
    )
    assert response.status_code == 206
    assert "Content-Encoding" not in response
    assert re.fullmatch(r"bytes 100-399/\d+", response["Content-Range"])
    assert body_of(response) == expected


def test_several_served_ranges_are_sent_as_they_are_to_a_gzip_client(gzip_project: Client) -> None:
    response = gzip_project.get(
        f"/hostile/files/{NAME}",
        headers={"Range": "bytes=0-9,5000-5009", "Accept-Encoding": "gzip"},
    )
    assert response.status_code == 206
    assert "Content-Encoding" not in response
    parts = parse_multipart(response["Content-Type"], body_of(response))
    assert [part[2] for part in parts] == [DATA[:10], DATA[5000:5010]]


def test_the_whole_file_is_still_compressed(gzip_project: Client) -> None:
    response = gzip_project.get(f"/hostile/files/{NAME}", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert response["ETag"] == "W/" + DERIVED_ETAG  # GZipMiddleware weakens it, as it should


# --- any headers, any file -----------------------------------------------------------------

NUMBER = st.one_of(
    st.integers(0, 40).map(str),
    st.integers(0, 10**6).map(str),
    st.sampled_from(["", "0", "00", "-0", HUGE, "0" * 30 + "7", "1e3", "0x10", " 1", "٣"]),
)
SPEC = st.one_of(
    st.tuples(NUMBER, NUMBER).map(lambda pair: f"{pair[0]}-{pair[1]}"),
    NUMBER.map(lambda number: f"-{number}"),
    st.text(st.sampled_from("0123456789-, \t=bytes"), max_size=12),
)
RANGE = st.one_of(
    st.none(),
    st.lists(SPEC, min_size=0, max_size=6).map(lambda specs: "bytes=" + ",".join(specs)),
    st.lists(SPEC, min_size=1, max_size=3).map(lambda specs: "BYTES = " + " , ".join(specs)),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
)
DATES = st.sampled_from(
    [
        "Mon, 01 Jan 2024 00:00:00 GMT",
        "Sun, 31 Dec 2023 23:59:59 GMT",
        "Tue, 02 Jan 2024 00:00:00 GMT",
        "Monday, 01-Jan-24 00:00:00 GMT",
        "not a date",
        "Mon, 01 Jan 99999 00:00:00 GMT",
    ]
)
TAGS = st.sampled_from(['"v1"', 'W/"v1"', '"v2"', "*", '"v1", "v2"', "v1", '"', "", DERIVED_ETAG])
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "If-Range": st.one_of(TAGS, DATES),
        "If-Match": TAGS,
        "If-None-Match": TAGS,
        "If-Modified-Since": DATES,
        "If-Unmodified-Since": DATES,
        "Accept": st.sampled_from(["application/json", "text/html", "*/*"]),
    },
)
CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.binary(max_size=3000) | st.just(b""),
    offset=st.integers(0, 40),
    method=st.sampled_from(["GET", "GET", "HEAD", "PUT", "DELETE"]),
    range_value=RANGE,
    headers=HEADERS,
    etag=st.sampled_from([None, "v1", 'W/"v1"']),
    bare=st.booleans(),
)
def test_any_headers_on_any_file_never_raise_and_bodies_match(
    data: bytes,
    offset: int,
    method: str,
    range_value: str | None,
    headers: dict[str, str],
    etag: str | None,
    bare: bool,
) -> None:
    offset = min(offset, len(data))
    if range_value is not None:
        headers = {**headers, "Range": range_value}
    request = factory.generic(method, "/", headers=headers)
    file = Bare(data) if bare else io.BytesIO(data)
    file.seek(offset)
    served = data[offset:]
    response = serve_file(request, file, etag=etag)  # type: ignore[arg-type]
    body = body_of(response)
    status = response.status_code
    assert status in (200, 206, 304, 412, 416)
    if status == 200:
        assert response["Content-Length"] == str(len(served))
        assert body == (b"" if method == "HEAD" else served)
    elif status == 206:
        assert method == "GET"
        assert response["Content-Length"] == str(len(body))
        if "Content-Range" in response:
            start, end, total = map(
                int, CONTENT_RANGE.fullmatch(response["Content-Range"]).groups()
            )  # type: ignore[union-attr]
            assert total == len(served)
            assert body == served[start : end + 1]
        else:
            parts = parse_multipart(response["Content-Type"], body)
            assert len(parts) >= 2
            for _, content_range, content in parts:
                start, end, total = map(int, CONTENT_RANGE.fullmatch(content_range).groups())  # type: ignore[union-attr]
                assert total == len(served)
                assert content == served[start : end + 1]
    elif status == 416:
        assert response["Content-Range"] == f"bytes */{len(served)}"
    response.close()


def test_a_range_longer_than_int_reads_is_ignored_through_the_test_client(
    gzip_project: Client,
) -> None:
    answer = gzip_project.get(f"/hostile/files/{NAME}", headers={"Range": f"bytes=0-{UNREADABLE}"})
    assert answer.status_code == 200
    assert "Content-Range" not in answer
    assert b"".join(answer.streaming_content) == DATA  # type: ignore[attr-defined]
