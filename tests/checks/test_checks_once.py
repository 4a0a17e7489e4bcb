"""Each response is checked once; the close-time pass looks at what changed; the shortcuts
(this library's classes, heads seen before) find exactly what the full rules find."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from django_allresponses import (
    HttpResponseCreated,
    HttpResponseOK,
    HttpResponseUnauthorized,
    JsonResponseOK,
    check_response,
)
from django_allresponses.checks import engine as conformance
from django_allresponses.checks.engine import ENGINE
from django_allresponses.checks.rules import CATALOGUE, Finding
from django_allresponses.tools.playground.settings import DEFAULT_MIDDLEWARE

CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"


def _full(response: HttpResponseBase) -> list[Finding]:
    """Every rule, with no shortcut and no memory of heads seen before."""
    ENGINE.clean_heads.clear()
    return [
        finding
        for check in CATALOGUE.checks
        if check is not CATALOGUE.checks[-1]  # undeclared-status: no request here
        for finding in check.find(response, None, None)
    ]


LATER: dict[str, Callable[[HttpResponseBase], object]] = {
    "nothing": lambda response: None,
    "a plain header": lambda response: response.__setitem__("X-Request-Id", "7"),
    "Retry-After": lambda response: response.__setitem__("Retry-After", "120"),
    "a removed header": lambda response: response.__delitem__("Location"),
    "new content": lambda response: setattr(response, "content", b"{"),
    "written content": lambda response: response.write(b"]"),  # type: ignore[attr-defined]
    "a Content-Length": lambda response: response.__setitem__("Content-Length", "3"),
}


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize(
    "build",
    [
        lambda: HttpResponseCreated(location="/items/1"),
        lambda: HttpResponseUnauthorized(www_authenticate='Bearer realm="api"'),
        lambda: JsonResponseOK({"id": 1}),
        lambda: HttpResponseOK(b"{}", content_type="application/json"),
    ],
    ids=["201", "401", "JSON 200", "200 JSON by hand"],
)
def test_this_librarys_classes_find_what_every_rule_finds(
    build: Callable[[], HttpResponseBase], later: str
) -> None:
    response = build()
    LATER[later](response)
    assert check_response(response) == _full(response)


def test_json_set_later_on_a_twin_is_parsed() -> None:
    response = JsonResponseOK({"id": 1})
    response.content = b"{"
    assert [finding.rule for finding in check_response(response)] == ["invalid-json"]


_names = st.sampled_from(["Location", "Allow", "Retry-After", "Content-Length", "X-A", "Vary"])
_values = st.sampled_from(["/a", "GET", "120", "0", "5", "soon", "", " x"])


@settings(max_examples=200, deadline=None)
@given(
    st.integers(100, 599), st.lists(st.tuples(_names, _values), max_size=4), st.binary(max_size=8)
)
def test_a_head_seen_before_gets_the_same_findings(
    code: int, fields: list[tuple[str, str]], content: bytes
) -> None:
    def build() -> HttpResponse:
        response = HttpResponse(content, status=code)
        for name, value in fields:
            response.headers._store[name.lower()] = (name, value)  # type: ignore[attr-defined]
        return response

    expected = sorted(map(str, _full(build())))  # the length's findings may come last
    assert sorted(map(str, check_response(build()))) == expected  # remembers a clean head
    assert sorted(map(str, check_response(build()))) == expected  # from memory


@pytest.mark.parametrize("length_first", [True, False])
def test_a_django_head_seen_before_is_told_clean_whatever_its_length(
    length_first: bool,
) -> None:
    def build(content: bytes, length: str) -> HttpResponse:
        response = HttpResponse(content)
        if length_first:  # Content-Length anywhere among the fields
            response.headers._store = {  # type: ignore[attr-defined]
                "content-length": ("Content-Length", length),
                **response.headers._store,  # type: ignore[attr-defined]
            }
        else:
            response["Content-Length"] = length
        response["X-Frame-Options"] = "DENY"
        return response

    ENGINE.clean_heads.clear()
    assert conformance.is_clean(build(b"hello", "5"), None, None) is False  # not seen yet
    assert check_response(build(b"hello", "5")) == []  # found clean: remembered
    assert conformance.is_clean(build(b"hello, world", "12"), None, None) is True
    assert conformance.is_clean(build(b"hello, world", "5"), None, None) is False
    assert conformance.is_clean(build(b"hello", "5"), None, None) is True
    changed = build(b"hello", "5")
    changed["X-Frame-Options"] = "SAMEORIGIN"  # another head
    assert conformance.is_clean(changed, None, None) is False


def _handler(mode: str, *last: str, first: tuple[str, ...] = ()) -> BaseHandler:
    with override_settings(
        MIDDLEWARE=[*first, *DEFAULT_MIDDLEWARE, *last], ALLRESPONSES_CHECKS=mode
    ):
        handler = BaseHandler()
        handler.load_middleware()
    return handler


class TurnsInto204:
    """A middleware that changes the status on the way out, as ConditionalGetMiddleware
    turns a 200 into a 304."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.status_code = 204
        response.content = b""
        return response


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="django_allresponses")
    return caplog


def _request(
    mode: str,
    middleware: list[str],
    response: HttpResponseBase,
    *,
    first: tuple[str, ...] = (),
    sent: list[HttpResponseBase] | None = None,
    **environ: str,
) -> list[str]:
    calls: list[int] = []
    check = conformance.check_within

    def counted(*arguments: object) -> list[Finding]:
        calls.append(1)
        return check(*arguments)  # type: ignore[arg-type]

    clean = conformance.is_clean

    def told_clean(*arguments: object) -> bool:
        found = clean(*arguments)  # type: ignore[arg-type]
        if found:
            calls.append(1)  # clean, told by the shortcut: the one check of the response
        return found

    sent_clean = conformance.sent_clean

    def told_sent_clean(*arguments: object) -> bool:
        found = sent_clean(*arguments)  # type: ignore[arg-type]
        if found:
            calls.append(1)  # clean, told by the shortcut once the response was sent
        return found

    handler = _handler(mode, *middleware, first=first)
    from django_allresponses.checks import middleware as checks_middleware

    originals = checks_middleware.check_within, checks_middleware.is_clean
    checks_middleware.check_within = counted  # type: ignore[assignment]
    checks_middleware.is_clean = told_clean  # type: ignore[assignment]
    checks_middleware.sent_clean = told_sent_clean  # type: ignore[assignment]
    try:
        with override_settings(ROOT_URLCONF="tests.checks.test_checks_once"):
            answer = handler.get_response(RequestFactory().get("/checked", **environ))  # type: ignore[arg-type]
            answer.close()
    finally:
        checks_middleware.check_within, checks_middleware.is_clean = originals  # type: ignore[assignment]
        checks_middleware.sent_clean = sent_clean  # type: ignore[assignment]
    assert len(calls) == 1  # once, whatever the close-time pass finds
    if sent is not None:
        sent.append(answer)
    return [answer.status_code]  # type: ignore[list-item]


RESPONSE: list[HttpResponseBase] = []


def checked(request: HttpRequest) -> HttpResponseBase:
    return RESPONSE[-1]


from django.urls import path  # noqa: E402

urlpatterns = [path("checked", checked)]


MODES = pytest.mark.parametrize("mode", ["log", "raise"])


@MODES
def test_commonmiddlewares_length_on_a_204_is_found_at_close_once(
    logged: pytest.LogCaptureFixture, mode: str
) -> None:
    RESPONSE.append(HttpResponse(status=204))
    assert _request(mode, [CHECKS], RESPONSE[-1]) == [204]
    assert [record.finding.rule for record in logged.records] == [  # type: ignore[attr-defined]
        "bodiless-content-length"
    ]


@MODES
def test_a_status_changed_on_the_way_out_gets_the_whole_head_checked(
    logged: pytest.LogCaptureFixture, mode: str
) -> None:
    RESPONSE.append(HttpResponse(b"hello"))
    # CommonMiddleware (earlier in the list) adds Content-Length: 0 after the change.
    assert _request(mode, [f"{__name__}.TurnsInto204", CHECKS], RESPONSE[-1]) == [204]
    assert [record.finding.rule for record in logged.records] == [  # type: ignore[attr-defined]
        "bodiless-content-length"
    ]


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    parsed: list[int] = []
    loads = json.loads

    def counted(*arguments: object, **keywords: object) -> object:
        parsed.append(1)
        return loads(*arguments, **keywords)  # type: ignore[arg-type]

    monkeypatch.setattr(json, "loads", counted)
    return parsed


@pytest.mark.parametrize(("mode", "parses"), [("raise", [1]), ("log", [])])
def test_a_json_response_django_serialized_is_parsed_only_in_raise_mode(
    monkeypatch: pytest.MonkeyPatch, mode: str, parses: list[int]
) -> None:
    parsed = _parses(monkeypatch)
    RESPONSE.append(JsonResponse({"id": 1, "name": "Ni"}))
    assert _request(mode, [CHECKS], RESPONSE[-1]) == [200]
    assert parsed == parses


@pytest.mark.parametrize(
    ("data", "rules"),
    [
        # Django's encoder lets NaN and Infinity through: not JSON (RFC 8259, Section 6).
        ({"ratio": float("nan")}, ["invalid-json"]),
        ({"ratio": float("-inf")}, ["invalid-json"]),
        # The words inside a string are JSON: parsed, and nothing found.
        ({"ratio": "NaN", "note": "Infinity"}, []),
    ],
)
def test_log_mode_parses_a_django_json_response_that_holds_nan_or_infinity(
    logged: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    data: dict[str, object],
    rules: list[str],
) -> None:
    parsed = _parses(monkeypatch)
    RESPONSE.append(JsonResponse(data))
    assert _request("log", [CHECKS], RESPONSE[-1]) == [200]
    assert parsed == [1]
    assert [record.finding.rule for record in logged.records] == rules  # type: ignore[attr-defined]


def test_log_mode_trusts_a_django_json_response_whose_content_was_replaced(
    logged: pytest.LogCaptureFixture,
) -> None:
    replaced = JsonResponse({"id": 1})
    replaced.content = b'{"id": 1'
    RESPONSE.append(replaced)
    assert _request("log", [CHECKS], RESPONSE[-1]) == [200]
    assert logged.records == []  # what the docs say log mode leaves unparsed
    assert [finding.rule for finding in check_response(replaced)] == ["invalid-json"]


@pytest.mark.parametrize(("limit", "rules"), [(7, []), (8, ["invalid-json"])])
def test_log_mode_leaves_json_above_the_limit_unparsed(
    logged: pytest.LogCaptureFixture, limit: int, rules: list[str]
) -> None:
    RESPONSE.append(HttpResponse(b'{"id": 1', content_type="application/json"))  # 8 bytes
    with override_settings(ALLRESPONSES_CHECKS_JSON_LIMIT=limit):
        assert _request("log", [CHECKS], RESPONSE[-1]) == [200]
    assert [record.finding.rule for record in logged.records] == rules  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (b'{"a": NaN}', True),
        (b'{"a": 1}', False),
        (b"N" * 40 + b"NaN", True),  # past the first byte's 32 tries: `in` decides
        (b"N" * 40 + b"Na", False),
        (b"", False),
    ],
)
def test_the_search_for_nan_finds_the_word_wherever_it_is(body: bytes, found: bool) -> None:
    assert conformance._holds(body, b"NaN") is found  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("content_type", ["application/problem+json", "Application/Problem+JSON"])
def test_log_mode_parses_problem_details_from_a_django_json_response(
    logged: pytest.LogCaptureFixture, content_type: str
) -> None:
    # RFC 9457, Section 3.1.2: the status member, if present, is the response's status.
    for _ in range(2):  # the second time, with the media type already known
        logged.clear()
        RESPONSE.append(JsonResponse({"status": 404}, status=400, content_type=content_type))
        assert _request("log", [CHECKS], RESPONSE[-1]) == [400]
        ours = [r for r in logged.records if r.name == "django_allresponses"]
        assert [r.finding.rule for r in ours] == ["problem-status-mismatch"]  # type: ignore[attr-defined]


GZIP = ("django.middleware.gzip.GZipMiddleware",)
PAD = "x" * 300  # GZipMiddleware leaves content under 200 bytes as it is


class WritesAfter:
    """A middleware that writes to the content on the way out."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.write(b"]")  # type: ignore[attr-defined]
        return response


@pytest.mark.parametrize(
    ("build", "rules", "parses"),
    [
        (
            lambda: HttpResponse(
                b'{"pad": "' + PAD.encode() + b'"', content_type="application/json"
            ),
            ["invalid-json"],
            [1],
        ),
        (lambda: JsonResponse({"ratio": float("nan"), "pad": PAD}), ["invalid-json"], [1]),
        (lambda: JsonResponse({"pad": PAD}), [], []),  # json.dumps output, no NaN: trusted
        (lambda: JsonResponseOK({"pad": PAD}), [], []),  # the twin's own serialization
    ],
    ids=["by hand, broken", "JsonResponse with NaN", "JsonResponse", "twin"],
)
def test_log_mode_applies_the_json_rules_to_the_content_the_view_made_before_gzip(
    logged: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    build: Callable[[], HttpResponseBase],
    rules: list[str],
    parses: list[int],
) -> None:
    parsed = _parses(monkeypatch)
    RESPONSE.append(build())
    sent: list[HttpResponseBase] = []
    assert _request(
        "log", [CHECKS], RESPONSE[-1], first=GZIP, sent=sent, HTTP_ACCEPT_ENCODING="gzip"
    ) == [200]
    assert sent[0]["Content-Encoding"] == "gzip"  # compressed after the view made it
    assert sent[0].content[:2] == b"\x1f\x8b"  # RFC 1952, Section 2.3.1: ID1, ID2
    assert [record.finding.rule for record in logged.records] == rules  # type: ignore[attr-defined]
    assert parsed == parses


def test_log_mode_applies_the_json_rules_to_the_chunks_the_view_made(
    logged: pytest.LogCaptureFixture,
) -> None:
    RESPONSE.append(HttpResponse(b"[1", content_type="application/json"))
    sent: list[HttpResponseBase] = []
    middleware = [f"{__name__}.WritesAfter", CHECKS]
    assert _request("log", middleware, RESPONSE[-1], sent=sent) == [200]
    assert sent[0].content == b"[1]"  # what was sent is JSON; what the view made is not
    assert [record.finding.rule for record in logged.records] == ["invalid-json"]  # type: ignore[attr-defined]
