"""What users read back has a precise type: ``assert_type`` on each of them."""

from __future__ import annotations

from http import HTTPStatus
from typing import assert_type

from django import http

from django_allresponses import (
    STATUSES,
    Body,
    Challenge,
    ContentRange,
    HttpResponseCreated,
    HttpResponseFound,
    HttpResponseInternalServerError,
    HttpResponseMovedPermanently,
    HttpResponseNoContent,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePermanentRedirect,
    HttpResponsePermanentRedirect308,
    HttpResponseRedirect,
    HttpResponseSeeOther,
    HttpResponseServerError,
    HttpResponseServiceUnavailable,
    HttpResponseSwitchingProtocols,
    HttpResponseTooManyRequests,
    JsonResponseCreated,
    JsonResponseInternalServerError,
    JsonResponseNotFound,
    JsonResponseServerError,
    JsonResponseTooManyRequests,
    Link,
    ProblemDetails,
    ResponseValidationError,
    StatusFacts,
    StatusJsonResponse,
    StatusResponse,
    response_class,
    retry_after_value,
    set_content_location,
)


def lookup(code: int, status: HTTPStatus, json: bool) -> None:
    assert_type(response_class(404), type[HttpResponseNotFound])
    assert_type(response_class(HTTPStatus.NOT_FOUND), type[HttpResponseNotFound])
    assert_type(response_class(404, json=False), type[HttpResponseNotFound])
    assert_type(response_class(404, json=True), type[JsonResponseNotFound])
    assert_type(response_class(429, json=True), type[JsonResponseTooManyRequests])
    assert_type(response_class(HTTPStatus.TOO_MANY_REQUESTS), type[HttpResponseTooManyRequests])
    assert_type(
        response_class(HTTPStatus.TOO_MANY_REQUESTS, json=True), type[JsonResponseTooManyRequests]
    )
    assert_type(response_class(101), type[HttpResponseSwitchingProtocols])
    assert_type(response_class(204), type[HttpResponseNoContent])
    assert_type(response_class(302), type[HttpResponseFound])
    assert_type(response_class(HTTPStatus.REQUEST_ENTITY_TOO_LARGE).status_code, int)
    assert_type(response_class(code), type[StatusResponse])
    assert_type(response_class(status), type[StatusResponse])
    assert_type(response_class(code, json=True), type[StatusJsonResponse])
    assert_type(response_class(code, json=json), type[StatusResponse] | type[StatusJsonResponse])
    # The class found is called like the class itself.
    assert_type(response_class(404)("gone"), HttpResponseNotFound)
    assert_type(response_class(201, json=True)({}, location="/1"), JsonResponseCreated)
    assert_type(response_class(503)(retry_after=5), HttpResponseServiceUnavailable)


def headers_and_content() -> None:
    # without-stubs: these types are Django's own, Any to mypy without django-stubs
    created = HttpResponseCreated(location="/items/1")
    assert_type(created["Location"], str)  # without-stubs[assert-type]
    assert_type(created.headers["Location"], str)  # without-stubs[assert-type]
    assert_type(created.get("Content-Location"), str | None)  # without-stubs[assert-type]
    assert_type(created.status_code, int)
    assert_type(created.content, bytes)  # without-stubs[assert-type]
    assert_type(HttpResponseNoContent().content, bytes)
    assert_type(HttpResponseSeeOther("/orders/7/").url, str)  # without-stubs[assert-type]
    assert_type(HttpResponseNotAllowed(["GET"])["Allow"], str)  # without-stubs[assert-type]
    assert_type(set_content_location(HttpResponseOK("hi"), "/hi"), HttpResponseOK)


def aliases() -> None:
    assert HttpResponseRedirect is HttpResponseFound
    assert HttpResponsePermanentRedirect308 is HttpResponsePermanentRedirect
    assert HttpResponseServerError is HttpResponseInternalServerError
    assert JsonResponseServerError is JsonResponseInternalServerError
    assert_type(HttpResponseRedirect("/x"), HttpResponseFound)
    assert_type(HttpResponsePermanentRedirect308("/x"), HttpResponsePermanentRedirect)
    assert_type(HttpResponseServerError(), HttpResponseInternalServerError)
    server_error: JsonResponseInternalServerError = JsonResponseServerError({})
    print(server_error)


def django_bases() -> None:
    # Each class can stand where Django's class of that status is expected.
    moved: http.HttpResponsePermanentRedirect = HttpResponseMovedPermanently("/x")
    found: http.HttpResponseRedirect = HttpResponseFound("/x")
    redirect: http.response.HttpResponseRedirectBase = HttpResponseSeeOther("/x")
    not_modified: http.HttpResponseNotModified = HttpResponseNotModified()
    not_found: http.HttpResponseNotFound = HttpResponseNotFound()
    not_allowed: http.HttpResponseNotAllowed = HttpResponseNotAllowed(["GET"])
    server_error: http.HttpResponseServerError = HttpResponseServerError()
    json: http.JsonResponse = JsonResponseNotFound({"detail": "x"})
    print(moved, found, redirect, not_modified, not_found, not_allowed, server_error, json)


def header_values() -> None:
    assert_type(retry_after_value(120), str)
    parsed = ContentRange.parse("bytes 0-99/200")
    assert_type(parsed, ContentRange)
    assert_type(parsed.start, int)
    assert_type(parsed.total, int | None)
    assert_type(parsed.length, int)
    assert_type(str(parsed), str)
    assert_type(Challenge(scheme="Basic", params={"realm": "x"}).scheme, str)
    assert_type(Link(href="/style.css").href, str)
    problem = ProblemDetails(title="Out of credit")
    assert_type(problem.status, int | None)
    assert_type(problem.title, str | None)


def facts() -> None:
    assert_type(STATUSES[404], StatusFacts)
    assert_type(STATUSES[404].phrase, str)
    assert_type(STATUSES[404].allows_content, bool)
    assert_type(STATUSES[204].body, Body)
    assert_type(HttpResponseNotFound.facts, StatusFacts)


def errors() -> None:
    try:
        HttpResponseServiceUnavailable(retry_after=-5)
    except ResponseValidationError as error:
        assert_type(error, ResponseValidationError)
        as_value_error: ValueError = error
        print(as_value_error)


def computed_code(code: int) -> None:
    # A class looked up with a code that is not a literal takes any class's arguments.
    response_class(code)("body", retry_after=5, headers={"X-Trace": "1"})
    response_class(code)("/next/")
    response_class(code)(content="body", content_type="text/plain")
    response_class(code)(location="/items/1", created_document="{}")
    response_class(code, json=True)({"detail": "x"}, retry_after=5, safe=True)
    response_class(code, json=True)(data=[1, 2], safe=False)
    assert_type(response_class(code)("body"), StatusResponse)
    assert_type(response_class(code, json=True)({}), StatusJsonResponse)
