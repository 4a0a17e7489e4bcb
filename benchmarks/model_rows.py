"""A JSON twin given 1,000 pydantic model rows, against dumping them to dicts for Django.

The rows are a realistic API model: an ``int``, ``str``, ``datetime``, ``Decimal``,
``UUID``, a nested model and a field with an alias.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.http import JsonResponse
from pydantic import BaseModel, ConfigDict, Field

from django_allresponses import JsonResponseOK

from .timing import best_of, calibrate


class Address(BaseModel):
    """A nested model."""

    street: str
    city: str
    postcode: str


class Order(BaseModel):
    """One row of an API listing."""

    model_config = ConfigDict(populate_by_name=True)

    id: int
    customer: str
    placed_at: datetime
    total: Decimal
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
            reference=uuid.UUID(int=index),
            shipping=Address(street=f"{index} Main Street", city="Springfield", postcode="12345"),
            isGift=index % 3 == 0,
        )
        for index in range(count)
    ]


@dataclass
class RowsResult:
    """Best seconds to build each response from the rows."""

    rows: int
    ours: float
    django: float

    @property
    def speedup(self) -> float:
        """How many times faster the JSON twin is than Django's ``JsonResponse``."""
        return self.django / self.ours


def measure_rows(*, repeat: int, budget: float, count: int = 1000) -> RowsResult:
    """Time ``JsonResponseOK(rows, safe=False)`` against
    ``JsonResponse([m.model_dump() for m in rows], safe=False)``, best of ``repeat``."""
    rows = make_rows(count)

    def ours() -> JsonResponseOK:
        return JsonResponseOK(rows, safe=False)

    def django() -> JsonResponse:
        return JsonResponse([m.model_dump() for m in rows], safe=False)

    number = calibrate(django, budget)
    best = best_of({"ours": ours, "django": django}, number=number, repeat=repeat)
    return RowsResult(count, best["ours"], best["django"])
