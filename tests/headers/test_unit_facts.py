"""The facts each header unit holds: its RFC section, the statuses that need it (and how
strongly), and an example its own validation takes."""

from __future__ import annotations

import pytest

from django_allresponses.headers.units import ARGUMENT_UNITS, NEEDED, HeaderUnit


def test_the_statuses_that_need_a_header_and_how_strongly() -> None:
    # RFC 9110: 101 "MUST generate an Upgrade header field" (15.2.2); 206 of one part
    # "MUST generate a Content-Range header field" (15.3.7.1); 301, 302, 307, 308 "SHOULD
    # generate a Location header field" (15.4); 401 "MUST send a WWW-Authenticate header
    # field" (15.5.2); 405 "MUST generate an Allow header field" (15.5.6); 407 "MUST send
    # a Proxy-Authenticate header field" (15.5.8); 416 "SHOULD generate a Content-Range
    # header field" (15.5.17); 426 "MUST send an Upgrade header field" (15.5.22).
    assert {code: (unit.header, level) for code, (unit, level) in NEEDED.items()} == {
        101: ("Upgrade", "MUST"),
        206: ("Content-Range", "MUST"),
        301: ("Location", "SHOULD"),
        302: ("Location", "SHOULD"),
        307: ("Location", "SHOULD"),
        308: ("Location", "SHOULD"),
        401: ("WWW-Authenticate", "MUST"),
        405: ("Allow", "MUST"),
        407: ("Proxy-Authenticate", "MUST"),
        416: ("Content-Range", "SHOULD"),
        426: ("Upgrade", "MUST"),
    }


def test_each_header_names_the_section_of_its_grammar() -> None:
    assert {name: unit.reference for name, unit in ARGUMENT_UNITS.items()} == {
        "location": "RFC 9110, Section 10.2.2",
        "content_location": "RFC 9110, Section 8.7",
        "redirect_to": "RFC 9110, Section 10.2.2",
        "retry_after": "RFC 9110, Section 10.2.3",
        "permitted_methods": "RFC 9110, Section 10.2.1",
        "upgrade": "RFC 9110, Section 7.8",
        "content_range": "RFC 9110, Section 14.4",
        "total_length": "RFC 9110, Section 14.4",
        "www_authenticate": "RFC 9110, Section 11.6.1",
        "proxy_authenticate": "RFC 9110, Section 11.7.1",
        "links": "RFC 8288, Section 3",
        "blocked_by": "RFC 8288, Section 3",
    }


@pytest.mark.parametrize("unit", ARGUMENT_UNITS.values(), ids=list(ARGUMENT_UNITS))
def test_each_example_is_a_value_of_its_own_argument(unit: HeaderUnit) -> None:
    assert unit.value_for("HttpResponseOK", unit.example)


def test_a_206_in_parts_is_excused_from_content_range() -> None:
    unit, _level = NEEDED[206]
    assert unit.excused("multipart/byteranges; boundary=THIS")
    assert not unit.excused("text/plain")
    assert not NEEDED[416][0].excused("multipart/byteranges; boundary=THIS")
