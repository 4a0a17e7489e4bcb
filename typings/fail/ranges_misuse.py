"""serve_file, evaluate_preconditions and conditional misused."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest, HttpResponseBase
from django_allresponses import (
    FileResponsePartialContent,
    conditional,
    evaluate_preconditions,
    serve_file,
)


def version(request: HttpRequest) -> str:
    return '"v1"'


def not_a_view(request: HttpRequest) -> str:
    return "text, not a response"


def slug_version(request: HttpRequest, slug: str) -> str:
    return f'"{slug}"'


def slug_modified(request: HttpRequest, slug: str) -> datetime:
    return datetime(2024, 1, 1)


def item_view(request: HttpRequest, pk: int) -> HttpResponseBase:
    raise NotImplementedError


def misuse(request: HttpRequest) -> None:
    serve_file(request, 42)  # E: mypy[arg-type] mypy-nostubs[-] (Django's File) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    serve_file(request, "a.bin", etag=1)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    serve_file(request, "a.bin", last_modified="2024-01-01")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    evaluate_preconditions(request, "v1")  # E: mypy[call-arg] pyright[reportCallIssue] ty[too-many-positional-arguments] pyrefly[bad-argument-count]
    conditional(etag=version)(not_a_view)  # E: mypy[arg-type] mypy-nostubs[-] (HttpResponseBase is Any without stubs) pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]
    FileResponsePartialContent([b"x"], content_type="text/plain", content_length=1)  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
    conditional(etag=slug_version)(item_view)  # E: mypy[arg-type] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]
    conditional(etag=version)(item_view)  # E: mypy[arg-type] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]
    conditional(last_modified=slug_modified)(item_view)  # E: mypy[arg-type] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]
    conditional(etag=version, last_modified=slug_modified)(item_view)  # E: mypy[arg-type] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]
