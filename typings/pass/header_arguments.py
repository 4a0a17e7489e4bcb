"""Typical use of every header argument and of Django's keywords, HTTP classes and JSON twins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from http import HTTPMethod

from django.http import HttpResponse
from django.urls import reverse_lazy
from pydantic import BaseModel

from django_allresponses import (
    Challenge,
    ContentRange,
    HttpResponseContinue,
    HttpResponseCreated,
    HttpResponseEarlyHints,
    HttpResponseFound,
    HttpResponseMovedPermanently,
    HttpResponseMultipleChoices,
    HttpResponseNoContent,
    HttpResponseNotAllowed,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponsePermanentRedirect,
    HttpResponseProcessing,
    HttpResponseProxyAuthenticationRequired,
    HttpResponseRangeNotSatisfiable,
    HttpResponseResetContent,
    HttpResponseSeeOther,
    HttpResponseServiceUnavailable,
    HttpResponseSwitchingProtocols,
    HttpResponseTemporaryRedirect,
    HttpResponseTooManyRequests,
    HttpResponseUnauthorized,
    HttpResponseUnavailableForLegalReasons,
    HttpResponseUpgradeRequired,
    HttpResponseUseProxy,
    JsonResponseBadRequest,
    JsonResponseContentTooLarge,
    JsonResponseCreated,
    JsonResponseFound,
    JsonResponseMovedPermanently,
    JsonResponseMultipleChoices,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponsePartialContent,
    JsonResponsePermanentRedirect,
    JsonResponseProxyAuthenticationRequired,
    JsonResponseRangeNotSatisfiable,
    JsonResponseRequestTimeout,
    JsonResponseSeeOther,
    JsonResponseServiceUnavailable,
    JsonResponseTemporaryRedirect,
    JsonResponseTooManyRequests,
    JsonResponseUnauthorized,
    JsonResponseUnavailableForLegalReasons,
    JsonResponseUnprocessableContent,
    JsonResponseUpgradeRequired,
    JsonResponseUseProxy,
    Link,
    ModelJSONEncoder,
    ProblemDetails,
)

NO_DATA: dict[str, object] = {}
"""Empty JSON data, typed: a bare ``{}`` is ``dict[Unknown, Unknown]`` to pyright strict."""


class Row(BaseModel):
    id: int
    name: str


# --- Bodiless statuses: headers and reason only ---------------------------------------------


def informational() -> list[HttpResponse]:
    # mypy infers a mixed list literal as list[object] against Links' union of list types:
    # annotate it (see the report of issue 4 / typings/README.md).
    mixed: list[Link | str] = [Link(href="/a.css"), "/b.js"]
    return [
        HttpResponseContinue(),
        HttpResponseContinue(headers={"X-Trace": "1"}, reason="Continue"),
        HttpResponseSwitchingProtocols(upgrade="websocket"),
        HttpResponseSwitchingProtocols(upgrade=["HTTP/3.0", "websocket"], headers={"X": "1"}),
        HttpResponseSwitchingProtocols(upgrade=("h2c",), reason="Switching Protocols"),
        HttpResponseProcessing(),
        HttpResponseEarlyHints(),
        HttpResponseEarlyHints(links=[Link(href="/style.css", params={"as": "style"})]),
        HttpResponseEarlyHints(links=["/app.js", "/app.css"]),
        HttpResponseEarlyHints(links=mixed),
        HttpResponseEarlyHints(links=(Link(href="/a.css", rel="preload"), "/b.js")),
        HttpResponseEarlyHints(links=[Link(href=f"/chunk-{n}.js") for n in range(3)]),
        HttpResponseNoContent(headers={"ETag": '"v2"'}),
        HttpResponseResetContent(reason="Reset Content"),
        HttpResponseNotModified(headers={"ETag": '"v1"', "Cache-Control": "max-age=60"}),
    ]


# --- Location, Content-Location, created_document -------------------------------------------


def locations() -> list[HttpResponse]:
    return [
        HttpResponseCreated("/items/1"),
        HttpResponseCreated("/items/1", b'{"id": 1}', content_type="application/json"),
        HttpResponseCreated(location=reverse_lazy("item", args=[1])),
        HttpResponseCreated(
            location="/items/1",
            content_location="/items/1.json",
            created_document='{"id": 1}',
            content_type="application/json",
            charset="utf-8",
            headers={"ETag": '"1"'},
            reason="Created",
        ),
        HttpResponseMultipleChoices("<ul></ul>", location="/fr/"),
        HttpResponseMultipleChoices(location=reverse_lazy("home")),
        HttpResponseUseProxy(location="http://proxy.example:3128/"),
        JsonResponseCreated(location="/api/items/1"),
        JsonResponseCreated({"id": 1}, location=reverse_lazy("item", args=[1])),
        JsonResponseCreated(Row(id=1, name="New"), location="/1", content_location="/1.json"),
        JsonResponseMultipleChoices({"choices": ["/fr/", "/en/"]}, location="/fr/"),
        JsonResponseUseProxy(NO_DATA, location="http://proxy.example:3128/"),
    ]


# --- Redirects: redirect_to first (positional or keyword), optional retry_after -------------


def redirects(target: str) -> list[HttpResponse]:
    return [
        HttpResponseMovedPermanently(target),
        HttpResponseFound(reverse_lazy("home")),
        HttpResponseSeeOther(target, "See /orders/7/", content_type="text/plain"),
        HttpResponseSeeOther(redirect_to=target, content=b"moved"),
        HttpResponseTemporaryRedirect("/maintenance/", retry_after=60),
        HttpResponsePermanentRedirect("https://example.com/", headers={"X": "1"}),
        JsonResponseMovedPermanently(NO_DATA, redirect_to=target),
        JsonResponseFound({"detail": "elsewhere"}, redirect_to=reverse_lazy("home")),
        JsonResponseSeeOther({"id": 7}, redirect_to="/orders/7/"),
        JsonResponseTemporaryRedirect(NO_DATA, redirect_to="/maintenance/", retry_after=30),
        JsonResponsePermanentRedirect(NO_DATA, redirect_to="https://example.com/"),
    ]


# --- Content-Range and total_length ---------------------------------------------------------


def ranges(partial: bytes, size: int) -> list[HttpResponse]:
    ten = b"0123456789"
    return [
        HttpResponsePartialContent(partial, content_range=(0, 1023, 2048)),
        HttpResponsePartialContent(partial, content_range=(0, 1023, None)),
        HttpResponsePartialContent(partial, content_range="bytes 0-1023/2048"),
        HttpResponsePartialContent(ten, content_range=ContentRange(start=0, end=9, total=100)),
        HttpResponsePartialContent(ten, content_range=ContentRange.parse("bytes 10-19/*")),
        HttpResponsePartialContent(
            b"--b\r\n...",
            content_type="multipart/byteranges; boundary=b",
            content_location="/files/1",
        ),
        HttpResponseRangeNotSatisfiable(total_length=size),
        HttpResponseRangeNotSatisfiable("not satisfiable", total_length=0),
        JsonResponsePartialContent("12345678", content_range=(2, 11, 100), safe=False),
        JsonResponsePartialContent(NO_DATA, content_range="bytes 0-1/2", content_location="/r"),
        JsonResponseRangeNotSatisfiable({"size": size}, total_length=size),
    ]


# --- Allow -----------------------------------------------------------------------------------


def allow() -> list[HttpResponse]:
    # A list is invariant: a variable typed list[HTTPMethod] goes as a tuple or a set.
    declared: list[HTTPMethod] = [HTTPMethod.GET, HTTPMethod.HEAD]
    chosen: set[HTTPMethod] = {HTTPMethod.GET}
    return [
        HttpResponseNotAllowed(tuple(declared)),
        HttpResponseNotAllowed(chosen),
        HttpResponseNotAllowed(["GET", "HEAD"]),
        HttpResponseNotAllowed([HTTPMethod.GET, HTTPMethod.HEAD]),
        HttpResponseNotAllowed([HTTPMethod.GET, "PROPFIND"], "Use GET"),
        HttpResponseNotAllowed(("GET", "POST")),
        HttpResponseNotAllowed({"GET"}),
        HttpResponseNotAllowed(frozenset({HTTPMethod.OPTIONS})),
        HttpResponseNotAllowed([]),
        HttpResponseNotAllowed(permitted_methods=["GET"], content=b"", content_type="text/plain"),
        JsonResponseNotAllowed(permitted_methods=["GET", "HEAD"]),
        JsonResponseNotAllowed({"allowed": ["GET"]}, permitted_methods=[HTTPMethod.GET]),
    ]


# --- Upgrade --------------------------------------------------------------------------------


def upgrade() -> list[HttpResponse]:
    return [
        HttpResponseUpgradeRequired(upgrade="TLS/1.2"),
        HttpResponseUpgradeRequired("Upgrade to TLS", upgrade=["TLS/1.2", "HTTP/1.1"]),
        HttpResponseUpgradeRequired(upgrade=("h2c",), headers={"X": "1"}),
        JsonResponseUpgradeRequired({"detail": "use TLS"}, upgrade="TLS/1.2"),
        JsonResponseUpgradeRequired(NO_DATA, upgrade=["HTTP/3.0", "websocket"]),
    ]


# --- WWW-Authenticate, Proxy-Authenticate ---------------------------------------------------


def challenges() -> list[HttpResponse]:
    basic = Challenge(scheme="Basic", params={"realm": "API", "charset": "UTF-8"})
    bearer = Challenge(scheme="Bearer", params={"error": "invalid_token"})
    token68 = Challenge(scheme="Negotiate", token68="a87421000492aa874209af8bc028")
    # As for links: a mixed list literal needs an annotation under mypy.
    mixed: list[str | Challenge] = [basic, "Bearer"]
    return [
        HttpResponseUnauthorized(www_authenticate='Basic realm="API"'),
        HttpResponseUnauthorized(www_authenticate=basic),
        HttpResponseUnauthorized(www_authenticate=[basic, bearer]),
        HttpResponseUnauthorized(www_authenticate=['Basic realm="API"', "Bearer"]),
        HttpResponseUnauthorized(www_authenticate=mixed),
        HttpResponseUnauthorized("Log in first", www_authenticate=token68),
        HttpResponseProxyAuthenticationRequired(proxy_authenticate='Basic realm="Proxy"'),
        HttpResponseProxyAuthenticationRequired(proxy_authenticate=[basic]),
        JsonResponseUnauthorized({"detail": "log in"}, www_authenticate=bearer),
        JsonResponseProxyAuthenticationRequired(NO_DATA, proxy_authenticate=basic),
    ]


# --- Retry-After ----------------------------------------------------------------------------


def retry_after(seconds: int, when: datetime) -> list[HttpResponse]:
    return [
        HttpResponseServiceUnavailable(retry_after=120),
        HttpResponseServiceUnavailable(retry_after=1.5),
        HttpResponseServiceUnavailable(retry_after=timedelta(minutes=5)),
        HttpResponseServiceUnavailable(retry_after=datetime(2030, 1, 1, tzinfo=UTC)),
        HttpResponseServiceUnavailable(retry_after=datetime(2030, 1, 1)),
        HttpResponseTooManyRequests("Slow down", retry_after=seconds),
        HttpResponseTooManyRequests(retry_after=when),
        JsonResponseServiceUnavailable({"detail": "maintenance"}, retry_after=when),
        JsonResponseTooManyRequests(NO_DATA, retry_after=timedelta(seconds=30)),
        JsonResponseRequestTimeout(NO_DATA, retry_after=60),
        JsonResponseContentTooLarge(NO_DATA, retry_after=300.0),
    ]


# --- blocked_by -----------------------------------------------------------------------------


def legal() -> list[HttpResponse]:
    return [
        HttpResponseUnavailableForLegalReasons(blocked_by="https://authority.example/"),
        HttpResponseUnavailableForLegalReasons("Blocked", blocked_by=reverse_lazy("notice")),
        JsonResponseUnavailableForLegalReasons(NO_DATA, blocked_by="https://authority.example/"),
    ]


# --- Django's keywords and the JSON data forms ----------------------------------------------


def django_keywords(rows: list[Row]) -> list[HttpResponse]:
    return [
        HttpResponseOK(),
        HttpResponseOK(b"bytes"),
        HttpResponseOK(iter([b"a", b"b"])),
        HttpResponseOK(
            "<p>hi</p>",
            content_type="text/html",
            charset="utf-8",
            headers={"Cache-Control": "no-store"},
            reason="Fine",
        ),
        JsonResponseOK({"a": 1}),
        JsonResponseOK([1, 2, 3], safe=False),
        JsonResponseOK(rows, safe=False),
        JsonResponseOK(Row(id=1, name="x")),
        JsonResponseOK({"a": 1}, encoder=ModelJSONEncoder, json_dumps_params={"indent": 2}),
        JsonResponseOK(
            {"a": 1},
            content_type="application/vnd.api+json",
            charset="utf-8",
            headers={"X": "1"},
            reason="OK",
        ),
        JsonResponseNotFound(ProblemDetails(detail="No such item", instance="/items/9")),
        JsonResponseBadRequest(
            ProblemDetails(
                type="https://example.com/probs/invalid",
                title="Invalid request",
                status=400,
                detail="name is required",
            )
        ),
        JsonResponseUnprocessableContent(
            ProblemDetails.model_validate({"title": "Invalid", "errors": ["name"]})
        ),
    ]
