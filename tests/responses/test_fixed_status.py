"""Every class fixes its status; status= and preserve_request= are errors."""

from __future__ import annotations

import pytest

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import example_arguments

CASES = [(code, False) for code in STATUSES] + [
    (code, True) for code, facts in STATUSES.items() if facts.allows_content
]
IDS = [f"{code}-{'json' if json else 'http'}" for code, json in CASES]


@pytest.mark.parametrize(("code", "json"), CASES, ids=IDS)
@pytest.mark.parametrize("argument", ["status", "preserve_request"])
def test_status_and_preserve_request_are_refused(code: int, json: bool, argument: str) -> None:
    cls = response_class(code, json=json)
    value = 200 if argument == "status" else True
    with pytest.raises(ResponseValidationError) as caught:
        cls(**example_arguments(code, json=json), **{argument: value})
    facts = STATUSES[code]
    assert str(caught.value).startswith(
        f"{cls.__name__} always sends {code} {facts.phrase}; it takes no {argument!r} argument"
    )
    assert caught.value.argument == argument
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize(("code", "json"), CASES, ids=IDS)
def test_an_unknown_argument_stays_a_plain_type_error(code: int, json: bool) -> None:
    cls = response_class(code, json=json)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'") as caught:
        cls(**example_arguments(code, json=json), colour="red")
    assert not isinstance(caught.value, ResponseValidationError)


@pytest.mark.parametrize(("code", "json"), CASES, ids=IDS)
def test_status_is_the_classes_own(code: int, json: bool) -> None:
    response = response_class(code, json=json)(**example_arguments(code, json=json))
    assert response.status_code == code
    assert response.reason_phrase == STATUSES[code].phrase
