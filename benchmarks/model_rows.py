"""A JSON twin given 1,000 pydantic model rows, against pydantic's own serializer and Django.

Three sides, timed with :func:`benchmarks.timing.compare`:

* ours: ``JsonResponseOK(rows, safe=False)``;
* pydantic: ``TypeAdapter(list[Order]).dump_json(rows, by_alias=True)`` (the bytes
  ours sends), the adapter built once, outside the clock: the floor for turning
  the rows into JSON;
* Django: ``JsonResponse([m.model_dump() for m in rows], safe=False)``.

The rows are a realistic API model: an ``int``, ``str``, ``float``, ``datetime``,
``Decimal``, ``UUID``, a nested model (with ``float`` fields of its own) and a field with
an alias. The floats matter: NaN and Infinity, which JSON cannot carry, hide only in
them, so a model with floats is the one whose rows must be refused if one is NaN (ours
writes them once with such floats marked, and looks for the marks in the JSON:
:mod:`django_allresponses.responses.marked_rows`).
Ours is timed against pydantic with the A/A control of the same run
(:func:`benchmarks.timing.compare_with_control`).
"""

from __future__ import annotations

import random
import statistics
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.http import JsonResponse
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from django_allresponses import JsonResponseOK

from .timing import AGAIN, Comparison, Ratio, compare


class Address(BaseModel):
    """A nested model."""

    street: str
    city: str
    postcode: str
    latitude: float
    longitude: float


class Order(BaseModel):
    """One row of an API listing."""

    model_config = ConfigDict(populate_by_name=True)

    id: int
    customer: str
    placed_at: datetime
    total: Decimal
    weight: float
    reference: uuid.UUID
    shipping: Address
    is_gift: bool = Field(alias="isGift")


def make_rows(count: int = 1000) -> list[Order]:
    """``count`` distinct, deterministic rows."""
    start = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    return [
        Order(
            id=index,
            customer=f"Customer {index}",
            placed_at=start + timedelta(minutes=index),
            total=Decimal(index) / 4 + Decimal("9.99"),
            weight=0.25 + index / 8,
            reference=uuid.UUID(int=index),
            shipping=Address(
                street=f"{index} Main Street",
                city="Springfield",
                postcode="12345",
                latitude=39.78 + index / 1e5,
                longitude=-89.65 - index / 1e5,
            ),
            isGift=index % 3 == 0,
        )
        for index in range(count)
    ]


@dataclass
class RowsResult:
    """Per-round CPU seconds to turn the rows into a response (or JSON bytes), per side."""

    rows: int
    times: dict[str, list[float]]

    @property
    def vs_pydantic(self) -> Comparison:
        """Ours against ``TypeAdapter(list[Order]).dump_json``, with pydantic against itself
        as the A/A control: at most 1.10 is the target."""
        times = self.times
        return Comparison.of(times["ours"], times["pydantic"], times[AGAIN])

    @property
    def speedup(self) -> Comparison:
        """How many times faster ours is than Django's ``JsonResponse`` (Django / ours), with
        the same A/A control (pydantic's two runs)."""
        times = self.times
        return Comparison(Ratio.of(times["django"], times["ours"]), self.vs_pydantic.control)

    def per_call(self, side: str) -> float:
        """Median CPU seconds per call of ``side``."""
        return statistics.median(self.times[side])


def measure_rows(*, rounds: int, chunk: float, seed: int, count: int = 1000) -> RowsResult:
    """Time the three sides (and pydantic again) on ``count`` rows, interleaved over
    ``rounds`` rounds."""
    rows = make_rows(count)
    adapter = TypeAdapter(list[Order])
    if JsonResponseOK(rows, safe=False).content != adapter.dump_json(rows, by_alias=True):
        raise AssertionError("the rows' JSON differs from TypeAdapter.dump_json's")

    def ours() -> JsonResponseOK:
        return JsonResponseOK(rows, safe=False)

    def pydantic() -> bytes:
        return adapter.dump_json(rows, by_alias=True)

    def django() -> JsonResponse:
        return JsonResponse([m.model_dump() for m in rows], safe=False)

    sides = {"rows": {"ours": ours, "pydantic": pydantic, AGAIN: pydantic, "django": django}}
    times = compare(
        sides, rounds=rounds, chunk=chunk, rng=random.Random(seed), calibrate_on="pydantic"
    )
    return RowsResult(count, times["rows"])
