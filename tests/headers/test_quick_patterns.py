"""Each unit's quick test takes only what its every check takes, sent as it was set.

A header set later on a name its class has taken before is stored as it is when the
unit's quick test (`django_allresponses.headers.units.QuickPattern`) takes it, without
the grammar and the unit's rules. So every string a quick pattern takes must pass the
unit's every check (``header_for``) unchanged; hypothesis generates them from the
patterns themselves.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from django_allresponses import (
    HttpResponseFound,
    HttpResponseNotAllowed,
    HttpResponseRangeNotSatisfiable,
    HttpResponseSwitchingProtocols,
    HttpResponseUnauthorized,
    ResponseValidationError,
)
from django_allresponses.headers import units
from django_allresponses.headers.units import QuickPattern

QUICK_UNITS = [
    units.PERMITTED_METHODS,
    units.UPGRADE,
    units.WWW_AUTHENTICATE,
    units.PROXY_AUTHENTICATE,
    units.LINKS,
    units.BLOCKED_BY,
    units.TOTAL_LENGTH,
    units.REDIRECT_TO,
]


class NoSchemes:
    """A redirect class that allows no scheme at all: the strictest owner."""

    allowed_schemes = frozenset[str]()


@pytest.mark.parametrize("unit", QUICK_UNITS, ids=lambda unit: unit.argument)
def test_every_string_a_quick_pattern_takes_passes_every_check(unit: units.HeaderUnit) -> None:
    quick = unit.quick
    assert isinstance(quick, QuickPattern)

    @settings(max_examples=60, deadline=None)
    @given(st.from_regex(quick.pattern, fullmatch=True))
    def check(value: str) -> None:
        assert value.isascii() and value.isprintable() and value.strip() == value
        assert unit.header_for(NoSchemes, value, None) == value

    check()


@pytest.mark.parametrize(
    ("unit", "taken", "left"),
    [
        (units.PERMITTED_METHODS, ["GET, HEAD", "GET,POST", "OPTIONS"], ["get", "GET,", " GET"]),
        (units.UPGRADE, ["websocket", "h2c, TLS/1.3"], ["web socket", "a//b", ""]),
        (
            units.WWW_AUTHENTICATE,
            ['Basic realm="api"', 'Basic realm="a b", charset="UTF-8"', "Bearer"],
            ['Basic realm="a\\"b"', "Basic  realm=a", 'Basic realm="a"  '],
        ),
        (
            units.LINKS,
            [
                "</a.css>; rel=preload; as=style",
                '</a>; rel="next", </b>; rel="prev"',
                '<https://example.com/items?page=2>; rel="next"',
                "<https://example.com:8080>; rel=next",
            ],
            [
                '</a>; title="<b>"',
                "<//evil>; rel=next",
                "</a b>",
                '<https://example.com/a>; rel="next',
                "<https://exa mple.com/>; rel=next",
            ],
        ),
        (units.TOTAL_LENGTH, ["bytes */100", "bytes */0"], ["bytes 0-9/100", "bytes */"]),
        (units.REDIRECT_TO, ["/elsewhere/", "/a?b=c"], ["//evil.example/", "/a#b", "/" * 2049]),
    ],
    ids=lambda item: getattr(item, "argument", None),
)
def test_what_a_quick_pattern_takes(unit: units.HeaderUnit, taken: list[str], left: list[str]):
    assert unit.quick is not None
    assert [bool(unit.quick(value)) for value in taken] == [True] * len(taken)
    assert [bool(unit.quick(value)) for value in left] == [False] * len(left)


def test_a_pattern_is_compiled_on_first_use() -> None:
    quick = QuickPattern("[a-z]+")
    assert quick._fullmatch is None  # pyright: ignore[reportPrivateUsage]
    assert quick("abc") and not quick("ab1")
    assert quick.compiled is quick.compiled


@pytest.mark.parametrize("door", ["response", "headers"])
@pytest.mark.parametrize(
    ("build", "name", "good", "bad"),
    [
        (lambda: HttpResponseNotAllowed(["GET"]), "Allow", "GET, HEAD", "GET, get"),
        (
            lambda: HttpResponseSwitchingProtocols(upgrade="h2c"),
            "Upgrade",
            "websocket",
            "web socket",
        ),
        (
            lambda: HttpResponseUnauthorized(www_authenticate='Basic realm="a"'),
            "WWW-Authenticate",
            'Basic realm="api"',
            'Basic realm="api',
        ),
        (
            lambda: HttpResponseRangeNotSatisfiable(total_length=10),
            "Content-Range",
            "bytes */100",
            "bytes */x",
        ),
        (lambda: HttpResponseFound("/a"), "Location", "/elsewhere/", "javascript:alert(1)"),
    ],
)
def test_a_header_taken_quickly_is_refused_when_it_is_not_plain(
    door: str, build: object, name: str, good: str, bad: str
) -> None:
    response = build()  # type: ignore[operator]
    target = response if door == "response" else response.headers
    target[name] = good
    target[name] = good  # the quick path now
    assert response[name] == good
    assert name in type(response).quick_sets
    with pytest.raises(Exception) as caught:
        target[name] = bad
    assert isinstance(caught.value, ResponseValidationError) or "Unsafe redirect" in str(
        caught.value
    )
    assert response[name] == good
