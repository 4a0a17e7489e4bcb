"""The fast path: a `Catalogue`'s rules applied to a response, with log mode's shortcuts
derived from what each rule reads (`Scope`).

An `Engine` sorts the checks of its catalogue once, by what they read:

* the checks of the head alone (``Scope.STATUS``, ``HEAD``, ``LENGTH``) give the same
  answer for the same head: the heads on which they found nothing are remembered (their
  ``Content-Length`` apart, which the checks that read it look at on each response, with
  their `Check.quiet` test);
* the checks of the content (``BODY``) have the content read for them, and only for them:
  with no such check, the content is never touched;
* the checks of JSON (``JSON``) run only where the media type is JSON, within the size
  limit, on content no serializer wrote;
* the checks of a view's declaration (``DECLARATION``) run only where the view declares
  something;
* a check this library's classes keep (``kept_by_classes``) is not run on their responses.

`is_clean` tells the commonest responses clean with those shortcuts; `check_within`
applies every check to the others. The module's functions are those of the engine of
`CATALOGUE`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Final, cast

from django.http import HttpRequest, JsonResponse
from django.http.response import HttpResponseBase

from ..headers.store import CheckedHeaders
from ..responses.problems import PROBLEM_CONTENT_TYPE
from .rules import (
    BODILESS,
    CATALOGUE,
    CONTENT_PROPERTY,
    DECLARATIONS,
    HEAD_ONLY,
    JSON_LIMIT,
    JSON_TYPES,
    MEDIA_TYPES,
    NEEDED_LOWER,
    QUIET_STATUSES,
    RULES,
    SHOWN,
    UNKNOWN,
    Catalogue,
    Check,
    Finding,
    Rule,
    Scope,
    Severity,
    body_of,
    built_here,
    conformance_report,
    declared,
    fixed_status,
    is_json_type,
    is_problem_type,
    make_finding,
    media_type_of,
    request_of,
    serialized_here,
)

__all__ = [
    "CATALOGUE",
    "JSON_LIMIT",
    "RULES",
    "Catalogue",
    "Check",
    "Engine",
    "Finding",
    "Kind",
    "Rule",
    "Scope",
    "Severity",
    "Snapshot",
    "check_changes",
    "check_content",
    "check_within",
    "conformance_report",
    "is_clean",
    "sent_clean",
    "snapshot",
]


class Kind(enum.Enum):
    """What `Engine.is_clean` makes of a response class.

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
_CODES: dict[type, int] = {}
"""The status of each class `_KINDS` holds as `Kind.FIXED`, read once."""


def _kind(owner: type) -> Kind:
    try:
        streaming: object = getattr(owner, "streaming", True)
        plain = getattr(owner, "content", None) is CONTENT_PROPERTY and streaming is False
    except Exception:  # a class whose attributes cannot be read: the full rules
        plain = False
    kind = Kind.CONTENT if plain else Kind.RULES
    if plain and fixed_status(owner):
        code: object = getattr(owner, "status_code", None)
        if type(code) is int and code in QUIET_STATUSES:
            kind = Kind.FIXED
            _CODES[owner] = code
    if len(_KINDS) < 4096:
        _KINDS[owner] = kind
    return kind


def _not_a_status(code: object) -> Finding:
    """The one finding on a status that is no integer: nothing else can be read."""
    return make_finding(
        "invalid-status",
        f"{SHOWN.repr(code)} is not a status code: status codes are integers from 100 to 599",
        "RFC 9110, Section 15",
    )


Snapshot = tuple[dict[str, tuple[str, str]], object, int, int]
"""What the close-time pass compares with: the header store, the content container, its
length and the status, as the first check saw them."""


class Engine:
    """A catalogue's checks, sorted once by what they read, and the fast path they allow.

    Examples:
        >>> from django.http import HttpResponse
        >>> engine = Engine(CATALOGUE)
        >>> [finding.rule for finding in engine.check_within(HttpResponse(status=405), None, None)]
        ['missing-allow']
    """

    def __init__(self, catalogue: Catalogue) -> None:
        checks = list(catalogue.checks)
        self.checks: Final = tuple(checks)
        # A head check that reads Content-Length with no way to read it alone is run on
        # each response, as a check of the content is.
        head = [c for c in checks if not c.reads & ~HEAD_ONLY and _length_apart(c)]
        rest = [check for check in checks if check not in head]
        declaration = [check for check in rest if Scope.DECLARATION in check.reads]
        json = [c for c in rest if Scope.JSON in c.reads and c not in declaration]
        content = [check for check in rest if check not in declaration and check not in json]
        self.head: Final = tuple(head)
        """Checks of the head alone: remembered per head, their length apart."""
        self.length: Final = tuple(check for check in head if Scope.LENGTH in check.reads)
        """Head checks that read ``Content-Length`` on its own, on each response."""
        self.content: Final = tuple(content)
        """Checks of each response, but those of JSON and of a view's declaration."""
        self.json: Final = tuple(json)
        self.declaration: Final = tuple(declaration)
        self.reads_body: Final = any(c.reads & (Scope.BODY | Scope.JSON) for c in rest)
        """Whether the fast path reads the content at all."""
        self.unkept: Final = tuple(check for check in checks if not check.kept_by_classes)
        """The checks run on a response of this library's classes."""
        built = [c for c in head if not c.kept_by_classes]
        self.plain_quiet: Final = _Conditions.of([*content, *self.length])
        """What the fast path tests of a response not built here, its head remembered."""
        self.built_quiet: Final = _Conditions.of([*content, *built])
        """What it tests of a response of this library's class."""
        self.clean_heads: dict[tuple[object, ...], None] = {}
        """Heads (class, status, reason phrase, header fields but ``Content-Length``) on
        which the head checks found nothing; bounded."""
        self.repeats: dict[tuple[object, ...], _Repeat] = {}
        """Responses `is_clean` told clean, by head (its length apart), view, method and
        JSON limit, with what is left to test on each response alike; bounded."""

    def is_clean(
        self,
        response: HttpResponseBase,
        request: HttpRequest | None,
        json_limit: int | None,
        dumps: bool = False,
    ) -> bool:
        """Whether the commonest response breaks no rule, told by a few lookups: its head
        clean (seen before, or kept by its class), the conditions of the other checks met,
        no JSON to parse within ``json_limit`` (but a serializer's own: a twin's, with
        ``dumps`` a ``JsonResponse``'s), no declaration broken. ``False`` says nothing.

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
        except Exception:
            return False
        if store.__class__ is not dict:
            return False
        length: Any = store.get("content-length")
        built = (
            kind is _FIXED_KIND
            and headers.__class__ is CheckedHeaders
            and headers.__dict__.get("_owner") is owner
        )
        body: Any = None
        if self.reads_body:
            container: Any = state.get("_container")
            if container.__class__ is not list or len(container) != 1:
                return False
            body = container[0]
            if body.__class__ is not bytes:
                return False
        if built:
            if not self.built_quiet.hold(_CODES[owner], request, store, body, length):
                return False
        elif not self.plain_quiet.hold(response.status_code, request, store, body, length):
            return False
        if self.json and not _no_json(response, store, body, json_limit, built, dumps):
            return False
        if not built and self.head and not self._head_seen(response, store, length):
            return False
        return request is None or not self.declaration or self._declares_nothing(response, request)

    def sent_clean(
        self,
        response: HttpResponseBase,
        request: HttpRequest,
        json_limit: int | None,
        made: list[object],
    ) -> bool:
        """`is_clean` with ``dumps``, for a response whose content is still ``made``, the
        view's one chunk, as log mode asks once the response has been sent: a response
        like one told clean before (the same class, status, header fields but their
        length, view and method) is told by one lookup and what its length, JSON and
        declaration leave to test; another is told by `is_clean` and remembered.

        Examples:
            >>> from django.http import HttpResponse
            >>> from django.test import RequestFactory
            >>> response = HttpResponse(b"hi", headers={"Content-Length": "3"})
            >>> ENGINE.sent_clean(response, RequestFactory().get("/"), None, response._container)
            False
        """
        state: dict[str, Any] = response.__dict__
        owner = response.__class__
        try:
            headers: Any = state["headers"]
            store: Any = headers._store
            length: Any = store.get("content-length")
            match: Any = request.resolver_match
            view: object = None if match is None else match.func
            fields: Any = store.values()
            if length is not None:
                fields = [*fields]
                fields.remove(length)  # found by identity, cheaper than a copy of the store
            code: object = _CODES.get(owner)  # a fixed status, without its descriptor
            key = (
                owner,
                headers.__class__,
                response.status_code if code is None else code,
                state.get("_reason_phrase"),
                view,
                request.method,
                json_limit,
                *fields,
            )
            repeat = self.repeats.get(key) if store.__class__ is dict else None
        except Exception:  # no Django store, a value no string, an unhashable view
            return self.is_clean(response, request, json_limit, True)
        if repeat is None:
            return self._first(key, response, request, json_limit, made)
        body: Any = made[0] if len(made) == 1 else None
        if (
            body.__class__ is not bytes
            or (length is not None and not repeat.length_holds(length, body))
            or (
                repeat.declaration is not _ANY
                and DECLARATIONS.get((view, request.method), UNKNOWN) is not repeat.declaration
            )
            or (repeat.json and not repeat.json_holds(response, body, json_limit))
        ):
            return self.is_clean(response, request, json_limit, True)
        return True

    def _first(
        self,
        key: tuple[Any, ...],
        response: HttpResponseBase,
        request: HttpRequest,
        json_limit: int | None,
        made: list[object],
    ) -> bool:
        """`is_clean` for a response like none remembered; remembered if clean."""
        if not self.is_clean(response, request, json_limit, True):
            return False
        if len(self.repeats) < 1024 and len(made) == 1:
            self._remember(key, response, request, json_limit)
        return True

    def _remember(
        self,
        key: tuple[Any, ...],
        response: HttpResponseBase,
        request: HttpRequest,
        json_limit: int | None,
    ) -> None:
        """Remember ``response``, told clean, under ``key`` with what is left to test on
        each response alike (nothing where that cannot be told in a few operations)."""
        if request.method == "HEAD":  # its length may be the GET's: left to is_clean
            return
        declaration: object = _ANY
        if self.declaration:
            declaration = DECLARATIONS.get((key[4], key[5]), UNKNOWN)
            if declaration is UNKNOWN:
                return
        quiet = self.built_quiet if built_here(response) else self.plain_quiet
        json = _Repeat.NO_JSON
        if self.json and json_limit != -1 and is_json_type(response):
            if built_here(response) and serialized_here(response):
                json = _Repeat.SERIALIZED
            elif type(response) is JsonResponse and not is_problem_type(media_type_of(response)):
                json = _Repeat.DUMPED
            else:
                return  # a JSON text to parse on each response
        self.repeats[key] = _Repeat(declaration, quiet.is_body, quiet.digits, json)

    def _head_seen(
        self, response: HttpResponseBase, store: dict[str, Any], length: object
    ) -> bool:
        """The head of a response not built here, its length apart, found clean before."""
        code: Any = response.status_code
        if code.__class__ is not int:
            return False
        fields: Any = store.values()
        if length is not None:
            fields = [*fields]
            fields.remove(length)  # found by identity, cheaper than a copy of the store
        try:
            reason = response.__dict__.get("_reason_phrase")
            return (type(response), code, reason, *fields) in self.clean_heads
        except TypeError:  # a value that is no string, put there past Django's checks
            return False

    def _declares_nothing(self, response: HttpResponseBase, request: HttpRequest) -> bool:
        """No finding of the declaration's checks: the view declares nothing (one lookup
        for the commonest answer), or they find nothing."""
        try:
            match: Any = request.resolver_match
            if match is None or DECLARATIONS.get((match.func, request.method), UNKNOWN) is None:
                return True
        except Exception:  # a match without a view, an unhashable view: the full lookup
            pass
        return not any(_found(check, response, request, None) for check in self.declaration)

    def check_within(
        self, response: HttpResponseBase, request: HttpRequest | None, json_limit: int | None
    ) -> list[Finding]:
        """`check_response`, with JSON bodies above ``json_limit`` bytes left unparsed
        (``None``: no limit; -1: none parsed), as the ``"log"`` mode of
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
            request = request_of(response)
        code = cast("object", response.status_code)  # what was set, whatever its type
        if not isinstance(code, int):  # an int subclass (an HTTPStatus member) is a status code
            return [_not_a_status(code)]
        if self.is_clean(response, request, json_limit):
            return []
        if built_here(response):
            checks: Iterable[Check] = self.unkept
            findings: list[Finding] = []
        else:
            checks = (check for check in self.checks if check not in self.head)
            findings = self._head_findings(response)
        skipped = self._nothing_to_read(response, request, json_limit)
        for check in checks:
            if check not in skipped:
                findings.extend(check.find(response, request, json_limit))
        return findings

    def _nothing_to_read(
        self, response: HttpResponseBase, request: HttpRequest | None, json_limit: int | None
    ) -> tuple[Check, ...]:
        """The checks that have nothing to read on ``response``: those of JSON without a
        JSON text to parse, those of a declaration where the view declares none."""
        skipped: tuple[Check, ...] = ()
        if self.json and not _json_to_read(response, json_limit):
            skipped += self.json
        if self.declaration and (request is None or declared(request) is None):
            skipped += self.declaration
        return skipped

    def _head_findings(self, response: HttpResponseBase) -> list[Finding]:
        """The head checks on a response not built here, its head but its length looked
        up among those found clean before; the length on its own."""
        key = _head_key(response)
        length = _length_field(response)
        head: list[Finding] = []
        if key is None or key not in self.clean_heads:
            fields = None if length is None else _fields_but_length(response)
            for check in self.head:
                if fields is not None and check.fields is not None:
                    head.extend(check.fields(response, fields))
                else:
                    head.extend(check.find(response, None, None))
            if not head and key is not None and len(self.clean_heads) < 1024:
                self.clean_heads[key] = None
        if length is not None:
            for check in self.length:
                head.extend(cast("Any", check.fields)(response, [length]))
        return head

    def check_content(self, response: HttpResponseBase, json_limit: int | None) -> list[Finding]:
        """The JSON checks alone, on the content as it is now (``json_limit`` as for
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
        if not self.json or not is_json_type(response):
            return []
        code = cast("object", response.status_code)
        if not isinstance(code, int) or code in BODILESS or code < 200:
            return []
        body = body_of(response)
        if body is None or (json_limit is not None and len(body) > json_limit):
            return []
        if built_here(response) and serialized_here(response):
            return []
        if _dumped_by_django(response, body):
            return []
        return [found for check in self.json for found in check.find(response, None, json_limit)]

    def check_changes(
        self,
        response: HttpResponseBase,
        request: HttpRequest | None,
        before: Snapshot,
        seen: list[Finding],
    ) -> list[Finding]:
        """What `check_within` would find anew since ``before`` (the other middleware's
        headers, content they replaced) and is not in ``seen``, without parsing the
        content: the head checks (on the fields that changed, for those that read each
        field alone) and the checks of the content. The close-time pass of
        `ResponseChecksMiddleware` in ``"raise"`` mode.

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
        changed = [pair for lower, pair in store.items() if headers.get(lower) != pair]
        findings = self._changed_head(response, code, changed, seen)
        for check in self.content:
            findings.extend(check.find(response, request, -1))
        return [finding for finding in findings if finding not in seen]

    def _changed_head(
        self,
        response: HttpResponseBase,
        code: int,
        changed: list[tuple[str, str]],
        seen: list[Finding],
    ) -> list[Finding]:
        """The head checks on a head that changed: the length alone where the rest was
        found clean before; every field where the status changed; else the fields that
        changed, for the checks that read each field alone, and the others whole."""
        key = _head_key(response)
        if key is not None and key in self.clean_heads:
            length = _length_field(response)
            if length is None:
                return []
            return [
                f for check in self.length for f in cast("Any", check.fields)(response, [length])
            ]
        built = built_here(response)
        findings: list[Finding] = []
        for check in self.head:
            if built and check.kept_by_classes:
                continue
            if check.fields is not None and response.status_code == code:
                findings.extend(check.fields(response, changed))
            else:
                findings.extend(check.find(response, None, None))
        # A clean head, with clean changes: the whole head is clean (its length apart).
        if not (findings or seen or built) and key is not None and len(self.clean_heads) < 1024:
            self.clean_heads[key] = None
        return findings


_ANY: Final[object] = object()
"""The ``declaration`` of a `_Repeat` of an engine without checks of a declaration."""


class _Repeat:
    """What is left to test on a response like one `Engine.is_clean` told clean: its
    length (``is_body``, ``digits`` as in `_Conditions`), its JSON (``json``), and that
    the view's declaration is still ``declaration``."""

    NO_JSON: Final = 0
    SERIALIZED: Final = 1
    """A JSON twin's content, as its class serialized it."""
    DUMPED: Final = 2
    """A ``JsonResponse``'s ``json.dumps`` output, without NaN or Infinity."""

    __slots__ = ("declaration", "digits", "is_body", "json")
    declaration: object
    is_body: bool
    digits: bool
    json: int

    def __init__(self, declaration: object, is_body: bool, digits: bool, json: int) -> None:
        self.declaration = declaration
        self.is_body = is_body
        self.digits = digits
        self.json = json

    def length_holds(self, length: Any, body: bytes) -> bool:
        """Whether the ``Content-Length`` field ``length`` meets the conditions."""
        if length.__class__ is not tuple or len(length) != 2:
            return False
        value: object = length[1]
        if self.is_body:
            return value == str(len(body))
        return not self.digits or (type(value) is str and value.isdigit() and value.isascii())

    def json_holds(self, response: HttpResponseBase, body: bytes, json_limit: int | None) -> bool:
        """Whether the content ``body`` needs no parse: over the limit, or a serializer's."""
        if json_limit is not None and len(body) > json_limit:
            return True
        if self.json == _Repeat.SERIALIZED:
            return serialized_here(response)
        return 78 not in body and 73 not in body  # no N nor I: as `_dumped`


class _Conditions:
    """The `Quiet` conditions of some checks, joined: all must hold (``never``: one check
    has none, so they never do)."""

    __slots__ = ("digits", "is_body", "needed", "never", "statuses")
    never: bool
    statuses: frozenset[int] | None
    is_body: bool
    digits: bool
    needed: bool

    def __init__(
        self, never: bool, statuses: frozenset[int] | None, flags: tuple[bool, ...]
    ) -> None:
        self.never = never
        self.statuses = statuses
        self.is_body, self.digits, self.needed = flags

    @classmethod
    def of(cls, checks: list[Check]) -> _Conditions:
        """The conditions of ``checks``, joined."""
        statuses: frozenset[int] | None = None
        for quiet in (check.quiet for check in checks if check.quiet is not None):
            if quiet.statuses is not None:
                statuses = quiet.statuses if statuses is None else statuses & quiet.statuses
        quiets = [check.quiet for check in checks]
        flags = tuple(
            any(getattr(quiet, name) for quiet in quiets if quiet is not None)
            for name in ("length_is_body", "length_digits", "has_needed")
        )
        if flags[0]:  # a length that is the content's, as str() writes it, is digits
            flags = (True, False, flags[2])
        return cls(None in quiets, statuses, flags)

    def hold(
        self,
        code: Any,
        request: HttpRequest | None,
        store: dict[str, Any],
        body: Any,
        length: Any,
    ) -> bool:
        """Whether every condition holds for a response of status ``code``."""
        if self.never:
            return False
        if self.statuses is not None and code not in self.statuses:
            return False
        if length is not None and (self.is_body or self.digits):
            if length.__class__ is not tuple or len(length) != 2:
                return False
            value: Any = length[1]
            if self.is_body and (
                value != str(len(body)) or (request is not None and request.method == "HEAD")
            ):
                return False
            if self.digits and not (
                value.__class__ is str and value.isdigit() and value.isascii()
            ):
                return False
        if self.needed:
            needed = NEEDED_LOWER.get(code)
            return (needed is None or needed in store) and "upgrade" not in store
        return True


def _json_to_read(response: HttpResponseBase, json_limit: int | None) -> bool:
    """Whether a check of `Scope.JSON` has a JSON text to read: content in memory, within
    ``json_limit`` bytes, of a JSON media type, on a status with content."""
    code = response.status_code
    if code in BODILESS or 100 <= code < 200 or not is_json_type(response):
        return False
    body = body_of(response)
    return body is not None and (json_limit is None or len(body) <= json_limit)


def _length_apart(check: Check) -> bool:
    """Whether a head check can be remembered for a head its length apart: it does not
    read ``Content-Length``, or it can read that field alone."""
    return Scope.LENGTH not in check.reads or check.fields is not None


def _found(check: Check, response: HttpResponseBase, request: HttpRequest, limit: Any) -> bool:
    return any(True for _ in check.find(response, request, limit))


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


def _dumped(owner: type, content_type: str, body: bytes) -> bool:
    """Whether ``body`` is a Django ``JsonResponse``'s own ``json.dumps`` output with no
    NaN or Infinity in it (problem details apart, parsed for their status member)."""
    return (
        owner is JsonResponse
        and MEDIA_TYPES.get(content_type, PROBLEM_CONTENT_TYPE) != PROBLEM_CONTENT_TYPE
        and 78 not in body  # no N (a byte found by memchr, cheaper than find)
        and 73 not in body  # nor I
    )


def _no_json(
    response: HttpResponseBase,
    store: dict[str, Any],
    body: bytes,
    json_limit: int | None,
    built: bool,
    dumps: bool,
) -> bool:
    """No JSON for `is_clean` to parse: none within ``json_limit``, or only a serializer's
    own (a twin's when ``built``; with ``dumps``, a ``JsonResponse``'s)."""
    if json_limit == -1 or (json_limit is not None and len(body) > json_limit):
        return True
    pair: Any = store.get("content-type")
    content_type = ""
    parse: bool | None = None
    if pair.__class__ is tuple and len(pair) == 2 and pair[1].__class__ is str:
        content_type = pair[1]
        parse = JSON_TYPES.get(content_type)
    if parse is None or not content_type:
        parse = is_json_type(response)
    if not parse:
        return True
    if built:
        return serialized_here(response)
    return dumps and _dumped(type(response), content_type, body)


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
        and type(response).content is CONTENT_PROPERTY
        and not is_problem_type(media_type_of(response))
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


ENGINE: Final = Engine(CATALOGUE)
"""The engine of `CATALOGUE`, which `check_response` and the middleware use."""

is_clean: Final = ENGINE.is_clean
sent_clean: Final = ENGINE.sent_clean
check_within: Final = ENGINE.check_within
check_content: Final = ENGINE.check_content
check_changes: Final = ENGINE.check_changes
