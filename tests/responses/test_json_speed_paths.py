"""The quicker paths of the JSON twins send what the slower ones sent.

``ModelJSONEncoder`` writes ``datetime``, ``date``, ``Decimal`` and ``UUID`` itself, without
Django's chain of checks: the bytes are Django's ``JsonResponse``'s, for each such value
and for subclasses and the types it leaves to Django. Rows of one model class are
checked for NaN and Infinity column by column: every place a float can hide (a field,
a nested model's field, an optional float, a list of floats, a dict of them, an untyped
field) is still refused, whichever row holds it.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.utils.functional import lazystr
from pydantic import BaseModel

from django_allresponses import JsonResponseOK, ModelJSONEncoder, ResponseValidationError
from django_allresponses.responses import json as twin_json


class LocalDateTime(datetime):
    """A datetime subclass: Django's own steps write it."""


VALUES = [
    datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
    datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
    datetime(2025, 1, 2, 3, 4, 5, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    datetime(2025, 1, 2, 3, 4, 5, 999999),
    datetime(1, 1, 1),
    LocalDateTime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
    date(2025, 12, 31),
    time(3, 4, 5, 678901),
    timedelta(days=1, seconds=5, microseconds=1),
    Decimal("1.10"),
    Decimal("-0"),
    Decimal("1E+30"),
    Decimal("NaN"),
    uuid.UUID(int=0),
    uuid.UUID("12345678-9abc-def0-1234-56789abcdef0"),
    uuid.uuid4(),
    lazystr("lazy"),
]


@pytest.mark.parametrize("value", VALUES, ids=[repr(value)[:40] for value in VALUES])
def test_each_value_is_written_as_django_writes_it(value: object) -> None:
    data = {"value": value, "list": [value, value]}
    assert JsonResponseOK(data).content == JsonResponse(data).content


def test_the_quick_steps_are_in_use_with_this_django() -> None:
    assert twin_json._quick_default_fits()
    assert "default" in ModelJSONEncoder.__dict__


def test_a_large_dict_of_django_s_types_is_byte_identical() -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    data = {
        "results": [
            {
                "at": start + timedelta(minutes=index, microseconds=index * 7),
                "total": Decimal(index) / 3,
                "id": uuid.UUID(int=index * 7919),
                "day": date(2025, 1, 1) + timedelta(days=index),
            }
            for index in range(2000)
        ]
    }
    assert JsonResponseOK(data).content == JsonResponse(data).content


def test_models_still_come_after_django_s_types() -> None:
    class Item(BaseModel):
        id: int
        at: datetime

    data = {"item": Item(id=1, at=datetime(2025, 1, 2, tzinfo=UTC)), "when": date(2025, 1, 2)}
    assert (
        JsonResponseOK(data).content
        == b'{"item": {"id": 1, "at": "2025-01-02T00:00:00Z"}, "when": "2025-01-02"}'
    )


def test_what_neither_knows_is_refused_as_django_refuses_it() -> None:
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        JsonResponse({"x": object()})
    with pytest.raises(ResponseValidationError, match="Object of type object is not JSON"):
        JsonResponseOK({"x": object()})
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        DjangoJSONEncoder().encode({"x": object()})
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        ModelJSONEncoder().encode({"x": object()})


def test_an_aware_time_is_refused_as_django_refuses_it() -> None:
    aware = time(3, 4, tzinfo=UTC)
    with pytest.raises(ValueError, match=r"JSON can't represent timezone-aware times\."):
        JsonResponse({"x": aware})
    with pytest.raises(ResponseValidationError, match="timezone-aware times"):
        JsonResponseOK({"x": aware})


# --- NaN and Infinity in rows of one model ---------------------------------------------------


class Place(BaseModel):
    name: str
    latitude: float
    longitude: float


class Row(BaseModel):
    id: int
    weight: float
    place: Place
    maybe: float | None = None
    series: list[float] = []
    named: dict[str, float] = {}
    anything: Any = None
    total: Decimal = Decimal(0)


def _rows(count: int = 50) -> list[Row]:
    return [
        Row(
            id=index,
            weight=index / 3,
            place=Place(name=f"p{index}", latitude=index / 7, longitude=-index / 11),
            maybe=None if index % 2 else index / 5,
            series=[index / 9, 1.0],
            named={"a": index / 13},
        )
        for index in range(count)
    ]


def _with(rows: list[Row], at: int, **changes: Any) -> list[Row]:
    rows[at] = rows[at].model_copy(update=changes)
    return rows


def _place(number: float) -> Place:
    return Place(name="x", latitude=0.0, longitude=number)


NON_FINITE = [math.nan, math.inf, -math.inf]


@pytest.mark.parametrize("number", NON_FINITE, ids=["nan", "inf", "-inf"])
@pytest.mark.parametrize("at", [0, 17, 49])
@pytest.mark.parametrize(
    "where", ["weight", "place", "maybe", "series", "named", "anything", "nested in anything"]
)
def test_a_non_finite_float_anywhere_in_any_row_is_refused(
    where: str, at: int, number: float
) -> None:
    change: dict[str, Any] = {
        "weight": {"weight": number},
        "place": {"place": _place(number)},
        "maybe": {"maybe": number},
        "series": {"series": [1.0, number]},
        "named": {"named": {"b": number}},
        "anything": {"anything": number},
        "nested in anything": {"anything": {"deep": [number]}},
    }[where]
    rows = _with(_rows(), at, **change)
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity") as caught:
        JsonResponseOK(rows, safe=False)
    assert caught.value.argument == "data"


def test_finite_rows_are_sent_as_pydantic_sends_them() -> None:
    from pydantic import TypeAdapter

    rows = _rows()
    assert JsonResponseOK(rows, safe=False).content == TypeAdapter(list[Row]).dump_json(
        rows, by_alias=True
    )


def test_floats_whose_sum_overflows_are_still_finite() -> None:
    rows = [_rows(1)[0].model_copy(update={"weight": 1e308}) for _ in range(3)]
    assert JsonResponseOK(rows, safe=False).content.count(b"1e+308") == 3


def test_a_row_built_without_its_fields_is_looked_at_value_by_value() -> None:
    good = _rows(2)
    odd = Row.model_construct(id=9, weight="heavy", place=None)  # type: ignore[arg-type]
    with pytest.warns(UserWarning):  # pydantic's, on sending values of other types
        JsonResponseOK([*good, odd], safe=False)
    bad = Row.model_construct(id=9, weight=math.nan, place={"latitude": 1.0})  # type: ignore[arg-type]
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity"):
        JsonResponseOK([*good, bad], safe=False)


def test_rows_of_several_classes_are_still_checked() -> None:
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity"):
        JsonResponseOK([_place(1.0), *_rows(3), _place(math.inf)], safe=False)
