"""``response_class()`` refuses what is not a status code with its own error.

Only an ``int`` (or ``HTTPStatus``) that is an assigned code names a class. A
string that is not a number, a float with a fraction, ``True`` and ``None``
are refused with ``ResponseValidationError`` naming ``response_class`` and the
value; a bare ``ValueError`` from ``int()`` or a silent truncation of 404.9 to
404 is a bug.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest

from django_allresponses import (
    HttpResponseNotFound,
    JsonResponseNotFound,
    ResponseValidationError,
    response_class,
)


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("abc", "'abc'"),
        (404.9, "404.9"),
        (True, "True"),
        (False, "False"),
        (None, "None"),
        (b"404", "b'404'"),
        ("404", "'404'"),
        (418, "418"),
        (99, "99"),
    ],
)
def test_what_is_not_an_assigned_status_code_is_refused(
    value: object, shown: str, json: bool
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        response_class(value, json=json)  # type: ignore[call-overload]
    message = str(caught.value)
    assert message.startswith("response_class: ")
    assert shown in message


@pytest.mark.parametrize(
    ("value", "json", "expected"),
    [
        (404, False, HttpResponseNotFound),
        (HTTPStatus.NOT_FOUND, False, HttpResponseNotFound),
        (404, True, JsonResponseNotFound),
    ],
)
def test_status_codes_still_name_their_class(value: int, json: bool, expected: type) -> None:
    assert response_class(value, json=json) is expected
