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

assert_type(response_class(404), type[HttpResponseOK])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(404), type[StatusResponse])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(404, json=True), type[HttpResponseNotFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(404), type[JsonResponseNotFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(HTTPStatus.TOO_MANY_REQUESTS, json=True), type[HttpResponseTooManyRequests])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(301), type[HttpResponseFound])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]
assert_type(response_class(HTTPStatus.FOUND), type[HttpResponseMovedPermanently])  # E: mypy[assert-type] pyright[reportAssertTypeFailure]

# The class found takes that class's arguments.
response_class(201)()  # E: mypy[call-arg] pyright[reportCallIssue]
response_class(204)("content")  # E: mypy[arg-type] pyright[reportArgumentType]
response_class(404)(status=410)  # E: mypy[call-arg] pyright[reportCallIssue]
response_class(405, json=True)({}, permitted_methods="GET")  # E: mypy[arg-type] pyright[reportArgumentType]
response_class(HTTPStatus.SERVICE_UNAVAILABLE)(retry_after="soon")  # E: mypy[arg-type] pyright[reportArgumentType]

# Headers read back are strings.
location: int = response_class(302)("/x")["Location"]  # E: mypy[assignment] pyright[reportAssignmentType]
