"""serve_file against an independent implementation: werkzeug's ``Response.make_conditional``.

Both answer every request of ``ranges_cases`` for the same file and validators;
status, ``Content-Range`` and body must agree, except for the differences listed
in :data:`DIFFERENCES`, each with the side RFC 9110 supports. A difference that
appears or disappears fails the test.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from werkzeug.exceptions import RequestedRangeNotSatisfiable
from werkzeug.test import Client as WerkzeugClient
from werkzeug.wrappers import Request, Response
from werkzeug.wsgi import wrap_file

from tests.support.ranges_cases import CASES, NAME, SIZE, Case, parse_multipart, write_file

MODIFIED = datetime(2024, 1, 1, tzinfo=UTC)

MULTIPLE = (
    "werkzeug answers every request for more than one range with 416; RFC 9110 Section 14.1.3: "
    "a ranges-specifier is satisfiable if one of its ranges is, and Section 15.3.7.2 describes "
    "the multipart/byteranges answer (a server may coalesce, Section 14.2): serve_file"
)
INVALID = (
    "werkzeug rejects a malformed Range with 416; Section 14.2 lets a server ignore or reject an "
    "invalid ranges-specifier, and 416 is defined for ranges that are not satisfiable "
    "(Section 15.5.17): both allowed, serve_file ignores it and sends 200"
)
DIFFERENCES: dict[str, tuple[int, str | None, str]] = {
    "suffix longer than the file": (
        416,
        "bytes */10000",
        "Section 14.1.3: a suffix-range is satisfiable if its length is nonzero, and a suffix "
        "longer than the representation selects all of it: serve_file (206, bytes 0-9999/10000)",
    ),
    "first and last bytes": (416, "bytes */10000", MULTIPLE),
    "three ranges": (416, "bytes */10000", MULTIPLE),
    "parts in the order asked": (416, "bytes */10000", MULTIPLE),
    "empty list elements": (416, "bytes */10000", MULTIPLE),
    "touching ranges coalesced": (416, "bytes */10000", MULTIPLE),
    "overlapping ranges coalesced": (416, "bytes */10000", MULTIPLE),
    "coalesced group keeps its first place": (416, "bytes */10000", MULTIPLE),
    "unsatisfiable ones left out": (416, "bytes */10000", MULTIPLE),
    "zero suffix left out": (416, "bytes */10000", MULTIPLE),
    "too many ranges": (
        416,
        "bytes */10000",
        "Sections 14.2 and 15.5.17 let a server ignore (200) or reject (416) an excessive number "
        "of ranges: both allowed",
    ),
    "multipart larger than the file": (416, "bytes */10000", MULTIPLE),
    "last before first": (416, "bytes */10000", INVALID),
    "not numbers": (416, "bytes */10000", INVALID),
    "a negative first": (416, "bytes */10000", INVALID),
    "no equals sign": (416, "bytes */10000", INVALID),
    "no range at all": (416, "bytes */10000", INVALID),
    "one bad spec spoils all": (416, "bytes */10000", INVALID),
    "an unknown unit": (
        416,
        "bytes */10000",
        "Section 14.2: an origin server MUST ignore a Range with a range unit it does not "
        "understand: serve_file (200)",
    ),
    "If-Range with a weak ETag": (
        206,
        "bytes 0-9/10000",
        "Section 13.1.5: an entity-tag in If-Range must match by strong comparison, which a weak "
        "tag never does, so the Range is ignored: serve_file (200)",
    ),
    "If-Range with a later date": (
        206,
        "bytes 0-9/10000",
        "Section 13.1.5: a date in If-Range holds only if it exactly matches Last-Modified: "
        "serve_file (200)",
    ),
    "If-None-Match before Range": (
        206,
        "bytes 0-9/10000",
        "Section 13.2.2: If-None-Match (step 3) is evaluated before Range (step 5); a matching "
        "GET is answered 304: serve_file",
    ),
    "If-Match differs": (
        206,
        "bytes 0-9/10000",
        "Section 13.2.2, step 1: If-Match without a strong match is 412, before Range: serve_file",
    ),
    "If-Unmodified-Since earlier": (
        200,
        None,
        "Section 13.1.4: modified after the If-Unmodified-Since date is 412: serve_file",
    ),
    "HEAD ignores Range": (
        206,
        "bytes 0-9/10000",
        "Section 14.2: a server MUST ignore Range for methods without range handling, and GET is "
        "the only one: serve_file (200). Section 9.3.2 asks HEAD for GET's header fields "
        "(SHOULD), which werkzeug follows",
    ),
}
"""Case id -> (werkzeug's status, werkzeug's Content-Range, which side RFC 9110 supports).

In every other case of ``ranges_cases`` (200, single ranges, 416 for ranges past
the end, If-Range that holds, 304 and 412 without Range) the answers are the same.
"""


def werkzeug_app(folder: Path, tagged: bool) -> Any:
    def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        file = open(folder / NAME, "rb")  # noqa: SIM115 - closed by the response
        response = Response(
            wrap_file(environ, file), mimetype="application/octet-stream", direct_passthrough=True
        )
        if tagged:
            response.set_etag("ranges-v1")
        response.last_modified = MODIFIED
        try:
            response.make_conditional(request, accept_ranges=True, complete_length=SIZE)
        except RequestedRangeNotSatisfiable as error:
            file.close()
            response = error.get_response(environ)  # type: ignore[assignment]
        return response(environ, start_response)

    return app


def summary(status: int, content_range: str | None, content_type: str, body: bytes) -> object:
    if content_type.startswith("multipart/byteranges"):
        return status, content_range, parse_multipart(content_type, body)
    if status in (304, 412, 416):
        body = b""  # werkzeug sends an HTML error page with 412 and 416
    return status, content_range, body


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_file(tmp_path)
    monkeypatch.setenv("ALLRESPONSES_RANGES_FILES", str(tmp_path))
    return tmp_path


@pytest.mark.urls("tests.support.ranges_urls")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_answer_as_werkzeug(case: Case, folder: Path) -> None:
    ours = Client().generic(case.method, f"/ranges/{case.view}/{NAME}", headers=dict(case.headers))
    our_body = b"".join(ours.streaming_content) if ours.streaming else ours.content  # type: ignore[attr-defined]
    client = WerkzeugClient(werkzeug_app(folder, tagged=case.view == "tagged"))
    theirs = client.open(f"/{NAME}", method=case.method, headers=list(case.headers))
    their_body = theirs.get_data()
    theirs.close()
    mine = summary(
        ours.status_code, ours.get("Content-Range"), ours.get("Content-Type", ""), our_body
    )
    other = summary(
        theirs.status_code,
        theirs.headers.get("Content-Range"),
        theirs.headers.get("Content-Type", ""),
        their_body,
    )
    if case.id in DIFFERENCES:
        status, content_range, _ = DIFFERENCES[case.id]
        assert (theirs.status_code, theirs.headers.get("Content-Range")) == (status, content_range)
        assert mine != other
    else:
        assert mine == other


def test_every_difference_names_a_case() -> None:
    assert set(DIFFERENCES) <= {case.id for case in CASES}
    assert len(DIFFERENCES) == 25
