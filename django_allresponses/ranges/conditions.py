"""Conditional requests: preconditions answered with 304, 412 or 428 (RFC 9110, Section 13).

`evaluate_preconditions` reads ``If-Match``, ``If-None-Match``,
``If-Unmodified-Since`` and ``If-Modified-Since`` in the order of RFC 9110,
Section 13.2.2, against the validators of the selected representation, and
returns the response that ends the request, or ``None`` to go on.
`conditional` is the same as a decorator for function views, Django
class-based view methods and Django REST framework ``APIView`` methods.

Examples:
    >>> from datetime import datetime, UTC
    >>> from django.test import RequestFactory
    >>> request = RequestFactory().get("/", headers={"If-None-Match": 'W/"v1"'})
    >>> evaluate_preconditions(request, etag='"v1"').status_code
    304
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any, Concatenate, Final, ParamSpec, Protocol, TypeVar, cast, overload

from asgiref.sync import markcoroutinefunction
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags, parse_http_date_safe, quote_etag

from ..errors import ResponseValidationError
from ..responses.http import (
    HttpResponseNotModified,
    HttpResponsePreconditionFailed,
    HttpResponsePreconditionRequired,
)

__all__ = ["PreconditionResponse", "ViewDecorator", "conditional", "evaluate_preconditions"]

P = ParamSpec("P")
S = TypeVar("S")

PreconditionResponse = (
    HttpResponseNotModified | HttpResponsePreconditionFailed | HttpResponsePreconditionRequired
)
"""What `evaluate_preconditions` answers instead of going on."""

SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
"""RFC 9110, Section 9.2.1."""

UNCONDITIONAL_METHODS: Final = frozenset({"CONNECT", "OPTIONS", "TRACE"})
"""Methods that select no representation: their preconditions are ignored (Section 13.2.1)."""

_ENTITY_TAG = re.compile(r'(?:W/)?"[\x21\x23-\x7e\x80-\xff]*"')
"""``entity-tag`` of RFC 9110, Section 8.8.3."""


def entity_tag(value: str, *, function: str, argument: str = "etag") -> str:
    """``value`` as an ``entity-tag``: bare opaque tags are quoted, anything else is refused.

    Examples:
        >>> entity_tag("v1", function="serve_file")
        '"v1"'
        >>> entity_tag('W/"v1"', function="serve_file")
        'W/"v1"'
    """
    tag = _as_text(value)
    if tag is not None:
        tag = quote_etag(tag)
    if tag is None or not _ENTITY_TAG.fullmatch(tag):
        raise ResponseValidationError(
            f"{function}: invalid {argument}={value!r}: expected an entity-tag such as "
            "'\"v1\"' or 'W/\"v1\"', or a bare tag without quotes, spaces or control "
            "characters (RFC 9110, Section 8.8.3)",
            argument=argument,
        )
    return tag


def _as_text(value: object) -> str | None:
    """``value`` if it is a string: callers may not be type-checked."""
    return value if isinstance(value, str) else None


def _is_datetime(value: object) -> bool:
    return isinstance(value, datetime)


def timestamp(value: datetime, *, function: str, argument: str = "last_modified") -> int:
    """Whole seconds since the epoch of ``value`` (naive means UTC), as HTTP dates count.

    Examples:
        >>> timestamp(datetime(2024, 1, 1), function="serve_file")
        1704067200
    """
    if not _is_datetime(value):
        raise ResponseValidationError(
            f"{function}: invalid {argument}={value!r}: expected a datetime (naive means UTC)",
            argument=argument,
        )
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp())


def _opaque(tag: str) -> str:
    return tag.removeprefix("W/")


def strong_match(current: str | None, tags: list[str]) -> bool:
    """Strong comparison (Section 8.8.3.2): neither tag weak, same opaque tag.

    Examples:
        >>> strong_match('"v1"', ['"v1"']), strong_match('"v1"', ['W/"v1"'])
        (True, False)
    """
    if current is None or current.startswith("W/"):
        return False
    return any(tag == current for tag in tags)


def weak_match(current: str | None, tags: list[str]) -> bool:
    """Weak comparison (Section 8.8.3.2): same opaque tag, either may be weak.

    Examples:
        >>> weak_match('"v1"', ['W/"v1"']), weak_match('"v1"', ['"v2"'])
        (True, False)
    """
    if current is None:
        return False
    return any(_opaque(tag) == _opaque(current) for tag in tags)


def evaluate_preconditions(
    request: HttpRequest,
    *,
    etag: str | None = None,
    last_modified: datetime | None = None,
    exists: bool = True,
    require_if_match: bool = False,
) -> PreconditionResponse | None:
    """Evaluate the request's preconditions (RFC 9110, Section 13.2.2) against the validators.

    ``etag`` is the selected representation's entity-tag (``'"v1"'``,
    ``'W/"v1"'``, or a bare ``v1``, quoted for you), ``last_modified`` its
    modification date (naive means UTC), ``exists`` whether there is a
    current representation at all (``If-Match: *`` and ``If-None-Match: *``
    test it). The steps:

    1. ``If-Match``: none matches by strong comparison: **412**.
    2. Otherwise ``If-Unmodified-Since`` (a valid date, and ``last_modified``
       known): modified after it: **412**.
    3. ``If-None-Match``: one matches by weak comparison: **304** for GET and
       HEAD, **412** for other methods.
    4. Otherwise, for GET and HEAD, ``If-Modified-Since`` (a valid date, and
       ``last_modified`` known): not modified since: **304**.

    A 304 carries ``ETag``, or ``Last-Modified`` when there is no ETag
    (Section 15.4.5). Requests with CONNECT, OPTIONS and TRACE are never
    conditional (Section 13.2.1). With ``require_if_match=True``, an unsafe
    request (not GET, HEAD, OPTIONS or TRACE) to an existing resource
    without ``If-Match`` is answered **428** (RFC 6585, Section 3).
    ``None`` means: go on and answer the request.

    Examples:
        >>> from django.test import RequestFactory
        >>> factory = RequestFactory()
        >>> evaluate_preconditions(factory.get("/"), etag='"v2"') is None
        True
        >>> stale = factory.put("/", headers={"If-Match": '"v1"'})
        >>> evaluate_preconditions(stale, etag='"v2"').status_code
        412
        >>> unconditional = factory.delete("/")
        >>> evaluate_preconditions(unconditional, etag='"v2"', require_if_match=True).status_code
        428
        >>> date = "Mon, 01 Jan 2024 00:00:00 GMT"
        >>> since = factory.get("/", headers={"If-Modified-Since": date})
        >>> evaluate_preconditions(since, last_modified=datetime(2024, 1, 1))["Last-Modified"]
        'Mon, 01 Jan 2024 00:00:00 GMT'
    """
    current = None if etag is None else entity_tag(etag, function="evaluate_preconditions")
    modified = (
        None
        if last_modified is None
        else timestamp(last_modified, function="evaluate_preconditions")
    )
    method = (request.method or "GET").upper()
    if method in UNCONDITIONAL_METHODS:
        return None
    headers = request.headers
    if_match = headers.get("If-Match")
    if require_if_match and exists and method not in SAFE_METHODS and if_match is None:
        return HttpResponsePreconditionRequired(
            b"This request must be conditional: send If-Match with the current ETag.\n",
            content_type="text/plain; charset=utf-8",
        )
    if if_match is not None:
        tags = parse_etags(if_match)
        if not (exists if tags == ["*"] else strong_match(current, tags)):
            return _failed(
                request,
                "If-Match: there is no current representation"
                if tags == ["*"]
                else "If-Match: no entity-tag given matches the current one (strong comparison)",
            )
    elif (
        if_unmodified := headers.get("If-Unmodified-Since")
    ) is not None and modified is not None:
        date = parse_http_date_safe(if_unmodified)
        if date is not None and modified > date:
            return _failed(request, "If-Unmodified-Since: the resource was modified since then")
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = parse_etags(if_none_match)
        if exists if tags == ["*"] else weak_match(current, tags):
            if method in ("GET", "HEAD"):
                return _not_modified(current, modified)
            found = (
                "a current representation exists"
                if tags == ["*"]
                else "an entity-tag given matches the current one"
            )
            return _failed(request, f"If-None-Match: {found}, and {method} is not GET or HEAD")
    elif (
        method in ("GET", "HEAD")
        and (if_modified := headers.get("If-Modified-Since")) is not None
        and modified is not None
    ):
        date = parse_http_date_safe(if_modified)
        if date is not None and modified <= date:
            return _not_modified(current, modified)
    return None


def _failed(request: HttpRequest, condition: str) -> HttpResponsePreconditionFailed:
    """A 412 that says which condition failed (RFC 9110, Section 15.5.13 asks for it).

    Plain text, or problem details (RFC 9457) for a client that prefers JSON
    (`prefers_json`); either
    way it varies by ``Accept``.

    Examples:
        >>> from django.test import RequestFactory
        >>> response = _failed(RequestFactory().put("/"), "If-Match: no match")
        >>> response["Content-Type"], response.content
        ('text/plain; charset=utf-8', b'Precondition Failed. If-Match: no match.\\n')
    """
    from ..immediate.middleware import prefers_json

    if prefers_json(request):
        from ..responses.json import JsonResponsePreconditionFailed
        from ..responses.problems import PROBLEM_CONTENT_TYPE, ProblemDetails

        problem = JsonResponsePreconditionFailed(ProblemDetails(detail=f"{condition}."))
        response = HttpResponsePreconditionFailed(
            problem.content, content_type=PROBLEM_CONTENT_TYPE
        )
    else:
        response = HttpResponsePreconditionFailed(
            f"Precondition Failed. {condition}.\n", content_type="text/plain; charset=utf-8"
        )
    patch_vary_headers(response, ["Accept"])
    return response


def _not_modified(etag: str | None, modified: int | None) -> HttpResponseNotModified:
    """A 304 with the validator the 200 would have had (Section 15.4.5)."""
    if etag is not None:
        return HttpResponseNotModified(headers={"ETag": etag})
    if modified is not None:
        return HttpResponseNotModified(headers={"Last-Modified": http_date(modified)})
    return HttpResponseNotModified()


def _find_request(arguments: tuple[object, ...]) -> HttpRequest:
    """The request among a view's arguments: Django's, or the one a DRF ``Request`` wraps."""
    for argument in arguments:
        if isinstance(argument, HttpRequest):
            return argument
        wrapped = getattr(argument, "_request", None)
        if isinstance(wrapped, HttpRequest):
            return wrapped
    raise TypeError("conditional: the decorated view was called without a request")


class ViewDecorator(Protocol[P]):
    """What `conditional` returns: a decorator for synchronous and ``async`` views,
    functions and methods alike, that keeps the view's parameters (a method stays a
    method, an ``async`` view stays ``async``) and answers with any response.

    ``P`` is what the ``etag`` and ``last_modified`` functions take after their first
    parameter (the request for a function view, the view itself for a method): the
    view must take the same, so that a function that cannot be called with the
    view's arguments is refused by type checkers where the view is decorated.

    Examples:
        >>> decorator = conditional(etag=lambda request: '"v1"')
        >>> callable(decorator)
        True
    """

    @overload
    def __call__(
        self, view: Callable[Concatenate[S, P], Coroutine[Any, Any, HttpResponseBase]], /
    ) -> Callable[Concatenate[S, P], Coroutine[Any, Any, HttpResponseBase]]: ...

    @overload
    def __call__(
        self, view: Callable[Concatenate[S, P], HttpResponseBase], /
    ) -> Callable[Concatenate[S, P], HttpResponseBase]: ...


@overload
def conditional(
    *,
    etag: Callable[Concatenate[Any, P], str | None],
    last_modified: Callable[Concatenate[Any, P], datetime | None] | None = None,
    require_if_match: bool = False,
) -> ViewDecorator[P]: ...


@overload
def conditional(
    *,
    etag: None = None,
    last_modified: Callable[Concatenate[Any, P], datetime | None],
    require_if_match: bool = False,
) -> ViewDecorator[P]: ...


@overload
def conditional(
    *, etag: None = None, last_modified: None = None, require_if_match: bool = False
) -> ViewDecorator[...]: ...


def conditional(
    *,
    etag: Callable[..., str | None] | None = None,
    last_modified: Callable[..., datetime | None] | None = None,
    require_if_match: bool = False,
) -> ViewDecorator[...]:
    """Decorate a view so that `evaluate_preconditions` answers before it runs.

    ``etag`` and ``last_modified`` are called with the view's own arguments
    (``request, *args, **kwargs`` for a function view; ``self, request, ...``
    for a method of a class-based view or a DRF ``APIView``) and return the
    current validators, or ``None``. When the functions given all return
    ``None`` the resource is taken not to exist (``If-Match: *`` fails,
    ``If-None-Match: *`` passes). A GET or HEAD that the view answers with a
    2xx gets ``ETag`` and ``Last-Modified`` when it has none.
    ``require_if_match=True`` answers unsafe requests without ``If-Match``
    with 428. ``async`` views stay ``async`` (the functions are called
    synchronously, before the view). Type checkers refuse a function whose
    parameters after the first are not the view's (``slug`` for a view of
    ``pk``, or ``request`` alone for a view that takes more), where the view is
    decorated.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django_allresponses import HttpResponseOK
        >>> @conditional(etag=lambda request: '"v1"')
        ... def page(request):
        ...     return HttpResponseOK(b"hello")
        >>> page(RequestFactory().get("/", headers={"If-None-Match": '"v1"'})).status_code
        304
        >>> page(RequestFactory().get("/"))["ETag"]
        '"v1"'
    """

    def before(
        args: tuple[object, ...], current: str | None, modified: datetime | None
    ) -> tuple[HttpRequest, PreconditionResponse | None]:
        request = _find_request(args)
        answered = evaluate_preconditions(
            request,
            etag=current,
            last_modified=modified,
            exists=(etag is None and last_modified is None)
            or current is not None
            or modified is not None,
            require_if_match=require_if_match,
        )
        return request, answered

    def after(
        request: HttpRequest,
        response: HttpResponseBase,
        current: str | None,
        modified: datetime | None,
    ) -> HttpResponseBase:
        if request.method in ("GET", "HEAD") and 200 <= response.status_code < 300:
            if current is not None and not response.has_header("ETag"):
                response["ETag"] = entity_tag(current, function="conditional")
            if modified is not None and not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(timestamp(modified, function="conditional"))
        return response

    def decorate(
        view: Callable[P, HttpResponseBase] | Callable[P, Coroutine[Any, Any, HttpResponseBase]],
    ) -> Callable[P, HttpResponseBase] | Callable[P, Coroutine[Any, Any, HttpResponseBase]]:
        if inspect.iscoroutinefunction(view):
            asynchronous = cast(Callable[P, Coroutine[Any, Any, HttpResponseBase]], view)

            @functools.wraps(view)
            async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
                current = etag(*args, **kwargs) if etag is not None else None
                modified = last_modified(*args, **kwargs) if last_modified is not None else None
                request, answered = before(args, current, modified)
                if answered is not None:
                    return answered
                return after(request, await asynchronous(*args, **kwargs), current, modified)

            return markcoroutinefunction(async_wrapper)

        synchronous = cast(Callable[P, HttpResponseBase], view)

        @functools.wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
            current = etag(*args, **kwargs) if etag is not None else None
            modified = last_modified(*args, **kwargs) if last_modified is not None else None
            request, answered = before(args, current, modified)
            if answered is not None:
                return answered
            return after(request, synchronous(*args, **kwargs), current, modified)

        return wrapper

    return cast("ViewDecorator[...]", decorate)
