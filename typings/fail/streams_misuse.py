"""The typed streams refuse items of another type than the one declared, and their
arguments' wrong types."""

from collections.abc import Iterator

from django_allresponses import EventStreamResponse, JsonLinesResponse, ServerSentEvent
from pydantic import BaseModel


class Price(BaseModel):
    symbol: str
    price: float


class Row(BaseModel):
    id: int


def rows() -> Iterator[Row]:
    yield Row(id=1)


def ticker() -> EventStreamResponse[Price]:
    return EventStreamResponse(rows())  # E: mypy[arg-type] mypy-nostubs[-] (StreamingHttpResponse, the base, is Any without stubs: mypy then takes any stream for any other) pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


def export() -> JsonLinesResponse[Price]:
    return JsonLinesResponse(rows())  # E: mypy[arg-type] mypy-nostubs[-] (StreamingHttpResponse, the base, is Any without stubs: mypy then takes any stream for any other) pyright[reportReturnType] ty[invalid-explicit-return] pyrefly[bad-return]


EventStreamResponse[Price]([Row(id=1)])  # E: mypy[list-item] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
EventStreamResponse[Price]([ServerSentEvent(Row(id=1))])  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonLinesResponse[Price]([Row(id=1)])  # E: mypy[list-item] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
EventStreamResponse(rows(), keepalive="15")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
EventStreamResponse(rows(), status=201)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonLinesResponse(rows(), keepalive=1.0)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonLinesResponse(42)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
ServerSentEvent("x", retry="5")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
ServerSentEvent("x", event=b"tick")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
ServerSentEvent("x", "tick")  # E: mypy[call-arg] pyright[reportCallIssue] ty[too-many-positional-arguments] pyrefly[bad-argument-count]
ServerSentEvent("x").event = "tick"  # E: mypy[misc] pyright[reportAttributeAccessIssue] ty[invalid-assignment] pyrefly[read-only]
