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
from django_allresponses.headers.store import QUICK_SETS_MAX
from django_allresponses.headers.units import LOCATION
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


def _set(response: object, door: str, name: str, value: str) -> None:
    """``response[name] = value`` or ``response.headers[name] = value``."""
    target = response if door == "response" else response.headers  # type: ignore[attr-defined]
    target[name] = value  # type: ignore[index]


@pytest.mark.parametrize("door", ["response", "headers"])
@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("Location", "/items/2", "/a b"),
        ("Location", "/items/2", "/a\r\nX: y"),
        ("X-Request-Id", "a1b2", "a1\r\nX: y"),
        ("X-Request-Id", "a1b2", " a1"),
    ],
)
def test_a_name_taken_before_still_checks_every_value(
    door: str, name: str, good: str, bad: str
) -> None:
    response = HttpResponseCreated(location="/x")
    _set(response, door, name, good)
    _set(response, door, name, good)  # the name is known now: the quick path
    assert name in type(response).quick_sets
    with pytest.raises(ResponseValidationError) as caught:
        _set(response, door, name, bad)
    assert caught.value.argument == name
    assert response[name] == good


def test_each_class_takes_names_with_its_own_units() -> None:
    # A subclass whose Location unit has no quick test: every value it is given takes the
    # unit's every check, even after its base has taken the name quickly.
    strict = LOCATION.replace(quick=None)

    class Strict(HttpResponseCreated):
        takes = tuple(
            strict if unit.key == "location" else unit for unit in HttpResponseCreated.takes
        )

    base = HttpResponseCreated(location="/x")
    base["Location"] = "/items/2"
    assert HttpResponseCreated.quick_sets["Location"][2] is LOCATION.quick
    assert Strict.quick_sets is not HttpResponseCreated.quick_sets
    response = Strict(location="/x")
    response["Location"] = "/items/3"
    response["Location"] = "/items/4"
    assert "Location" not in Strict.quick_sets
    assert response["Location"] == "/items/4"


def test_a_class_remembers_a_bounded_number_of_names() -> None:
    class Many(HttpResponseCreated):
        pass

    response = Many(location="/x")
    for index in range(QUICK_SETS_MAX + 10):
        response[f"X-Name-{index}"] = "1"
    assert len(Many.quick_sets) == QUICK_SETS_MAX
    with pytest.raises(ResponseValidationError):
        response[f"X-Name-{QUICK_SETS_MAX + 5}"] = "a\r\nb"


def test_headers_replaced_by_a_mapping_take_the_set_as_django_does() -> None:
    response = HttpResponseCreated(location="/x")
    response["X-Request-Id"] = "a1"  # the name is known now
    replaced: dict[str, object] = {}
    response.headers = replaced  # type: ignore[assignment]
    response["X-Request-Id"] = "a2"
    assert replaced == {"X-Request-Id": "a2"}
