"""`JsonLinesResponse`: one JSON value a line (``application/jsonl``), encoded as the JSON
twins encode data, from any iterable, a queryset's ``.iterator()`` included, in bounded
memory."""

from __future__ import annotations

import json
import math
import tracemalloc
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import User
from pydantic import BaseModel, Field

from django_allresponses import JsonLinesResponse, JsonResponseOK, ResponseValidationError


class Row(BaseModel):
    id: int
    name: str = Field(serialization_alias="label")
    score: float = 0.0


class Indented(BaseModel):
    id: int

    def model_dump_json(self, **kwargs: Any) -> str:  # a model that writes its own JSON
        return json.dumps({"id": self.id}, indent=2)


def body(response: JsonLinesResponse[Any]) -> bytes:
    return b"".join(response)


def test_the_head() -> None:
    response = JsonLinesResponse([])
    assert response.status_code == 200
    assert dict(response.items()) == {"Content-Type": "application/jsonl"}
    assert not response.has_header("Content-Length")
    assert body(response) == b""


def test_one_json_value_a_line() -> None:
    items: list[object] = [{"id": 1}, [1, 2], "text\nwith a break", 3, 2.5, None, True]
    assert body(JsonLinesResponse(items)) == (
        b'{"id": 1}\n[1, 2]\n"text\\nwith a break"\n3\n2.5\nnull\ntrue\n'
    )


def test_each_line_is_what_the_json_twin_sends() -> None:
    value = {"when": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "price": Decimal("1.10"),
             "ref": uuid.UUID(int=1), "text": "caf\u00e9"}  # fmt: skip
    line = body(JsonLinesResponse([value]))
    assert line == JsonResponseOK(value).content + b"\n"
    assert line == (
        b'{"when": "2026-01-02T03:04:05Z", "price": "1.10", '
        b'"ref": "00000000-0000-0000-0000-000000000001", "text": "caf\\u00e9"}\n'
    )


def test_models_are_serialized_by_pydantic_with_aliases() -> None:
    rows = [Row(id=1, name="Ada"), Row(id=2, name="Grace", score=1.5)]
    assert body(JsonLinesResponse(rows)) == (
        b'{"id":1,"label":"Ada","score":0.0}\n{"id":2,"label":"Grace","score":1.5}\n'
    )
    assert body(JsonLinesResponse([{"rows": rows[:1]}])) == (
        b'{"rows": [{"id": 1, "label": "Ada", "score": 0.0}]}\n'
    )


def test_a_model_that_indents_its_json_still_takes_one_line() -> None:
    assert body(JsonLinesResponse([Indented(id=1), Indented(id=2)])) == b'{"id": 1}\n{"id": 2}\n'


@pytest.mark.parametrize(
    "bad",
    [math.nan, math.inf, -math.inf, {"score": math.nan}, [1, math.inf],
     Row(id=1, name="x", score=math.nan)],
    ids=["nan", "inf", "-inf", "in-dict", "in-list", "in-model"],
)  # fmt: skip
def test_nan_and_infinity_are_refused_as_the_json_twins_refuse_them(bad: object) -> None:
    def rows() -> Iterator[object]:
        yield {"ok": 1}
        yield bad

    stream = iter(JsonLinesResponse(rows()))
    assert next(stream) == b'{"ok": 1}\n'
    with pytest.raises(ResponseValidationError) as caught:
        next(stream)
    assert caught.value.argument == "data"
    assert caught.value.response_class == "JsonLinesResponse"
    assert "NaN or Infinity" in str(caught.value)
    with pytest.raises(ResponseValidationError):
        JsonResponseOK(bad, safe=False)


def test_a_value_json_cannot_hold_is_refused() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        body(JsonLinesResponse([{"s": {1, 2}}]))
    assert caught.value.argument == "data"
    assert str(caught.value) == (
        "JsonLinesResponse: data={'s': {1, 2}} cannot be encoded as JSON: Object of type set "
        "is not JSON serializable"
    )


def test_items_must_be_iterable() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonLinesResponse(None)  # type: ignore[arg-type]
    assert caught.value.argument == "items"


@pytest.mark.django_db
def test_a_querysets_iterator() -> None:
    User.objects.bulk_create(
        [User(username=name, is_staff=name == "grace") for name in ("ada", "grace", "linus")]
    )
    rows = User.objects.order_by("username").values("username", "is_staff").iterator(chunk_size=2)
    response = JsonLinesResponse(rows)
    assert body(response) == (
        b'{"username": "ada", "is_staff": false}\n'
        b'{"username": "grace", "is_staff": true}\n'
        b'{"username": "linus", "is_staff": false}\n'
    )


@pytest.mark.django_db
def test_a_queryset_of_instances_is_refused_as_data() -> None:
    User.objects.create(username="ada")
    with pytest.raises(ResponseValidationError) as caught:
        body(JsonLinesResponse(User.objects.iterator()))
    assert caught.value.argument == "data"
    assert str(caught.value).startswith(
        "JsonLinesResponse: data=<User: ada> cannot be encoded as JSON: Object of type User"
    )


def _peak(rows: int) -> int:
    def items() -> Iterator[dict[str, object]]:
        for i in range(rows):
            yield {"id": i, "name": f"row {i}", "score": i / 7}

    tracemalloc.start()
    try:
        for _part in JsonLinesResponse(items()):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_rows() -> None:
    small, large = _peak(2_000), _peak(40_000)
    assert large < small * 1.5 + 16_384, (small, large)
