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
from typing import Annotated, Any

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.utils.functional import lazystr
from pydantic import AfterValidator, BaseModel, WrapValidator

from django_allresponses import JsonResponseOK, ModelJSONEncoder, ResponseValidationError
from django_allresponses.responses import json as twin_json
from django_allresponses.responses import marked_rows as marking


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


# --- rows written once, their NaN and Infinity marked ---------------------------------------


class Typed(BaseModel):
    """Every float typed, so that its rows are written marked."""

    id: int
    label: str
    weight: float
    place: Place
    maybe: float | None = None
    either: float | str = 0.0
    series: list[float] = []
    pair: tuple[float, float] = (0.0, 0.0)
    named: dict[str, float] = {}
    places: list[Place] = []
    optional_place: Place | None = None
    validated: Annotated[float, AfterValidator(float)] = 0.0
    wrapped: Annotated[float, WrapValidator(lambda value, handler: handler(value))] = 0.0


def _typed(count: int = 40) -> list[Typed]:
    return [
        Typed(
            id=index,
            label=f"Row {index}",
            weight=index / 3,
            place=Place(name=f"p{index}", latitude=index / 7, longitude=-index / 11),
            series=[index / 9],
            named={"a": index / 13},
        )
        for index in range(count)
    ]


TYPED_PLACES: dict[str, Any] = {
    "weight": lambda number: {"weight": number},
    "place": lambda number: {"place": _place(number)},
    "maybe": lambda number: {"maybe": number},
    "either": lambda number: {"either": number},
    "series": lambda number: {"series": [1.0, number]},
    "pair": lambda number: {"pair": (1.0, number)},
    "named": lambda number: {"named": {"b": number}},
    "places": lambda number: {"places": [_place(1.0), _place(number)]},
    "optional_place": lambda number: {"optional_place": _place(number)},
    "validated": lambda number: {"validated": number},
    "wrapped": lambda number: {"wrapped": number},
}


def test_rows_with_every_float_typed_are_written_marked() -> None:
    assert marking.marked_rows(Typed) is not None
    assert marking.marked_rows(Row) is None  # its untyped field is written as found


@pytest.mark.parametrize("number", NON_FINITE, ids=["nan", "inf", "-inf"])
@pytest.mark.parametrize("at", [0, 39])
@pytest.mark.parametrize("where", sorted(TYPED_PLACES))
def test_a_marked_non_finite_float_is_refused(where: str, at: int, number: float) -> None:
    marked = marking.marked_rows(Typed)
    assert marked is not None
    marked.rest = 0
    rows = _typed()
    JsonResponseOK(rows, safe=False)
    assert marked.checked  # the class's marked JSON was found the same as pydantic's
    rows[at] = rows[at].model_copy(update=TYPED_PLACES[where](number))
    message = (
        r"^JsonResponseOK: data=.* holds NaN or Infinity, which JSON cannot carry "
        r"\(RFC 8259, Section 6\); give finite numbers or None$"
    )
    with pytest.raises(ResponseValidationError, match=message) as caught:
        JsonResponseOK(rows, safe=False)
    assert caught.value.argument == "data"
    assert marked.rest == 0  # told by the marked writing


def _as_pydantic_writes(rows: list[Any], model: type[BaseModel], **params: Any) -> None:
    from pydantic import TypeAdapter

    expected = TypeAdapter(list[model]).dump_json(rows, by_alias=True, **params)  # type: ignore[valid-type]
    extra = {"json_dumps_params": params} if params else {}
    assert JsonResponseOK(rows, safe=False, **extra).content == expected


def test_finite_marked_rows_are_sent_as_pydantic_sends_them() -> None:
    _as_pydantic_writes(_typed(), Typed)
    _as_pydantic_writes(_typed(), Typed, indent=2)


@pytest.mark.parametrize(
    "label", ["NaN", "Infinity", "-Infinity", "NaNa", "I am NOT Infinite", "N" * 200]
)
def test_the_words_in_text_are_sent_as_pydantic_sends_them(label: str) -> None:
    rows = [row.model_copy(update={"label": label}) for row in _typed()]
    _as_pydantic_writes(rows, Typed)


def test_many_capitals_are_looked_at_column_by_column() -> None:
    rows = [row.model_copy(update={"label": "NI" * 50}) for row in _typed()]
    marked = marking.marked_rows(Typed)
    assert marked is not None
    marked.rest = 0
    _as_pydantic_writes(rows, Typed)
    assert marked.rest == 64  # the next responses of the class skip the marked writing
    _as_pydantic_writes(rows, Typed)
    assert marked.rest == 63
    rows[5] = rows[5].model_copy(update={"weight": math.inf})
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity"):
        JsonResponseOK(rows, safe=False)
    marked.rest = 0
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity"):
        JsonResponseOK(rows, safe=False)


def test_floats_the_columns_do_not_hold_are_sent_as_pydantic_sends_them() -> None:
    from pydantic import computed_field

    class Computed(BaseModel):
        x: float

        @computed_field  # type: ignore[prop-decorator]
        @property
        def ratio(self) -> float:
            return math.nan if self.x else 1.0

    assert marking.marked_rows(Computed) is not None
    rows = [Computed(x=0.0), Computed(x=1.0)]
    expected = b'[{"x":0.0,"ratio":1.0},{"x":1.0,"ratio":null}]'
    assert JsonResponseOK(rows, safe=False).content == expected


@pytest.mark.parametrize(
    "annotation",
    [
        pytest.param("Any", id="untyped"),
        pytest.param("excluded", id="excluded field"),
        pytest.param("serializer", id="custom serializer"),
        pytest.param("union of models", id="union of models"),
    ],
)
def test_models_whose_floats_might_be_written_unmarked_are_checked_as_before(
    annotation: str,
) -> None:
    from pydantic import Field, field_serializer

    class Other(BaseModel):
        y: float

    class Untyped(BaseModel):
        x: Any

    class Excluded(BaseModel):
        x: float = Field(exclude=True)

    class Serialized(BaseModel):
        x: float

        @field_serializer("x")
        def _x(self, value: float) -> float:
            return value

    class Union(BaseModel):
        x: Place | Other

    model, row = {
        "Any": (Untyped, Untyped(x=math.nan)),
        "excluded": (Excluded, Excluded(x=math.nan)),
        "serializer": (Serialized, Serialized(x=math.nan)),
        "union of models": (Union, Union(x=Other(y=math.nan))),
    }[annotation]
    assert marking.marked_rows(model) is None
    with pytest.raises(ResponseValidationError, match="holds NaN or Infinity"):
        JsonResponseOK([row], safe=False)


def test_the_marks_work_with_this_pydantic() -> None:
    assert marking.marks_work()
