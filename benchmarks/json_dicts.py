"""A JSON twin given a dict of Django's JSON types, against Django's ``JsonResponse``.

The data is what a view serializes by hand: a dict of records, each with a ``datetime``,
a ``Decimal``, a ``UUID``, a ``date``, text and numbers, of about 1 KB, 100 KB and 1 MB
of JSON. Both sides serialize with Django's encoder path (``DjangoJSONEncoder``'s types)
and send the same bytes (checked before timing). Timed with
:func:`benchmarks.timing.compare_with_control`: ours against Django, and Django against
itself (the A/A control of the same run).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.http import JsonResponse

from django_allresponses import JsonResponseOK

from .timing import Comparison, compare_with_control

SIZES = {"1 KB": 1_000, "100 KB": 100_000, "1 MB": 1_000_000}
"""The JSON sizes measured, and their bytes (about)."""


def make_data(size: int) -> dict[str, Any]:
    """A dict of records holding Django's JSON types, about ``size`` bytes of JSON."""
    start = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    records: list[dict[str, Any]] = []
    index = 0
    length = 0
    while length < size or not records:
        record = {
            "id": index,
            "placed_at": start + timedelta(minutes=index, microseconds=index),
            "total": Decimal(index) / 4 + Decimal("9.99"),
            "reference": uuid.UUID(int=index),
            "due": date(2025, 1, 1) + timedelta(days=index % 365),
            "customer": f"Customer {index}",
            "paid": index % 2 == 0,
        }
        records.append(record)
        length += 190  # about the JSON of one record
        index += 1
    return {"count": len(records), "results": records}


@dataclass
class JsonResult:
    """Ours / Django and its A/A control, per size."""

    comparisons: dict[str, Comparison]


def measure_json(*, rounds: int, chunk: float, seed: int) -> JsonResult:
    """Time ``JsonResponseOK(d)`` against ``JsonResponse(d)`` at each size."""
    cases: dict[str, tuple[Any, Any]] = {}
    for label, size in SIZES.items():
        data = make_data(size)
        ours = JsonResponseOK(data).content
        theirs = JsonResponse(data).content
        if ours != theirs:
            raise AssertionError(f"JSON {label}: this library's bytes differ from Django's")

        def ours_side(data: dict[str, Any] = data) -> object:
            return JsonResponseOK(data)

        def django_side(data: dict[str, Any] = data) -> object:
            return JsonResponse(data)

        cases[label] = (ours_side, django_side)
    comparisons = compare_with_control(cases, rounds=rounds, chunk=chunk, rng=random.Random(seed))
    return JsonResult(comparisons)
