"""FastJSONEncoder: pydantic-core's serializer behind Django's encoder interface.

Every byte difference from Django's output that the JSON guide lists is asserted here
with both outputs as literals, and what both refuse is refused by both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.utils.translation import gettext_lazy
from pydantic import BaseModel

from django_allresponses import JsonResponseCreated, JsonResponseOK, ResponseValidationError
from django_allresponses.fast_json import FastJSONEncoder


class Colour(Enum):
    RED = "red"


class Item(BaseModel):
    name: str
    price: Decimal


# (data, FastJSONEncoder's bytes, Django's JsonResponse bytes): the JSON guide's table.
SAME_VALUES = [
    ({"a": 1, "b": [True, None]}, b'{"a":1,"b":[true,null]}', b'{"a": 1, "b": [true, null]}'),
    ({"n": "caf\u00e9"}, b'{"n":"caf\\u00e9"}', b'{"n": "caf\\u00e9"}'),
    ({"d": date(2025, 1, 31)}, b'{"d":"2025-01-31"}', b'{"d": "2025-01-31"}'),
    (
        {"t": datetime(2025, 1, 1, 12, tzinfo=UTC)},
        b'{"t":"2025-01-01T12:00:00Z"}',
        b'{"t": "2025-01-01T12:00:00Z"}',
    ),
    ({"p": Decimal("9.99")}, b'{"p":"9.99"}', b'{"p": "9.99"}'),
    (
        {"u": UUID(int=1)},
        b'{"u":"00000000-0000-0000-0000-000000000001"}',
        b'{"u": "00000000-0000-0000-0000-000000000001"}',
    ),
    (
        {1: "int", False: "bool", 2.5: "float"},
        b'{"1":"int","false":"bool","2.5":"float"}',
        b'{"1": "int", "false": "bool", "2.5": "float"}',
    ),
    ({"lazy": gettext_lazy("text")}, b'{"lazy":"text"}', b'{"lazy": "text"}'),
    ({"s": "NaN and Infinity"}, b'{"s":"NaN and Infinity"}', b'{"s": "NaN and Infinity"}'),
]

DIFFERENT_VALUES = [
    (
        {"t": datetime(2025, 1, 1, 12, 0, 0, 123456)},
        b'{"t":"2025-01-01T12:00:00.123456"}',
        b'{"t": "2025-01-01T12:00:00.123"}',
    ),
    ({"t": time(1, 2, 3, 456789)}, b'{"t":"01:02:03.456789"}', b'{"t": "01:02:03.456"}'),
    (
        {"d": timedelta(days=1, hours=2)},
        b'{"d":"P1DT2H"}',
        b'{"d": "P1DT02H00M00S"}',
    ),
    ({"f": 1e-7}, b'{"f":1e-7}', b'{"f": 1e-07}'),
    ({None: 1}, b'{"None":1}', b'{"null": 1}'),
]

# Values Django's encoder refuses and pydantic-core writes (the guide lists them).
WIDER = [
    ({"s": {1}}, b'{"s":[1]}'),
    ({"b": b"x"}, b'{"b":"x"}'),
    ({"c": Colour.RED}, b'{"c":"red"}'),
    ({"t": time(1, 2, tzinfo=UTC)}, b'{"t":"01:02:00Z"}'),
]


@pytest.mark.parametrize(("data", "fast", "django"), SAME_VALUES + DIFFERENT_VALUES)
def test_the_bytes_against_djangos(data: dict[Any, Any], fast: bytes, django: bytes) -> None:
    assert JsonResponse(data, encoder=FastJSONEncoder).content == fast
    assert JsonResponseOK(data, encoder=FastJSONEncoder).content == fast
    assert JsonResponse(data).content == django


@pytest.mark.parametrize(("data", "fast", "django"), SAME_VALUES)
def test_the_same_values_parse_equal(data: dict[Any, Any], fast: bytes, django: bytes) -> None:
    assert json.loads(fast) == json.loads(django)


@pytest.mark.parametrize(("data", "fast"), WIDER)
def test_what_django_refuses_and_pydantic_core_writes(data: dict[str, Any], fast: bytes) -> None:
    with pytest.raises((TypeError, ValueError)):
        JsonResponse(data)
    assert JsonResponse(data, encoder=FastJSONEncoder).content == fast


def test_a_pydantic_model_nested_in_the_data() -> None:
    response = JsonResponseCreated(
        {"item": Item(name="pen", price=Decimal("1.50"))},
        location="/items/1",
        encoder=FastJSONEncoder,
    )
    assert response.content == b'{"item":{"name":"pen","price":"1.50"}}'


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_refused_by_the_twins(value: float) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseOK({"x": [1, value]}, encoder=FastJSONEncoder)
    assert caught.value.argument == "data"
    assert "Out of range float values are not JSON compliant" in str(caught.value)


def test_nan_allowed_where_django_allows_it() -> None:
    # Django's JsonResponse leaves allow_nan at json.dumps's default, true.
    assert JsonResponse({"x": float("nan")}).content == b'{"x": NaN}'
    assert JsonResponse({"x": float("nan")}, encoder=FastJSONEncoder).content == b'{"x":NaN}'


def test_an_unknown_type_is_djangos_type_error() -> None:
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        JsonResponse({"x": object()})
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        JsonResponse({"x": object()}, encoder=FastJSONEncoder)
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseOK({"x": object()}, encoder=FastJSONEncoder)
    assert caught.value.argument == "data"


def test_a_circular_value_is_refused() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference detected"):
        JsonResponse(loop, safe=False)
    with pytest.raises(ValueError, match="Circular reference detected"):
        JsonResponse(loop, safe=False, encoder=FastJSONEncoder)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sort_keys": True}, b'{"a": 2, "b": 1}'),
        ({"separators": (",", ":")}, b'{"b":1,"a":2}'),
        ({"indent": "\t"}, b'{\n\t"b": 1,\n\t"a": 2\n}'),
        ({"indent": 2}, b'{\n  "b": 1,\n  "a": 2\n}'),
        ({"ensure_ascii": False}, b'{"b":1,"a":2}'),
    ],
)
def test_json_dumps_params(params: dict[str, Any], expected: bytes) -> None:
    data = {"b": 1, "a": 2}
    assert (
        JsonResponse(data, encoder=FastJSONEncoder, json_dumps_params=params).content == expected
    )
    assert (
        JsonResponseOK(data, encoder=FastJSONEncoder, json_dumps_params=params).content == expected
    )


def test_ensure_ascii_false_writes_utf8() -> None:
    response = JsonResponseOK(
        {"n": "caf\u00e9"}, encoder=FastJSONEncoder, json_dumps_params={"ensure_ascii": False}
    )
    assert response.content == b'{"n":"caf\xc3\xa9"}'


def test_it_is_a_django_encoder() -> None:
    assert issubclass(FastJSONEncoder, DjangoJSONEncoder)


def test_unused_it_is_never_imported() -> None:
    code = (
        "import sys, django\n"
        "from django.conf import settings\n"
        "settings.configure()\n"
        "django.setup()\n"
        "import django_allresponses\n"
        "from django_allresponses import JsonResponseOK\n"
        "JsonResponseOK({'a': 1})\n"
        "print('django_allresponses.fast_json' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert shown.stdout == "False\n"


def test_a_lone_surrogate_is_written_as_django_writes_it() -> None:
    assert JsonResponse({"s": "\ud800"}).content == b'{"s": "\\ud800"}'
    assert JsonResponse({"s": "\ud800"}, encoder=FastJSONEncoder).content == b'{"s": "\\ud800"}'
