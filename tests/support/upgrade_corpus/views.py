"""Plain Django views, as projects write them: the upgrade command's behaviour corpus.

Every view is run as it is and as the upgrade command rewrites it; the status, the
body and the headers must be the same (less the Content-Type a bodiless status never
sends). ``REWRITTEN`` names the views whose response the command rewrites.
"""

import http
from http import HTTPStatus

from django import http as web
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseGone,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
    HttpResponseNotModified,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.http import HttpResponse as PlainResponse
from rest_framework import status

REWRITTEN = (
    "not_found_literal",
    "conflict_json",
    "no_content_enum",
    "gone_module_enum",
    "unprocessable_drf",
    "moved_permanently",
    "found",
    "found_preserving",
    "not_allowed",
    "gone",
    "not_found_class",
    "forbidden",
    "bad_request",
    "server_error",
    "not_modified",
    "rate_limited_header",
    "created_with_location",
    "unavailable_keywords",
    "see_other",
    "accepted_with_headers",
    "unauthorized_header",
    "found_from_location",
    "gone_through_module",
    "not_acceptable_alias",
    "reset_content",
)


def not_found_literal(request):
    return HttpResponse("no such page", status=404)


def conflict_json(request):
    return JsonResponse({"detail": "version conflict"}, status=409)


def no_content_enum(request):
    return HttpResponse(status=HTTPStatus.NO_CONTENT)


def gone_module_enum(request):
    return HttpResponse("<p>gone</p>", status=http.HTTPStatus.GONE)


def unprocessable_drf(request):
    return JsonResponse({"field": ["required"]}, status=status.HTTP_422_UNPROCESSABLE_ENTITY)


def moved_permanently(request):
    return HttpResponsePermanentRedirect("/new/place/")


def found(request):
    return HttpResponseRedirect("/elsewhere/?page=2")


def found_preserving(request):
    return HttpResponseRedirect("/keep-method/", preserve_request=True)


def not_allowed(request):
    return HttpResponseNotAllowed(["GET", "HEAD"], "only reads here")


def gone(request):
    return HttpResponseGone("removed")


def not_found_class(request):
    return HttpResponseNotFound("<h1>Not here</h1>", content_type="text/html; charset=utf-8")


def forbidden(request):
    return HttpResponseForbidden(b"no", content_type="text/plain")


def bad_request(request):
    return HttpResponseBadRequest("bad", headers={"X-Reason": "missing field"})


def server_error(request):
    return HttpResponseServerError("oops")


def not_modified(request):
    return HttpResponseNotModified()


def rate_limited_header(request):
    response = HttpResponse("slow down", status=429)
    response["Retry-After"] = "120"
    return response


def created_with_location(request):
    response = HttpResponse('{"id": 7}', content_type="application/json", status=201)
    response["Location"] = "/items/7"
    return response


def unavailable_keywords(request):
    return HttpResponse(
        "maintenance",  # the body
        "text/plain",
        status=503,
    )


def see_other(request):
    return HttpResponseRedirect("/result/", status=303)


def accepted_with_headers(request):
    response = JsonResponse({"job": 3}, status=202, headers={"X-Job": "3"})
    response["Cache-Control"] = "no-store"
    return response


def unauthorized_header(request):
    response = HttpResponse("log in first", status=401)
    response["WWW-Authenticate"] = 'Basic realm="site"'
    return response


def found_from_location(request):
    response = HttpResponse(status=302)
    response["Location"] = "https://example.com/moved/"
    return response


def gone_through_module(request):
    return web.HttpResponseGone("gone")


def not_acceptable_alias(request):
    return PlainResponse("only JSON", status=406)


def reset_content(request):
    return HttpResponse(status=205)


# Left alone: the command cannot prove these keep their behaviour.


def computed_status(request):
    code = 200 + len(request.GET)
    return HttpResponse("it depends", status=code)


def created_without_location(request):
    return JsonResponse({"id": 1}, status=201)


def content_on_no_content(request):
    return HttpResponse("ignored body", status=204)


def keyword_splat(request):
    options = {"status": 418}
    return HttpResponse("tea", **options)


def status_changed_later(request):
    response = HttpResponse("first", status=200)
    response.status_code = 500
    return response


def plain_ok(request):
    return HttpResponse("just fine")
