"""What the tests know of each header argument and each header checked anywhere, written
once, as literals from the RFCs: the one table a new header argument adds a row to.

The tests of the units (`tests/headers/test_unit_facts.py`), of every class's arguments
(`tests/rfc/test_status_table.py`), of random arguments (`tests/headers/test_properties.py`)
and of the checks' rules (`tests/checks`) read their per-argument facts from here. Which
class takes which argument is not repeated here: the classes guide's table and the
generated stubs list it, and a test finds them stale (`tests/responses/test_generated.py`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArgumentFacts:
    """A header argument: the header fields it sets and the RFC section of their grammar.

    ``valid`` pairs values with the exact fields they set, and ``invalid`` holds values
    refused: the literals a new argument is tested with before it has random strategies of
    its own in ``test_properties`` (which draws from these where it has none).
    """

    sets: tuple[str, ...]
    reference: str
    valid: tuple[tuple[object, dict[str, str]], ...] = ()
    invalid: tuple[object, ...] = ()


ARGUMENTS: dict[str, ArgumentFacts] = {
    "location": ArgumentFacts(("Location",), "RFC 9110, Section 10.2.2"),
    "content_location": ArgumentFacts(("Content-Location",), "RFC 9110, Section 8.7"),
    "redirect_to": ArgumentFacts(("Location",), "RFC 9110, Section 10.2.2"),
    "retry_after": ArgumentFacts(
        ("Retry-After",),
        "RFC 9110, Section 10.2.3",
        valid=((120, {"Retry-After": "120"}),),
        invalid=("soon", -5),
    ),
    "permitted_methods": ArgumentFacts(("Allow",), "RFC 9110, Section 10.2.1"),
    "upgrade": ArgumentFacts(("Upgrade", "Connection"), "RFC 9110, Section 7.8"),
    "content_range": ArgumentFacts(("Content-Range",), "RFC 9110, Section 14.4"),
    "total_length": ArgumentFacts(
        ("Content-Range",),
        "RFC 9110, Section 14.4",
        valid=((47022, {"Content-Range": "bytes */47022"}),),
        invalid=(-1, "100"),
    ),
    "www_authenticate": ArgumentFacts(("WWW-Authenticate",), "RFC 9110, Section 11.6.1"),
    "proxy_authenticate": ArgumentFacts(("Proxy-Authenticate",), "RFC 9110, Section 11.7.1"),
    "links": ArgumentFacts(("Link",), "RFC 8288, Section 3"),
    "blocked_by": ArgumentFacts(("Link",), "RFC 8288, Section 3"),
}
"""Every header argument -> its facts."""


@dataclass(frozen=True)
class HeaderGrammar:
    """A header the checks hold to its grammar on any response (rule ``invalid-<name>``).

    ``grammar`` is the RFC's ABNF of the field, after its section; ``case`` names the
    corpus case that breaks it (`tests/support/checks_corpus.py`). Where ``bad`` is given,
    the corpus builds that case itself: a response of ``status`` with the header ``bad``.
    """

    header: str
    grammar: str
    case: str
    bad: str | None = None
    status: int = 200


GRAMMARS: dict[str, HeaderGrammar] = {
    grammar.header.lower(): grammar
    for grammar in (
        HeaderGrammar(
            "Location", "RFC 9110, Section 10.2.2: Location = URI-reference", "location-space"
        ),
        HeaderGrammar(
            "Content-Location",
            "RFC 9110, Section 8.7: Content-Location = absolute-URI / partial-URI",
            "content-location-bad-host",
        ),
        HeaderGrammar(
            "Retry-After",
            "RFC 9110, Section 10.2.3: Retry-After = HTTP-date / delay-seconds",
            "retry-after-negative",
        ),
        HeaderGrammar("Allow", "RFC 9110, Section 10.2.1: Allow = #method", "allow-spaces"),
        HeaderGrammar("Upgrade", "RFC 9110, Section 7.8: Upgrade = #protocol", "upgrade-space"),
        HeaderGrammar(
            "WWW-Authenticate",
            "RFC 9110, Section 11.6.1: WWW-Authenticate = #challenge",
            "www-authenticate-unterminated",
        ),
        HeaderGrammar(
            "Proxy-Authenticate",
            "RFC 9110, Section 11.7.1: Proxy-Authenticate = #challenge",
            "proxy-authenticate-empty-scheme",
        ),
        HeaderGrammar(
            "Link",
            'RFC 8288, Section 3: Link = #link-value; link-value = "<" URI-Reference ">" '
            '*( OWS ";" OWS link-param )',
            "link-without-brackets",
        ),
        HeaderGrammar(
            "Content-Range",
            "RFC 9110, Section 14.4: A Content-Range field value is invalid if it contains a "
            "range-resp that has a last-pos value less than its first-pos value",
            "content-range-backwards",
        ),
    )
}
"""Every header the checks hold to its grammar anywhere (lower-case name -> its facts)."""
