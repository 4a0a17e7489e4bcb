"""A header set later takes a quick path only when its unit's test tells the value whole.

``Location`` and ``Retry-After`` set as plain strings skip the general text checks when
their unit's quick test (``PLAIN_URI``, ASCII digits) passes, since that test implies
them; any other value takes every check, as before.
"""

from __future__ import annotations

import pytest

from django_allresponses import (
    HttpResponseCreated,
    HttpResponseTooManyRequests,
    ResponseValidationError,
)
from django_allresponses.headers.values import plain_digits


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ("/items/2?page=3", "/items/2?page=3"),
        ("/a#b", "/a#b"),
        ("https://example.com/a", "https://example.com/a"),
        ("/caf\u00e9", "/caf\u00e9"),
    ],
)
def test_a_location_set_later_is_sent_as_set(value: str, sent: str) -> None:
    response = HttpResponseCreated(location="/x")
    response["Location"] = value
    assert response["Location"] == sent


@pytest.mark.parametrize("value", [" /a", "/a ", "/a\tb ", "/a\r\nX: y", "/a\x00"])
def test_a_location_that_is_not_plain_takes_every_check(value: str) -> None:
    response = HttpResponseCreated(location="/x")
    with pytest.raises(ResponseValidationError) as caught:
        response["Location"] = value
    assert caught.value.argument == "Location"
    assert response["Location"] == "/x"


@pytest.mark.parametrize("value", ["\u0663", " 1", "1 ", "1.5", "-1"])
def test_a_retry_after_that_is_not_ascii_digits_takes_every_check(value: str) -> None:
    response = HttpResponseTooManyRequests()
    with pytest.raises(ResponseValidationError) as caught:
        response["Retry-After"] = value
    assert caught.value.argument == "Retry-After"


def test_ascii_digits_are_told_whole() -> None:
    assert [plain_digits(value) for value in ("120", "\u0663", "", "1e3")] == [
        True,
        False,
        False,
        False,
    ]
    response = HttpResponseTooManyRequests()
    response["Retry-After"] = "120"
    assert response["Retry-After"] == "120"
