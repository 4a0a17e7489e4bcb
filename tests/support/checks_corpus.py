"""Good and bad responses, built with plain Django, Django REST framework and this library.

Each case names the rules :func:`~django_allresponses.checks.conformance.check_response`
must report for it, written out by hand from the RFCs (an empty set: a good
response). ``tests/checks/test_checks.py`` checks them and
``tests/checks/test_checks_httpolice.py``
compares them with HTTPolice on the same exchanges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseNotModified,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.middleware.common import CommonMiddleware
from django.test import RequestFactory

from django_allresponses import (
    HttpResponseNoContent,
    HttpResponsePartialContent,
    HttpResponseSwitchingProtocols,
    HttpResponseUnauthorized,
    JsonResponseNotFound,
    ProblemDetails,
)
from tests.support.header_arguments import GRAMMARS, HeaderGrammar

_factory = RequestFactory()


def _stream(content_type: str, *, length: bool = False) -> HttpResponseBase:
    body = b"data: 1\n\n" if "event-stream" in content_type else b"1\n"
    response = StreamingHttpResponse(iter([body]), content_type=content_type)
    if length:
        response["Content-Length"] = str(len(body))
    return response


def _our_stream() -> HttpResponseBase:
    from django_allresponses import EventStreamResponse

    return EventStreamResponse(iter([{"price": 1}]))


_RANGE = (("Range", "bytes=0-9"),)


@dataclass(frozen=True)
class Case:
    """One response of the corpus, the request it answers, and the rules it breaks."""

    id: str
    source: str  # "django", "drf" or "library"
    build: Callable[[], HttpResponseBase]
    rules: frozenset[str] = field(default_factory=frozenset[str])
    method: str = "GET"
    request_headers: tuple[tuple[str, str], ...] = ()

    def request(self) -> HttpRequest:
        """The request the response answers."""
        return _factory.generic(self.method, "/corpus/", headers=dict(self.request_headers))

    def response(self) -> HttpResponseBase:
        """The response, built afresh."""
        return self.build()


def _common(build: Callable[[], HttpResponseBase]) -> Callable[[], HttpResponseBase]:
    """The response after Django's ``CommonMiddleware``, which adds ``Content-Length``."""

    def through() -> HttpResponseBase:
        response = build()
        return CommonMiddleware(lambda request: response)(_factory.get("/corpus/"))

    return through


def _status(response: HttpResponse, code: int) -> HttpResponse:
    response.status_code = code
    return response


# --- Django REST framework: real views, rendered as DRF renders them -------------------------


def _with_reason(response: HttpResponse, reason: str) -> HttpResponse:
    """A reason phrase Django 5.2 and 6.0 accept; 6.1's setter refuses it, so it is put
    where every version keeps it."""
    response._reason_phrase = reason
    return response


def _drf(method: str, kind: str) -> Callable[[], HttpResponseBase]:
    def build() -> HttpResponseBase:
        from rest_framework import exceptions
        from rest_framework.authentication import BasicAuthentication
        from rest_framework.permissions import IsAuthenticated
        from rest_framework.request import Request
        from rest_framework.response import Response
        from rest_framework.views import APIView

        class Items(APIView):
            authentication_classes = []
            permission_classes = []

            def get(self, request: Request) -> Response:
                if kind == "throttled":
                    raise exceptions.Throttled(wait=30)
                if kind == "bare-401":
                    return Response({"detail": "Log in."}, status=401)
                if kind == "problem":
                    return Response(
                        {"title": "Not Found", "status": 404},
                        status=400,
                        content_type="application/problem+json",
                    )
                return Response({"items": []})

            def post(self, request: Request) -> Response:
                return Response({"id": 1}, status=201, headers={"Location": "/items/1"})

            def delete(self, request: Request) -> Response:
                return Response(status=204)

        class Private(APIView):
            authentication_classes = [BasicAuthentication]
            permission_classes = [IsAuthenticated]

            def get(self, request: Request) -> Response:
                return Response({})

        view = (Private if kind == "private" else Items).as_view()
        response = view(_factory.generic(method, "/corpus/"))
        response.render()
        return response

    return build


def _grammar_cases() -> list[Case]:
    """A case for each header held to its grammar that gives its own breaking value
    (``tests/support/header_arguments.py``), instead of a case written here."""

    def build(grammar: HeaderGrammar) -> Callable[[], HttpResponseBase]:
        return lambda: HttpResponse(status=grammar.status, headers={grammar.header: grammar.bad})

    return [
        Case(grammar.case, "django", build(grammar), frozenset({f"invalid-{key}"}))
        for key, grammar in GRAMMARS.items()
        if grammar.bad is not None
    ]


CASES: tuple[Case, ...] = (
    # Good responses: no finding at all.
    Case("django-200", "django", lambda: HttpResponse("hello")),
    Case("django-200-common", "django", _common(lambda: HttpResponse("hello"))),
    Case("django-302", "django", lambda: HttpResponseRedirect("/elsewhere/")),
    Case("django-301", "django", lambda: HttpResponsePermanentRedirect("/elsewhere/")),
    Case("django-405", "django", lambda: HttpResponseNotAllowed(["GET", "HEAD"])),
    Case("django-304", "django", lambda: HttpResponseNotModified()),
    Case("django-json", "django", lambda: JsonResponse({"a": 1})),
    Case(
        "django-head-length-of-get",
        "django",
        lambda: HttpResponse("", headers={"Content-Length": "5"}),
        method="HEAD",
    ),
    Case("django-streaming", "django", lambda: StreamingHttpResponse(iter([b"a", b"b"]))),
    Case("django-file", "django", lambda: FileResponse(iter([b"data"]))),
    Case(
        "django-206-multipart",
        "django",
        lambda: HttpResponse(
            b"--B\r\n\r\n--B--", status=206, content_type="multipart/byteranges; boundary=B"
        ),
        request_headers=_RANGE,
    ),
    Case("drf-200", "drf", _drf("GET", "items")),
    Case("drf-201", "drf", _drf("POST", "items")),
    Case("drf-204", "drf", _drf("DELETE", "items")),
    Case("drf-405", "drf", _drf("PUT", "items")),
    Case("drf-401-basic", "drf", _drf("GET", "private")),
    Case("drf-429", "drf", _drf("GET", "throttled")),
    Case("library-204-common", "library", _common(HttpResponseNoContent)),
    Case(
        "library-401",
        "library",
        lambda: HttpResponseUnauthorized(www_authenticate='Basic realm="api"'),
    ),
    Case(
        "library-206",
        "library",
        lambda: HttpResponsePartialContent(b"0123", content_range=(0, 3, 10)),
        request_headers=_RANGE,
    ),
    Case(
        "library-problem",
        "library",
        lambda: JsonResponseNotFound(ProblemDetails(detail="No item 7.")),
    ),
    Case(
        "library-101",
        "library",
        lambda: HttpResponseSwitchingProtocols(upgrade="websocket"),
        request_headers=(("Upgrade", "websocket"), ("Connection", "Upgrade")),
    ),
    # Status line.
    Case(
        "status-600", "django", lambda: _status(HttpResponse(), 600), frozenset({"invalid-status"})
    ),
    Case(
        "status-299",
        "django",
        lambda: HttpResponse(status=299),  # RFC 9110 sets no requirement: codes are extensible
    ),
    Case(
        "reason-crlf",
        "django",
        lambda: _with_reason(HttpResponse(), "OK\r\nX-Injected: 1"),
        frozenset({"head-line-break"}),
    ),
    Case(
        "header-nul",
        "django",
        lambda: HttpResponse(headers={"X-Trace": "a\x00b"}),
        frozenset({"head-line-break"}),
    ),
    Case(
        "header-name-space",
        "django",
        lambda: HttpResponse(headers={"X Trace": "1"}),
        frozenset({"invalid-field-name"}),
    ),
    # Bodiless statuses.
    Case(
        "django-204",
        "django",
        lambda: HttpResponse(status=204),
    ),
    Case(
        "django-204-content",
        "django",
        lambda: HttpResponse("gone", status=204),
        frozenset({"bodiless-content"}),
    ),
    Case(
        "django-204-common",
        "django",
        _common(lambda: HttpResponse(status=204)),
        frozenset({"bodiless-content-length"}),
    ),
    Case(
        "drf-204-common",
        "drf",
        _common(_drf("DELETE", "items")),
        frozenset({"bodiless-content-length"}),
    ),
    Case(
        "django-204-chunked",
        "django",
        lambda: HttpResponse(status=204, headers={"Transfer-Encoding": "chunked"}),
        frozenset({"bodiless-transfer-encoding"}),
    ),
    Case(
        "django-205-content",
        "django",
        lambda: HttpResponse("form", status=205),
        frozenset({"bodiless-content"}),
    ),
    Case(
        "django-205-length",
        "django",
        lambda: HttpResponse(status=205, content_type=None, headers={"Content-Length": "4"}),
        frozenset({"bodiless-content-length"}),
    ),
    Case(
        "django-304-content-type",
        "django",
        lambda: HttpResponse(status=304),
    ),
    # Required headers.
    Case(
        "django-101",
        "django",
        lambda: HttpResponse(status=101),
        frozenset({"missing-upgrade"}),
    ),
    Case(
        "django-201",
        "django",
        lambda: HttpResponse(status=201),
        method="POST",
    ),
    Case(
        "django-302-bare",
        "django",
        lambda: HttpResponse(status=302),
        frozenset({"missing-location"}),
    ),
    Case(
        "django-303-bare",
        "django",
        lambda: HttpResponse(status=303),
    ),
    Case(
        "django-307-bare",
        "django",
        lambda: HttpResponse(status=307),
        frozenset({"missing-location"}),
    ),
    Case(
        "django-405-bare", "django", lambda: HttpResponse(status=405), frozenset({"missing-allow"})
    ),
    Case(
        "django-401-bare",
        "django",
        lambda: HttpResponse(status=401),
        frozenset({"missing-www-authenticate"}),
    ),
    Case("drf-401-bare", "drf", _drf("GET", "bare-401"), frozenset({"missing-www-authenticate"})),
    Case(
        "django-407-bare",
        "django",
        lambda: HttpResponse(status=407),
        frozenset({"missing-proxy-authenticate"}),
    ),
    Case(
        "django-426-bare",
        "django",
        lambda: HttpResponse(status=426),
        frozenset({"missing-upgrade"}),
    ),
    Case(
        "django-426-no-connection",
        "django",
        lambda: HttpResponse(status=426, headers={"Upgrade": "websocket"}),
        frozenset({"upgrade-without-connection"}),
    ),
    Case(
        "django-206-bare",
        "django",
        lambda: HttpResponse(b"0123", status=206),
        frozenset({"missing-content-range"}),
        request_headers=_RANGE,
    ),
    Case(
        "django-416-bare",
        "django",
        lambda: HttpResponse(status=416),
        frozenset({"missing-content-range"}),
        request_headers=_RANGE,
    ),
    # Header syntax.
    Case(
        "retry-after-negative",
        "django",
        lambda: HttpResponse(status=503, headers={"Retry-After": "-5"}),
        frozenset({"invalid-retry-after"}),
    ),
    Case(
        "retry-after-fraction",
        "django",
        lambda: HttpResponse(status=429, headers={"Retry-After": "1.5"}),
        frozenset({"invalid-retry-after"}),
    ),
    Case(
        "allow-spaces",
        "django",
        lambda: HttpResponse(status=405, headers={"Allow": "GET POST"}),
        frozenset({"invalid-allow"}),
    ),
    Case(
        "location-space",
        "django",
        lambda: HttpResponse(status=303, headers={"Location": "/a b"}),
        frozenset({"invalid-location"}),
    ),
    Case(
        "content-location-bad-host",
        "django",
        lambda: HttpResponse(headers={"Content-Location": "http://[bad/"}),
        frozenset({"invalid-content-location"}),
    ),
    Case(
        "content-range-backwards",
        "django",
        lambda: HttpResponse(b"0123", status=206, headers={"Content-Range": "bytes 9-6/100"}),
        frozenset({"invalid-content-range"}),
        request_headers=_RANGE,
    ),
    Case(
        "www-authenticate-unterminated",
        "django",
        lambda: HttpResponse(status=401, headers={"WWW-Authenticate": 'Basic realm="api'}),
        frozenset({"invalid-www-authenticate"}),
    ),
    Case(
        "proxy-authenticate-empty-scheme",
        "django",
        lambda: HttpResponse(status=407, headers={"Proxy-Authenticate": 'realm="x"'}),
        frozenset({"invalid-proxy-authenticate"}),
    ),
    Case(
        "link-without-brackets",
        "django",
        lambda: HttpResponse(headers={"Link": "/style.css; rel=preload"}),
        frozenset({"invalid-link"}),
    ),
    Case(
        "upgrade-space",
        "django",
        lambda: HttpResponse(
            status=426, headers={"Upgrade": "web socket", "Connection": "Upgrade"}
        ),
        frozenset({"invalid-upgrade"}),
    ),
    # Lengths.
    Case(
        "length-not-a-number",
        "django",
        lambda: HttpResponse("abc", headers={"Content-Length": "three"}),
        frozenset({"invalid-content-length"}),
    ),
    Case(
        "length-too-long",
        "django",
        lambda: HttpResponse("abc", headers={"Content-Length": "5"}),
        frozenset({"content-length-mismatch"}),
    ),
    Case(
        "partial-too-short",
        "django",
        lambda: HttpResponse(b"0123", status=206, headers={"Content-Range": "bytes 0-9/100"}),
        frozenset({"partial-length-mismatch"}),
        request_headers=_RANGE,
    ),
    # JSON.
    Case(
        "json-single-quotes",
        "django",
        lambda: HttpResponse("{'a': 1}", content_type="application/json"),
        frozenset({"invalid-json"}),
    ),
    Case(
        "json-nan",
        "django",
        lambda: JsonResponse({"ratio": float("nan")}),
        frozenset({"invalid-json"}),
    ),
    Case(
        "problem-list",
        "django",
        lambda: HttpResponse("[1]", status=400, content_type="application/problem+json"),
        frozenset({"problem-not-object"}),
    ),
    Case(
        "problem-other-status",
        "drf",
        _drf("GET", "problem"),
        frozenset({"problem-status-mismatch"}),
    ),
    Case("event-stream", "django", lambda: _stream("text/event-stream")),
    Case("event-stream-utf-8", "django", lambda: _stream("text/event-stream; charset=UTF-8")),
    Case(
        "event-stream-latin-1",
        "django",
        lambda: _stream("text/event-stream; charset=iso-8859-1"),
        frozenset({"event-stream-charset"}),
    ),
    Case("json-lines-length", "django", lambda: _stream("application/jsonl", length=True)),
    Case("streams-of-this-library", "library", lambda: _our_stream()),
    *_grammar_cases(),
)
"""Every case; the ids are unique."""
