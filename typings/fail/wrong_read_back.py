"""response_class is precise: the class of another status, or the other family, is a type error."""

from http import HTTPStatus
from typing import assert_type

from django_allresponses import (
    HttpResponseFound,
    HttpResponseMovedPermanently,
    HttpResponseNotFound,
    HttpResponseOK,
    HttpResponseTooManyRequests,
    JsonResponseNotFound,
    StatusResponse,
    response_class,
)

assert_type(response_class(404), type[HttpResponseOK])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(404), type[StatusResponse])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(404, json=True), type[HttpResponseNotFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(404), type[JsonResponseNotFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(HTTPStatus.TOO_MANY_REQUESTS, json=True), type[HttpResponseTooManyRequests])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(301), type[HttpResponseFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]
assert_type(response_class(HTTPStatus.FOUND), type[HttpResponseMovedPermanently])  # E: mypy[assert-type] pyright[reportAssertTypeFailure] ty[type-assertion-failure] pyrefly[assert-type]

# The class found takes that class's arguments.
response_class(201)()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
response_class(204)("content")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
response_class(404)(status=410)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
response_class(405, json=True)({}, permitted_methods="GET")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
response_class(HTTPStatus.SERVICE_UNAVAILABLE)(retry_after="soon")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# Headers read back are strings.
location: int = response_class(302)("/x")["Location"]  # E: mypy[assignment] mypy-nostubs[-] (Django's type) pyright[reportAssignmentType] ty[invalid-assignment] pyrefly[bad-assignment]
