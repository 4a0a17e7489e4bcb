"""Conformance checks for any Django response, built with this library or not.

The classes of this library are correct by construction; the rest of an
application's responses (Django's own, Django REST framework's, a hand-written
``HttpResponse(status=…)``) are not. `check_response` applies the rules
the classes enforce, and a few more that only a finished response can break,
to any `HttpResponseBase`, and returns what it found as
`Finding` objects: ``"error"`` for a MUST of the RFC, ``"warning"`` for
a SHOULD.

The same rules serve `assert_conforms` (and
`ResponseConformanceMixin` for ``TestCase``), the pytest plugin
(``--allresponses-checks``) and
`ResponseChecksMiddleware`.
"""

from __future__ import annotations

import enum
import json
import reprlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Literal, cast

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.http import parse_header_parameters

from ..headers.store import CheckedHeaders, FixedStatus
from ..headers.units import BY_HEADER, NEEDED, UPGRADE, Level
from ..headers.values import field_name, field_text, parse_content_range
from ..responses.problems import PROBLEM_CONTENT_TYPE
from ..rfc.statuses import STATUSES, Framing

Severity = Literal["error", "warning"]
"""``"error"``: the response breaks a MUST; ``"warning"``: it breaks a SHOULD."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One conformance rule: a stable identifier, its severity and what it asks.

    Examples:
        >>> RULES["missing-allow"].severity
        'error'
    """

    id: str
    severity: Severity
    summary: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One way in which a response does not conform.

    ``rule`` is a stable identifier (a key of `RULES`), ``reference`` the
    RFC and section the rule comes from.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import check_response
        >>> [finding] = check_response(HttpResponse(status=405))
        >>> finding.rule, finding.severity, finding.reference
        ('missing-allow', 'error', 'RFC 9110, Section 15.5.6')
        >>> print(finding)  # doctest: +NORMALIZE_WHITESPACE
        error missing-allow: a 405 (Method Not Allowed) response must send an Allow header
        (RFC 9110, Section 15.5.6)
    """

    severity: Severity
    rule: str
    message: str
    reference: str

    def __str__(self) -> str:
        return f"{self.severity} {self.rule}: {self.message} ({self.reference})"


# --- Adapters: every use of the package's core goes through one of these ------------------


def _status_reference(code: int) -> str | None:
    """The RFC section that defines ``code``, or ``None`` for an unassigned code."""
    facts = STATUSES.get(code)
    return None if facts is None else facts.reference


def _status_phrase(code: int) -> str | None:
    facts = STATUSES.get(code)
    return None if facts is None else facts.phrase


def _forbids_content(code: int) -> bool:
    """Whether HTTP forbids content for ``code``: 1xx, 204, 205 and 304."""
    facts = STATUSES.get(code)
    if facts is None:
        return 100 <= code < 200  # every 1xx, assigned or not (RFC 9110, Section 6.4.1)
    return not facts.allows_content


def _checked_headers() -> Iterator[str]:
    """The header fields (lower case) that the classes check against a grammar."""
    return iter(BY_HEADER)


def _header_error(name: str, value: str) -> str | None:
    """Why ``value`` breaks the grammar of header ``name``, or ``None`` if it does not."""
    unit = BY_HEADER.get(name.lower())
    if unit is None:
        return None
    try:
        unit.header_for("check_response", value, None)
    except ValueError as error:  # ResponseValidationError is one
        return str(error).removeprefix("check_response: ")
    except Exception:  # a value no grammar check can take: nothing to report on it
        return None
    return None


def _is_field_name(name: str) -> bool:
    try:
        field_name(name)
    except ValueError:
        return False
    return True


def _has_line_break(value: str) -> bool:
    """Whether ``value`` holds CR, LF or NUL, which no field value or status line may."""
    try:
        field_text(value)
    except ValueError:
        return True
    return False


def _range_length(value: str) -> int | None:
    """The length of a satisfied byte range in a ``Content-Range``; ``None`` otherwise."""
    try:
        found = parse_content_range(value)
    except ValueError:
        return None
    if found is None or found[0] != "bytes":
        return None
    return found[2] - found[1] + 1


def _is_problem_type(media_type: str) -> bool:
    return media_type == PROBLEM_CONTENT_TYPE


def _framing_error(code: int, field: str, value: str) -> str | None:
    """The framing rules of statuses without content, for ``Content-Length`` and
    ``Transfer-Encoding`` (``field`` in lower case): why ``value`` is not allowed, or ``None``.

    1xx and 204 send neither (RFC 9110, Section 8.6; RFC 9112, Section 6.1); 205
    may only say ``Content-Length: 0`` (RFC 9110, Section 15.3.6); 304 may send
    the length and coding the 200 would have had (RFC 9110, Section 15.4.5).
    """
    facts = STATUSES.get(code)
    framing = Framing.NONE if facts is None and 100 <= code < 200 else None
    if facts is not None:
        framing = facts.framing
    if framing is None or framing in (Framing.CONTENT, Framing.SELECTED_LENGTH):
        return None
    if framing is Framing.EMPTY:
        if field == "content-length" and value.strip() != "0":
            return f"a {_named(code)} response has no content: Content-Length can only be 0"
        return None
    return f"a {_named(code)} response must not send {field.title()}"


# --- The rules ------------------------------------------------------------------------------

_SEVERITY: Final[Mapping[Level, Severity]] = {"MUST": "error", "SHOULD": "warning"}
"""How a ``missing-…`` finding weighs: the level at which the RFC asks for the header."""


def _rules() -> dict[str, Rule]:
    rules = [
        Rule("invalid-status", "error", "the status code is a three-digit integer, 100 to 599"),
        Rule("head-line-break", "error", "no CR, LF or NUL in the status line or a header"),
        Rule("invalid-field-name", "error", "header field names are tokens"),
        Rule("bodiless-content", "error", "no content on 1xx, 204, 205 and 304"),
        Rule("bodiless-content-length", "error", "no Content-Length on 1xx and 204; 0 on 205"),
        Rule("bodiless-transfer-encoding", "error", "no Transfer-Encoding on 1xx and 204"),
        Rule("invalid-content-length", "error", "Content-Length is a number of octets"),
        Rule("content-length-mismatch", "error", "Content-Length is the length of the content"),
        Rule("partial-length-mismatch", "error", "a 206 body is as long as its Content-Range"),
        Rule("upgrade-without-connection", "error", "Upgrade comes with Connection: upgrade"),
        Rule("invalid-json", "error", "a JSON media type holds a JSON text"),
        Rule("problem-not-object", "error", "problem details are a JSON object"),
        Rule("problem-status-mismatch", "error", "a problem's status is the response's"),
        Rule("event-stream-charset", "error", "text/event-stream is UTF-8"),
    ]
    levels: dict[str, set[Level]] = {}
    for unit, level in NEEDED.values():
        levels.setdefault(unit.header, set()).add(level)
    for header, needed in levels.items():
        strongest = _SEVERITY["MUST" if "MUST" in needed else "SHOULD"]
        rules.append(Rule(f"missing-{header.lower()}", strongest, f"{header} where it is needed"))
    for lower in _checked_headers():
        header = BY_HEADER[lower].header
        rules.append(Rule(f"invalid-{lower}", "error", f"{header} follows its grammar"))
    return {rule.id: rule for rule in rules}


RULES: Final[Mapping[str, Rule]] = MappingProxyType(_rules())
"""Every rule `check_response` applies, by identifier.

The identifiers are stable. A ``missing-…`` rule's severity depends on the
status (``missing-content-range`` is an error on 206, a warning on 416); the
one here is the strongest.

Examples:
    >>> RULES["bodiless-content"].summary
    'no content on 1xx, 204, 205 and 304'
"""

_shown = reprlib.Repr()
_shown.maxstring = 60


def _header_reference(lower: str) -> str:
    known = BY_HEADER.get(lower)
    return "RFC 9110, Section 5.5" if known is None else known.reference


def _article(word: str) -> str:
    return "an" if word[0] in "AEIOU" else "a"


def _named(code: int) -> str:
    phrase = _status_phrase(code)
    return str(code) if phrase is None else f"{code} ({phrase})"


def _finding(rule: str, message: str, reference: str, severity: Severity | None = None) -> Finding:
    return Finding(severity or RULES[rule].severity, rule, message, reference)


def _bodiless_reference(code: int) -> str:
    return _status_reference(code) or "RFC 9110, Section 15.2"


def _framing_reference(code: int, lower: str) -> str:
    """Where the MUST NOT of ``Content-Length`` (``lower``) or ``Transfer-Encoding`` on a
    status without content is: RFC 9110, Section 8.6 and RFC 9112, Section 6.1 for 1xx
    and 204; the status's own section for 205 (Section 15.3.6: zero-length content)."""
    if code == 205:
        return _bodiless_reference(code)
    return "RFC 9110, Section 8.6" if lower == "content-length" else "RFC 9112, Section 6.1"


def _status_findings(response: HttpResponseBase) -> Iterator[Finding]:
    code = response.status_code
    if not 100 <= code <= 599:
        yield _finding(
            "invalid-status",
            f"{code} is not a status code: status codes run from 100 to 599",
            "RFC 9110, Section 15",
        )
    reason = response.reason_phrase
    if reason in _GOOD_REASONS:
        return
    if not _has_line_break(reason):
        if len(_GOOD_REASONS) < 1024:
            _GOOD_REASONS.add(reason)
    else:
        yield _finding(
            "head-line-break",
            f"the reason phrase {_shown.repr(reason)} holds CR, LF or NUL",
            "RFC 9112, Section 4",
        )


_GOOD_REASONS: set[str] = set()
"""Reason phrases already found to hold no line break; bounded."""
_GOOD_NAMES: set[str] = set()
"""Header field names already found to be tokens; bounded."""
_GOOD: dict[tuple[str, str], None] = {}
"""Header fields already found to break no rule that does not depend on the status (a
name, a value: a field name, no line break, not a framing header, in its grammar); bounded.
Most responses of an application send the same few fields."""


def _header_findings(
    response: HttpResponseBase, fields: Iterable[tuple[object, object]] | None = None
) -> Iterator[Finding]:
    """The findings on each header of ``response`` (or on ``fields`` of it only)."""
    code = response.status_code
    for name, raw in response.items() if fields is None else fields:
        value = raw if type(raw) is str else str(raw)
        if type(name) is str and (name, value) in _GOOD:
            continue
        if type(name) is not str:
            yield _finding(
                "invalid-field-name",
                f"{_shown.repr(name)} is not a header field name (a token)",
                "RFC 9110, Section 5.1",
            )
            continue
        if name not in _GOOD_NAMES:
            if not _is_field_name(name):
                yield _finding(
                    "invalid-field-name",
                    f"{_shown.repr(name)} is not a header field name (a token)",
                    "RFC 9110, Section 5.1",
                )
            elif len(_GOOD_NAMES) < 1024:
                _GOOD_NAMES.add(name)
        # A number of octets (Content-Length) holds no line break: no need to look.
        if not (value.isdigit() and value.isascii()) and _has_line_break(value):
            yield _finding(
                "head-line-break",
                f"the {name} header {_shown.repr(value)} holds CR, LF or NUL",
                "RFC 9110, Section 5.5",
            )
            continue
        lower = name.lower()
        if lower in ("content-length", "transfer-encoding"):
            problem = _framing_error(code, lower, value)
            if problem is not None:
                rule = f"bodiless-{lower}"
                yield _finding(
                    rule, f"{problem}; got {_shown.repr(value)}", _framing_reference(code, lower)
                )
            continue
        problem = _header_error(name, value)
        if problem is not None:
            yield _finding(f"invalid-{lower}", problem, _header_reference(lower))
        elif name in _GOOD_NAMES and len(_GOOD) < 1024:
            _GOOD[name, value] = None


def _required_findings(response: HttpResponseBase) -> Iterator[Finding]:
    code = response.status_code
    required = NEEDED.get(code)
    if required is not None:
        unit, level = required
        header = unit.header
        if not response.has_header(header) and not unit.excused(
            response.headers.get("Content-Type")
        ):
            also = f" or be {unit.unless}" if unit.unless else ""
            yield _finding(
                f"missing-{header.lower()}",
                f"a {_named(code)} response {level.lower()} send {_article(header)} {header} "
                f"header{also}",
                _status_reference(code) or "RFC 9110, Section 15",
                _SEVERITY[level],
            )
    if response.has_header(UPGRADE.header) and "upgrade" not in _connection_options(response):
        yield _finding(
            "upgrade-without-connection",
            f"a response that sends {UPGRADE.header} must also send Connection: upgrade",
            UPGRADE.reference,
        )


def _connection_options(response: HttpResponseBase) -> set[str]:
    value = response.headers.get("Connection", "")
    return {option.strip().lower() for option in value.split(",")}


def _field(response: HttpResponseBase, lower: str) -> str | None:
    """The value of header ``lower`` (a lower-case name), read from Django's header store
    where it is one, as ``response.headers.get()`` would read it, at a fraction of the cost."""
    headers = response.headers
    store: Any = getattr(headers, "_store", None)
    # `__class__`, not type(): the same answer, and the values stay `Any` for checkers
    if store.__class__ is dict:
        pair: Any = store.get(lower)
        if pair.__class__ is tuple and len(pair) == 2:
            value: object = pair[1]
            return value if type(value) is str else str(value)
        if pair is None:
            return None
    return headers.get(lower)


def _media_type(response: HttpResponseBase) -> str:
    """The media type of ``Content-Type``, in lower case, without parameters ("" if none)."""
    content_type = _field(response, "content-type")
    if content_type is None:
        return ""
    known = _MEDIA_TYPES.get(content_type)
    if known is None:
        known = content_type.partition(";")[0].strip().lower()
        if len(_MEDIA_TYPES) < 256:
            _MEDIA_TYPES[content_type] = known
    return known


_MEDIA_TYPES: dict[str, str] = {}
"""Content-Type values seen, and their media types; bounded."""


def _json_type(response: HttpResponseBase) -> bool:
    """Whether the media type of ``Content-Type`` is JSON (``application/json``, ``…+json``)."""
    content_type = _field(response, "content-type")
    if content_type is None:
        return False
    known = _JSON_TYPES.get(content_type)
    if known is None:
        media_type = _media_type(response)
        known = media_type == "application/json" or media_type.endswith("+json")
        if len(_JSON_TYPES) < 256:
            _JSON_TYPES[content_type] = known
    return known


_JSON_TYPES: dict[str, bool] = {}
"""Content-Type values seen, and whether they are JSON; bounded."""


JSON_LIMIT: Final = 1_000_000
"""The size (in bytes) above which the ``"log"`` mode of
`ResponseChecksMiddleware` leaves a JSON body
unparsed, unless ``settings.ALLRESPONSES_CHECKS_JSON_LIMIT`` says otherwise."""


def _body(response: HttpResponseBase) -> bytes | None:
    """The content of a response whose content is in memory and can be read as it is;
    ``None`` for streaming ones, templates not rendered yet and content that cannot be read."""
    if response.streaming:
        return None
    state: dict[str, Any] = getattr(response, "__dict__", {})
    if state.get("_is_rendered") is False:  # a template response not rendered yet
        return None
    container: Any = state.get("_container")
    if container.__class__ is list and type(response).content is _CONTENT:  # type: ignore[attr-defined]
        first: object = container[0] if len(container) == 1 else None
        if type(first) is bytes:
            return first  # what Django's content property joins, without the join
    try:
        content = getattr(response, "content", None)
    except Exception:  # a content property of its own that fails: the head is still checked
        return None
    return content if isinstance(content, bytes) else None


_CONTENT: Final[object] = HttpResponse.content
_BODILESS: Final = frozenset(code for code in STATUSES if _forbids_content(code))
"""The assigned codes `_forbids_content` answers true for; with every 1xx."""
_QUIET: Final = frozenset(range(200, 600)) - _BODILESS - {206, 304}
"""The final statuses `is_clean` can tell, those with content but 206 (its length is its
range's) and 304 (its length is the 200's): the others are left to the full rules."""


def _octets(value: str) -> int | None:
    """The number of octets a ``Content-Length`` states (``1*DIGIT``, ASCII digits only);
    ``None`` if it is not one. More digits than any content has count as -1."""
    digits = value.strip(" \t")
    if not (digits.isascii() and digits.isdigit()):  # "²" and "٣" are digits to isdigit()
        return None
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= 30 else -1


def _built_here(response: HttpResponseBase) -> bool:
    """Whether ``response`` is one of this library's classes with its checked header store
    in place: every header it holds (set at construction or later) and its status line
    passed the checks of the store when they were set, so only the rules that tie the
    head to the body, or that a removed header can break, are left to check."""
    state = getattr(response, "__dict__", None)
    if state is None:
        return False
    headers = state.get("headers")
    return (
        type(headers) is CheckedHeaders
        and vars(headers).get("_owner") is type(response)
        and _fixed_status(type(response))
    )


_FIXED: dict[type, bool] = {}
_SERIALIZES: dict[type, bool] = {}


def _fixed_status(cls: type) -> bool:
    """Whether ``cls`` keeps one assigned status that cannot be changed (`FixedStatus`)."""
    known = _FIXED.get(cls)
    if known is None:
        for klass in cls.__mro__:
            if "status_code" in vars(klass):
                known = type(vars(klass)["status_code"]) is FixedStatus
                break
        else:
            known = False
        if len(_FIXED) < 4096:
            _FIXED[cls] = known
    return known


def _serializes(cls: type) -> bool:
    """Whether ``cls`` is one of the JSON twins, whose content is their own serialization."""
    known = _SERIALIZES.get(cls)
    if known is None:
        from ..responses.json import StatusJsonResponse

        known = issubclass(cls, StatusJsonResponse)
        if len(_SERIALIZES) < 4096:
            _SERIALIZES[cls] = known
    return known


def _serialized_here(response: HttpResponseBase) -> bool:
    """Whether the content of a JSON twin is still the one its class serialized at
    construction (not replaced, nothing written to it since)."""
    if not _serializes(type(response)):
        return False
    state: dict[str, Any] = response.__dict__
    headers: dict[str, Any] = state["headers"].__dict__
    built: object = headers.get("built_content")
    container: Any = state.get("_container")
    # built with one chunk; write() appends to the same list, a new content replaces it
    return built is container and container.__class__ is list and len(container) == 1


def _body_findings(
    response: HttpResponseBase,
    request: HttpRequest | None,
    json_limit: int | None = None,
    built: bool = False,
) -> Iterator[Finding]:
    code = response.status_code
    body = _body(response)
    if code in _BODILESS or (100 <= code < 200):
        if body:
            yield _finding(
                "bodiless-content",
                f"a {_named(code)} response cannot have content; it has {len(body)} bytes",
                _bodiless_reference(code),
            )
        return
    if body is None:
        if response.streaming:
            yield from _stream_findings(response)
        return
    length = _field(response, "content-length")
    if length is not None and code != 304:
        stated = _octets(length)
        if stated is None:
            yield _finding(
                "invalid-content-length",
                f"Content-Length {_shown.repr(length)} is not a number of octets",
                "RFC 9110, Section 8.6",
            )
        elif stated != len(body) and (request is None or request.method != "HEAD"):
            says = _shown.repr(length.strip()) if stated < 0 else str(stated)
            yield _finding(
                "content-length-mismatch",
                f"Content-Length says {says} bytes but the content has {len(body)}",
                "RFC 9110, Section 8.6",
            )
    content_range = _field(response, "content-range") if code == 206 else None
    if content_range is not None:
        expected = _range_length(content_range)
        if expected is not None and expected != len(body):
            yield _finding(
                "partial-length-mismatch",
                f"Content-Range {_shown.repr(content_range)} covers {expected} bytes "
                f"but the content has {len(body)}",
                "RFC 9110, Section 14.4",
            )
    if json_limit is not None and len(body) > json_limit:
        return  # a limit of -1: the body is never parsed
    if not _json_type(response):
        return
    if built and _serialized_here(response):
        return  # this library's serializer wrote it: JSON by construction
    yield from _json_findings(response, body)


def _stream_findings(response: HttpResponseBase) -> Iterator[Finding]:
    """The rules of a stream of server-sent events (WHATWG HTML, Section 9.2), read from
    its head only: its content is never touched. A ``Content-Length`` is no finding: no
    sentence forbids it, and a finite stream may state its length (this library's stream
    classes refuse one, since they cannot know it)."""
    media_type = _media_type(response)
    if media_type == "text/event-stream":
        parameters = parse_header_parameters(_field(response, "content-type") or "")[1]
        charset = parameters.get("charset")
        if charset is not None and charset.lower() != "utf-8":
            yield _finding(
                "event-stream-charset",
                f"an event stream is always read as UTF-8, but its Content-Type says "
                f"charset={_shown.repr(charset)}",
                "WHATWG HTML, Section 17.7",
            )


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _json_findings(response: HttpResponseBase, body: bytes) -> Iterator[Finding]:
    """The JSON rules on ``body``, the content of a response whose media type is JSON."""
    media_type = _media_type(response)
    try:
        text = body.decode("utf-8")
        # Python's parser takes NaN and Infinity, which are not JSON; a text without
        # either takes json.loads as it is, without a decoder built for the call.
        document: object = (
            json.loads(text, parse_constant=_reject_constant)
            if "NaN" in text or "Infinity" in text
            else json.loads(text)
        )
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        yield _finding(
            "invalid-json",
            f"the content is {media_type} but not a JSON text in UTF-8: {error}",
            "RFC 8259, Sections 2 and 8.1",
        )
        return
    except RecursionError:
        # Nested deeper than Python's parser goes (RFC 8259, Section 9 lets parsers set
        # a limit): left unchecked rather than guessed at.
        return
    if not _is_problem_type(media_type):
        return
    if not isinstance(document, dict):
        yield _finding(
            "problem-not-object",
            f"problem details are a JSON object, not a {type(document).__name__}",
            "RFC 9457, Section 3",
        )
        return
    status: object = cast("dict[str, object]", document).get("status")
    code = response.status_code
    if status is not None and (type(status) is not int or status != code):
        yield _finding(
            "problem-status-mismatch",
            f"the problem's status member is {_shown.repr(status)} but the response is a {code}",
            "RFC 9457, Section 3.1.2",
        )


def _request_of(response: HttpResponseBase) -> HttpRequest | None:
    """The request Django's test client attaches to the responses it returns."""
    for attribute in ("wsgi_request", "asgi_request"):
        request = getattr(response, attribute, None)
        if isinstance(request, HttpRequest):
            return request
    return None


def check_within(
    response: HttpResponseBase, request: HttpRequest | None, json_limit: int | None
) -> list[Finding]:
    """`check_response`, with JSON bodies above ``json_limit`` bytes left unparsed
    (``None``: no limit), as the ``"log"`` mode of
    `ResponseChecksMiddleware` checks.

    Examples:
        >>> from django.http import HttpResponse
        >>> broken = HttpResponse(b"{", content_type="application/json")
        >>> [finding.rule for finding in check_within(broken, None, None)]
        ['invalid-json']
        >>> check_within(broken, None, 0)
        []
    """
    if request is None:
        request = _request_of(response)
    code = cast("object", response.status_code)  # what was set, whatever its type
    if not isinstance(code, int):  # an int subclass (an HTTPStatus member) is a status code
        return [
            _finding(
                "invalid-status",
                f"{_shown.repr(code)} is not a status code: status codes are integers "
                "from 100 to 599",
                "RFC 9110, Section 15",
            )
        ]
    if is_clean(response, request, json_limit):
        return []
    built = _built_here(response)
    if built:
        return [
            *_required_findings(response),
            *_body_findings(response, request, json_limit, True),
            *_undeclared_findings(response, request),
        ]
    return [
        *_head_findings(response, code),
        *_body_findings(response, request, json_limit),
        *_undeclared_findings(response, request),
    ]


def _head_findings(response: HttpResponseBase, code: int) -> list[Finding]:
    """The rules on the head of a response not built here, its head but its length
    looked up among those found clean before."""
    key = _head_key(response)
    length = _length_field(response)
    if key is not None and key in _CLEAN_HEADS:
        # The same head, its length apart, was checked before and broke no rule.
        head: list[Finding] = []
    else:
        fields = None if length is None else _fields_but_length(response)
        head = [
            *_status_findings(response),
            *_header_findings(response, fields),
            *_required_findings(response),
        ]
        if not head and key is not None and len(_CLEAN_HEADS) < 1024:
            _CLEAN_HEADS[key] = None
    if length is not None and not (
        type(length[1]) is str
        and length[1].isdigit()
        and length[1].isascii()
        and _framing_error(code, "content-length", length[1]) is None
    ):  # a number of octets a status with content may send: nothing to find on it
        head.extend(_header_findings(response, [length]))
    return head


_CLEAN_HEADS: dict[tuple[object, ...], None] = {}
"""Heads (class, status, reason phrase, header fields but ``Content-Length``) already found
to break none of the rules on the head alone; bounded. An application sends the same few
heads again and again; the length's rules and the rules on the content are applied to each
response."""


def _length_field(response: HttpResponseBase) -> tuple[object, object] | None:
    """The ``Content-Length`` field (name, value) of Django's header store, if any."""
    store: object = getattr(response.headers, "_store", None)
    if type(store) is not dict:
        return None
    pair: object = cast("dict[str, object]", store).get("content-length")
    if type(pair) is tuple and len(cast("tuple[object, ...]", pair)) == 2:
        return cast("tuple[object, object]", pair)
    return None


def _fields_but_length(response: HttpResponseBase) -> list[tuple[object, object]]:
    store = cast("dict[str, tuple[object, object]]", getattr(response.headers, "_store", {}))
    return [pair for lower, pair in store.items() if lower != "content-length"]


def _head_key(response: HttpResponseBase) -> tuple[object, ...] | None:
    """The key of ``response``'s head in `_CLEAN_HEADS` (`is_clean` builds the same one
    in place); ``None`` where it has none."""
    state: dict[str, Any] = response.__dict__
    headers: object = state.get("headers")
    store: Any = getattr(response.headers if headers is None else headers, "_store", None)
    if store.__class__ is not dict:
        return None
    fields: dict[str, object] = store
    if "content-length" in fields:
        fields = fields.copy()
        del fields["content-length"]
    # A reason phrase of its own, or None for the status's (Django's reason_phrase
    # property derives it from the status code, which the key holds).
    key = (type(response), response.status_code, state.get("_reason_phrase"), *fields.values())
    try:
        hash(key)
    except TypeError:  # a value that is no string, put there past Django's checks
        return None
    return key


def is_clean(
    response: HttpResponseBase,
    request: HttpRequest | None,
    json_limit: int | None,
    dumps: bool = False,
) -> bool:
    """Whether the commonest response breaks no rule, told by a few lookups: a status with
    content and no header it needs missing, no ``Upgrade``, its content in memory with the
    ``Content-Length`` it states (if any), no JSON to parse within ``json_limit`` (but a
    JSON twin's own serialization, and with ``dumps`` a Django ``JsonResponse``'s
    ``json.dumps`` output), a head of this library's class or one found clean before, and
    no undeclared status. ``False`` says nothing: the full rules are applied then.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import HttpResponseOK
        >>> is_clean(HttpResponseOK(b"hi"), None, None)
        True
        >>> is_clean(HttpResponse(b"hi", status=405), None, None)  # no Allow: look closer
        False
    """
    owner = type(response)
    kind = _KINDS.get(owner)
    if kind is None:
        kind = _kind(owner)
    if kind is _RULES_KIND:
        return False
    state: dict[str, Any] = response.__dict__
    try:  # a response without Django's state, or a hostile one: the full rules
        headers: Any = state["headers"]
        store: Any = headers._store
        container: Any = state["_container"]
    except Exception:
        return False
    if store.__class__ is not dict or container.__class__ is not list or len(container) != 1:
        return False
    body: Any = container[0]
    length: Any = store.get("content-length")
    # The decimal of the content's length, as str() writes it (leading zeros, a value
    # that is no string: the full rules), and none on a HEAD response, which has no content.
    if body.__class__ is not bytes or (
        length is not None
        and (
            length.__class__ is not tuple
            or len(length) != 2
            or length[1] != str(len(body))
            or (request is not None and request.method == "HEAD")
        )
    ):
        return False
    content_type = _to_parse(response, store, body, json_limit)
    if (
        kind is _FIXED_KIND
        and headers.__class__ is CheckedHeaders
        and headers.__dict__.get("_owner") is owner
    ):
        return _fixed_clean(response, request, store, content_type)
    if content_type is not None and not (dumps and _dumped(owner, content_type, body)):
        return False
    return _head_seen(response, request, store, length)


def _fixed_clean(
    response: HttpResponseBase,
    request: HttpRequest | None,
    store: dict[str, Any],
    content_type: str | None,
) -> bool:
    """`is_clean` for one of this library's classes of a `Kind.FIXED` status: its status,
    with content, cannot change, and every header passed the store's checks when it was
    set; what a removal or an addition can break is left, and its JSON if it is not the
    class's own serialization."""
    needed = _NEEDS[type(response)]
    if (needed is not None and needed not in store) or "upgrade" in store:
        return False
    return (content_type is None or _serialized_here(response)) and (
        request is None or _declares_nothing(response, request)
    )


def _dumped(owner: type, content_type: str, body: bytes) -> bool:
    """Whether ``body`` is a Django ``JsonResponse``'s own ``json.dumps`` output with no
    NaN or Infinity in it (problem details apart, parsed for their status member)."""
    return (
        owner is JsonResponse
        and _MEDIA_TYPES.get(content_type, PROBLEM_CONTENT_TYPE) != PROBLEM_CONTENT_TYPE
        and 78 not in body  # no N (a byte found by memchr, cheaper than find)
        and 73 not in body  # nor I
    )


def _head_seen(
    response: HttpResponseBase, request: HttpRequest | None, store: dict[str, Any], length: Any
) -> bool:
    """`is_clean` for a head not built here: a status with content, and the head, its
    length apart, found clean before (its status line, each field, the header its status
    needs and Upgrade's rules); then no undeclared status."""
    code: Any = response.status_code
    if code.__class__ is not int or code not in _QUIET:
        return False
    fields: Any = store.values()
    if length is not None:
        fields = [*fields]
        fields.remove(length)  # found by identity, cheaper than a copy of the store
    try:
        reason = response.__dict__.get("_reason_phrase")
        if (type(response), code, reason, *fields) not in _CLEAN_HEADS:
            return False
    except TypeError:  # a value that is no string, put there past Django's checks
        return False
    return request is None or _declares_nothing(response, request)


def _to_parse(
    response: HttpResponseBase, store: dict[str, Any], body: bytes, json_limit: int | None
) -> str | None:
    """The Content-Type of a JSON body `is_clean` would have to parse (within
    ``json_limit``; -1: none is), ``None`` when there is none to parse."""
    if json_limit == -1 or (json_limit is not None and len(body) > json_limit):
        return None
    pair: Any = store.get("content-type")
    content_type = ""
    parse: bool | None = None
    if pair.__class__ is tuple and len(pair) == 2 and pair[1].__class__ is str:
        content_type = pair[1]
        parse = _JSON_TYPES.get(content_type)
    if parse is None or not content_type:
        parse = _json_type(response)
    return content_type if parse else None


def _declares_nothing(response: HttpResponseBase, request: HttpRequest) -> bool:
    """No ``undeclared-status`` for ``response``: `_undeclared_findings`' first lookup
    made in place, for the commonest answer (a view that declares nothing)."""
    try:
        match: Any = request.resolver_match
        if match is None or _DECLARED.get((match.func, request.method), _UNKNOWN) is None:
            return True
    except Exception:  # a match without a view, an unhashable view: the full lookup
        pass
    return not _undeclared_findings(response, request)


class Kind(enum.Enum):
    """What `is_clean` makes of a response class.

    Examples:
        >>> from django.http import HttpResponse, StreamingHttpResponse
        >>> from django_allresponses import HttpResponseOK
        >>> _kind(HttpResponse), _kind(HttpResponseOK), _kind(StreamingHttpResponse)
        (<Kind.CONTENT: 'content'>, <Kind.FIXED: 'fixed'>, <Kind.RULES: 'rules'>)
    """

    RULES = "rules"
    """Leave it to the full rules: its content is its own property (streaming, templates)."""
    CONTENT = "content"
    """Django's content in memory."""
    FIXED = "fixed"
    """That, and a status with content that cannot change and that `is_clean` can tell
    (this library's classes but their 206 and bodiless ones)."""


_RULES_KIND: Final = Kind.RULES
_FIXED_KIND: Final = Kind.FIXED
"""`Kind`'s members `is_clean` compares with, as module globals: read as a global, a
member costs a dictionary lookup; read from its class, an enum's descriptor call."""

_KINDS: dict[type, Kind] = {}
"""What `is_clean` makes of each response class (`Kind`); bounded."""


def _kind(owner: type) -> Kind:
    try:
        streaming: object = getattr(owner, "streaming", True)
        plain = getattr(owner, "content", None) is _CONTENT and streaming is False
    except Exception:  # a class whose attributes cannot be read: the full rules
        plain = False
    kind = Kind.CONTENT if plain else Kind.RULES
    if plain and _fixed_status(owner):
        code: object = getattr(owner, "status_code", None)
        if type(code) is int and code in _QUIET:
            kind = Kind.FIXED
            _NEEDS[owner] = _NEEDED_LOWER.get(code)
    if len(_KINDS) < 4096:
        _KINDS[owner] = kind
    return kind


_NEEDS: dict[type, str | None] = {}
"""For each class `_KINDS` holds as 2, the header its status needs (lower case)."""


_NEEDED_LOWER: Final = {code: unit.header.lower() for code, (unit, _) in NEEDED.items()}
"""The header each status that needs one needs, in lower case."""


def check_content(response: HttpResponseBase, json_limit: int | None) -> list[Finding]:
    """The JSON rules alone, on the content as it is now (``json_limit`` as for
    `check_within`): what ``"log"`` mode applies to the content as the view made it
    (`is_clean` tells the commonest cases without it).

    The content a serializer wrote is not parsed: a JSON twin's (its class serialized
    it, and it was not replaced since), and a Django ``JsonResponse``'s in one chunk,
    which ``json.dumps`` wrote at construction and which can only fail to be JSON by
    holding ``NaN`` or ``Infinity`` (Django's encoder lets them through): such a body is
    searched for those two words, and parsed only if it holds one. A ``JsonResponse``
    whose content was replaced by hand after construction is therefore not parsed
    either; `check_response` and ``"raise"`` mode parse every JSON body.

    Examples:
        >>> from django.http import HttpResponse
        >>> broken = HttpResponse(b"{", content_type="application/json")
        >>> [finding.rule for finding in check_content(broken, None)]
        ['invalid-json']
        >>> check_content(HttpResponse(b"{"), None)  # not JSON: nothing to parse
        []
    """
    if not _json_type(response):
        return []
    code = cast("object", response.status_code)
    if not isinstance(code, int) or code in _BODILESS or code < 200:
        return []
    body = _body(response)
    if body is None or (json_limit is not None and len(body) > json_limit):
        return []
    if _built_here(response) and _serialized_here(response):
        return []
    if _dumped_by_django(response, body):
        return []
    return list(_json_findings(response, body))


def _dumped_by_django(response: HttpResponseBase, body: bytes) -> bool:
    """Whether ``body`` is a Django ``JsonResponse``'s one chunk of ``json.dumps`` output
    that holds neither ``NaN`` nor ``Infinity``, and so is a JSON text; problem details
    are left to the parse, for their ``status`` member."""
    if not isinstance(response, JsonResponse):
        return False
    container: Any = response.__dict__.get("_container")
    return (
        container.__class__ is list
        and len(container) == 1
        and container[0] is body
        and type(response).content is _CONTENT
        and not _is_problem_type(_media_type(response))
        and not _holds(body, b"NaN")
        and not _holds(body, b"Infinity")
    )


def _holds(body: bytes, word: bytes) -> bool:
    """Whether ``word`` is in ``body``: found by its first byte, which ``bytes.find``
    looks for at memory speed (``word in body`` steps through a large body a few bytes at
    a time), then by ``in`` when that byte is common in ``body``."""
    start = body.find(word[:1])
    for _ in range(32):
        if start == -1:
            return False
        if body.startswith(word, start):
            return True
        start = body.find(word[:1], start + 1)
    return word in body


def _undeclared_findings(response: HttpResponseBase, request: HttpRequest | None) -> list[Finding]:
    """``undeclared-status``: a contract check (the view's declared responses), not a rule
    of the RFC, so not in `RULES` (see `django_allresponses.openapi`).

    The statuses a view declares are looked up once per view and method: a view that
    declares nothing costs one dictionary lookup."""
    if request is None:
        return []
    match = getattr(request, "resolver_match", None)
    if match is None:
        return []
    key = (getattr(match, "func", None), request.method)
    statuses: Any
    try:
        statuses = _DECLARED.get(key, _UNKNOWN)
    except TypeError:  # an unhashable view: looked up each time
        statuses = _declared_statuses(request)
    else:
        if statuses is _UNKNOWN:
            statuses = _declared_statuses(request)
            if len(_DECLARED) < 2048:
                _DECLARED[key] = statuses
    if statuses is None or response.status_code in statuses:
        return []
    openapi = _openapi()
    message = openapi.undeclared_status(response, request)
    if message is None:
        return []
    return [Finding("error", openapi.UNDECLARED_STATUS, message, openapi.UNDECLARED_REFERENCE)]


_UNKNOWN: Final[object] = object()
_DECLARED: dict[tuple[object, object], object] = {}
"""The statuses each view (and method) declares, ``None`` for none; bounded."""
_OPENAPI: list[Any] = []


def _openapi() -> Any:
    """`django_allresponses.openapi`, imported on first use (it reads type hints, which
    a response check does not need unless a view declares its statuses)."""
    if not _OPENAPI:
        from .. import openapi

        _OPENAPI.append(openapi)
    return _OPENAPI[0]


def _declared_statuses(request: HttpRequest) -> object:
    try:
        return _openapi().declared_statuses(request)
    except Exception:  # a view whose declaration cannot be read declares nothing
        return None


Snapshot = tuple[dict[str, tuple[str, str]], object, int, int]
"""What the close-time pass compares with: the header store, the content container, its
length and the status, as the first check saw them."""


def snapshot(response: HttpResponseBase) -> Snapshot | None:
    """The state `check_changes` compares with; ``None`` where the head is not kept
    in Django's header store (then there is nothing to compare).

    Examples:
        >>> from django.http import HttpResponse
        >>> snapshot(HttpResponse(b"hi"))[0]
        {'content-type': ('Content-Type', 'text/html; charset=utf-8')}
    """
    store: object = getattr(response.headers, "_store", None)
    if type(store) is not dict:
        return None
    container: object = getattr(response, "_container", None)
    count = -1
    if isinstance(container, list):
        count = len(cast("list[bytes]", container))
    return (
        dict(cast("dict[str, tuple[str, str]]", store)),
        getattr(response, "_container", None),
        count,
        response.status_code,
    )


def check_changes(
    response: HttpResponseBase, request: HttpRequest | None, before: Snapshot, seen: list[Finding]
) -> list[Finding]:
    """What `check_response` would find anew since ``before`` (the other middleware's
    headers, content they replaced) and is not in ``seen``, without parsing the content:
    the headers that changed, the rules on headers that must be there, and the length of
    the content. The close-time pass of
    `ResponseChecksMiddleware`.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import check_response
        >>> response = HttpResponse(status=204)
        >>> before, seen = snapshot(response), check_response(response)
        >>> response["Content-Length"] = "0"  # as CommonMiddleware does
        >>> [finding.rule for finding in check_changes(response, None, before, seen)]
        ['bodiless-content-length']
    """
    headers, container, count, code = before
    store: dict[str, tuple[str, str]] = getattr(response.headers, "_store", {})
    now: object = getattr(response, "_container", None)
    same_body = now is container and (
        type(now) is not list or len(cast("list[bytes]", now)) == count
    )
    if store == headers and same_body and response.status_code == code:
        return []
    changed = {lower: pair for lower, pair in store.items() if headers.get(lower) != pair}
    key = _head_key(response)
    if key is not None and key in _CLEAN_HEADS:
        # The head apart from its length was found clean before: the length's rules only.
        length = store.get("content-length")
        findings = [] if length is None else list(_header_findings(response, [length]))
    elif response.status_code != code:  # a status changed on the way out: the whole head
        findings = [
            *_status_findings(response),
            *_header_findings(response),
            *_required_findings(response),
        ]
    else:
        built = _built_here(response)
        findings = [] if built else list(_header_findings(response, changed.values()))
        if len(store) - len(changed) < len(headers) or not _CLOSE_REQUIRED.isdisjoint(changed):
            findings.extend(_required_findings(response))  # a header removed, Upgrade added
        # A clean head, with clean changes: the whole head is clean (its length apart).
        if not (findings or seen or built) and key is not None and len(_CLEAN_HEADS) < 1024:
            _CLEAN_HEADS[key] = None
    if not same_body or not _CLOSE_BODY.isdisjoint(changed):
        findings.extend(_body_findings(response, request, -1))
    return [finding for finding in findings if finding not in seen]


_CLOSE_REQUIRED: Final = frozenset({"upgrade", "connection", "content-type"})
"""Headers whose change can break the rules on the headers a status needs."""
_CLOSE_BODY: Final = frozenset({"content-length", "content-range"})
"""Headers whose change can break the rules on the length of the content."""


def _describe_response(response: HttpResponseBase) -> str:
    return f"{type(response).__name__} ({response.status_code} {response.reason_phrase!s})"


def conformance_report(
    response: HttpResponseBase, findings: list[Finding], *, request: HttpRequest | None = None
) -> str:
    """One line naming the response (and the request), then one line per finding.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import check_response
        >>> response = HttpResponse(status=405)
        >>> print(conformance_report(response, check_response(response)))
        ... # doctest: +NORMALIZE_WHITESPACE
        HttpResponse (405 Method Not Allowed) does not conform:
          error missing-allow: a 405 (Method Not Allowed) response must send an Allow header
          (RFC 9110, Section 15.5.6)
    """
    request = request if request is not None else _request_of(response)
    target = "" if request is None else f" for {request.method} {request.get_full_path()}"
    lines = [f"{_describe_response(response)}{target} does not conform:"]
    lines.extend(f"  {finding}" for finding in findings)
    return "\n".join(lines)
