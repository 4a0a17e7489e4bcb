"""Every code example of the API reference, as a user would write it.

The reference's free names (``request``, ``new_url``, ``do_delete()`` …) are
typed parameters or stub functions here; the calls themselves are unchanged.
"""

from __future__ import annotations

import json
from typing import Protocol

from django.http import HttpRequest, HttpResponse

from django_allresponses import (
    HttpResponseAccepted,
    HttpResponseBadRequest,
    HttpResponseConflict,
    HttpResponseContentTooLarge,
    HttpResponseCreated,
    HttpResponseExpectationFailed,
    HttpResponseForbidden,
    HttpResponseGone,
    HttpResponseLengthRequired,
    HttpResponseMisdirectedRequest,
    HttpResponseMultipleChoices,
    HttpResponseNoContent,
    HttpResponseNonAuthoritativeInformation,
    HttpResponseNotAcceptable,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponsePaymentRequired,
    HttpResponsePermanentRedirect,
    HttpResponsePermanentRedirect308,
    HttpResponsePreconditionFailed,
    HttpResponseProxyAuthenticationRequired,
    HttpResponseRangeNotSatisfiable,
    HttpResponseRedirect,
    HttpResponseRequestTimeout,
    HttpResponseResetContent,
    HttpResponseSeeOther,
    HttpResponseServiceUnavailable,
    HttpResponseTemporaryRedirect,
    HttpResponseUnauthorized,
    HttpResponseUnprocessableContent,
    HttpResponseUnsupportedMediaType,
    HttpResponseUpgradeRequired,
    HttpResponseUriTooLong,
    JsonResponseCreated,
    JsonResponseOK,
    retry_after_value,
    set_content_location,
)


class Resource(Protocol):
    def get_absolute_url(self) -> str: ...
    def get_created_document(self) -> str: ...


class Item(Protocol):
    def delete(self) -> None: ...


def do_delete() -> None:
    raise NotImplementedError


def create_resource() -> Resource:
    raise NotImplementedError


def queue_export_task(project_id: int) -> None:
    raise NotImplementedError


# --- Module examples ------------------------------------------------------------------------


def my_view(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return HttpResponseOK("<html>...</html>")
    if request.method == "DELETE":
        do_delete()
        return HttpResponseNoContent()
    new = create_resource()
    return HttpResponseCreated(
        location=new.get_absolute_url(), created_document=new.get_created_document()
    )


def api_view(request: HttpRequest) -> HttpResponse:
    return JsonResponseCreated({"id": 1, "name": "New"}, location="/api/items/1")


def json_ok_view(request: HttpRequest) -> HttpResponse:
    return JsonResponseOK({"detail": "OK"})


# --- Class examples, in the reference's order -----------------------------------------------


def accepted(project_id: int) -> HttpResponse:
    queue_export_task(project_id)
    return HttpResponseAccepted()


def bad_request() -> HttpResponse:
    return HttpResponseBadRequest("Invalid JSON body")


def conflict() -> HttpResponse:
    return HttpResponseConflict("Resource was modified by another user")


def content_too_large() -> HttpResponse:
    return HttpResponseContentTooLarge(retry_after=300)


def created(request: HttpRequest, obj: Resource) -> HttpResponse:
    return HttpResponseCreated(location=request.build_absolute_uri(obj.get_absolute_url()))


def expectation_failed() -> HttpResponse:
    return HttpResponseExpectationFailed()


def forbidden() -> HttpResponse:
    return HttpResponseForbidden("You cannot edit this resource")


def found(new_url: str) -> HttpResponse:
    return HttpResponseRedirect(new_url)


def gone() -> HttpResponse:
    return HttpResponseGone()


def length_required() -> HttpResponse:
    return HttpResponseLengthRequired()


def misdirected_request() -> HttpResponse:
    return HttpResponseMisdirectedRequest()


def moved_permanently(new_url: str) -> HttpResponse:
    # Under RFC 9110's names this is the 308 class (see its docstring).
    return HttpResponsePermanentRedirect(new_url)


def multiple_choices() -> HttpResponse:
    return HttpResponseMultipleChoices(
        "<ul><li><a href='/fr/'>French</a></li></ul>",
        content_type="text/html",
    )


def no_content(item: Item) -> HttpResponse:
    item.delete()
    return HttpResponseNoContent()


def non_authoritative_information(transformed_content: bytes) -> HttpResponse:
    return HttpResponseNonAuthoritativeInformation(transformed_content)


def not_acceptable() -> HttpResponse:
    return HttpResponseNotAcceptable("Only application/json is available")


def not_allowed() -> HttpResponse:
    return HttpResponseNotAllowed(["GET", "HEAD"])


def not_found() -> HttpResponse:
    return HttpResponseNotFound()


def not_modified() -> HttpResponse:
    return HttpResponseNotModified()


def ok() -> HttpResponse:
    return HttpResponseOK("<p>Saved.</p>")


def partial_content(partial_bytes: bytes) -> HttpResponse:
    return HttpResponsePartialContent(
        partial_bytes,
        content_range=(0, 1023, 2048),
    )


def payment_required() -> HttpResponse:
    return HttpResponsePaymentRequired()


def permanent_redirect(redirect_to: str) -> HttpResponse:
    return HttpResponsePermanentRedirect308(redirect_to)


def precondition_failed() -> HttpResponse:
    return HttpResponsePreconditionFailed()


def proxy_authentication_required() -> HttpResponse:
    response = HttpResponseProxyAuthenticationRequired()
    response["Proxy-Authenticate"] = 'Basic realm="Proxy"'
    return response


def range_not_satisfiable(resource_size: int) -> HttpResponse:
    return HttpResponseRangeNotSatisfiable(total_length=resource_size)


def request_timeout() -> HttpResponse:
    return HttpResponseRequestTimeout(retry_after=60)


def reset_content() -> HttpResponse:
    return HttpResponseResetContent()


def see_other(new_url: str) -> HttpResponse:
    return HttpResponseSeeOther(new_url)


def service_unavailable() -> HttpResponse:
    return HttpResponseServiceUnavailable(retry_after=120)


def temporary_redirect(redirect_to: str) -> HttpResponse:
    return HttpResponseTemporaryRedirect(redirect_to)


def unauthorized() -> HttpResponse:
    response = HttpResponseUnauthorized()
    response["WWW-Authenticate"] = 'Basic realm="API"'
    return response


def unprocessable_content(validation_errors: list[str]) -> HttpResponse:
    return HttpResponseUnprocessableContent(
        json.dumps({"errors": validation_errors}),
        content_type="application/json",
    )


def unsupported_media_type() -> HttpResponse:
    return HttpResponseUnsupportedMediaType()


def upgrade_required() -> HttpResponse:
    return HttpResponseUpgradeRequired(upgrade="TLS/1.2")


def uri_too_long() -> HttpResponse:
    return HttpResponseUriTooLong()


def retry_after_header() -> HttpResponse:
    response = HttpResponseServiceUnavailable()
    response["Retry-After"] = retry_after_value(120)
    return response


def content_location(response: HttpResponse, uri: str) -> HttpResponse:
    return set_content_location(response, uri)
