"""JSON data that cannot be sent as JSON is refused, whatever carries it.

NaN and Infinity are not JSON (RFC 8259, Section 6). In a dict they are
refused; inside pydantic model data (a model, a list of models, a model
nested in a dict) they must be refused too, never sent as ``null``. A
pydantic serializer that fails, and ``json_dumps_params`` that cannot apply,
are the caller's bad input: ``ResponseValidationError`` naming the class and
the argument, never pydantic's or Python's own exception.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from pydantic import BaseModel, field_serializer

from django_allresponses import JsonResponseNotFound, JsonResponseOK, ResponseValidationError
from tests.support.hostile import refused


class Reading(BaseModel):
    value: float


class Exploding(BaseModel):
    value: int

    @field_serializer("value")
    def _explode(self, value: int) -> int:
        raise ValueError("the sensor is offline")


NON_FINITE = [
    pytest.param(math.nan, id="nan"),
    pytest.param(math.inf, id="inf"),
    pytest.param(-math.inf, id="-inf"),
]


def _data(shape: str, number: float) -> tuple[object, dict[str, Any]]:
    reading = Reading(value=number)
    return {
        "model": (reading, {}),
        "list": ([reading], {"safe": False}),
        "nested": ({"reading": reading}, {}),
        "dict": ({"value": number}, {}),
    }[shape]


@pytest.mark.parametrize("shape", ["model", "list", "nested", "dict"])
@pytest.mark.parametrize("number", NON_FINITE)
@pytest.mark.parametrize("cls", [JsonResponseOK, JsonResponseNotFound])
def test_non_finite_numbers_are_refused_in_any_data(
    cls: type[JsonResponseOK], number: float, shape: str
) -> None:
    data, extra = _data(shape, number)
    error = refused(lambda: cls(data, **extra), cls.__name__, "data")
    assert error.argument == "data"


def test_finite_model_data_is_sent() -> None:
    assert JsonResponseOK(Reading(value=1.5)).content == b'{"value":1.5}'
    assert JsonResponseOK([Reading(value=-0.0)], safe=False).content == b'[{"value":-0.0}]'


@pytest.mark.parametrize(
    ("data", "extra"),
    [
        pytest.param(Exploding(value=1), {}, id="model"),
        pytest.param([Exploding(value=1)], {"safe": False}, id="list"),
        pytest.param({"item": Exploding(value=1)}, {}, id="nested"),
    ],
)
def test_a_failing_serializer_is_a_validation_error(data: object, extra: dict[str, Any]) -> None:
    error = refused(lambda: JsonResponseOK(data, **extra), "JsonResponseOK", "data")
    assert error.argument == "data"
    assert "the sensor is offline" in str(error)


@pytest.mark.parametrize(
    ("data", "params"),
    [
        pytest.param(Reading(value=1), {"indent": "two"}, id="model-indent-str"),
        pytest.param(Reading(value=1), 5, id="model-int"),
        pytest.param(Reading(value=1), ["indent"], id="model-list"),
        pytest.param(Reading(value=1), {"bogus": 1}, id="model-unknown"),
        pytest.param({"a": 1}, 5, id="dict-int"),
        pytest.param({"a": 1}, {"bogus": 1}, id="dict-unknown"),
        pytest.param({"a": 1}, {"indent": [1]}, id="dict-indent-list"),
    ],
)
def test_wrong_json_dumps_params_are_a_validation_error(data: object, params: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseOK(data, json_dumps_params=params)  # type: ignore[arg-type]
    assert str(caught.value).startswith("JsonResponseOK: ")
    assert "json_dumps_params" in str(caught.value)
    assert caught.value.argument == "json_dumps_params"
