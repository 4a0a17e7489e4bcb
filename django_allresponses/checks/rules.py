"""The rule catalogue: every conformance rule, what it reads, and the function that finds it.

Each `Rule` declares the parts of a response it reads (`Scope`: the status line, the
header fields, the content, the content parsed as JSON, the view's declared statuses).
Rules that are found by one function form a `Check`; a `Catalogue` is an ordered list of
checks. What the fast path of `django_allresponses.checks.engine` may skip for a response
is derived from those declarations, never written beside them: a rule of the head alone
gives the same answer for the same head, a rule that reads no content never has the
content read for it, a rule on a view's declaration is looked at only where the view
declares something.

`check_response` applies the rules of `CATALOGUE` to any `HttpResponseBase` and returns
what it found as `Finding` objects: ``"error"`` for a MUST of the RFC, ``"warning"`` for
a SHOULD.
"""

from __future__ import annotations

import enum
import json
import reprlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Final, Literal, cast

from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.utils.http import parse_header_parameters

from ..headers.store import CheckedHeaders
from ..headers.units import BY_HEADER, NEEDED, UPGRADE, Level
from ..headers.values import field_name, field_text, parse_content_range
from ..responses.problems import PROBLEM_CONTENT_TYPE
from ..rfc.statuses import STATUSES, Framing

Severity = Literal["error", "warning"]
"""``"error"``: the response breaks a MUST; ``"warning"``: it breaks a SHOULD."""


class Scope(enum.Flag):
    """The parts of a response a rule reads.

    Examples:
        >>> RULES["missing-allow"].reads
        <Scope.STATUS|HEAD: 3>
        >>> Scope.BODY in RULES["content-length-mismatch"].reads
        True
    """

    STATUS = enum.auto()
    """The status code and the reason phrase."""
    HEAD = enum.auto()
    """The header fields but ``Content-Length``."""
    LENGTH = enum.auto()
    """The ``Content-Length`` field."""
    BODY = enum.auto()
    """The content, when it is in memory (a stream's is never read)."""
    JSON = enum.auto()
    """The content parsed as JSON, where the media type is JSON."""
    DECLARATION = enum.auto()
    """The statuses the view declares (`django_allresponses.openapi`)."""


HEAD_ONLY: Final = Scope.STATUS | Scope.HEAD | Scope.LENGTH
"""What a rule reads that gives the same answer for the same head: the engine remembers
the heads (their length apart) on which such rules found nothing."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One conformance rule: a stable identifier, its severity, what it asks and what it
    reads of a response.

    Examples:
        >>> RULES["missing-allow"].severity
        'error'
        >>> Rule("x-custom", "warning", "an example", Scope.STATUS).reads
        <Scope.STATUS: 1>
    """

    id: str
    severity: Severity
    summary: str
    reads: Scope = Scope.STATUS | Scope.HEAD


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


def is_problem_type(media_type: str) -> bool:
    """Whether ``media_type`` (lowercased, without parameters) is RFC 9457's.

    Examples:
        >>> is_problem_type("application/problem+json"), is_problem_type("application/json")
        (True, False)
    """
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


SHOWN = reprlib.Repr()
SHOWN.maxstring = 60


def _header_reference(lower: str) -> str:
    known = BY_HEADER.get(lower)
    return "RFC 9110, Section 5.5" if known is None else known.reference


def _article(word: str) -> str:
    return "an" if word[0] in "AEIOU" else "a"


def _named(code: int) -> str:
    phrase = _status_phrase(code)
    return str(code) if phrase is None else f"{code} ({phrase})"


def make_finding(
    rule: str, message: str, reference: str, severity: Severity | None = None
) -> Finding:
    """A `Finding` of ``rule``, at the rule's own severity unless ``severity`` is given.

    Examples:
        >>> make_finding("missing-location", "no Location", "RFC 9110, Section 15.3.2").rule
        'missing-location'
    """
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
        yield make_finding(
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
        yield make_finding(
            "head-line-break",
            f"the reason phrase {SHOWN.repr(reason)} holds CR, LF or NUL",
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
            yield make_finding(
                "invalid-field-name",
                f"{SHOWN.repr(name)} is not a header field name (a token)",
                "RFC 9110, Section 5.1",
            )
            continue
        if name not in _GOOD_NAMES:
            if not _is_field_name(name):
                yield make_finding(
                    "invalid-field-name",
                    f"{SHOWN.repr(name)} is not a header field name (a token)",
                    "RFC 9110, Section 5.1",
                )
            elif len(_GOOD_NAMES) < 1024:
                _GOOD_NAMES.add(name)
        # A number of octets (Content-Length) holds no line break: no need to look.
        if not (value.isdigit() and value.isascii()) and _has_line_break(value):
            yield make_finding(
                "head-line-break",
                f"the {name} header {SHOWN.repr(value)} holds CR, LF or NUL",
                "RFC 9110, Section 5.5",
            )
            continue
        lower = name.lower()
        if lower in ("content-length", "transfer-encoding"):
            problem = _framing_error(code, lower, value)
            if problem is not None:
                rule = f"bodiless-{lower}"
                yield make_finding(
                    rule,
                    f"{problem}; got {SHOWN.repr(value)}",
                    _framing_reference(code, lower),
                )
            continue
        problem = _header_error(name, value)
        if problem is not None:
            yield make_finding(f"invalid-{lower}", problem, _header_reference(lower))
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
            yield make_finding(
                f"missing-{header.lower()}",
                f"a {_named(code)} response {level.lower()} send {_article(header)} {header} "
                f"header{also}",
                _status_reference(code) or "RFC 9110, Section 15",
                _SEVERITY[level],
            )
    if response.has_header(UPGRADE.header) and "upgrade" not in _connection_options(response):
        yield make_finding(
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


def media_type_of(response: HttpResponseBase) -> str:
    """The media type of ``Content-Type``, in lower case, without parameters ("" if none)."""
    content_type = _field(response, "content-type")
    if content_type is None:
        return ""
    known = MEDIA_TYPES.get(content_type)
    if known is None:
        known = content_type.partition(";")[0].strip().lower()
        if len(MEDIA_TYPES) < 256:
            MEDIA_TYPES[content_type] = known
    return known


MEDIA_TYPES: dict[str, str] = {}
"""Content-Type values seen, and their media types; bounded."""


def is_json_type(response: HttpResponseBase) -> bool:
    """Whether the media type of ``Content-Type`` is JSON (``application/json``, ``…+json``)."""
    content_type = _field(response, "content-type")
    if content_type is None:
        return False
    known = JSON_TYPES.get(content_type)
    if known is None:
        media_type = media_type_of(response)
        known = media_type == "application/json" or media_type.endswith("+json")
        if len(JSON_TYPES) < 256:
            JSON_TYPES[content_type] = known
    return known


JSON_TYPES: dict[str, bool] = {}
"""Content-Type values seen, and whether they are JSON; bounded."""


JSON_LIMIT: Final = 1_000_000
"""The size (in bytes) above which the ``"log"`` mode of
`ResponseChecksMiddleware` leaves a JSON body
unparsed, unless ``settings.ALLRESPONSES_CHECKS_JSON_LIMIT`` says otherwise."""


def body_of(response: HttpResponseBase) -> bytes | None:
    """The content of a response whose content is in memory and can be read as it is;
    ``None`` for streaming ones, templates not rendered yet and content that cannot be read."""
    if response.streaming:
        return None
    state: dict[str, Any] = getattr(response, "__dict__", {})
    if state.get("_is_rendered") is False:  # a template response not rendered yet
        return None
    container: Any = state.get("_container")
    if container.__class__ is list and type(response).content is CONTENT_PROPERTY:  # type: ignore[attr-defined]
        first: object = container[0] if len(container) == 1 else None
        if type(first) is bytes:
            return first  # what Django's content property joins, without the join
    try:
        content = getattr(response, "content", None)
    except Exception:  # a content property of its own that fails: the head is still checked
        return None
    return content if isinstance(content, bytes) else None


CONTENT_PROPERTY: Final[object] = HttpResponse.content
BODILESS: Final = frozenset(code for code in STATUSES if _forbids_content(code))
"""The assigned codes `_forbids_content` answers true for; with every 1xx."""
QUIET_STATUSES: Final = frozenset(range(200, 600)) - BODILESS - {206, 304}
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


def built_here(response: HttpResponseBase) -> bool:
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
        and fixed_status(type(response))
    )


_FIXED: dict[type, bool] = {}
_SERIALIZES: dict[type, bool] = {}


def fixed_status(cls: type) -> bool:
    """Whether ``cls`` keeps one assigned status that cannot be changed (`FixedStatus`)."""
    known = _FIXED.get(cls)
    if known is None:
        from ..responses.construction import FixedStatus  # once per class: kept below

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


def serialized_here(response: HttpResponseBase) -> bool:
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
) -> Iterator[Finding]:
    """The rules on the content and its length (and a stream's, on its head): bodiless
    statuses, ``Content-Length``, a 206's ``Content-Range``, an event stream's charset."""
    code = response.status_code
    body = body_of(response)
    if code in BODILESS or (100 <= code < 200):
        if body:
            yield make_finding(
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
            yield make_finding(
                "invalid-content-length",
                f"Content-Length {SHOWN.repr(length)} is not a number of octets",
                "RFC 9110, Section 8.6",
            )
        elif stated != len(body) and (request is None or request.method != "HEAD"):
            says = SHOWN.repr(length.strip()) if stated < 0 else str(stated)
            yield make_finding(
                "content-length-mismatch",
                f"Content-Length says {says} bytes but the content has {len(body)}",
                "RFC 9110, Section 8.6",
            )
    content_range = _field(response, "content-range") if code == 206 else None
    if content_range is not None:
        expected = _range_length(content_range)
        if expected is not None and expected != len(body):
            yield make_finding(
                "partial-length-mismatch",
                f"Content-Range {SHOWN.repr(content_range)} covers {expected} bytes "
                f"but the content has {len(body)}",
                "RFC 9110, Section 14.4",
            )


def _json_check(
    response: HttpResponseBase, request: HttpRequest | None, json_limit: int | None = None
) -> Iterator[Finding]:
    """The JSON rules on content in memory whose media type is JSON, within ``json_limit``
    bytes (``None``: no limit; -1: none), but this library's serializer's own output."""
    code = response.status_code
    if code in BODILESS or 100 <= code < 200:
        return
    body = body_of(response)
    if body is None or (json_limit is not None and len(body) > json_limit):
        return
    if not is_json_type(response):
        return
    if built_here(response) and serialized_here(response):
        return  # this library's serializer wrote it: JSON by construction
    yield from _json_findings(response, body)


def _stream_findings(response: HttpResponseBase) -> Iterator[Finding]:
    """The rules of a stream of server-sent events (WHATWG HTML, Section 9.2), read from
    its head only: its content is never touched. A ``Content-Length`` is no finding: no
    sentence forbids it, and a finite stream may state its length (this library's stream
    classes refuse one, since they cannot know it)."""
    media_type = media_type_of(response)
    if media_type == "text/event-stream":
        parameters = parse_header_parameters(_field(response, "content-type") or "")[1]
        charset = parameters.get("charset")
        if charset is not None and charset.lower() != "utf-8":
            yield make_finding(
                "event-stream-charset",
                f"an event stream is always read as UTF-8, but its Content-Type says "
                f"charset={SHOWN.repr(charset)}",
                "WHATWG HTML, Section 17.7",
            )


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _json_findings(response: HttpResponseBase, body: bytes) -> Iterator[Finding]:
    """The JSON rules on ``body``, the content of a response whose media type is JSON."""
    media_type = media_type_of(response)
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
        yield make_finding(
            "invalid-json",
            f"the content is {media_type} but not a JSON text in UTF-8: {error}",
            "RFC 8259, Sections 2 and 8.1",
        )
        return
    except RecursionError:
        # Nested deeper than Python's parser goes (RFC 8259, Section 9 lets parsers set
        # a limit): left unchecked rather than guessed at.
        return
    if not is_problem_type(media_type):
        return
    if not isinstance(document, dict):
        yield make_finding(
            "problem-not-object",
            f"problem details are a JSON object, not a {type(document).__name__}",
            "RFC 9457, Section 3",
        )
        return
    status: object = cast("dict[str, object]", document).get("status")
    code = response.status_code
    if status is not None and (type(status) is not int or status != code):
        yield make_finding(
            "problem-status-mismatch",
            f"the problem's status member is {SHOWN.repr(status)} but the response is a {code}",
            "RFC 9457, Section 3.1.2",
        )


def request_of(response: HttpResponseBase) -> HttpRequest | None:
    """The request Django's test client attaches to the responses it returns."""
    for attribute in ("wsgi_request", "asgi_request"):
        request = getattr(response, attribute, None)
        if isinstance(request, HttpRequest):
            return request
    return None


def _undeclared_findings(response: HttpResponseBase, request: HttpRequest | None) -> list[Finding]:
    """``undeclared-status``: a contract check (the view's declared responses), not a rule
    of the RFC, so not in `RULES` (see `django_allresponses.openapi`).

    The statuses a view declares are looked up once per view and method: a view that
    declares nothing costs one dictionary lookup."""
    if request is None:
        return []
    statuses: Any = declared(request)
    if statuses is None or response.status_code in statuses:
        return []
    openapi = _openapi()
    message = openapi.undeclared_status(response, request)
    if message is None:
        return []
    return [Finding("error", openapi.UNDECLARED_STATUS, message, openapi.UNDECLARED_REFERENCE)]


def declared(request: HttpRequest) -> object:
    """The statuses the view of ``request`` declares (a container of ints) for its method,
    ``None`` where it declares none: what a rule of `Scope.DECLARATION` reads. Looked up
    once per view and method.

    Examples:
        >>> from django.test import RequestFactory
        >>> declared(RequestFactory().get("/")) is None  # no view resolved
        True
    """
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    key = (getattr(match, "func", None), request.method)
    statuses: Any
    try:
        statuses = DECLARATIONS.get(key, UNKNOWN)
    except TypeError:  # an unhashable view: looked up each time
        return _declared_statuses(request)
    if statuses is UNKNOWN:
        statuses = _declared_statuses(request)
        if len(DECLARATIONS) < 2048:
            DECLARATIONS[key] = statuses
    return statuses


UNKNOWN: Final[object] = object()
DECLARATIONS: dict[tuple[object, object], object] = {}
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
    request = request if request is not None else request_of(response)
    target = "" if request is None else f" for {request.method} {request.get_full_path()}"
    lines = [f"{_describe_response(response)}{target} does not conform:"]
    lines.extend(f"  {finding}" for finding in findings)
    return "\n".join(lines)


# --- The catalogue ---------------------------------------------------------------------------

Finder = Callable[[HttpResponseBase, "HttpRequest | None", "int | None"], Iterable[Finding]]
"""What finds a check's rules: ``(response, request, json_limit)`` to findings (``json_limit``
in bytes, ``None`` for none, -1 to parse no JSON)."""
FieldFinder = Callable[[HttpResponseBase, Iterable[tuple[object, object]]], Iterable[Finding]]
"""What finds a check's rules on some header fields (name, value) of a response alone."""


@dataclass(frozen=True, slots=True)
class Quiet:
    """Conditions under which a check finds nothing, which the fast path tests in place
    (every condition given must hold); a check without them is run.

    Examples:
        >>> CONTENT.quiet.length_is_body
        True
    """

    statuses: frozenset[int] | None = None
    """The status is one of these."""
    length_is_body: bool = False
    """``Content-Length``, if sent, is the content's length as ``str()`` writes it, and the
    request's method is not HEAD."""
    length_digits: bool = False
    """``Content-Length``, if sent, is ASCII digits."""
    has_needed: bool = False
    """The header the status needs (`django_allresponses.headers.units.NEEDED`) is sent,
    and no ``Upgrade``."""


@dataclass(frozen=True, slots=True)
class Check:
    """Rules that one function finds, with what they read (the union of the rules' scopes).

    ``fields``: the same rules on chosen header fields alone (a check of each field on
    its own); ``kept_by_classes``: rules this library's classes enforce when a header or
    the status is set, so never broken by one of them; ``quiet``: conditions under which
    the check finds nothing, which the fast path tests instead of running it (for a check
    of the head remembered apart from its length: nothing on the length). A check without
    them is run, or its result remembered for the head when it reads only the head.

    Examples:
        >>> status_only = Check(
        ...     (Rule("x-teapot", "warning", "no 418", Scope.STATUS),),
        ...     lambda response, request, limit: [],
        ... )
        >>> status_only.reads
        <Scope.STATUS: 1>
    """

    rules: tuple[Rule, ...]
    find: Finder
    fields: FieldFinder | None = None
    kept_by_classes: bool = False
    quiet: Quiet | None = None

    @property
    def reads(self) -> Scope:
        """What the check reads: everything one of its rules reads."""
        reads = Scope(0)
        for rule in self.rules:
            reads |= rule.reads
        return reads


class Catalogue:
    """An ordered list of `Check` objects: the rules a `django_allresponses.checks.engine.Engine`
    applies, in the order their findings come.

    Examples:
        >>> scratch = Catalogue([])
        >>> scratch.add(Check((Rule("x-teapot", "warning", "no 418", Scope.STATUS),),
        ...                   lambda response, request, limit: []))
        >>> list(scratch.rules)
        ['x-teapot']
        >>> "missing-allow" in CATALOGUE.rules
        True
    """

    def __init__(self, checks: Iterable[Check]) -> None:
        self.checks: list[Check] = list(checks)

    def add(self, check: Check) -> None:
        """Add ``check`` last (an engine built before does not see it)."""
        self.checks.append(check)

    @property
    def rules(self) -> dict[str, Rule]:
        """Every rule of the catalogue, by identifier, in the order of its checks."""
        return {rule.id: rule for check in self.checks for rule in check.rules}


_SEVERITY: Final[Mapping[Level, Severity]] = {"MUST": "error", "SHOULD": "warning"}
"""How a ``missing-…`` finding weighs: the level at which the RFC asks for the header."""

STATUS, HEAD, LENGTH, BODY, JSON, DECLARATION = (
    Scope.STATUS,
    Scope.HEAD,
    Scope.LENGTH,
    Scope.BODY,
    Scope.JSON,
    Scope.DECLARATION,
)


def _rule_list() -> list[Rule]:
    rules = [
        Rule(
            "invalid-status",
            "error",
            "the status code is a three-digit integer, 100 to 599",
            STATUS,
        ),
        Rule(
            "head-line-break",
            "error",
            "no CR, LF or NUL in the status line or a header",
            STATUS | HEAD | LENGTH,
        ),
        Rule("invalid-field-name", "error", "header field names are tokens", HEAD | LENGTH),
        Rule("bodiless-content", "error", "no content on 1xx, 204, 205 and 304", STATUS | BODY),
        Rule(
            "bodiless-content-length",
            "error",
            "no Content-Length on 1xx and 204; 0 on 205",
            STATUS | LENGTH,
        ),
        Rule(
            "bodiless-transfer-encoding",
            "error",
            "no Transfer-Encoding on 1xx and 204",
            STATUS | HEAD,
        ),
        Rule("invalid-content-length", "error", "Content-Length is a number of octets", LENGTH),
        Rule(
            "content-length-mismatch",
            "error",
            "Content-Length is the length of the content",
            LENGTH | BODY,
        ),
        Rule(
            "partial-length-mismatch",
            "error",
            "a 206 body is as long as its Content-Range",
            STATUS | HEAD | BODY,
        ),
        Rule(
            "upgrade-without-connection", "error", "Upgrade comes with Connection: upgrade", HEAD
        ),
        Rule("invalid-json", "error", "a JSON media type holds a JSON text", HEAD | BODY | JSON),
        Rule("problem-not-object", "error", "problem details are a JSON object", HEAD | JSON),
        Rule(
            "problem-status-mismatch",
            "error",
            "a problem's status is the response's",
            STATUS | HEAD | JSON,
        ),
        Rule("event-stream-charset", "error", "text/event-stream is UTF-8", HEAD),
    ]
    return [*rules, *_header_rules()]


def _header_rules() -> list[Rule]:
    """A ``missing-…`` rule for each header a status needs, an ``invalid-…`` rule for each
    header whose grammar the classes check."""
    rules: list[Rule] = []
    levels: dict[str, set[Level]] = {}
    for unit, level in NEEDED.values():
        levels.setdefault(unit.header, set()).add(level)
    for header, needed in levels.items():
        strongest = _SEVERITY["MUST" if "MUST" in needed else "SHOULD"]
        rules.append(Rule(f"missing-{header.lower()}", strongest, f"{header} where it is needed"))
    for lower in _checked_headers():
        header = BY_HEADER[lower].header
        rules.append(Rule(f"invalid-{lower}", "error", f"{header} follows its grammar", HEAD))
    return rules


_ALL: Final = {rule.id: rule for rule in _rule_list()}


def _pick(*names: str, prefix: str = "") -> tuple[Rule, ...]:
    return tuple(
        rule
        for rule in _ALL.values()
        if rule.id in names or (prefix and rule.id.startswith(prefix) and rule.id not in _NAMED)
    )


_NAMED: Final = frozenset(
    {"invalid-status", "invalid-field-name", "invalid-content-length", "invalid-json"}
)


NEEDED_LOWER: Final = {code: unit.header.lower() for code, (unit, _) in NEEDED.items()}
"""The header each status that needs one needs, in lower case."""


STATUS_LINE: Final = Check(
    # head-line-break, here on the reason phrase alone: the status line
    (_ALL["invalid-status"], replace(_ALL["head-line-break"], reads=STATUS)),
    lambda response, request, json_limit: _status_findings(response),
    kept_by_classes=True,
)
HEADER_FIELDS: Final = Check(
    _pick(
        "head-line-break",
        "invalid-field-name",
        "bodiless-content-length",
        "bodiless-transfer-encoding",
        prefix="invalid-",
    ),
    lambda response, request, json_limit: _header_findings(response),
    fields=lambda response, fields: _header_findings(response, fields),
    kept_by_classes=True,
    quiet=Quiet(statuses=QUIET_STATUSES, length_digits=True),
)
REQUIRED: Final = Check(
    _pick("upgrade-without-connection", prefix="missing-"),
    lambda response, request, json_limit: _required_findings(response),
    quiet=Quiet(has_needed=True),
)
CONTENT: Final = Check(
    _pick(
        "bodiless-content",
        "invalid-content-length",
        "content-length-mismatch",
        "partial-length-mismatch",
        "event-stream-charset",
    ),
    _body_findings,
    quiet=Quiet(statuses=QUIET_STATUSES, length_is_body=True),
)
JSON_TEXT: Final = Check(
    _pick("invalid-json", "problem-not-object", "problem-status-mismatch"), _json_check
)
UNDECLARED: Final = Check(
    (
        Rule(
            "undeclared-status",
            "error",
            "a view answers the statuses it declares",
            STATUS | DECLARATION,
        ),
    ),
    lambda response, request, json_limit: _undeclared_findings(response, request),
)

CATALOGUE: Final = Catalogue(
    [STATUS_LINE, HEADER_FIELDS, REQUIRED, CONTENT, JSON_TEXT, UNDECLARED]
)
"""The rules `check_response` and the middleware's checks apply."""

RULES: Final[Mapping[str, Rule]] = MappingProxyType(_ALL)
"""Every rule `check_response` applies, by identifier (``undeclared-status``, a rule on a
view's contract rather than on the RFC, apart).

The identifiers are stable. A ``missing-…`` rule's severity depends on the
status (``missing-content-range`` is an error on 206, a warning on 416); the
one here is the strongest.

Examples:
    >>> RULES["bodiless-content"].summary
    'no content on 1xx, 204, 205 and 304'
"""
