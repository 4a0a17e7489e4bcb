"""Each rule weighs what the RFC's own sentence says: an error for MUST or MUST NOT, a
warning for SHOULD or SHOULD NOT, and no rule where the RFC sets no requirement.

Every rule of :data:`RULES` is here with the sentence it stands on, quoted, and a case
of the corpus (tests/support/checks_corpus.py) that breaks it. A rule whose sentence
states a definition instead of a requirement keyword (a Content-Length *defines* the
length; a problem details document *is* an object) is an error: the response is then
not the message it says it is.
"""

from __future__ import annotations

import re

import pytest
from django.http import HttpResponse

from django_allresponses import RULES, check_response
from tests.support.checks_corpus import CASES
from tests.support.header_arguments import GRAMMARS

GRAMMAR = (
    "RFC 9110, Section 2.2: A sender MUST NOT generate protocol elements that do not match "
    "the grammar defined by the corresponding ABNF rules."
)

SENTENCES: dict[str, tuple[str, str]] = {
    # rule: (the sentence, a case that breaks it)
    "invalid-status": (
        "RFC 9110, Section 15: Values outside the range 100..599 are invalid. " + GRAMMAR,
        "status-600",
    ),
    "head-line-break": (
        "RFC 9110, Section 5.5: Field values containing CR, LF, or NUL characters are "
        "invalid and dangerous. " + GRAMMAR,
        "reason-crlf",
    ),
    "invalid-field-name": (
        "RFC 9110, Section 5.1: field-name = token. " + GRAMMAR,
        "header-name-space",
    ),
    "bodiless-content": (
        "RFC 9110, Section 15.3.6: a server MUST NOT generate content in a 205 response. "
        "RFC 9112, Section 6.3: any response with a 1xx (Informational), 204 (No Content), "
        "or 304 (Not Modified) status code is always terminated by the first empty line "
        "after the header fields",
        "django-205-content",
    ),
    "bodiless-content-length": (
        "RFC 9110, Section 8.6: A server MUST NOT send a Content-Length header field in any "
        "response with a status code of 1xx (Informational) or 204 (No Content).",
        "django-204-common",
    ),
    "bodiless-transfer-encoding": (
        "RFC 9112, Section 6.1: A server MUST NOT send a Transfer-Encoding header field in "
        "any response with a status code of 1xx (Informational) or 204 (No Content).",
        "django-204-chunked",
    ),
    "invalid-content-length": (
        "RFC 9110, Section 8.6: Content-Length = 1*DIGIT. " + GRAMMAR,
        "length-not-a-number",
    ),
    "content-length-mismatch": (
        "RFC 9112, Section 6.3: If a valid Content-Length header field is present without "
        "Transfer-Encoding, its decimal value defines the expected message body length in "
        "octets.",
        "length-too-long",
    ),
    "partial-length-mismatch": (
        "RFC 9110, Section 15.3.7.1: If a single part is being transferred, the server "
        "generating the 206 response MUST generate a Content-Range header field, describing "
        "what range of the selected representation is enclosed",
        "partial-too-short",
    ),
    "upgrade-without-connection": (
        'RFC 9110, Section 7.8: A sender of Upgrade MUST also send an "Upgrade" connection '
        "option in the Connection header field",
        "django-426-no-connection",
    ),
    "invalid-json": (
        "RFC 8259, Section 8.1: JSON text exchanged between systems that are not part of a "
        "closed ecosystem MUST be encoded using UTF-8",
        "json-single-quotes",
    ),
    "problem-not-object": (
        "RFC 9457, Section 3: The canonical model for problem details is a JSON [RFC8259] object.",
        "problem-list",
    ),
    "event-stream-charset": (
        "WHATWG HTML, Section 17.7 (text/event-stream): The charset parameter may be "
        'provided. The parameter\'s value must be "utf-8".',
        "event-stream-latin-1",
    ),
    "problem-status-mismatch": (
        "RFC 9457, Section 3.1.2: Generators MUST use the same status code in the actual HTTP "
        "response",
        "problem-other-status",
    ),
    "missing-upgrade": (
        "RFC 9110, Section 15.5.22: The server MUST send an Upgrade header field in a 426 "
        "response to indicate the required protocol(s)",
        "django-426-bare",
    ),
    "missing-location": (
        "RFC 9110, Section 15.4.3: The server SHOULD generate a Location header field in the "
        "response containing a URI reference for the different URI.",
        "django-302-bare",
    ),
    "missing-content-range": (
        "RFC 9110, Section 15.3.7.1: If a single part is being transferred, the server "
        "generating the 206 response MUST generate a Content-Range header field",
        "django-206-bare",
    ),
    "missing-www-authenticate": (
        "RFC 9110, Section 15.5.2: The server generating a 401 response MUST send a "
        "WWW-Authenticate header field",
        "django-401-bare",
    ),
    "missing-allow": (
        "RFC 9110, Section 15.5.6: The origin server MUST generate an Allow header field in "
        "a 405 response containing a list of the target resource's currently supported "
        "methods.",
        "django-405-bare",
    ),
    "missing-proxy-authenticate": (
        "RFC 9110, Section 15.5.8: The proxy MUST send a Proxy-Authenticate header field",
        "django-407-bare",
    ),
    # Each header held to its grammar on any response: its ABNF (tests/support).
    **{
        f"invalid-{key}": (f"{grammar.grammar}. " + GRAMMAR, grammar.case)
        for key, grammar in GRAMMARS.items()
    },
}

DEFINITIONS = {"content-length-mismatch", "problem-not-object"}
"""The rules whose sentence is a definition, not a requirement keyword (see above)."""

BY_ID = {case.id: case for case in CASES}


def _keyword(sentence: str) -> str | None:
    # The WHATWG's standards write their requirement keywords in lower case.
    flags = re.IGNORECASE if sentence.startswith("WHATWG") else 0
    words = {word.upper() for word in re.findall(r"\b(MUST|SHOULD)(?: NOT)?\b", sentence, flags)}
    return "MUST" if "MUST" in words else "SHOULD" if "SHOULD" in words else None


def test_every_rule_has_its_sentence() -> None:
    assert set(SENTENCES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(SENTENCES))
def test_a_rule_weighs_what_its_sentence_says(rule: str) -> None:
    sentence, case_id = SENTENCES[rule]
    case = BY_ID[case_id]
    found = [f for f in check_response(case.response(), case.request()) if f.rule == rule]
    assert found, f"{case_id} breaks {rule}"
    keyword = _keyword(sentence)
    if keyword is None:
        assert rule in DEFINITIONS
    expected = "warning" if keyword == "SHOULD" else "error"
    assert {finding.severity for finding in found} == {expected}


def test_no_finding_where_the_rfc_sets_no_requirement() -> None:
    # RFC 9110, Section 15.3.2: "If no Location header field is provided, the created
    # resource is identified by the target URI" (no SHOULD).
    assert check_response(HttpResponse(status=201)) == []
    # RFC 9110, Section 15.4.4: "the server is redirecting the user agent to a different
    # resource, as indicated by a URI in the Location header field" (no SHOULD).
    assert check_response(HttpResponse(status=303)) == []
    # RFC 9110, Section 15.3.5 says nothing of Content-Type on a 204.
    assert check_response(HttpResponse(status=204)) == []
    # RFC 9110, Section 15: "HTTP status codes are extensible" (no requirement to send
    # an assigned one).
    assert check_response(HttpResponse(status=299)) == []


def test_a_should_is_a_warning_where_a_must_is_an_error() -> None:
    # RFC 9110, Section 15.5.17: "A server that generates a 416 response to a byte-range
    # request SHOULD generate a Content-Range header field"; Section 15.3.7.1: a 206 of
    # one part "MUST generate a Content-Range header field".
    [should] = check_response(HttpResponse(status=416))
    [must] = check_response(HttpResponse(b"0", status=206))
    assert (should.rule, should.severity) == ("missing-content-range", "warning")
    assert (must.rule, must.severity) == ("missing-content-range", "error")
