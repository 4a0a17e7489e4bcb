"""The overloads of ``abort``, for type checkers only.

Written by ``scripts/generate_overloads.py`` from ``STATUSES`` and the classes'
signatures; ``abort.py`` imports this stub under ``TYPE_CHECKING``. A test fails
when it is stale: regenerate, never edit by hand.
"""

from http import HTTPStatus
from json import JSONEncoder
from typing import Any, Literal, NoReturn, overload

from typing_extensions import deprecated

from ..headers.values import (
    Challenges,
    ContentRangeInput,
    PermittedMethods,
    Protocols,
    RetryAfter,
    StrOrPromise,
)
from ..responses.base import HeadersInput, StatusResponse
from ..responses.http import Content
from ..responses.json import StatusJsonResponse
from ..responses.problems import ProblemDetails
from ..responses.streams import StreamResponse

# One overload per status that allows content, taking that class's own arguments (and,
# with json=True or a ProblemDetails, its JSON twin's).
# --- BEGIN generated overloads: python scripts/generate_overloads.py ---
@overload
def abort(
    response: StatusResponse | StatusJsonResponse[Any] | StreamResponse[Any], /
) -> NoReturn: ...
@overload
@deprecated(
    "abort(status, ProblemDetails(), json=False): a ProblemDetails is sent as "
    "application/problem+json by the JSON twin; leave json out"
)
def abort(
    status: int | HTTPStatus,
    data: ProblemDetails,
    /,
    json: Literal[False],
    **kwargs: object,
) -> NoReturn: ...
@overload
@deprecated(
    "abort(status, ProblemDetails()): a ProblemDetails describes an error "
    "(RFC 9457); abort with a 4xx or 5xx status"
)
def abort(
    status: Literal[
        200,
        HTTPStatus.OK,
        201,
        HTTPStatus.CREATED,
        202,
        HTTPStatus.ACCEPTED,
        203,
        HTTPStatus.NON_AUTHORITATIVE_INFORMATION,
        206,
        HTTPStatus.PARTIAL_CONTENT,
        207,
        HTTPStatus.MULTI_STATUS,
        208,
        HTTPStatus.ALREADY_REPORTED,
        226,
        HTTPStatus.IM_USED,
        300,
        HTTPStatus.MULTIPLE_CHOICES,
        301,
        HTTPStatus.MOVED_PERMANENTLY,
        302,
        HTTPStatus.FOUND,
        303,
        HTTPStatus.SEE_OTHER,
        305,
        HTTPStatus.USE_PROXY,
        307,
        HTTPStatus.TEMPORARY_REDIRECT,
        308,
        HTTPStatus.PERMANENT_REDIRECT,
    ],
    data: ProblemDetails,
    /,
    *args: object,
    **kwargs: object,
) -> NoReturn: ...
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
