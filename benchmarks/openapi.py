"""Declared responses: ``openapi_responses`` over 100 views, and generic twins built.

Two measurements, each timed with :func:`benchmarks.timing.compare`:

* a schema build: ``openapi_responses(view, schemas=components)`` for 100 views (the
  first build, of new models, timed once a round; then builds again, each data type's
  schema kept from the first, timed in chunks), each
  declaring ``JsonResponseOK[ItemN] | JsonResponseNotFound[ProblemDetails] |
  HttpResponseSeeOther | JsonResponseTooManyRequests[ProblemDetails]`` with a model of its
  own, against pydantic's ``TypeAdapter.json_schemas`` of the same data types (adapters
  built beforehand): the floor for the JSON schemas. It runs once per schema build (a
  generator's document, ninja's docs page), never per request.
* construction of a twin through its subscripted form, ``JsonResponseOK[Item](item)``,
  against ``JsonResponseOK(item)``: the only run-time difference generic twins make
  (``typing`` records the alias on the instance as ``__orig_class__``). The plain form's
  cost against Django is the construction part's table.

Each figure is printed with its A/A control from the same rounds (pydantic's build, and
the plain form, run twice a round): :class:`benchmarks.timing.Comparison`.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, TypeAdapter, create_model

from django_allresponses import (
    HttpResponseSeeOther,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponseTooManyRequests,
    ProblemDetails,
)
from django_allresponses.openapi import REF_TEMPLATE, _cached_json_schema, openapi_responses

from .timing import AGAIN, Comparison, compare

VIEWS = 100


def make_views(count: int = VIEWS) -> tuple[list[Callable[..., object]], list[type[BaseModel]]]:
    """``count`` views, each declaring four statuses with a model of its own."""
    views: list[Callable[..., object]] = []
    models: list[type[BaseModel]] = []
    for index in range(count):
        model = create_model(f"Item{index}", id=(int, ...), name=(str, ...), tags=(list[str], []))

        def view(request: object, pk: int) -> Any: ...

        view.__name__ = view.__qualname__ = f"item_{index}"
        view.__annotations__ = {
            "return": JsonResponseOK[model]  # type: ignore[valid-type]
            | JsonResponseNotFound[ProblemDetails]
            | HttpResponseSeeOther
            | JsonResponseTooManyRequests[ProblemDetails]
        }
        views.append(view)
        models.append(model)
    return views, models


class Item(BaseModel):
    id: int
    name: str


@dataclass
class OpenapiResult:
    """Per-round CPU seconds of each side of each measurement."""

    views: int
    cold: list[float]
    """CPU seconds of first builds: new models, the schema cache emptied."""
    build: dict[str, list[float]]
    construction: dict[str, dict[str, list[float]]]

    @property
    def vs_pydantic(self) -> Comparison:
        """A schema build against pydantic's JSON schemas of the same types, with
        pydantic's run again in each round as the A/A control."""
        build = self.build
        return Comparison.of(build["ours"], build["pydantic"], build[AGAIN])

    def report(self) -> dict[str, Any]:
        """Print the figures; return them for ``--json``."""
        ours = statistics.median(self.build["ours"])
        floor = statistics.median(self.build["pydantic"])
        ratio = self.vs_pydantic
        print(f"Declared responses: openapi_responses over {self.views} views, CPU ms per build")
        cold = statistics.median(self.cold)
        print(f"  first     {cold * 1e3:8.2f}  (new models: every schema generated)")
        print(f"  again     {ours * 1e3:8.2f}  ({ours / self.views * 1e6:.0f} µs a view)")
        print(f"  pydantic  {floor * 1e3:8.2f}  (TypeAdapter.json_schemas of the same types)")
        print(f"  ratio     {ratio}")
        print("Generic twins, CPU µs per response: JsonResponseOK[T](data) / JsonResponseOK(data)")
        construction: dict[str, float] = {}
        controls: dict[str, dict[str, float]] = {}
        for case, sides in self.construction.items():
            found = Comparison.of(sides["subscripted"], sides["plain"], sides[AGAIN])
            construction[case] = found.ratio.median
            controls[case] = found.facts()
            print(
                f"  {case:<6} {statistics.median(sides['subscripted']) * 1e6:6.2f} / "
                f"{statistics.median(sides['plain']) * 1e6:6.2f}  = {found}"
            )
        print()
        return {
            "views": self.views,
            "ms": {"first": cold * 1e3, "ours": ours * 1e3, "pydantic": floor * 1e3},
            "vs_pydantic": ratio.ratio.median,
            "vs_pydantic_aa": ratio.facts(),
            "construction": construction,
            "construction_aa": controls,
        }


def measure_openapi(*, rounds: int, chunk: float, seed: int, count: int = VIEWS) -> OpenapiResult:
    """Time a schema build of ``count`` views and the two forms of construction."""
    views, models = make_views(count)
    adapters = [TypeAdapter(model) for model in (*models, ProblemDetails)]

    def ours() -> dict[str, Any]:
        components: dict[str, Any] = {}
        for view in views:
            openapi_responses(view, schemas=components)
        return components

    def pydantic() -> object:
        inputs = [(index, "serialization", adapter) for index, adapter in enumerate(adapters)]
        return TypeAdapter.json_schemas(inputs, ref_template=REF_TEMPLATE)  # type: ignore[arg-type]

    cold: list[float] = []
    for _ in range(max(3, rounds // 4)):
        fresh, _models = make_views(count)
        _cached_json_schema.cache_clear()
        start = time.process_time()
        for view in fresh:
            openapi_responses(view, schemas={})
        cold.append(time.process_time() - start)
    item = Item(id=1, name="Lamp")
    data = {"id": 1, "name": "Lamp"}
    build = compare(
        {"build": {"ours": ours, "pydantic": pydantic, AGAIN: pydantic}},
        rounds=rounds,
        chunk=chunk * 20,
        rng=random.Random(seed),
    )["build"]
    construction = compare(
        {
            "model": {
                "subscripted": lambda: JsonResponseOK[Item](item),
                "plain": lambda: JsonResponseOK(item),
                AGAIN: lambda: JsonResponseOK(item),
            },
            "dict": {
                "subscripted": lambda: JsonResponseOK[dict[str, object]](data),
                "plain": lambda: JsonResponseOK(data),
                AGAIN: lambda: JsonResponseOK(data),
            },
        },
        rounds=rounds,
        chunk=chunk,
        rng=random.Random(seed + 1),
    )
    return OpenapiResult(count, cold, build, construction)
