"""check_response agrees with HTTPolice, an independent HTTP linter, on the corpus.

Each case of tests/support/checks_corpus.py becomes an HTTPolice exchange (the request,
and the response as the application produced it: status, reason, headers and
content), checked by ``httpolice.check_exchange``. HTTPolice's notices that
speak about what a rule of ours covers are translated into our rule names
(:data:`NOTICE_RULES`); its many other notices (a missing ``Date``, caching,
close-delimited framing, "should include an explanation", …) are about things
outside these rules and are left aside.

HTTPolice (0.9) needs Python 3.11 and ``bitstring<4``: the dev extra installs
it there only, and this module runs in the main test run, not in the version
matrix.

Agreement, rule by rule (cases where both report it / ours only / HTTPolice only):

=============================  ====  =========  ==============  =========================
rule                           both  ours only  HTTPolice only  why they differ
=============================  ====  =========  ==============  =========================
invalid-status                 1     0          0
head-line-break                1     1          0               (b)
invalid-field-name             1     0          0
bodiless-content               2     0          0
bodiless-content-length        2     1          0               (d)
bodiless-transfer-encoding     1     0          0
invalid-content-length         1     0          0
content-length-mismatch        0     1          0               (e)
partial-length-mismatch        0     1          0               (e)
upgrade-without-connection     1     0          0
invalid-json                   1     1          0               (f)
problem-not-object             0     1          0               (g)
problem-status-mismatch        0     1          0               (g)
event-stream-charset           0     1          0               (i)
missing-upgrade                2     0          0
missing-location               2     0          2               (h)
(HTTPolice's 1052, 1127)       0     0          2               (c)
missing-content-range          2     0          0
missing-www-authenticate       2     0          0
missing-allow                  1     0          0
missing-proxy-authenticate     1     0          0
invalid-<header> (9 rules)     10    0          0
=============================  ====  =========  ==============  =========================

(b) HTTPolice checks the reason phrase's grammar (CR LF there: agreed) but not
    the value of a header it does not know (NUL in ``X-Trace``).
(c) HTTPolice flags ``Content-Type`` as representation metadata on 1xx and 304.
    RFC 9110 sets no requirement on it there: Section 15.4.5 asks a 304 not to send
    metadata "unless said metadata exists for the purpose of guiding cache updates",
    which a check of the response alone cannot judge, and no section speaks of it
    on 1xx, 204 or 205. The checks report nothing (the library's own classes of
    those statuses send no ``Content-Type``).
(d) The ``Content-Length: 4`` of a 205: RFC 9110, Section 15.3.6 allows only
    zero-length content; HTTPolice checks 205's body, not its length field.
(e) Given a parsed response, HTTPolice takes the content as given and compares
    neither ``Content-Length`` nor ``Content-Range`` with it (it checks framing
    only when it parses a byte stream itself).
(f) Django's ``JsonResponse`` writes a float NaN as ``NaN``, which Python's
    JSON parser (and so HTTPolice) accepts, but RFC 8259's grammar has no NaN.
(g) HTTPolice does not know RFC 9457's problem details.
(i) HTTPolice does not know ``text/event-stream``, whose charset may only be
    ``utf-8`` (WHATWG HTML, Section 17.7).
(h) HTTPolice asks ``Location`` of every 201 and 303. RFC 9110 sets no
    requirement there: a 201 without it "is identified by ... the target URI"
    (Section 15.3.2), and a 303 names its target "as indicated by a URI in the
    Location header field" (Section 15.4.4), with no SHOULD. Only 301, 302, 307
    and 308 say "The server SHOULD generate a Location header field".
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import pytest

from django_allresponses import check_response
from tests.support.checks_corpus import CASES, Case
from tests.support.header_arguments import GRAMMARS

if sys.version_info >= (3, 12):  # pragma: no cover - the dev extra installs it on 3.11 only
    pytest.skip("HTTPolice installs on Python 3.11 only", allow_module_level=True)

import httpolice

pytestmark = [pytest.mark.slow, pytest.mark.once]  # once: HTTPolice installs on Python 3.11 only

NOTICE_RULES: dict[int, str] = {
    1167: "invalid-status",
    1294: "head-line-break",
    1293: "invalid-field-name",
    1240: "bodiless-content",
    1076: "bodiless-content",
    1023: "bodiless-content-length",
    1018: "bodiless-transfer-encoding",
    1050: "upgrade-without-connection",
    1038: "invalid-json",
    1048: "missing-upgrade",
    1101: "missing-upgrade",
    1073: "missing-location",
    1078: "missing-location",
    1079: "missing-location",
    1080: "missing-location",
    1084: "missing-location",
    1205: "missing-location",
    1089: "missing-allow",
    1194: "missing-www-authenticate",
    1195: "missing-proxy-authenticate",
    1138: "missing-content-range",
    1150: "missing-content-range",
    1133: "invalid-content-range",
    1148: "invalid-content-range",
}
"""HTTPolice notice -> the rule of ours that says the same thing."""

METADATA_NOTICES = {1052, 1127}
"""Representation metadata on a 1xx or a 304: ours when the header is Content-Type."""

CONTENT_TYPE_NOTICE = "httpolice-content-type-metadata"
"""HTTPolice's metadata notices on ``Content-Type``, for which no rule of ours stands."""

SYNTAX_NOTICE = 1000
"""A syntax error in a header: ``invalid-<header>`` for the headers we check."""


def _httpolice_rules(case: Case) -> set[str]:
    response = case.response()
    request = httpolice.Request(
        "http",
        case.method,
        "/corpus/",
        "HTTP/1.1",
        [("Host", "example.com"), *case.request_headers],
        b"",
    )
    content = None if response.streaming else response.content  # type: ignore[attr-defined]
    exchange = httpolice.Exchange(
        request,
        [
            httpolice.Response(
                "HTTP/1.1",
                response.status_code,
                response.reason_phrase,
                list(response.items()),
                b"" if case.method == "HEAD" else content,
            )
        ],
    )
    httpolice.check_exchange(exchange)
    rules: set[str] = set()
    complaint: Any
    for complaint in exchange.responses[0].complaints:
        if complaint.id in NOTICE_RULES:
            rules.add(NOTICE_RULES[complaint.id])
        elif complaint.id in METADATA_NOTICES:
            if str(complaint.context["header"].name).lower() == "content-type":
                rules.add(CONTENT_TYPE_NOTICE)
        elif complaint.id == SYNTAX_NOTICE:
            rules.add(f"invalid-{str(complaint.context['place'].name).lower()}")
    return rules


@pytest.fixture(scope="module")
def both() -> dict[str, tuple[set[str], set[str]]]:
    """Case id -> (our rules, HTTPolice's rules)."""
    return {
        case.id: (
            {finding.rule for finding in check_response(case.response(), case.request())},
            _httpolice_rules(case),
        )
        for case in CASES
    }


DISAGREEMENTS: dict[str, tuple[set[str], set[str]]] = {
    # case: (ours only, HTTPolice only)
    "header-nul": ({"head-line-break"}, set()),
    "django-101": (set(), {CONTENT_TYPE_NOTICE}),
    "django-304-content-type": (set(), {CONTENT_TYPE_NOTICE}),
    "django-201": (set(), {"missing-location"}),
    "django-303-bare": (set(), {"missing-location"}),
    "django-205-length": ({"bodiless-content-length"}, set()),
    "length-too-long": ({"content-length-mismatch"}, set()),
    "partial-too-short": ({"partial-length-mismatch"}, set()),
    "json-nan": ({"invalid-json"}, set()),
    "problem-list": ({"problem-not-object"}, set()),
    "problem-other-status": ({"problem-status-mismatch"}, set()),
    "event-stream-latin-1": ({"event-stream-charset"}, set()),
}
"""Every case where the two differ, each explained in the module's docstring."""


def test_the_disagreements_are_exactly_the_explained_ones(
    both: dict[str, tuple[set[str], set[str]]],
) -> None:
    found = {
        case_id: (ours - theirs, theirs - ours)
        for case_id, (ours, theirs) in both.items()
        if ours != theirs
    }
    assert found == DISAGREEMENTS


def test_every_good_case_is_good_for_httpolice_too(
    both: dict[str, tuple[set[str], set[str]]],
) -> None:
    good = [case.id for case in CASES if not case.rules]
    assert len(good) == 31
    explained = {"django-304-content-type", "django-201", "django-303-bare"}  # (c), (h)
    assert {case_id: both[case_id][1] for case_id in good if case_id not in explained} == {
        case_id: set[str]() for case_id in good if case_id not in explained
    }


def test_the_agreement_table(both: dict[str, tuple[set[str], set[str]]]) -> None:
    agreed: Counter[str] = Counter()
    ours_only: Counter[str] = Counter()
    theirs_only: Counter[str] = Counter()
    for ours, theirs in both.values():
        agreed.update(ours & theirs)
        ours_only.update(ours - theirs)
        theirs_only.update(theirs - ours)
    header_rules = {rule for rule in agreed if rule.startswith("invalid-")} - {
        "invalid-status",
        "invalid-field-name",
        "invalid-content-length",
        "invalid-json",
    }
    # Each header held to its grammar (tests/support/header_arguments.py), once a case.
    assert header_rules == {f"invalid-{key}" for key in GRAMMARS}
    assert sum(agreed[rule] for rule in header_rules) == len(GRAMMARS) + 1  # Retry-After twice
    assert {rule: agreed[rule] for rule in agreed if rule not in header_rules} == {
        "invalid-status": 1,
        "head-line-break": 1,
        "invalid-field-name": 1,
        "bodiless-content": 2,
        "bodiless-content-length": 2,
        "bodiless-transfer-encoding": 1,
        "invalid-content-length": 1,
        "upgrade-without-connection": 1,
        "invalid-json": 1,
        "missing-upgrade": 2,
        "missing-location": 2,
        "missing-content-range": 2,
        "missing-www-authenticate": 2,
        "missing-allow": 1,
        "missing-proxy-authenticate": 1,
    }
    assert dict(ours_only) == {
        "head-line-break": 1,
        "bodiless-content-length": 1,
        "content-length-mismatch": 1,
        "partial-length-mismatch": 1,
        "invalid-json": 1,
        "problem-not-object": 1,
        "problem-status-mismatch": 1,
        "event-stream-charset": 1,
    }
    assert dict(theirs_only) == {CONTENT_TYPE_NOTICE: 2, "missing-location": 2}
