"""Raise a response from anywhere: :class:`ImmediateResponse`, :func:`abort` and the middleware.

Django answers only four exceptions on its own (``Http404``,
``PermissionDenied``, ``BadRequest`` and ``SuspiciousOperation``); a response
cannot be raised (``raise HttpResponseForbidden()`` is a ``TypeError``).
Responses stay responses here: :class:`ImmediateResponse` is an exception that
*carries* one, and :class:`ImmediateResponseMiddleware` answers the request
with it. :func:`abort` builds the response of a status from that class's own
arguments and raises it in one call, typed ``NoReturn``::

    abort(429, retry_after=30)                     # HttpResponseTooManyRequests
    abort(404, ProblemDetails(detail="No item 7."))  # JsonResponseNotFound, problem+json
    abort(409, {"error": "taken"}, json=True)      # JsonResponseConflict

:class:`ProblemDetailsMiddleware` does the same and, for clients that prefer
JSON, also answers Django's own four exceptions with problem details
(RFC 9457) instead of Django's HTML pages.
"""

from __future__ import annotations

from http import HTTPStatus
from json import JSONEncoder
from typing import TYPE_CHECKING, Any, Literal, NoReturn, overload

from django.http.response import HttpResponseBase

from ..errors import ResponseValidationError
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails
from ..rfc.statuses import STATUSES, StatusFacts

if TYPE_CHECKING:
    from ..headers.values import (
        Challenges,
        ContentRangeInput,
        PermittedMethods,
        Protocols,
        RetryAfter,
        StrOrPromise,
    )
    from ..responses.base import HeadersInput
    from ..responses.http import Content


def _describe(value: object) -> str:
    """A short ``repr`` of a user's value for an error message."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class ImmediateResponse(Exception):
    """An exception that carries a response: raise it anywhere below a view to answer with it.

    The response is :attr:`response`, any Django ``HttpResponseBase`` (of this
    library or not). :class:`ImmediateResponseMiddleware` (or the Django REST
    framework and django-ninja integrations) answers the request with it. A 1xx
    is refused: it is an interim response, never the answer to a request.

    Example::

        >>> from django_allresponses import HttpResponseForbidden
        >>> try:
        ...     raise ImmediateResponse(HttpResponseForbidden("Not yours."))
        ... except ImmediateResponse as carried:
        ...     print(carried.response.status_code, carried.response.content)
        403 b'Not yours.'
    """

    response: HttpResponseBase
    """The response to answer with."""

    def __init__(self, response: HttpResponseBase) -> None:
        if not isinstance(response, HttpResponseBase):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ResponseValidationError(
                f"ImmediateResponse: response={_describe(response)} is not a Django response; "
                "expected an HttpResponseBase such as HttpResponseForbidden()",
                argument="response",
            )
        if response.status_code < 200:
            raise ResponseValidationError(
                f"ImmediateResponse: {type(response).__name__} ({response.status_code} "
                f"{response.reason_phrase}) is an interim response (RFC 9110, Section 15.2) "
                "and cannot answer a request; carry a status of 200 or above",
                response_class=type(response).__name__,
                argument="response",
            )
        super().__init__(response)
        self.response = response


def _facts(status: object) -> StatusFacts:
    """The facts of ``status``, if :func:`abort` can answer with it."""
    if isinstance(status, bool) or not isinstance(status, int):
        raise ResponseValidationError(
            f"abort: status={_describe(status)} is not a status code; "
            "expected an int or HTTPStatus such as 404",
            argument="status",
        )
    facts = STATUSES.get(int(status))
    if facts is None:
        raise ResponseValidationError(
            f"abort: {int(status)} is not an assigned HTTP status code; "
            "expected one of the codes in the IANA registry (django_allresponses.STATUSES)",
            argument="status",
        )
    if facts.code < 200:
        raise ResponseValidationError(
            f"abort: {facts.code} {facts.phrase} is an interim response (RFC 9110, Section "
            "15.2) and cannot answer a request; abort with a status of 200 or above",
            response_class=f"HttpResponse{facts.name}",
            argument="status",
        )
    if not facts.allows_content:
        raise ResponseValidationError(
            f"abort: {facts.code} {facts.phrase} forbids content and abort answers with "
            f"content; raise ImmediateResponse(HttpResponse{facts.name}()) instead",
            response_class=f"HttpResponse{facts.name}",
            argument="status",
        )
    return facts


# One overload per status that allows content, taking that class's own arguments (and,
# with json=True or a ProblemDetails, its JSON twin's), derived from STATUSES and the
# classes' signatures by the generator named below.
# --- BEGIN generated overloads: python scripts/generate_overloads.py ---
@overload
def abort(
    status: Literal[200, HTTPStatus.OK],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[200, HTTPStatus.OK],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[201, HTTPStatus.CREATED],
    /,
    location: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    content_location: StrOrPromise | None = ...,
    created_document: Content | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[201, HTTPStatus.CREATED],
    /,
    data: object = ...,
    *,
    json: Literal[True],
    location: StrOrPromise,
    content_location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[202, HTTPStatus.ACCEPTED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[202, HTTPStatus.ACCEPTED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[203, HTTPStatus.NON_AUTHORITATIVE_INFORMATION],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[203, HTTPStatus.NON_AUTHORITATIVE_INFORMATION],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[206, HTTPStatus.PARTIAL_CONTENT],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    content_range: ContentRangeInput | None = ...,
    content_location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[206, HTTPStatus.PARTIAL_CONTENT],
    /,
    data: object,
    *,
    json: Literal[True],
    content_range: ContentRangeInput | None = ...,
    content_location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[207, HTTPStatus.MULTI_STATUS],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[207, HTTPStatus.MULTI_STATUS],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[208, HTTPStatus.ALREADY_REPORTED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[208, HTTPStatus.ALREADY_REPORTED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[226, HTTPStatus.IM_USED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[226, HTTPStatus.IM_USED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[300, HTTPStatus.MULTIPLE_CHOICES],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[300, HTTPStatus.MULTIPLE_CHOICES],
    /,
    data: object,
    *,
    json: Literal[True],
    location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[301, HTTPStatus.MOVED_PERMANENTLY],
    /,
    redirect_to: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[301, HTTPStatus.MOVED_PERMANENTLY],
    /,
    data: object,
    *,
    json: Literal[True],
    redirect_to: StrOrPromise,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[302, HTTPStatus.FOUND],
    /,
    redirect_to: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[302, HTTPStatus.FOUND],
    /,
    data: object,
    *,
    json: Literal[True],
    redirect_to: StrOrPromise,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[303, HTTPStatus.SEE_OTHER],
    /,
    redirect_to: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[303, HTTPStatus.SEE_OTHER],
    /,
    data: object,
    *,
    json: Literal[True],
    redirect_to: StrOrPromise,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[305, HTTPStatus.USE_PROXY],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[305, HTTPStatus.USE_PROXY],
    /,
    data: object,
    *,
    json: Literal[True],
    location: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[307, HTTPStatus.TEMPORARY_REDIRECT],
    /,
    redirect_to: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[307, HTTPStatus.TEMPORARY_REDIRECT],
    /,
    data: object,
    *,
    json: Literal[True],
    redirect_to: StrOrPromise,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[308, HTTPStatus.PERMANENT_REDIRECT],
    /,
    redirect_to: StrOrPromise,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[308, HTTPStatus.PERMANENT_REDIRECT],
    /,
    data: object,
    *,
    json: Literal[True],
    redirect_to: StrOrPromise,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[400, HTTPStatus.BAD_REQUEST],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[400, HTTPStatus.BAD_REQUEST],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[400, HTTPStatus.BAD_REQUEST],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[401, HTTPStatus.UNAUTHORIZED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    www_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[401, HTTPStatus.UNAUTHORIZED],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    www_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[401, HTTPStatus.UNAUTHORIZED],
    /,
    data: object,
    *,
    json: Literal[True],
    www_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[402, HTTPStatus.PAYMENT_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[402, HTTPStatus.PAYMENT_REQUIRED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[402, HTTPStatus.PAYMENT_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[403, HTTPStatus.FORBIDDEN],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[403, HTTPStatus.FORBIDDEN],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[403, HTTPStatus.FORBIDDEN],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[404, HTTPStatus.NOT_FOUND],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[404, HTTPStatus.NOT_FOUND],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[404, HTTPStatus.NOT_FOUND],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    permitted_methods: PermittedMethods,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    /,
    permitted_methods: PermittedMethods,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    /,
    data: object = ...,
    *,
    json: Literal[True],
    permitted_methods: PermittedMethods,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[406, HTTPStatus.NOT_ACCEPTABLE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[406, HTTPStatus.NOT_ACCEPTABLE],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[406, HTTPStatus.NOT_ACCEPTABLE],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[407, HTTPStatus.PROXY_AUTHENTICATION_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    proxy_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[407, HTTPStatus.PROXY_AUTHENTICATION_REQUIRED],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    proxy_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[407, HTTPStatus.PROXY_AUTHENTICATION_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    proxy_authenticate: Challenges | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[408, HTTPStatus.REQUEST_TIMEOUT],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[408, HTTPStatus.REQUEST_TIMEOUT],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[408, HTTPStatus.REQUEST_TIMEOUT],
    /,
    data: object,
    *,
    json: Literal[True],
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[409, HTTPStatus.CONFLICT],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[409, HTTPStatus.CONFLICT],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[409, HTTPStatus.CONFLICT],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[410, HTTPStatus.GONE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[410, HTTPStatus.GONE],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[410, HTTPStatus.GONE],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[411, HTTPStatus.LENGTH_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[411, HTTPStatus.LENGTH_REQUIRED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[411, HTTPStatus.LENGTH_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[412, HTTPStatus.PRECONDITION_FAILED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[412, HTTPStatus.PRECONDITION_FAILED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[412, HTTPStatus.PRECONDITION_FAILED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[413, HTTPStatus.REQUEST_ENTITY_TOO_LARGE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[413, HTTPStatus.REQUEST_ENTITY_TOO_LARGE],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[413, HTTPStatus.REQUEST_ENTITY_TOO_LARGE],
    /,
    data: object,
    *,
    json: Literal[True],
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[414, HTTPStatus.REQUEST_URI_TOO_LONG],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[414, HTTPStatus.REQUEST_URI_TOO_LONG],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[414, HTTPStatus.REQUEST_URI_TOO_LONG],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[415, HTTPStatus.UNSUPPORTED_MEDIA_TYPE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[415, HTTPStatus.UNSUPPORTED_MEDIA_TYPE],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[415, HTTPStatus.UNSUPPORTED_MEDIA_TYPE],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[416, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    total_length: int | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[416, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    total_length: int | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[416, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE],
    /,
    data: object,
    *,
    json: Literal[True],
    total_length: int | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[417, HTTPStatus.EXPECTATION_FAILED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[417, HTTPStatus.EXPECTATION_FAILED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[417, HTTPStatus.EXPECTATION_FAILED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[421, HTTPStatus.MISDIRECTED_REQUEST],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[421, HTTPStatus.MISDIRECTED_REQUEST],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[421, HTTPStatus.MISDIRECTED_REQUEST],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[422, HTTPStatus.UNPROCESSABLE_ENTITY],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[422, HTTPStatus.UNPROCESSABLE_ENTITY],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[422, HTTPStatus.UNPROCESSABLE_ENTITY],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[423, HTTPStatus.LOCKED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[423, HTTPStatus.LOCKED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[423, HTTPStatus.LOCKED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[424, HTTPStatus.FAILED_DEPENDENCY],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[424, HTTPStatus.FAILED_DEPENDENCY],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[424, HTTPStatus.FAILED_DEPENDENCY],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[425, HTTPStatus.TOO_EARLY],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[425, HTTPStatus.TOO_EARLY],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[425, HTTPStatus.TOO_EARLY],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[426, HTTPStatus.UPGRADE_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    upgrade: Protocols,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[426, HTTPStatus.UPGRADE_REQUIRED],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    upgrade: Protocols,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[426, HTTPStatus.UPGRADE_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    upgrade: Protocols,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[428, HTTPStatus.PRECONDITION_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[428, HTTPStatus.PRECONDITION_REQUIRED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[428, HTTPStatus.PRECONDITION_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    /,
    data: object,
    *,
    json: Literal[True],
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[431, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[431, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[431, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[451, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    blocked_by: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[451, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    blocked_by: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[451, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS],
    /,
    data: object,
    *,
    json: Literal[True],
    blocked_by: StrOrPromise | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[500, HTTPStatus.INTERNAL_SERVER_ERROR],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[500, HTTPStatus.INTERNAL_SERVER_ERROR],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[500, HTTPStatus.INTERNAL_SERVER_ERROR],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[501, HTTPStatus.NOT_IMPLEMENTED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[501, HTTPStatus.NOT_IMPLEMENTED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[501, HTTPStatus.NOT_IMPLEMENTED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[502, HTTPStatus.BAD_GATEWAY],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[502, HTTPStatus.BAD_GATEWAY],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[502, HTTPStatus.BAD_GATEWAY],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[503, HTTPStatus.SERVICE_UNAVAILABLE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[503, HTTPStatus.SERVICE_UNAVAILABLE],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[503, HTTPStatus.SERVICE_UNAVAILABLE],
    /,
    data: object,
    *,
    json: Literal[True],
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[504, HTTPStatus.GATEWAY_TIMEOUT],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[504, HTTPStatus.GATEWAY_TIMEOUT],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[504, HTTPStatus.GATEWAY_TIMEOUT],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[505, HTTPStatus.HTTP_VERSION_NOT_SUPPORTED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[505, HTTPStatus.HTTP_VERSION_NOT_SUPPORTED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[505, HTTPStatus.HTTP_VERSION_NOT_SUPPORTED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[506, HTTPStatus.VARIANT_ALSO_NEGOTIATES],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[506, HTTPStatus.VARIANT_ALSO_NEGOTIATES],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[506, HTTPStatus.VARIANT_ALSO_NEGOTIATES],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[507, HTTPStatus.INSUFFICIENT_STORAGE],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[507, HTTPStatus.INSUFFICIENT_STORAGE],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[507, HTTPStatus.INSUFFICIENT_STORAGE],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[508, HTTPStatus.LOOP_DETECTED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[508, HTTPStatus.LOOP_DETECTED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[508, HTTPStatus.LOOP_DETECTED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[510, HTTPStatus.NOT_EXTENDED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[510, HTTPStatus.NOT_EXTENDED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[510, HTTPStatus.NOT_EXTENDED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[511, HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[511, HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED],
    /,
    content: object = ...,
    *,
    json: Literal[False] | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ...
@overload
def abort(
    status: Literal[511, HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED],
    /,
    data: object,
    *,
    json: Literal[True],
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
    encoder: type[JSONEncoder] = ...,
    safe: bool = ...,
    json_dumps_params: dict[str, Any] | None = ...,
) -> NoReturn: ...
# --- END generated overloads ---
def abort(
    status: int | HTTPStatus, /, *args: Any, json: bool | None = None, **kwargs: Any
) -> NoReturn:
    """Answer the request with the response of ``status``, from anywhere below the view.

    The other arguments are those of the status's class:
    ``abort(429, retry_after=30)`` raises :class:`ImmediateResponse` carrying
    ``HttpResponseTooManyRequests(retry_after=30)``, and a missing required
    argument is a type error (``abort(201)`` needs a location). With
    ``json=True``, or a :class:`ProblemDetails` as the data, the JSON twin is
    built instead, with the twin's arguments (``abort(404, ProblemDetails())``
    sends ``application/problem+json``). Statuses that forbid content (1xx,
    204, 205, 304) are refused, by the type checker and at run time. The status
    must be a literal for the type checker; for a computed one, raise
    ``ImmediateResponse(response_class(code)(...))``.

    Example::

        >>> try:
        ...     abort(429, retry_after=30)
        ... except ImmediateResponse as carried:
        ...     print(type(carried.response).__name__, carried.response["Retry-After"])
        HttpResponseTooManyRequests 30
        >>> try:
        ...     abort(404, ProblemDetails(detail="No item 7."))
        ... except ImmediateResponse as carried:
        ...     print(carried.response["Content-Type"], carried.response.content.decode())
        application/problem+json {"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}
    """  # noqa: E501
    facts = _facts(status)
    data = args[0] if args else kwargs.get("data")
    if isinstance(data, ProblemDetails):
        if json is False:
            raise ResponseValidationError(
                "abort: a ProblemDetails is sent as application/problem+json by the JSON "
                f"twin JsonResponse{facts.name}; leave json out or pass json=True",
                response_class=f"JsonResponse{facts.name}",
                argument="json",
            )
        json = True
    raise ImmediateResponse(response_class(facts.code, json=bool(json))(*args, **kwargs))
