"""A typed, strictly validated Django response class for every HTTP status code.

``django_allresponses.HttpResponsePermanentRedirect`` is a **308**, named after
RFC 9110's reason phrase; Django's ``django.http.HttpResponsePermanentRedirect``
is a 301, here `HttpResponseMovedPermanently`.

Examples:
    >>> from django_allresponses import HttpResponseTooManyRequests
    >>> HttpResponseTooManyRequests(retry_after=30)["Retry-After"]
    '30'
"""

from typing import TYPE_CHECKING, Any

from .errors import ResponseValidationError

if TYPE_CHECKING:  # what checkers see; at run time each name is imported on first use
    from .checks.applied import ResponseConformanceMixin, assert_conforms, check_response
    from .checks.conformance import RULES, Finding
    from .checks.middleware import InterimResponseMiddleware, ResponseChecksMiddleware
    from .headers.models import Challenge, ContentRange, Link, UriReference
    from .headers.units import retry_after_value
    from .headers.values import RetryAfter
    from .immediate.abort import ImmediateResponse, abort
    from .immediate.middleware import ImmediateResponseMiddleware, ProblemDetailsMiddleware
    from .ranges.conditions import conditional, evaluate_preconditions
    from .ranges.files import FileResponsePartialContent, serve_file
    from .responses.base import StatusResponse
    from .responses.helpers import set_content_location
    from .responses.http import (
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
    from .responses.json import (
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
    from .responses.lookup import response_class
    from .responses.problems import ProblemDetails
    from .responses.streams import (
        EventStreamResponse,
        JsonLinesResponse,
        ServerSentEvent,
        last_event_id,
    )
    from .rfc.statuses import STATUSES, Body, StatusFacts

_LAZY: dict[str, str] = {
    "RetryAfter": "headers.values",
    "retry_after_value": "headers.units",
    "Challenge": "headers.models",
    "ContentRange": "headers.models",
    "Link": "headers.models",
    "UriReference": "headers.models",
    "STATUSES": "rfc.statuses",
    "Body": "rfc.statuses",
    "StatusFacts": "rfc.statuses",
    "StatusResponse": "responses.base",
    "set_content_location": "responses.helpers",
    "ModelJSONEncoder": "responses.json",
    "StatusJsonResponse": "responses.json",
    "response_class": "responses.lookup",
    "ProblemDetails": "responses.problems",
    "EventStreamResponse": "responses.streams",
    "JsonLinesResponse": "responses.streams",
    "ServerSentEvent": "responses.streams",
    "last_event_id": "responses.streams",
    "conditional": "ranges.conditions",
    "evaluate_preconditions": "ranges.conditions",
    "FileResponsePartialContent": "ranges.files",
    "serve_file": "ranges.files",
    "RULES": "checks.conformance",
    "Finding": "checks.conformance",
    "ResponseConformanceMixin": "checks.applied",
    "assert_conforms": "checks.applied",
    "check_response": "checks.applied",
    "ImmediateResponse": "immediate.abort",
    "abort": "immediate.abort",
    "ImmediateResponseMiddleware": "immediate.middleware",
    "ProblemDetailsMiddleware": "immediate.middleware",
    "ResponseChecksMiddleware": "checks.middleware",
    "InterimResponseMiddleware": "checks.middleware",
}
"""The module of each public name outside the two families below: ``HttpResponse…``
names come from ``responses.http``, ``JsonResponse…`` ones from ``responses.json``."""


def _module_of(name: str) -> str | None:
    """Where public ``name`` is defined, relative to this package (``None``: not public).

    Examples:
        >>> _module_of("HttpResponseNotFound"), _module_of("JsonResponseOK")
        ('responses.http', 'responses.json')
        >>> _module_of("abort"), _module_of("nothing")
        ('immediate.abort', None)
    """
    module = _LAZY.get(name)
    if module is None and name in __all__:
        if name.startswith("HttpResponse"):
            module = "responses.http"
        elif name.startswith("JsonResponse"):
            module = "responses.json"
    return module


if not TYPE_CHECKING:  # checkers see the imports above, and no other name

    def __getattr__(name: str) -> Any:
        """A public name on first use (PEP 562): ``import django_allresponses`` imports
        none of the response classes, header values, checks or pydantic; the first
        ``from django_allresponses import HttpResponseNotFound`` imports the classes.

        Every class is made by then, so that ``StatusResponse.registry`` and
        `response_class` know them all. An ``AttributeError`` raised while the module is
        imported comes out as an ``ImportError`` naming it: ``from ... import`` would
        otherwise report it as the name missing.
        """
        module = _module_of(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        try:
            if module == "responses.base":
                import_module(f"{__name__}.responses.http")  # the classes fill the registry
            loaded = import_module(f"{__name__}.{module}")
        except AttributeError as error:
            raise ImportError(
                f"{__name__}.{module} failed to import, for {name}: {error!r}"
            ) from error
        value = getattr(loaded, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        """The module's names and every public one, loaded or not."""
        return sorted({*globals(), *__all__})


__all__ = [
    "RULES",
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
    "ImmediateResponse",
    "ImmediateResponseMiddleware",
    "InterimResponseMiddleware",
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
    "ProblemDetailsMiddleware",
    "ResponseChecksMiddleware",
    "ResponseValidationError",
    "RetryAfter",
    "StatusFacts",
    "StatusJsonResponse",
    "StatusResponse",
    "UriReference",
    "abort",
    "response_class",
    "retry_after_value",
    "set_content_location",
]

# Range and conditional requests (RFC 9110, Sections 13 and 14).
__all__ += ["FileResponsePartialContent", "conditional", "evaluate_preconditions", "serve_file"]

# Conformance checks for any response (RFC 9110 and the status facts).
__all__ += ["Finding", "ResponseConformanceMixin", "assert_conforms", "check_response"]

# Typed streams: server-sent events and JSON Lines.
__all__ += ["EventStreamResponse", "JsonLinesResponse", "ServerSentEvent", "last_event_id"]

# --- Version: the one place it is written (the build reads it from here). ---

__version__ = "3.3.0"
"""The version of this package, as its distribution's metadata states it.

Examples:
    >>> __version__
    '3.3.0'
"""

__all__ += ["__version__"]
