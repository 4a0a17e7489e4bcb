"""A parametrized JSON twin's data is its contract: data of another type is refused.

``JsonResponseCreated[Item]`` sends an ``Item``; a ``dict`` (or a ``ProblemDetails``) is
refused, also by the two twins whose data may be left out (201 and 405). A twin
without a parameter takes any data (``typings/pass/declared_responses.py``).
"""

from django_allresponses import (
    JsonResponseCreated,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
)
from pydantic import BaseModel


class Item(BaseModel):
    id: int


def other_data(item: Item) -> None:
    JsonResponseOK[Item]({"id": 1})  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    JsonResponseCreated[Item]({"a": 1}, location="/x")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    JsonResponseCreated[Item](ProblemDetails(), location="/x")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    JsonResponseNotAllowed[ProblemDetails]({"title": "x"}, permitted_methods=["GET"])  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    JsonResponseNotAllowed[ProblemDetails](item, permitted_methods=["GET"])  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    JsonResponseNotFound[ProblemDetails]({"title": "x"})  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]


def declared_contract() -> JsonResponseCreated[Item]:
    return JsonResponseCreated({"id": 1}, location="/items/1")  # E: mypy[arg-type] mypy-nostubs[-] (JsonResponse is Any without stubs: the returned twin is not compared) pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]
