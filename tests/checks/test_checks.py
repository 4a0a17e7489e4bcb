"""check_response, assert_conforms and the TestCase mixin, over a corpus of good and bad responses.

The corpus (tests/support/checks_corpus.py) holds responses built with plain Django, the
real Django REST framework and this library; each case names, by hand, the rules
it breaks. Every rule fires on at least one bad case and on no good case, and
every class of this library, built with its example arguments, gives no finding.
"""

from __future__ import annotations

import unittest

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.common import CommonMiddleware
from django.test import Client, RequestFactory, SimpleTestCase, override_settings

from django_allresponses import (
    STATUSES,
    Finding,
    HttpResponseNotModified,
    assert_conforms,
    check_response,
)
from django_allresponses.checks.applied import ResponseConformanceMixin
from django_allresponses.checks.rules import RULES
from django_allresponses.tools.examples import build
from tests.support.checks_corpus import CASES, Case
from tests.support.header_arguments import GRAMMARS


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_each_case_gets_exactly_its_rules(case: Case) -> None:
    found = check_response(case.response(), case.request())
    assert {finding.rule for finding in found} == case.rules
    for finding in found:
        assert finding.severity == RULES[finding.rule].severity or finding.rule.startswith(
            "missing-"
        )


def test_every_rule_fires_on_a_bad_case_and_the_corpus_has_good_cases_of_each_source() -> None:
    fired = {rule for case in CASES for rule in case.rules}
    assert fired == set(RULES)
    good = {case.source for case in CASES if not case.rules}
    assert good == {"django", "drf", "library"}
    assert len({case.id for case in CASES}) == len(CASES)


def test_the_rules_and_their_severities() -> None:
    assert {rule.id: rule.severity for rule in RULES.values()} == {
        "invalid-status": "error",
        "head-line-break": "error",
        "invalid-field-name": "error",
        "bodiless-content": "error",
        "bodiless-content-length": "error",
        "bodiless-transfer-encoding": "error",
        "invalid-content-length": "error",
        "content-length-mismatch": "error",
        "partial-length-mismatch": "error",
        "upgrade-without-connection": "error",
        "invalid-json": "error",
        "problem-not-object": "error",
        "problem-status-mismatch": "error",
        "event-stream-charset": "error",
        "missing-upgrade": "error",
        "missing-location": "warning",
        "missing-content-range": "error",
        "missing-www-authenticate": "error",
        "missing-allow": "error",
        "missing-proxy-authenticate": "error",
        # RFC 9110, Section 2.2: a sender MUST NOT generate what breaks the grammar.
        **{f"invalid-{key}": "error" for key in GRAMMARS},
    }


_CLASSES = [
    pytest.param(code, json, id=f"{'json' if json else 'http'}-{code}")
    for code, facts in STATUSES.items()
    for json in (False, True)
    if facts.allows_content or not json
]


@pytest.mark.parametrize(("code", "json"), _CLASSES)
def test_every_class_with_its_example_arguments_conforms(code: int, json: bool) -> None:
    response = build(code, json=json)
    assert check_response(response) == []
    # CommonMiddleware adds Content-Length: 0 to every response; the classes keep it right.
    finished = CommonMiddleware(lambda request: response)(RequestFactory().get("/"))
    assert check_response(finished) == []
    assert_conforms(finished, warnings=True)


def test_findings_in_full() -> None:
    assert check_response(HttpResponse(status=503, headers={"Retry-After": "-5"})) == [
        Finding(
            "error",
            "invalid-retry-after",
            "Retry-After header '-5': it is not delay-seconds or an IMF-fixdate "
            "(RFC 9110, Section 10.2.3); give seconds >= 0 "
            "(int, float or timedelta) or a datetime",
            "RFC 9110, Section 10.2.3",
        )
    ]
    assert check_response(HttpResponse("gone", status=204)) == [
        Finding(
            "error",
            "bodiless-content",
            "a 204 (No Content) response cannot have content; it has 4 bytes",
            "RFC 9110, Section 15.3.5",
        ),
    ]
    assert str(check_response(HttpResponse(status=416))[0]) == (
        "warning missing-content-range: a 416 (Range Not Satisfiable) response should send a "
        "Content-Range header (RFC 9110, Section 15.5.17)"
    )
    assert str(check_response(HttpResponse(b"0", status=206))[0]) == (
        "error missing-content-range: a 206 (Partial Content) response must send a "
        "Content-Range header or be multipart/byteranges (RFC 9110, Section 15.3.7)"
    )


def test_a_304_may_send_the_length_and_coding_of_the_200() -> None:
    response = HttpResponseNotModified()
    response.headers["Content-Length"] = "1200"
    assert check_response(response) == []
    plain = HttpResponse(status=304, content_type=None)
    del plain["Content-Type"]
    plain["Content-Length"] = "1200"
    plain["Transfer-Encoding"] = "chunked"
    assert check_response(plain) == []


def test_a_205_may_say_zero_length() -> None:
    response = HttpResponse(status=205)
    del response["Content-Type"]
    response["Content-Length"] = "0"
    assert check_response(response) == []


def test_an_unassigned_1xx_is_bodiless_too() -> None:
    response = HttpResponse(status=199)
    del response["Content-Type"]
    response["Content-Length"] = "0"
    assert [(f.rule, f.reference) for f in check_response(response)] == [
        ("bodiless-content-length", "RFC 9110, Section 8.6"),
    ]


def test_a_head_response_may_carry_the_length_of_the_get() -> None:
    response = HttpResponse("", headers={"Content-Length": "5"})
    assert [f.rule for f in check_response(response)] == ["content-length-mismatch"]
    assert check_response(response, RequestFactory().head("/")) == []


def test_streaming_content_is_never_read() -> None:
    chunks = iter([b"not json"])
    response = StreamingHttpResponse(chunks, content_type="application/json")
    assert check_response(response) == []
    assert next(chunks) == b"not json"


@override_settings(ROOT_URLCONF="tests.support.checks_urls")
def test_the_request_is_taken_from_a_test_client_response() -> None:
    response = Client().head("/ok/")
    # CommonMiddleware gave the GET's length; the test client emptied the content.
    assert response["Content-Length"] == "4"
    assert response.content == b""
    assert check_response(response) == []


def test_assert_conforms_lists_every_error_and_warnings_when_asked() -> None:
    response = HttpResponse("x", status=205)
    with pytest.raises(AssertionError) as raised:
        assert_conforms(response)
    assert str(raised.value) == (
        "HttpResponse (205 Reset Content) does not conform:\n"
        "  error bodiless-content: a 205 (Reset Content) response cannot have content; "
        "it has 1 bytes (RFC 9110, Section 15.3.6)"
    )
    with pytest.raises(AssertionError) as raised:
        assert_conforms(response, warnings=True, request=RequestFactory().post("/form/?next=1"))
    assert str(raised.value).splitlines() == [
        "HttpResponse (205 Reset Content) for POST /form/?next=1 does not conform:",
        "  error bodiless-content: a 205 (Reset Content) response cannot have content; "
        "it has 1 bytes (RFC 9110, Section 15.3.6)",
    ]
    assert_conforms(HttpResponse(status=302))  # a warning only


class _Pages(ResponseConformanceMixin, SimpleTestCase):
    __test__ = False  # run below, by unittest, to look at its failures

    def test_good(self) -> None:
        self.assertResponseConforms(HttpResponse("fine"))

    def test_warning(self) -> None:
        self.assertResponseConforms(HttpResponse(status=302), warnings=True, msg="redirect")

    def test_error(self) -> None:
        self.assertResponseConforms(HttpResponse(status=401))


def test_the_testcase_mixin() -> None:
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(_Pages).run(result)
    assert result.testsRun == 3
    failures = {
        test.id().rsplit(".", 1)[1]: text.splitlines()[-2:] for test, text in result.failures
    }
    assert failures == {
        "test_warning": [
            "AssertionError: redirect: HttpResponse (302 Found) does not conform:",
            "  warning missing-location: a 302 (Found) response should send a Location header "
            "(RFC 9110, Section 15.4.3)",
        ],
        "test_error": [
            "AssertionError: HttpResponse (401 Unauthorized) does not conform:",
            "  error missing-www-authenticate: a 401 (Unauthorized) response must send a "
            "WWW-Authenticate header (RFC 9110, Section 15.5.2)",
        ],
    }
