"""check_response, the middleware in each mode and the plugin's check return findings for
any response, whatever it holds, and never raise."""

from __future__ import annotations

import logging

import pytest
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.template.response import TemplateResponse
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_framework.response import Response

from django_allresponses import check_response
from django_allresponses.middleware import ResponseChecksMiddleware
from django_allresponses.pytest_plugin import ResponseAudit

DEEP = b"[" * 100_000 + b"]" * 100_000


async def _chunks():  # type: ignore[no-untyped-def]
    raise AssertionError("async content was read")
    yield b""  # pragma: no cover


def _never_read():  # type: ignore[no-untyped-def]
    raise AssertionError("streaming content was read")
    yield b""  # pragma: no cover


CASES: dict[str, tuple[object, list[str]]] = {
    "superscript-two": (lambda: HttpResponse(b"ab", headers={"Content-Length": "²"}),
                        ["invalid-content-length"]),
    "5000-digits": (lambda: HttpResponse(b"ab", headers={"Content-Length": "9" * 5000}),
                    ["content-length-mismatch"]),
    "negative": (lambda: HttpResponse(b"ab", headers={"Content-Length": "-2"}),
                 ["invalid-content-length"]),
    # A field value has no whitespace at either end (RFC 9110, Section 5.5).
    "spaces": (lambda: HttpResponse(b"ab", headers={"Content-Length": " 2 "}),
               ["head-line-break"]),
    "deep-json": (lambda: HttpResponse(DEEP, content_type="application/json"), []),
    "deep-problem": (lambda: HttpResponse(b'{"status": 400, "x": ' + DEEP + b"}", status=400,
                                          content_type="application/problem+json"), []),
    "huge-json": (lambda: JsonResponse(list(range(300_000)), safe=False), []),
    "invalid-utf8": (lambda: HttpResponse(b'"\xff"', content_type="application/json"),
                     ["invalid-json"]),
    "template-unrendered": (lambda: TemplateResponse(RequestFactory().get("/"), "missing.html"),
                            []),
    "drf-unrendered": (lambda: Response({"a": 1}, status=200), []),
    "streaming": (lambda: StreamingHttpResponse(_never_read()), []),
    "async-streaming": (lambda: StreamingHttpResponse(_chunks()), []),
}  # fmt: skip
"""Each hostile response and the rules it breaks."""


@pytest.mark.parametrize("case", CASES)
def test_check_response(case: str) -> None:
    build, rules = CASES[case]
    assert [finding.rule for finding in check_response(build())] == rules  # type: ignore[operator]


@pytest.mark.parametrize("mode", ["log", "raise"])
@pytest.mark.parametrize("case", CASES)
def test_middleware_keeps_a_good_response(
    case: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    build, rules = CASES[case]
    response: HttpResponseBase = build()  # type: ignore[operator]
    with override_settings(ALLRESPONSES_CHECKS=mode):
        middleware = ResponseChecksMiddleware(lambda request: response)
    caplog.set_level(logging.WARNING, logger="django_allresponses")
    if mode == "raise" and rules:
        with pytest.raises(ValueError, match=rules[0]):
            middleware(RequestFactory().get("/"))
        return
    assert middleware(RequestFactory().get("/")) is response
    response.close()
    assert [record.finding.rule for record in caplog.records] == rules  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES)
def test_plugin_records_without_raising(case: str) -> None:
    build, rules = CASES[case]
    audit = ResponseAudit(warnings_fail=True)
    audit.record(RequestFactory().get("/"), build())  # type: ignore[operator]
    assert audit.crashed == []
    assert [finding.rule for checked in audit.found for finding in checked.findings] == rules


_text = st.text(st.characters(), max_size=40)
_content = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda depth: b"[" * depth + b"]" * depth, st.integers(0, 5000)),
)


@st.composite
def hostile(draw: st.DrawFn) -> HttpResponseBase:
    """A response with any status, content, content type and headers Django accepts."""
    response = HttpResponse(
        draw(_content),
        status=draw(st.integers(100, 599)),
        content_type=draw(st.sampled_from(
            ["application/json", "application/problem+json", "text/plain", "x+json"]
        )),
    )  # fmt: skip
    store = response.headers._store  # type: ignore[attr-defined]
    for name, value in draw(st.lists(st.tuples(
        st.one_of(_text, st.sampled_from(
            ["Content-Length", "Transfer-Encoding", "Location", "Retry-After", "Allow",
             "Content-Range", "WWW-Authenticate", "Upgrade", "Connection", "Link"]
        )),
        st.one_of(_text, st.from_regex(r"[0-9²٣ -]{0,60}", fullmatch=True)),
    ), max_size=6)):  # fmt: skip
        store[name.lower()] = (name, value)  # as any code could, past Django's checks
    return response


@settings(max_examples=300, deadline=None)
@given(hostile())
def test_check_response_never_raises(response: HttpResponseBase) -> None:
    findings = check_response(response)
    assert all(finding.severity in ("error", "warning") for finding in findings)


@pytest.mark.parametrize("twin", [False, True], ids=["django", "ours"])
def test_log_mode_leaves_a_large_json_body_unparsed_and_uncopied(twin: bool) -> None:
    import tracemalloc

    from django_allresponses import JsonResponseOK

    rows = [{"id": index, "name": "row"} for index in range(150_000)]  # about 3 MB
    response = JsonResponseOK(rows, safe=False) if twin else JsonResponse(rows, safe=False)
    body = len(response.content)
    assert body > 3_000_000
    with override_settings(ALLRESPONSES_CHECKS="log"):
        middleware = ResponseChecksMiddleware(lambda request: response)
    tracemalloc.start()
    try:
        middleware(RequestFactory().get("/"))
        response.close()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < body // 10  # neither parsed nor copied
