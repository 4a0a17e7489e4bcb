"""serve_file, evaluate_preconditions and conditional, as users call them."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import assert_type

from django.http import HttpRequest, HttpResponseBase

from django_allresponses import (
    ContentRange,
    FileResponsePartialContent,
    HttpResponseOK,
    conditional,
    evaluate_preconditions,
    serve_file,
)
from django_allresponses.ranges.conditions import PreconditionResponse


def download(request: HttpRequest) -> HttpResponseBase:
    return serve_file(
        request,
        "/srv/report.pdf",
        content_type="application/pdf",
        filename="report.pdf",
        as_attachment=True,
        etag="v1",
        last_modified=datetime(2024, 1, 1, tzinfo=UTC),
    )


def from_memory(request: HttpRequest) -> HttpResponseBase:
    return serve_file(request, io.BytesIO(b"0123456789"), etag='W/"v1"')


def preconditions(request: HttpRequest) -> HttpResponseBase:
    answered = evaluate_preconditions(request, etag='"v1"', require_if_match=True)
    assert_type(answered, PreconditionResponse | None)
    return answered or HttpResponseOK(b"go on")


def version(request: HttpRequest) -> str:
    return '"v1"'


def modified(request: HttpRequest) -> datetime:
    return datetime(2024, 1, 1, tzinfo=UTC)


@conditional(etag=version, last_modified=modified, require_if_match=True)
def page(request: HttpRequest) -> HttpResponseBase:
    return HttpResponseOK(b"v1")


@conditional(etag=version)
async def async_page(request: HttpRequest) -> HttpResponseBase:
    return HttpResponseOK(b"v1")


def use_page(request: HttpRequest) -> None:
    assert_type(page(request), HttpResponseBase)  # without-stubs[no-untyped-call]


async def use_async_page(request: HttpRequest) -> None:
    assert_type(await async_page(request), HttpResponseBase)  # without-stubs[no-untyped-call]


partial = FileResponsePartialContent(
    [b"2345"],
    content_range=ContentRange(start=2, end=5, total=10),
    content_type="text/plain",
    content_length=4,
)
assert_type(partial.status_code, int)
