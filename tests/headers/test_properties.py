"""Property tests: every constructor, with generated valid and invalid arguments.

For every class and JSON twin, hypothesis generates values for each header
argument the class takes (URI references, Retry-After delays and dates,
method lists, protocols, content ranges with matching content, challenges,
links, total lengths) and content or JSON data:

* valid values always give a response that keeps its invariants: its status,
  each header its arguments set (compared with an oracle written here from
  the RFCs, not with the library's own rendering), headers that a strict
  HTTP/1.1 serializer (h11) accepts, and the content rules of the bodiless statuses;
* invalid values (negative numbers, bools, bare strings for lists, CR/LF/NUL
  anywhere, lowercase standard methods, ranges with start > end, tuples of
  the wrong arity, whitespace in URIs, ...) always raise
  :class:`~django_allresponses.ResponseValidationError` naming the class and
  the argument (or Django's ``DisallowedRedirect`` for an unsafe redirect
  scheme), never anything else.

Profiles: ``quick`` (the default) and ``long``; choose with
``HYPOTHESIS_PROFILE=long``. Add ``--hypothesis-show-statistics`` to see the
number of examples each test ran.
"""

from __future__ import annotations

import json as jsonlib
import math
import os
import string
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPMethod
from typing import Any

import h11
import pytest
from django.core.exceptions import DisallowedRedirect
from django.http import HttpResponseBase
from django.http.response import HttpResponseRedirectBase
from django.utils.encoding import iri_to_uri
from django.utils.functional import lazystr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django_allresponses import (
    STATUSES,
    Challenge,
    ContentRange,
    Link,
    ProblemDetails,
    ResponseValidationError,
    response_class,
)
from django_allresponses.responses.base import BodilessResponse
from django_allresponses.tools.examples import (
    ARGUMENT_EXAMPLES,
    example_arguments,
    header_arguments,
)
from tests.support.header_arguments import ARGUMENTS as FACTS
from tests.support.servers import every_class

# once: generated cases over every class: this library's own checks, the same under any Django.
pytestmark = [pytest.mark.slow, pytest.mark.once]

settings.register_profile(
    "quick", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))
"""Applied to each test here, so that other modules keep their own settings."""

CASES = every_class()
CLASSES = [
    pytest.param(code, json, id=response_class(code, json=json).__name__) for code, json in CASES
]
ARGUMENTS = [
    pytest.param(code, json, argument, id=f"{response_class(code, json=json).__name__}-{argument}")
    for code, json in CASES
    for argument in header_arguments(response_class(code, json=json))
]

# --- strings ------------------------------------------------------------------------------

TCHAR = "!#$%&'*+-.^_`|~" + string.ascii_letters + string.digits
"""RFC 9110 Section 5.6.2."""
UNRESERVED = string.ascii_letters + string.digits + "-._~"
SUB_DELIMS = "!$&'()*+,;="
"""RFC 3986 Section 2."""
CONTROLS = ["\r", "\n", "\x00", "\r\n"]

tokens = st.text(TCHAR, min_size=1, max_size=12)


def with_control(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``strategy``'s strings with CR, LF, CRLF or NUL inserted somewhere."""

    @st.composite
    def insert(draw: st.DrawFn) -> str:
        text = draw(strategy)
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(CONTROLS)) + text[at:]

    return insert()


# --- URI references (RFC 3986) and IRIs -----------------------------------------------------

IRI_LETTERS = "éüßçñøå中文字кириллица"
"""Letters outside ASCII, which Django's ``iri_to_uri`` percent-encodes."""
pct_encoded = st.builds(
    lambda a, b: f"%{a}{b}", st.sampled_from(string.hexdigits), st.sampled_from(string.hexdigits)
)


@st.composite
def _segments(draw: st.DrawFn, alphabet: str, min_size: int = 0) -> str:
    """Characters of ``alphabet``, sometimes with a percent-encoded octet among them."""
    text = draw(st.text(alphabet, min_size=min_size, max_size=8))
    if text and draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(pct_encoded) + text[at:]
    return text


PCHARS = UNRESERVED + SUB_DELIMS + "@" + IRI_LETTERS
segment = _segments(PCHARS)
path_absolute = st.builds(
    lambda first, rest: "/" + "/".join([first, *rest]),
    _segments(PCHARS, min_size=1),  # "//" would start an authority (RFC 3986 Section 3.3)
    st.lists(segment, max_size=2),
)
query_or_fragment = _segments(UNRESERVED + SUB_DELIMS + ":@/?")
host = st.builds(
    lambda name, tld: f"{name}.{tld}" if tld else name,
    st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=10),
    st.sampled_from(["", "example", "org", "co.uk"]),
)


@st.composite
def uri_references(draw: st.DrawFn, schemes: st.SearchStrategy[str] | None = None) -> str:
    """A URI reference or IRI: absolute (``scheme://host/path``) or relative."""
    reference = ""
    if schemes is not None and draw(st.booleans()):
        port = draw(st.none() | st.integers(1, 65535))
        reference = f"{draw(schemes)}://{draw(host)}" + ("" if port is None else f":{port}")
    reference += draw(path_absolute)
    if draw(st.booleans()):
        reference += "?" + draw(query_or_fragment)
    if draw(st.booleans()):
        reference += "#" + draw(query_or_fragment)
    return reference


any_scheme = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(string.ascii_lowercase),
    st.text(string.ascii_lowercase + string.digits + "+.-", max_size=8),
)
redirect_scheme = st.sampled_from(["http", "https", "ftp"])
"""The schemes Django's redirects allow."""


def lazily(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[object]:
    """``strategy``'s strings, sometimes as lazy strings (as ``reverse_lazy`` returns)."""
    return strategy | strategy.map(lazystr)


valid_uri = lazily(uri_references(any_scheme))
valid_redirect = lazily(uri_references(redirect_scheme))


def _invalid_uris() -> st.SearchStrategy[object]:
    whitespace = st.sampled_from([" ", "\t", "\u3000", "\u2028", "\x7f", "\x85"])
    return st.one_of(
        st.builds(lambda a, w, b: a + w + b, uri_references(), whitespace, segment),
        with_control(uri_references()),
        st.builds(lambda a, b: f"{a}%{b}", path_absolute, st.sampled_from(["", "g", "zz", "4"])),
        st.builds(lambda a: f"{a}[x]", path_absolute),
        st.builds(
            lambda digit, a: f"{digit}http:{a}", st.sampled_from("0123456789"), path_absolute
        ),
        st.integers(),
        st.booleans(),
        st.binary(min_size=1).map(lambda raw: b"/" + raw),
        st.lists(uri_references(), min_size=1, max_size=2),
    )


invalid_uri = _invalid_uris()
unsafe_redirect = st.builds(
    lambda scheme, rest: f"{scheme}:{rest}",
    st.sampled_from(["javascript", "data", "mailto", "file", "vbscript"]),
    st.text(UNRESERVED, min_size=1, max_size=10),
)

# --- Retry-After ----------------------------------------------------------------------------

fixed_offsets = st.builds(
    lambda minutes: timezone(timedelta(minutes=minutes)), st.integers(-23 * 60, 23 * 60)
)
valid_retry_after = st.one_of(
    st.integers(0, 10**12),
    st.floats(0, 1e12, allow_nan=False, allow_infinity=False),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10**6)),
    st.datetimes(
        min_value=datetime(1900, 1, 2),
        max_value=datetime(9000, 1, 1),
        timezones=st.none() | fixed_offsets,
    ),
)
invalid_retry_after = st.one_of(
    st.integers(max_value=-1),
    st.floats(max_value=-1e-6, allow_infinity=False, allow_nan=False),
    st.sampled_from([math.nan, math.inf, -math.inf]),
    st.booleans(),
    st.text(max_size=10),
    with_control(st.integers(0, 99).map(str)),
    st.timedeltas(max_value=timedelta(microseconds=-1)),
    st.dates(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.fractions(),
    st.lists(st.integers(0, 9), min_size=1, max_size=2),
)


def expected_retry_after(value: object) -> str:
    """RFC 9110 Section 10.2.3: delay-seconds (rounded up) or an IMF-fixdate."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(microsecond=0).isoformat()
    if isinstance(value, timedelta):
        return str(math.ceil(value.total_seconds()))
    assert isinstance(value, int | float)
    return str(math.ceil(value))


def received_retry_after(header: str) -> str:
    """A Retry-After value in the form :func:`expected_retry_after` gives."""
    if header.isdigit():
        return header
    assert header.endswith(" GMT") and len(header) == 29, header
    return parsedate_to_datetime(header).isoformat()


# --- methods, protocols, challenges, links --------------------------------------------------

STANDARD = sorted(method.value for method in HTTPMethod)
extension_methods = tokens.filter(lambda m: m == m.upper() or m.upper() not in STANDARD)
one_method = st.one_of(
    st.sampled_from(STANDARD), st.sampled_from(list(HTTPMethod)), extension_methods
)
valid_methods = st.one_of(
    st.lists(one_method, max_size=6),
    st.lists(one_method, max_size=6).map(tuple),
    st.sets(st.sampled_from(STANDARD) | extension_methods, max_size=6),
    st.frozensets(st.sampled_from(list(HTTPMethod)), max_size=6),
)
lowercase_standard = st.builds(
    lambda method, flips: "".join(
        c.lower() if i in flips or i == 0 else c for i, c in enumerate(method)
    ),
    st.sampled_from(STANDARD),
    st.sets(st.integers(0, 7)),
)
not_a_token = st.text(min_size=1, max_size=8).filter(lambda t: any(c not in TCHAR for c in t))
invalid_methods = st.one_of(
    st.sampled_from(STANDARD),
    st.text(TCHAR, min_size=1),
    st.binary(max_size=5),
    st.builds(lambda ok, bad: [*ok, bad], st.lists(one_method, max_size=3), lowercase_standard),
    st.builds(lambda ok, bad: [*ok, bad], st.lists(one_method, max_size=3), not_a_token),
    st.builds(lambda ok, bad: [*ok, bad], st.lists(one_method, max_size=3), with_control(tokens)),
    st.lists(st.integers() | st.none() | st.booleans(), min_size=1, max_size=3),
    st.dictionaries(tokens, st.integers(), min_size=1, max_size=2),
    st.integers(),
    st.booleans(),
)

protocol = st.builds(
    lambda name, version: name + (f"/{version}" if version else ""), tokens, st.none() | tokens
)
valid_upgrade = (
    protocol
    | st.lists(protocol, min_size=1, max_size=4)
    | st.lists(protocol, min_size=1, max_size=4).map(tuple)
)
invalid_protocol = st.one_of(
    st.just(""),
    st.builds(lambda a, b: f"{a} {b}", tokens, tokens),
    st.builds(lambda a, b, c: f"{a}/{b}/{c}", tokens, tokens, tokens),
    st.builds(lambda a: f"/{a}", tokens),
    st.builds(lambda a, b: f"{a}, {b}", protocol, protocol),
    st.text(min_size=1, max_size=8).filter(lambda t: any(c not in TCHAR + "/" for c in t)),
    with_control(protocol),
)
invalid_upgrade = st.one_of(
    invalid_protocol,
    st.builds(lambda ok, bad: [*ok, bad], st.lists(protocol, max_size=2), invalid_protocol),
    st.just([]),
    st.integers(),
    st.booleans(),
    st.binary(min_size=1, max_size=5),
    st.lists(st.integers(), min_size=1, max_size=2),
)

quotable = st.text(
    st.sampled_from(["\t", " "] + [chr(c) for c in range(0x21, 0x7F)] + ["é", "ß", "ÿ"]),
    max_size=12,
)
"""Characters a quoted-string can carry (RFC 9110 Section 5.6.4)."""
token68 = st.builds(
    lambda body, pad: body + "=" * pad,
    st.text(string.ascii_letters + string.digits + "-._~+/", min_size=1, max_size=16),
    st.integers(0, 2),
)
challenge_models = st.one_of(
    st.builds(
        Challenge,
        scheme=tokens,
        params=st.dictionaries(tokens, quotable, max_size=3),
    ),
    st.builds(Challenge, scheme=tokens, token68=token68),
)


def render_challenge(challenge: Challenge) -> str:
    """RFC 9110 Section 11.2, written independently of the library."""
    if challenge.token68 is not None:
        return f"{challenge.scheme} {challenge.token68}"
    params = ", ".join(
        '{}="{}"'.format(name, value.replace("\\", "\\\\").replace('"', '\\"'))
        for name, value in challenge.params.items()
    )
    return f"{challenge.scheme} {params}" if params else challenge.scheme


challenge_strings = challenge_models.map(render_challenge)
valid_challenges = st.one_of(
    challenge_models,
    challenge_strings,
    st.lists(challenge_models | challenge_strings, min_size=1, max_size=3),
)
invalid_challenge = st.one_of(
    st.just(""),
    st.builds(lambda scheme, value: f"{scheme} ={value}", tokens, tokens),
    st.builds(lambda scheme, a, b: f"{scheme} realm={a} {b}", tokens, tokens, tokens),
    st.builds(lambda a, b: f"{a}(x) {b}", tokens, tokens),
    st.builds(lambda scheme: f'{scheme} realm="unterminated', tokens),
    with_control(challenge_strings),
)
invalid_challenges = st.one_of(
    invalid_challenge,
    st.builds(
        lambda ok, bad: [*ok, bad], st.lists(challenge_models, max_size=2), invalid_challenge
    ),
    st.just([]),
    st.integers(),
    st.booleans(),
    st.dictionaries(tokens, tokens, min_size=1, max_size=2),
    st.lists(st.integers(), min_size=1, max_size=2),
)

link_models = st.builds(
    Link,
    href=uri_references(any_scheme),
    rel=st.sampled_from(["preload", "preconnect", "next", "alternate stylesheet"]),
    params=st.dictionaries(tokens, quotable, max_size=2),
)
valid_links = st.one_of(
    st.lists(link_models | uri_references(any_scheme), min_size=1, max_size=3),
    st.lists(link_models, min_size=1, max_size=3).map(tuple),
)
invalid_links = st.one_of(
    uri_references(),
    st.builds(lambda ok, bad: [*ok, bad], st.lists(link_models, max_size=2), invalid_uri),
    st.integers(),
    st.booleans(),
)


def render_link(link: object) -> str:
    """RFC 8288 Section 3, written independently of the library."""
    if not isinstance(link, Link):
        return f'<{iri_to_uri(str(link))}>; rel="preload"'
    params = "".join(
        '; {}="{}"'.format(name, value.replace("\\", "\\\\").replace('"', '\\"'))
        for name, value in link.params.items()
    )
    return f'<{iri_to_uri(link.href)}>; rel="{link.rel}"{params}'


# --- ranges and lengths ---------------------------------------------------------------------

lengths = st.integers(0, 10**15)
invalid_lengths = st.one_of(
    st.integers(max_value=-1),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.decimals(allow_nan=False),
)


def range_forms(start: int, end: int, total: int | None) -> st.SearchStrategy[object]:
    """The three ways to give one satisfied range: tuple, model and header text."""
    text = f"bytes {start}-{end}/{'*' if total is None else total}"
    return st.sampled_from(
        [(start, end, total), ContentRange(start=start, end=end, total=total), text]
    )


@st.composite
def partial_ranges(draw: st.DrawFn, length: int) -> tuple[object, str]:
    """A range ``length`` units long, in any form, and the header it must give."""
    start = draw(st.integers(0, 10**12))
    end = start + length - 1
    total = draw(st.none() | st.integers(end + 1, end + 10**6))
    form = draw(range_forms(start, end, total))
    return form, f"bytes {start}-{end}/{'*' if total is None else total}"


@st.composite
def invalid_ranges(draw: st.DrawFn) -> object:
    """Ranges that no content can match: bad order, bad total, bad types, bad arity."""
    start = draw(st.integers(0, 10**6))
    end = draw(st.integers(0, 10**6))
    return draw(
        st.one_of(
            st.just((end + start + 1, end, None)),
            st.just(f"bytes {end + start + 1}-{end}/*"),
            st.just((start, start + end, start + end)),
            st.just((-1 - start, end, None)),
            st.just((True, end + 1, None)),
            st.just((float(start), float(start + end), None)),
            st.just((start, start + end)),
            st.just((start, start + end, None, None)),
            st.just([start, start + end, None]),
            st.just(f"bytes {start}-{start + end}"),
            st.just(f"bytes */{start}"),
            with_control(st.just(f"bytes {start}-{start + end}/*")),
            st.integers(),
        )
    )


# --- the table of argument strategies -------------------------------------------------------

VALID: Mapping[str, st.SearchStrategy[object]] = {
    "location": valid_uri,
    "content_location": valid_uri,
    "redirect_to": valid_redirect,
    "retry_after": valid_retry_after,
    "permitted_methods": valid_methods,
    "upgrade": valid_upgrade,
    "total_length": lengths,
    "www_authenticate": valid_challenges,
    "proxy_authenticate": valid_challenges,
    "links": valid_links,
    "blocked_by": valid_uri,
}
"""Valid values of every header argument except ``content_range`` (drawn with its content)."""

INVALID: Mapping[str, st.SearchStrategy[object]] = {
    "location": invalid_uri,
    "content_location": invalid_uri,
    "redirect_to": invalid_uri,
    "retry_after": invalid_retry_after,
    "permitted_methods": invalid_methods,
    "upgrade": invalid_upgrade,
    "content_range": invalid_ranges(),
    "total_length": invalid_lengths,
    "www_authenticate": invalid_challenges,
    "proxy_authenticate": invalid_challenges,
    "links": invalid_links,
    "blocked_by": invalid_uri,
}


def _methods_header(value: Any) -> object:
    methods = [m.value if isinstance(m, HTTPMethod) else m for m in value]
    if isinstance(value, set | frozenset):
        return set(methods)  # a set has no order to keep
    return ", ".join(dict.fromkeys(methods))


def _protocols(value: Any) -> str:
    return value if isinstance(value, str) else ", ".join(value)


def _challenges(value: object) -> str:
    items = value if isinstance(value, list) else [value]
    return ", ".join(render_challenge(i) if isinstance(i, Challenge) else i for i in items)


ORACLES: Mapping[str, Callable[[Any], dict[str, object]]] = {
    "location": lambda v: {"Location": iri_to_uri(str(v))},
    "content_location": lambda v: {"Content-Location": iri_to_uri(str(v))},
    "redirect_to": lambda v: {"Location": iri_to_uri(str(v))},
    "retry_after": lambda v: {"Retry-After": expected_retry_after(v)},
    "permitted_methods": lambda v: {"Allow": _methods_header(v)},
    "upgrade": lambda v: {"Upgrade": _protocols(v), "Connection": "Upgrade"},
    "total_length": lambda v: {"Content-Range": f"bytes */{v}"},
    "www_authenticate": lambda v: {"WWW-Authenticate": _challenges(v)},
    "proxy_authenticate": lambda v: {"Proxy-Authenticate": _challenges(v)},
    "links": lambda v: {"Link": ", ".join(render_link(link) for link in v)},
    "blocked_by": lambda v: {"Link": f'<{iri_to_uri(str(v))}>; rel="blocked-by"'},
}
"""Header argument value -> the header fields it must set, from the RFCs."""


def received(response: HttpResponseBase, header: str, expected: object) -> object:
    """A header as the oracle states it (Allow from a set as a set; dates normalised)."""
    value = response[header]
    if header == "Retry-After":
        return received_retry_after(value)
    if isinstance(expected, set):
        return {item for item in value.split(", ") if item}
    return value


# --- content --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=4,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=4)
http_content = st.one_of(
    st.binary(max_size=64),
    st.text(max_size=32),
    st.lists(st.binary(max_size=8), max_size=3),
)


def content_bytes(content: Any) -> bytes:
    """What Django makes of ``content`` with the default charset (UTF-8)."""
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode()
    return b"".join(content)


def assert_well_formed(response: HttpResponseBase) -> None:
    """A strict HTTP/1.1 serializer (h11) accepts the status line and every header."""
    headers = [(name.encode("ascii"), value.encode("latin-1")) for name, value in response.items()]
    reason = response.reason_phrase.encode("latin-1")
    if response.status_code < 200:
        h11.InformationalResponse(status_code=response.status_code, headers=headers, reason=reason)
    else:
        h11.Response(status_code=response.status_code, headers=headers, reason=reason)


# --- valid arguments ------------------------------------------------------------------------


def test_every_header_argument_has_valid_and_invalid_strategies() -> None:
    # Its own strategies here, or else the literals of tests/support/header_arguments.py.
    literal = {name for name, facts in FACTS.items() if facts.valid and facts.invalid}
    assert set(VALID) | {"content_range"} | literal == set(ARGUMENT_EXAMPLES)
    assert set(INVALID) | literal == set(ARGUMENT_EXAMPLES)
    assert set(ORACLES) | {"content_range"} | literal == set(ARGUMENT_EXAMPLES)


def valid_and_fields(name: str) -> st.SearchStrategy[tuple[object, dict[str, object]]]:
    """A valid value of the argument ``name`` and the header fields it sets: drawn by its
    strategy and told by its oracle, or one of the table's literals."""
    if name in VALID:
        return VALID[name].map(lambda value: (value, ORACLES[name](value)))
    return st.sampled_from([(value, dict(fields)) for value, fields in FACTS[name].valid])


def invalid(name: str) -> st.SearchStrategy[object]:
    """A value the argument ``name`` refuses."""
    return INVALID[name] if name in INVALID else st.sampled_from(FACTS[name].invalid)


def draw_arguments(
    data: st.DataObject, code: int, json: bool
) -> tuple[dict[str, object], dict[str, object]]:
    """Valid arguments for the class of ``code``, and the header fields they must set.

    Optional header arguments are sometimes left out; a 206's range and
    content are drawn together, so that their lengths match.
    """
    cls = response_class(code, json=json)
    arguments: dict[str, object] = {}
    expected: dict[str, object] = {}
    for name, required in header_arguments(cls).items():
        if name == "content_range" or not (required or data.draw(st.booleans(), label=name)):
            continue
        arguments[name], fields = data.draw(valid_and_fields(name), label=name)
        expected.update(fields)
    if code == 206:
        length = data.draw(st.integers(1, 64), label="range length")
        # A JSON string of `length` letters is `length + 2` bytes long, quotes included.
        arguments["content_range"], expected["Content-Range"] = data.draw(
            partial_ranges(length + 2 * json), label="content_range"
        )
        if json:
            letters = st.text(string.ascii_letters, min_size=length, max_size=length)
            arguments.update(data=data.draw(letters, label="data"), safe=False)
        else:
            content = st.binary(min_size=length, max_size=length)
            arguments["content"] = data.draw(content, label="content")
    elif json:
        if code >= 400 and data.draw(st.booleans(), label="problem"):
            detail = data.draw(st.text(max_size=20), label="detail")
            arguments["data"] = ProblemDetails(detail=detail)
        else:
            arguments["data"] = data.draw(json_objects, label="data")
    elif STATUSES[code].allows_content:
        arguments["content"] = data.draw(http_content, label="content")
    return arguments, expected


def assert_content_rules(response: HttpResponseBase, arguments: Mapping[str, object]) -> None:
    """No content for bodiless statuses; the given content or data otherwise."""
    code = response.status_code
    if not STATUSES[code].allows_content:
        assert isinstance(response, BodilessResponse)
        assert response.content == b""
        assert not response.has_header("Content-Type")
        assert response.has_header("Content-Length") is (code == 205)
        if code == 205:
            assert response["Content-Length"] == "0"
    elif "data" in arguments:
        decoded = jsonlib.loads(response.content)
        if isinstance(arguments["data"], ProblemDetails):
            assert response["Content-Type"] == "application/problem+json"
            assert decoded["status"] == code
        else:
            assert response["Content-Type"] == "application/json"
            assert decoded == arguments["data"]
    else:
        assert response.content == content_bytes(arguments["content"])
        assert response["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize(("code", "json"), CLASSES)
@PROFILE
@given(data=st.data())
def test_valid_arguments_keep_the_invariants(code: int, json: bool, data: st.DataObject) -> None:
    cls = response_class(code, json=json)
    arguments, expected = draw_arguments(data, code, json)

    response = cls(**arguments)

    assert type(response) is cls
    assert response.status_code == code
    assert response.reason_phrase == STATUSES[code].phrase
    for header, value in expected.items():
        assert received(response, header, value) == value, header
    assert_well_formed(response)
    assert_content_rules(response, arguments)
    if isinstance(response, HttpResponseRedirectBase):
        assert response.url == response["Location"]


# --- invalid arguments ----------------------------------------------------------------------


def assert_refused(error: BaseException, cls: type[HttpResponseBase], argument: str) -> None:
    """``error`` is the library's error about ``argument``, or Django's unsafe-redirect error."""
    if isinstance(error, DisallowedRedirect):
        assert argument == "redirect_to"
        assert str(error).startswith("Unsafe redirect to URL with protocol '")
        return
    assert isinstance(error, ResponseValidationError), repr(error)
    assert error.response_class == cls.__name__
    assert error.argument == argument
    assert str(error).startswith(f"{cls.__name__}: ")
    assert argument in str(error)


@pytest.mark.parametrize(("code", "json", "argument"), ARGUMENTS)
@PROFILE
@given(data=st.data())
def test_invalid_arguments_are_refused(
    code: int, json: bool, argument: str, data: st.DataObject
) -> None:
    cls = response_class(code, json=json)
    arguments = example_arguments(code, json=json)
    refused = invalid(argument)
    if header_arguments(cls)[argument] and argument != "content_range":
        refused = refused | st.none()  # None leaves a required argument out
    arguments[argument] = bad = data.draw(refused, label=argument)
    with pytest.raises(Exception) as caught:  # whatever it is; its type is checked below
        cls(**arguments)
    assert_refused(caught.value, cls, argument)
    if isinstance(caught.value, ResponseValidationError):
        assert repr(bad)[:20] in str(caught.value), "the message shows the value"


@pytest.mark.parametrize(
    ("code", "json"),
    [
        pytest.param(code, json, id=response_class(code, json=json).__name__)
        for code, json in CASES
        if issubclass(response_class(code, json=json), HttpResponseRedirectBase)
    ],
)
@PROFILE
@given(target=unsafe_redirect)
def test_unsafe_redirect_schemes_are_disallowed(code: int, json: bool, target: str) -> None:
    arguments = example_arguments(code, json=json)
    arguments["redirect_to"] = target
    scheme = target.split(":")[0]
    with pytest.raises(
        DisallowedRedirect, match=f"^Unsafe redirect to URL with protocol '{scheme}'$"
    ):
        response_class(code, json=json)(**arguments)


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@PROFILE
@given(data=st.data())
def test_partial_content_must_match_its_range(json: bool, data: st.DataObject) -> None:
    cls = response_class(206, json=json)
    arguments = example_arguments(206, json=json)
    actual = len(cls(**arguments).content)
    length = data.draw(st.integers(1, 200).filter(lambda n: n != actual), label="range length")
    arguments["content_range"], _ = data.draw(partial_ranges(length))
    with pytest.raises(ResponseValidationError) as caught:
        cls(**arguments)
    assert_refused(caught.value, cls, "content_range")
    assert f"content is {actual} bytes" in str(caught.value)


@pytest.mark.parametrize(
    ("code", "json"),
    [
        pytest.param(
            code,
            json,
            id=response_class(code, json=json).__name__,
        )
        for code, json in CASES
    ],
)
@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 4))  # a small input space
@given(data=st.data())
def test_control_characters_in_headers_are_refused(
    code: int, json: bool, data: st.DataObject
) -> None:
    cls = response_class(code, json=json)
    name = data.draw(st.sampled_from(["X-Custom", "Cache-Control", "Vary", "ETag"]), label="name")
    value = data.draw(with_control(st.text(TCHAR + " ", max_size=10)), label="value")
    with pytest.raises(Exception) as caught:  # whatever it is; its type is checked below
        cls(**example_arguments(code, json=json), headers={name: value})
    error = caught.value
    assert isinstance(error, ResponseValidationError), repr(error)
    assert error.response_class == cls.__name__
    assert error.argument == name
    assert str(error).startswith(f"{cls.__name__}: {name} header ")


DJANGO_KEYWORDS = {
    "content_type": "text/plain",
    "charset": "utf-8",
    "reason": "Custom Reason",
}
"""Django's own string keywords, which end up in the status line or a header."""


@pytest.mark.parametrize("keyword", DJANGO_KEYWORDS)
@PROFILE
@given(data=st.data())
def test_control_characters_in_django_keywords_are_refused(
    keyword: str, data: st.DataObject
) -> None:
    code, json = data.draw(
        st.sampled_from([c for c in CASES if STATUSES[c[0]].allows_content or keyword == "reason"])
    )
    cls = response_class(code, json=json)
    arguments = example_arguments(code, json=json)
    arguments[keyword] = data.draw(with_control(st.just(DJANGO_KEYWORDS[keyword])))
    with pytest.raises(Exception) as caught:  # whatever it is; its type is checked below
        cls(**arguments)
    assert isinstance(caught.value, ResponseValidationError), repr(caught.value)
    # Each is refused by the name it was given by, content_type= included.
    assert caught.value.argument == keyword


BODILESS_FRAMING = [
    pytest.param(code, id=response_class(code).__name__)
    for code in STATUSES
    if code < 200 or code == 204
]
"""RFC 9110 Section 8.6 and RFC 9112 Section 6.1: no framing headers on 1xx and 204.

(A 304 may carry the 200's Content-Length, and a Transfer-Encoding.)"""


@pytest.mark.parametrize("code", BODILESS_FRAMING)
@PROFILE
@given(data=st.data())
def test_framing_headers_given_to_bodiless_classes_are_refused(
    code: int, data: st.DataObject
) -> None:
    cls = response_class(code)
    framing = data.draw(
        st.one_of(
            st.tuples(st.just("Content-Length"), st.integers(1, 10**6).map(str)),
            st.tuples(st.just("Transfer-Encoding"), st.sampled_from(["chunked", "gzip, chunked"])),
        ),
        label="header",
    )
    with pytest.raises(ResponseValidationError) as caught:
        cls(**example_arguments(code), headers=dict([framing]))
    assert "is not allowed on a " in str(caught.value)


@pytest.mark.parametrize(
    "links",
    [
        pytest.param([Link(href="/a", params={"title": "a <b c>"})], id="one-link"),
        pytest.param([Link(href="/a", params={"title": "<"}), "/b"], id="next-link"),
    ],
)
def test_link_parameters_may_hold_angle_brackets(links: list[Link | str]) -> None:
    """RFC 8288 Section 3: a link-param value is a token or any quoted-string."""
    response = response_class(103)(links=links)
    assert response["Link"] == ", ".join(render_link(link) for link in links)


@pytest.mark.parametrize("year", [2515, 9000])
def test_retry_after_far_ahead_is_not_rounded_up(year: int) -> None:
    moment = datetime(year, 1, 1, 0, 0, 0, 999999, tzinfo=UTC)
    expected = format_datetime(moment.replace(microsecond=0), usegmt=True)
    assert response_class(503)(retry_after=moment)["Retry-After"] == expected
