"""A typed, strictly validated Django response class for every HTTP status code.

``django_allresponses.HttpResponsePermanentRedirect`` is a **308**, named after
RFC 9110's reason phrase; Django's ``django.http.HttpResponsePermanentRedirect``
is a 301, here :class:`HttpResponseMovedPermanently`.

Example::

    >>> from django_allresponses import HttpResponseTooManyRequests
    >>> HttpResponseTooManyRequests(retry_after=30)["Retry-After"]
    '30'
"""

from typing import TYPE_CHECKING, Any

from .base import StatusResponse
from .errors import ResponseValidationError
from .helpers import set_content_location
from .jsonresponses import (
    JsonResponseAccepted,
    JsonResponseAlreadyReported,
    JsonResponseBadGateway,
    JsonResponseBadRequest,
    JsonResponseConflict,
    JsonResponseContentTooLarge,
    JsonResponseCreated,
    JsonResponseExpectationFailed,
    JsonResponseFailedDependency,
    JsonResponseForbidden,
    JsonResponseFound,
    JsonResponseGatewayTimeout,
    JsonResponseGone,
    JsonResponseHttpVersionNotSupported,
    JsonResponseImUsed,
    JsonResponseInsufficientStorage,
    JsonResponseInternalServerError,
    JsonResponseLengthRequired,
    JsonResponseLocked,
    JsonResponseLoopDetected,
    JsonResponseMisdirectedRequest,
    JsonResponseMovedPermanently,
    JsonResponseMultipleChoices,
    JsonResponseMultiStatus,
    JsonResponseNetworkAuthenticationRequired,
    JsonResponseNonAuthoritativeInformation,
    JsonResponseNotAcceptable,
    JsonResponseNotAllowed,
    JsonResponseNotExtended,
    JsonResponseNotFound,
    JsonResponseNotImplemented,
    JsonResponseOK,
    JsonResponsePartialContent,
    JsonResponsePaymentRequired,
    JsonResponsePermanentRedirect,
    JsonResponsePreconditionFailed,
    JsonResponsePreconditionRequired,
    JsonResponseProxyAuthenticationRequired,
    JsonResponseRangeNotSatisfiable,
    JsonResponseRequestHeaderFieldsTooLarge,
    JsonResponseRequestTimeout,
    JsonResponseSeeOther,
    JsonResponseServerError,
    JsonResponseServiceUnavailable,
    JsonResponseTemporaryRedirect,
    JsonResponseTooEarly,
    JsonResponseTooManyRequests,
    JsonResponseUnauthorized,
    JsonResponseUnavailableForLegalReasons,
    JsonResponseUnprocessableContent,
    JsonResponseUnsupportedMediaType,
    JsonResponseUpgradeRequired,
    JsonResponseUriTooLong,
    JsonResponseUseProxy,
    JsonResponseVariantAlsoNegotiates,
    ModelJSONEncoder,
    StatusJsonResponse,
)
from .lookup import response_class
from .responses import (
    HttpResponseAccepted,
    HttpResponseAlreadyReported,
    HttpResponseBadGateway,
    HttpResponseBadRequest,
    HttpResponseConflict,
    HttpResponseContentTooLarge,
    HttpResponseContinue,
    HttpResponseCreated,
    HttpResponseEarlyHints,
    HttpResponseExpectationFailed,
    HttpResponseFailedDependency,
    HttpResponseForbidden,
    HttpResponseFound,
    HttpResponseGatewayTimeout,
    HttpResponseGone,
    HttpResponseHttpVersionNotSupported,
    HttpResponseImUsed,
    HttpResponseInsufficientStorage,
    HttpResponseInternalServerError,
    HttpResponseLengthRequired,
    HttpResponseLocked,
    HttpResponseLoopDetected,
    HttpResponseMisdirectedRequest,
    HttpResponseMovedPermanently,
    HttpResponseMultipleChoices,
    HttpResponseMultiStatus,
    HttpResponseNetworkAuthenticationRequired,
    HttpResponseNoContent,
    HttpResponseNonAuthoritativeInformation,
    HttpResponseNotAcceptable,
    HttpResponseNotAllowed,
    HttpResponseNotExtended,
    HttpResponseNotFound,
    HttpResponseNotImplemented,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponsePaymentRequired,
    HttpResponsePermanentRedirect,
    HttpResponsePermanentRedirect308,
    HttpResponsePreconditionFailed,
    HttpResponsePreconditionRequired,
    HttpResponseProcessing,
    HttpResponseProxyAuthenticationRequired,
    HttpResponseRangeNotSatisfiable,
    HttpResponseRedirect,
    HttpResponseRequestHeaderFieldsTooLarge,
    HttpResponseRequestTimeout,
    HttpResponseResetContent,
    HttpResponseSeeOther,
    HttpResponseServerError,
    HttpResponseServiceUnavailable,
    HttpResponseSwitchingProtocols,
    HttpResponseTemporaryRedirect,
    HttpResponseTooEarly,
    HttpResponseTooManyRequests,
    HttpResponseUnauthorized,
    HttpResponseUnavailableForLegalReasons,
    HttpResponseUnprocessableContent,
    HttpResponseUnsupportedMediaType,
    HttpResponseUpgradeRequired,
    HttpResponseUriTooLong,
    HttpResponseUseProxy,
    HttpResponseVariantAlsoNegotiates,
)
from .statuses import STATUSES, Body, StatusFacts
from .units import retry_after_value
from .values import RetryAfter

if TYPE_CHECKING:
    from .checks import Finding, ResponseConformanceMixin, assert_conforms, check_response
    from .conditions import conditional, evaluate_preconditions
    from .models import Challenge, ContentRange, Link, UriReference
    from .problems import ProblemDetails
    from .ranges import FileResponsePartialContent, serve_file

_LAZY = {
    "Challenge": "models",
    "ContentRange": "models",
    "Link": "models",
    "UriReference": "models",
    "ProblemDetails": "problems",
    "conditional": "conditions",
    "evaluate_preconditions": "conditions",
    "FileResponsePartialContent": "ranges",
    "serve_file": "ranges",
    "Finding": "checks",
    "ResponseConformanceMixin": "checks",
    "assert_conforms": "checks",
    "check_response": "checks",
}
"""Public names imported on first use: ``import django_allresponses`` imports neither
pydantic nor the file-serving modules."""


if not TYPE_CHECKING:  # type checkers see the imports above, and no other name

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "STATUSES",
    "Body",
    "Challenge",
    "ContentRange",
    "HttpResponseAccepted",
    "HttpResponseAlreadyReported",
    "HttpResponseBadGateway",
    "HttpResponseBadRequest",
    "HttpResponseConflict",
    "HttpResponseContentTooLarge",
    "HttpResponseContinue",
    "HttpResponseCreated",
    "HttpResponseEarlyHints",
    "HttpResponseExpectationFailed",
    "HttpResponseFailedDependency",
    "HttpResponseForbidden",
    "HttpResponseFound",
    "HttpResponseGatewayTimeout",
    "HttpResponseGone",
    "HttpResponseHttpVersionNotSupported",
    "HttpResponseImUsed",
    "HttpResponseInsufficientStorage",
    "HttpResponseInternalServerError",
    "HttpResponseLengthRequired",
    "HttpResponseLocked",
    "HttpResponseLoopDetected",
    "HttpResponseMisdirectedRequest",
    "HttpResponseMovedPermanently",
    "HttpResponseMultiStatus",
    "HttpResponseMultipleChoices",
    "HttpResponseNetworkAuthenticationRequired",
    "HttpResponseNoContent",
    "HttpResponseNonAuthoritativeInformation",
    "HttpResponseNotAcceptable",
    "HttpResponseNotAllowed",
    "HttpResponseNotExtended",
    "HttpResponseNotFound",
    "HttpResponseNotImplemented",
    "HttpResponseNotModified",
    "HttpResponseOK",
    "HttpResponsePartialContent",
    "HttpResponsePaymentRequired",
    "HttpResponsePermanentRedirect",
    "HttpResponsePermanentRedirect308",
    "HttpResponsePreconditionFailed",
    "HttpResponsePreconditionRequired",
    "HttpResponseProcessing",
    "HttpResponseProxyAuthenticationRequired",
    "HttpResponseRangeNotSatisfiable",
    "HttpResponseRedirect",
    "HttpResponseRequestHeaderFieldsTooLarge",
    "HttpResponseRequestTimeout",
    "HttpResponseResetContent",
    "HttpResponseSeeOther",
    "HttpResponseServerError",
    "HttpResponseServiceUnavailable",
    "HttpResponseSwitchingProtocols",
    "HttpResponseTemporaryRedirect",
    "HttpResponseTooEarly",
    "HttpResponseTooManyRequests",
    "HttpResponseUnauthorized",
    "HttpResponseUnavailableForLegalReasons",
    "HttpResponseUnprocessableContent",
    "HttpResponseUnsupportedMediaType",
    "HttpResponseUpgradeRequired",
    "HttpResponseUriTooLong",
    "HttpResponseUseProxy",
    "HttpResponseVariantAlsoNegotiates",
    "JsonResponseAccepted",
    "JsonResponseAlreadyReported",
    "JsonResponseBadGateway",
    "JsonResponseBadRequest",
    "JsonResponseConflict",
    "JsonResponseContentTooLarge",
    "JsonResponseCreated",
    "JsonResponseExpectationFailed",
    "JsonResponseFailedDependency",
    "JsonResponseForbidden",
    "JsonResponseFound",
    "JsonResponseGatewayTimeout",
    "JsonResponseGone",
    "JsonResponseHttpVersionNotSupported",
    "JsonResponseImUsed",
    "JsonResponseInsufficientStorage",
    "JsonResponseInternalServerError",
    "JsonResponseLengthRequired",
    "JsonResponseLocked",
    "JsonResponseLoopDetected",
    "JsonResponseMisdirectedRequest",
    "JsonResponseMovedPermanently",
    "JsonResponseMultiStatus",
    "JsonResponseMultipleChoices",
    "JsonResponseNetworkAuthenticationRequired",
    "JsonResponseNonAuthoritativeInformation",
    "JsonResponseNotAcceptable",
    "JsonResponseNotAllowed",
    "JsonResponseNotExtended",
    "JsonResponseNotFound",
    "JsonResponseNotImplemented",
    "JsonResponseOK",
    "JsonResponsePartialContent",
    "JsonResponsePaymentRequired",
    "JsonResponsePermanentRedirect",
    "JsonResponsePreconditionFailed",
    "JsonResponsePreconditionRequired",
    "JsonResponseProxyAuthenticationRequired",
    "JsonResponseRangeNotSatisfiable",
    "JsonResponseRequestHeaderFieldsTooLarge",
    "JsonResponseRequestTimeout",
    "JsonResponseSeeOther",
    "JsonResponseServerError",
    "JsonResponseServiceUnavailable",
    "JsonResponseTemporaryRedirect",
    "JsonResponseTooEarly",
    "JsonResponseTooManyRequests",
    "JsonResponseUnauthorized",
    "JsonResponseUnavailableForLegalReasons",
    "JsonResponseUnprocessableContent",
    "JsonResponseUnsupportedMediaType",
    "JsonResponseUpgradeRequired",
    "JsonResponseUriTooLong",
    "JsonResponseUseProxy",
    "JsonResponseVariantAlsoNegotiates",
    "Link",
    "ModelJSONEncoder",
    "ProblemDetails",
    "ResponseValidationError",
    "RetryAfter",
    "StatusFacts",
    "StatusJsonResponse",
    "StatusResponse",
    "UriReference",
    "response_class",
    "retry_after_value",
    "set_content_location",
]

# Range and conditional requests (RFC 9110, Sections 13 and 14).
__all__ += ["FileResponsePartialContent", "conditional", "evaluate_preconditions", "serve_file"]

# Conformance checks for any response (RFC 9110 and the status facts).
__all__ += ["Finding", "ResponseConformanceMixin", "assert_conforms", "check_response"]

# --- Version: the one place it is written (the build reads it from here). ---

__version__ = "2.0.0"
"""The version of this package, as its distribution's metadata states it.

Example::

    >>> __version__
    '2.0.0'
"""

__all__ += ["__version__"]
