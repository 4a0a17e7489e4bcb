"""The typed streams: generic in their items, which checkers infer from the iterable given
or take from the annotation a view declares."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TypedDict, assert_type

from django.http import HttpRequest, StreamingHttpResponse
from pydantic import BaseModel

from django_allresponses import (
    EventStreamResponse,
    JsonLinesResponse,
    ServerSentEvent,
    last_event_id,
)


class Price(BaseModel):
    symbol: str
    price: float


class Row(TypedDict):
    id: int
    name: str


def prices() -> Iterator[Price]:
    yield Price(symbol="YHOO", price=10.0)


async def price_events() -> AsyncIterator[ServerSentEvent[Price]]:
    yield ServerSentEvent(Price(symbol="YHOO", price=10.0), event="price", id="1")


def rows() -> Iterator[Row]:
    yield {"id": 1, "name": "Ada"}


def ticker(request: HttpRequest) -> EventStreamResponse[Price]:
    return EventStreamResponse(prices())


def ticker_events(request: HttpRequest) -> EventStreamResponse[Price]:
    start = last_event_id(request)
    assert_type(start, str | None)
    return EventStreamResponse(price_events(), keepalive=30)


def mixed(request: HttpRequest) -> EventStreamResponse[Price]:
    items: list[Price | ServerSentEvent[Price]] = [
        Price(symbol="A", price=1.0),
        ServerSentEvent(comment="a comment"),
        ServerSentEvent(retry=5000),
    ]
    return EventStreamResponse(items, keepalive=None, headers={"X-Room": "7"})


def export(request: HttpRequest) -> JsonLinesResponse[Row]:
    return JsonLinesResponse(rows())


def export_async(request: HttpRequest) -> JsonLinesResponse[Price]:
    async def items() -> AsyncIterator[Price]:
        yield Price(symbol="A", price=1.0)

    return JsonLinesResponse(items())


assert_type(EventStreamResponse(prices()), EventStreamResponse[Price])
assert_type(JsonLinesResponse(rows()), JsonLinesResponse[Row])


def token_event(token: str) -> ServerSentEvent[str]:
    event = ServerSentEvent(token, event="token")
    assert_type(event.data, str | None)
    return event


assert_type(ServerSentEvent(Price(symbol="A", price=1.0)).data, Price | None)

# A stream is a Django StreamingHttpResponse, and a stream of anything takes a stream of
# prices (the item type is covariant).
streaming: StreamingHttpResponse = EventStreamResponse(prices())
anything: EventStreamResponse[object] = EventStreamResponse(prices())
tokens: EventStreamResponse[str] = EventStreamResponse(iter(["Hel", "lo"]))
