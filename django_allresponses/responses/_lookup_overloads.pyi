"""The overloads of ``response_class``, for type checkers only.

Written by ``scripts/generate_overloads.py`` from ``STATUSES`` and the class
registries; ``lookup.py`` imports this stub under ``TYPE_CHECKING``. A test
fails when it is stale: regenerate, never edit by hand.
"""

from http import HTTPStatus
from typing import Literal, NoReturn, overload

from typing_extensions import deprecated

from . import http as responses
from . import json as jsonresponses
from .base import StatusResponse
from .json import StatusJsonResponse

# One overload per status (and per JSON twin), so that ``response_class(404)`` is
# ``type[HttpResponseNotFound]``; a code that is not a literal falls through to the
# last three.
# --- BEGIN generated overloads: python scripts/generate_overloads.py ---
@overload
def response_class(
    status: Literal[100, HTTPStatus.CONTINUE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseContinue]: ...
@overload
@deprecated(
    "response_class(100, json=True): 100 Continue forbids content "
    "and has no JSON twin; use response_class(100)"
)
def response_class(
    status: Literal[100, HTTPStatus.CONTINUE],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[101, HTTPStatus.SWITCHING_PROTOCOLS],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseSwitchingProtocols]: ...
@overload
@deprecated(
    "response_class(101, json=True): 101 Switching Protocols forbids content "
    "and has no JSON twin; use response_class(101)"
)
def response_class(
    status: Literal[101, HTTPStatus.SWITCHING_PROTOCOLS],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[102, HTTPStatus.PROCESSING],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseProcessing]: ...
@overload
@deprecated(
    "response_class(102, json=True): 102 Processing forbids content "
    "and has no JSON twin; use response_class(102)"
)
def response_class(
    status: Literal[102, HTTPStatus.PROCESSING],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[103, HTTPStatus.EARLY_HINTS],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseEarlyHints]: ...
@overload
@deprecated(
    "response_class(103, json=True): 103 Early Hints forbids content "
    "and has no JSON twin; use response_class(103)"
)
def response_class(
    status: Literal[103, HTTPStatus.EARLY_HINTS],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[200, HTTPStatus.OK],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseOK]: ...
@overload
def response_class(
    status: Literal[200, HTTPStatus.OK],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseOK]: ...
@overload
def response_class(
    status: Literal[201, HTTPStatus.CREATED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseCreated]: ...
@overload
def response_class(
    status: Literal[201, HTTPStatus.CREATED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseCreated]: ...
@overload
def response_class(
    status: Literal[202, HTTPStatus.ACCEPTED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseAccepted]: ...
@overload
def response_class(
    status: Literal[202, HTTPStatus.ACCEPTED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseAccepted]: ...
@overload
def response_class(
    status: Literal[203, HTTPStatus.NON_AUTHORITATIVE_INFORMATION],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNonAuthoritativeInformation]: ...
@overload
def response_class(
    status: Literal[203, HTTPStatus.NON_AUTHORITATIVE_INFORMATION],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNonAuthoritativeInformation]: ...
@overload
def response_class(
    status: Literal[204, HTTPStatus.NO_CONTENT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNoContent]: ...
@overload
@deprecated(
    "response_class(204, json=True): 204 No Content forbids content "
    "and has no JSON twin; use response_class(204)"
)
def response_class(
    status: Literal[204, HTTPStatus.NO_CONTENT],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[205, HTTPStatus.RESET_CONTENT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseResetContent]: ...
@overload
@deprecated(
    "response_class(205, json=True): 205 Reset Content forbids content "
    "and has no JSON twin; use response_class(205)"
)
def response_class(
    status: Literal[205, HTTPStatus.RESET_CONTENT],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[206, HTTPStatus.PARTIAL_CONTENT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponsePartialContent]: ...
@overload
def response_class(
    status: Literal[206, HTTPStatus.PARTIAL_CONTENT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponsePartialContent]: ...
@overload
def response_class(
    status: Literal[207, HTTPStatus.MULTI_STATUS],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseMultiStatus]: ...
@overload
def response_class(
    status: Literal[207, HTTPStatus.MULTI_STATUS],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseMultiStatus]: ...
@overload
def response_class(
    status: Literal[208, HTTPStatus.ALREADY_REPORTED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseAlreadyReported]: ...
@overload
def response_class(
    status: Literal[208, HTTPStatus.ALREADY_REPORTED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseAlreadyReported]: ...
@overload
def response_class(
    status: Literal[226, HTTPStatus.IM_USED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseImUsed]: ...
@overload
def response_class(
    status: Literal[226, HTTPStatus.IM_USED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseImUsed]: ...
@overload
def response_class(
    status: Literal[300, HTTPStatus.MULTIPLE_CHOICES],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseMultipleChoices]: ...
@overload
def response_class(
    status: Literal[300, HTTPStatus.MULTIPLE_CHOICES],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseMultipleChoices]: ...
@overload
def response_class(
    status: Literal[301, HTTPStatus.MOVED_PERMANENTLY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseMovedPermanently]: ...
@overload
def response_class(
    status: Literal[301, HTTPStatus.MOVED_PERMANENTLY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseMovedPermanently]: ...
@overload
def response_class(
    status: Literal[302, HTTPStatus.FOUND],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseFound]: ...
@overload
def response_class(
    status: Literal[302, HTTPStatus.FOUND],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseFound]: ...
@overload
def response_class(
    status: Literal[303, HTTPStatus.SEE_OTHER],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseSeeOther]: ...
@overload
def response_class(
    status: Literal[303, HTTPStatus.SEE_OTHER],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseSeeOther]: ...
@overload
def response_class(
    status: Literal[304, HTTPStatus.NOT_MODIFIED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotModified]: ...
@overload
@deprecated(
    "response_class(304, json=True): 304 Not Modified forbids content "
    "and has no JSON twin; use response_class(304)"
)
def response_class(
    status: Literal[304, HTTPStatus.NOT_MODIFIED],
    *,
    json: Literal[True],
) -> NoReturn: ...
@overload
def response_class(
    status: Literal[305, HTTPStatus.USE_PROXY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUseProxy]: ...
@overload
def response_class(
    status: Literal[305, HTTPStatus.USE_PROXY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUseProxy]: ...
@overload
def response_class(
    status: Literal[307, HTTPStatus.TEMPORARY_REDIRECT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseTemporaryRedirect]: ...
@overload
def response_class(
    status: Literal[307, HTTPStatus.TEMPORARY_REDIRECT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseTemporaryRedirect]: ...
@overload
def response_class(
    status: Literal[308, HTTPStatus.PERMANENT_REDIRECT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponsePermanentRedirect]: ...
@overload
def response_class(
    status: Literal[308, HTTPStatus.PERMANENT_REDIRECT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponsePermanentRedirect]: ...
@overload
def response_class(
    status: Literal[400, HTTPStatus.BAD_REQUEST],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseBadRequest]: ...
@overload
def response_class(
    status: Literal[400, HTTPStatus.BAD_REQUEST],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseBadRequest]: ...
@overload
def response_class(
    status: Literal[401, HTTPStatus.UNAUTHORIZED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUnauthorized]: ...
@overload
def response_class(
    status: Literal[401, HTTPStatus.UNAUTHORIZED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUnauthorized]: ...
@overload
def response_class(
    status: Literal[402, HTTPStatus.PAYMENT_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponsePaymentRequired]: ...
@overload
def response_class(
    status: Literal[402, HTTPStatus.PAYMENT_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponsePaymentRequired]: ...
@overload
def response_class(
    status: Literal[403, HTTPStatus.FORBIDDEN],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseForbidden]: ...
@overload
def response_class(
    status: Literal[403, HTTPStatus.FORBIDDEN],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseForbidden]: ...
@overload
def response_class(
    status: Literal[404, HTTPStatus.NOT_FOUND],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotFound]: ...
@overload
def response_class(
    status: Literal[404, HTTPStatus.NOT_FOUND],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNotFound]: ...
@overload
def response_class(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotAllowed]: ...
@overload
def response_class(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNotAllowed]: ...
@overload
def response_class(
    status: Literal[406, HTTPStatus.NOT_ACCEPTABLE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotAcceptable]: ...
@overload
def response_class(
    status: Literal[406, HTTPStatus.NOT_ACCEPTABLE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNotAcceptable]: ...
@overload
def response_class(
    status: Literal[407, HTTPStatus.PROXY_AUTHENTICATION_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseProxyAuthenticationRequired]: ...
@overload
def response_class(
    status: Literal[407, HTTPStatus.PROXY_AUTHENTICATION_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseProxyAuthenticationRequired]: ...
@overload
def response_class(
    status: Literal[408, HTTPStatus.REQUEST_TIMEOUT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseRequestTimeout]: ...
@overload
def response_class(
    status: Literal[408, HTTPStatus.REQUEST_TIMEOUT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseRequestTimeout]: ...
@overload
def response_class(
    status: Literal[409, HTTPStatus.CONFLICT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseConflict]: ...
@overload
def response_class(
    status: Literal[409, HTTPStatus.CONFLICT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseConflict]: ...
@overload
def response_class(
    status: Literal[410, HTTPStatus.GONE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseGone]: ...
@overload
def response_class(
    status: Literal[410, HTTPStatus.GONE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseGone]: ...
@overload
def response_class(
    status: Literal[411, HTTPStatus.LENGTH_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseLengthRequired]: ...
@overload
def response_class(
    status: Literal[411, HTTPStatus.LENGTH_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseLengthRequired]: ...
@overload
def response_class(
    status: Literal[412, HTTPStatus.PRECONDITION_FAILED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponsePreconditionFailed]: ...
@overload
def response_class(
    status: Literal[412, HTTPStatus.PRECONDITION_FAILED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponsePreconditionFailed]: ...
@overload
def response_class(
    status: Literal[413, HTTPStatus.REQUEST_ENTITY_TOO_LARGE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseContentTooLarge]: ...
@overload
def response_class(
    status: Literal[413, HTTPStatus.REQUEST_ENTITY_TOO_LARGE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseContentTooLarge]: ...
@overload
def response_class(
    status: Literal[414, HTTPStatus.REQUEST_URI_TOO_LONG],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUriTooLong]: ...
@overload
def response_class(
    status: Literal[414, HTTPStatus.REQUEST_URI_TOO_LONG],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUriTooLong]: ...
@overload
def response_class(
    status: Literal[415, HTTPStatus.UNSUPPORTED_MEDIA_TYPE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUnsupportedMediaType]: ...
@overload
def response_class(
    status: Literal[415, HTTPStatus.UNSUPPORTED_MEDIA_TYPE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUnsupportedMediaType]: ...
@overload
def response_class(
    status: Literal[416, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseRangeNotSatisfiable]: ...
@overload
def response_class(
    status: Literal[416, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseRangeNotSatisfiable]: ...
@overload
def response_class(
    status: Literal[417, HTTPStatus.EXPECTATION_FAILED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseExpectationFailed]: ...
@overload
def response_class(
    status: Literal[417, HTTPStatus.EXPECTATION_FAILED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseExpectationFailed]: ...
@overload
def response_class(
    status: Literal[421, HTTPStatus.MISDIRECTED_REQUEST],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseMisdirectedRequest]: ...
@overload
def response_class(
    status: Literal[421, HTTPStatus.MISDIRECTED_REQUEST],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseMisdirectedRequest]: ...
@overload
def response_class(
    status: Literal[422, HTTPStatus.UNPROCESSABLE_ENTITY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUnprocessableContent]: ...
@overload
def response_class(
    status: Literal[422, HTTPStatus.UNPROCESSABLE_ENTITY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUnprocessableContent]: ...
@overload
def response_class(
    status: Literal[423, HTTPStatus.LOCKED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseLocked]: ...
@overload
def response_class(
    status: Literal[423, HTTPStatus.LOCKED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseLocked]: ...
@overload
def response_class(
    status: Literal[424, HTTPStatus.FAILED_DEPENDENCY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseFailedDependency]: ...
@overload
def response_class(
    status: Literal[424, HTTPStatus.FAILED_DEPENDENCY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseFailedDependency]: ...
@overload
def response_class(
    status: Literal[425, HTTPStatus.TOO_EARLY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseTooEarly]: ...
@overload
def response_class(
    status: Literal[425, HTTPStatus.TOO_EARLY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseTooEarly]: ...
@overload
def response_class(
    status: Literal[426, HTTPStatus.UPGRADE_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUpgradeRequired]: ...
@overload
def response_class(
    status: Literal[426, HTTPStatus.UPGRADE_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUpgradeRequired]: ...
@overload
def response_class(
    status: Literal[428, HTTPStatus.PRECONDITION_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponsePreconditionRequired]: ...
@overload
def response_class(
    status: Literal[428, HTTPStatus.PRECONDITION_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponsePreconditionRequired]: ...
@overload
def response_class(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseTooManyRequests]: ...
@overload
def response_class(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseTooManyRequests]: ...
@overload
def response_class(
    status: Literal[431, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseRequestHeaderFieldsTooLarge]: ...
@overload
def response_class(
    status: Literal[431, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseRequestHeaderFieldsTooLarge]: ...
@overload
def response_class(
    status: Literal[451, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseUnavailableForLegalReasons]: ...
@overload
def response_class(
    status: Literal[451, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseUnavailableForLegalReasons]: ...
@overload
def response_class(
    status: Literal[500, HTTPStatus.INTERNAL_SERVER_ERROR],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseInternalServerError]: ...
@overload
def response_class(
    status: Literal[500, HTTPStatus.INTERNAL_SERVER_ERROR],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseInternalServerError]: ...
@overload
def response_class(
    status: Literal[501, HTTPStatus.NOT_IMPLEMENTED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotImplemented]: ...
@overload
def response_class(
    status: Literal[501, HTTPStatus.NOT_IMPLEMENTED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNotImplemented]: ...
@overload
def response_class(
    status: Literal[502, HTTPStatus.BAD_GATEWAY],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseBadGateway]: ...
@overload
def response_class(
    status: Literal[502, HTTPStatus.BAD_GATEWAY],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseBadGateway]: ...
@overload
def response_class(
    status: Literal[503, HTTPStatus.SERVICE_UNAVAILABLE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseServiceUnavailable]: ...
@overload
def response_class(
    status: Literal[503, HTTPStatus.SERVICE_UNAVAILABLE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseServiceUnavailable]: ...
@overload
def response_class(
    status: Literal[504, HTTPStatus.GATEWAY_TIMEOUT],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseGatewayTimeout]: ...
@overload
def response_class(
    status: Literal[504, HTTPStatus.GATEWAY_TIMEOUT],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseGatewayTimeout]: ...
@overload
def response_class(
    status: Literal[505, HTTPStatus.HTTP_VERSION_NOT_SUPPORTED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseHttpVersionNotSupported]: ...
@overload
def response_class(
    status: Literal[505, HTTPStatus.HTTP_VERSION_NOT_SUPPORTED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseHttpVersionNotSupported]: ...
@overload
def response_class(
    status: Literal[506, HTTPStatus.VARIANT_ALSO_NEGOTIATES],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseVariantAlsoNegotiates]: ...
@overload
def response_class(
    status: Literal[506, HTTPStatus.VARIANT_ALSO_NEGOTIATES],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseVariantAlsoNegotiates]: ...
@overload
def response_class(
    status: Literal[507, HTTPStatus.INSUFFICIENT_STORAGE],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseInsufficientStorage]: ...
@overload
def response_class(
    status: Literal[507, HTTPStatus.INSUFFICIENT_STORAGE],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseInsufficientStorage]: ...
@overload
def response_class(
    status: Literal[508, HTTPStatus.LOOP_DETECTED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseLoopDetected]: ...
@overload
def response_class(
    status: Literal[508, HTTPStatus.LOOP_DETECTED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseLoopDetected]: ...
@overload
def response_class(
    status: Literal[510, HTTPStatus.NOT_EXTENDED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNotExtended]: ...
@overload
def response_class(
    status: Literal[510, HTTPStatus.NOT_EXTENDED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNotExtended]: ...
@overload
def response_class(
    status: Literal[511, HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED],
    *,
    json: Literal[False] = False,
) -> type[responses.HttpResponseNetworkAuthenticationRequired]: ...
@overload
def response_class(
    status: Literal[511, HTTPStatus.NETWORK_AUTHENTICATION_REQUIRED],
    *,
    json: Literal[True],
) -> type[jsonresponses.JsonResponseNetworkAuthenticationRequired]: ...
@overload
def response_class(
    status: int | HTTPStatus,
    *,
    json: Literal[False] = False,
) -> type[StatusResponse]: ...
@overload
def response_class(
    status: int | HTTPStatus,
    *,
    json: Literal[True],
) -> type[StatusJsonResponse]: ...
@overload
def response_class(
    status: int | HTTPStatus,
    *,
    json: bool = False,
) -> type[StatusResponse] | type[StatusJsonResponse]: ...

# --- END generated overloads ---
