"""Retry-After (RFC 9110, Section 10.2.3): delays and dates, on every class that takes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from django_allresponses import (
    HttpResponseTooManyRequests,
    ResponseValidationError,
    response_class,
    retry_after_value,
)
from django_allresponses.errors import HeaderValueError
from django_allresponses.tools.examples import example_arguments

CODES = [408, 413, 429, 503, 301, 302, 303, 307, 308]
CASES = [(code, json) for code in CODES for json in (False, True)]


def _build(code: int, json: bool, retry_after: object) -> object:
    arguments = example_arguments(code, json=json)
    arguments["retry_after"] = retry_after
    return response_class(code, json=json)(**arguments)


@pytest.mark.parametrize(
    ("value", "header"),
    [
        (0, "0"),
        (120, "120"),
        (1.5, "2"),
        (0.001, "1"),
        (2.0, "2"),
        (timedelta(minutes=2), "120"),
        (timedelta(seconds=1, milliseconds=1), "2"),
        (datetime(2026, 1, 2, 3, 4, 5), "Fri, 02 Jan 2026 03:04:05 GMT"),
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "Fri, 02 Jan 2026 03:04:05 GMT"),
        (
            datetime(2026, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2))),
            "Fri, 02 Jan 2026 03:04:05 GMT",
        ),
    ],
)
def test_valid_values(value: object, header: str) -> None:
    assert retry_after_value(value) == header  # type: ignore[arg-type]
    for code, json in CASES:
        assert _build(code, json, value)["Retry-After"] == header  # type: ignore[index]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (-5, "a delay cannot be negative"),
        (-0.5, "a delay cannot be negative"),
        (True, "a bool is not a delay"),
        (False, "a bool is not a delay"),
        ("120", "a delay is a number of seconds or a datetime, not str"),
        (float("nan"), "a delay must be a finite number of seconds"),
        (float("inf"), "a delay must be a finite number of seconds"),
        (timedelta(seconds=-1), "cannot be negative"),
        (None, "a delay is a number of seconds or a datetime, not NoneType"),
        (__import__("decimal").Decimal("1"), "a delay is an int, float or timedelta, not Decimal"),
        (__import__("fractions").Fraction(1, 2), "not Fraction"),
    ],
)
def test_invalid_values(value: object, reason: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        retry_after_value(value)  # type: ignore[arg-type]
    assert reason in str(caught.value)
    assert "; give seconds >= 0 (int, float or timedelta) or a datetime" in str(caught.value)
    for code, json in CASES:
        if value is None:
            continue  # None means "no Retry-After" for the classes
        cls = response_class(code, json=json)
        with pytest.raises(ResponseValidationError) as caught:
            _build(code, json, value)
        assert str(caught.value).startswith(f"{cls.__name__}: retry_after=")
        assert reason in str(caught.value)
        assert caught.value.argument == "retry_after"
        assert caught.value.errors


def test_pydantic_details_are_kept() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        response_class(503)(retry_after=-5)
    assert caught.value.errors[0]["type"] == "value_error"
    assert caught.value.errors[0]["msg"] == "Value error, a delay cannot be negative"
    assert type(caught.value.__cause__).__name__ == "ValidationError"


@pytest.mark.parametrize("code", CODES)
def test_retry_after_is_optional(code: int) -> None:
    arguments = example_arguments(code)
    arguments.pop("retry_after", None)
    assert not response_class(code)(**arguments).has_header("Retry-After")


@pytest.mark.parametrize(
    "value",
    ["\u0666\u0660", "\uff16\uff10", "\u00b2", "60 ", "6 0", "-1", "1.5", "0x10", ""],
    ids=["arabic-indic", "fullwidth", "superscript", "trailing-space", "inner-space",
         "negative", "fraction", "hex", "empty"],
)  # fmt: skip
def test_a_string_set_later_must_be_ascii_delay_seconds(value: str) -> None:
    """RFC 9110 delay-seconds is 1*DIGIT, ASCII digits only: str.isdigit() would take the
    others."""
    response = HttpResponseTooManyRequests()
    with pytest.raises(HeaderValueError) as caught:
        response["Retry-After"] = value
    assert caught.value.argument == "Retry-After"
    assert "Retry-After" not in response
    assert str(caught.value).startswith(
        f"HttpResponseTooManyRequests: Retry-After header {value!r}"
    )


@pytest.mark.parametrize("value", ["0", "60", "86400", "Fri, 02 Jan 2026 03:04:05 GMT"])
def test_a_string_set_later_in_the_grammar_is_kept(value: str) -> None:
    response = HttpResponseTooManyRequests()
    response["Retry-After"] = value
    assert response["Retry-After"] == value
