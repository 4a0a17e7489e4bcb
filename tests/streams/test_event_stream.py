"""`EventStreamResponse`: the bytes of server-sent events, as the WHATWG HTML standard
(Section 9.2) writes them and its parser reads them back, and every field refused that
would end a field or an event early."""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pydantic import BaseModel, Field

from django_allresponses import (
    EventStreamResponse,
    ResponseValidationError,
    ServerSentEvent,
)
from django_allresponses.errors import FixedStatusError
from django_allresponses.responses import streams
from tests.streams.sse_parser import Event, parse


class Price(BaseModel):
    symbol: str
    price: float = Field(serialization_alias="last")


def body(response: EventStreamResponse[Any]) -> bytes:
    return b"".join(response)


def parts(response: EventStreamResponse[Any]) -> Iterator[bytes]:
    return iter(response)


# --- the parser of the test, on the standard's own examples ---------------------------


def test_the_parser_reads_the_standards_examples_as_the_standard_says() -> None:
    # WHATWG HTML 9.2.6: "The following stream contains four blocks..."
    stream = (
        b": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\n"
        b"data:  third event\n"
    )
    parsed = parse(stream)
    assert parsed.events == [
        Event("message", "first event", "1"),
        Event("message", "second event", ""),
    ]
    # The third block has no empty line after it: it is never dispatched.
    # "The following stream fires two events": data "" and "\n"; the last line is discarded.
    assert [e.data for e in parse(b"data\n\ndata\ndata\n\ndata:").events] == ["", "\n"]
    # "The following stream fires two identical events": the space after the colon is dropped.
    assert [e.data for e in parse(b"data:test\n\ndata: test\n\n").events] == ["test", "test"]


# --- the wire bytes --------------------------------------------------------------------


def test_the_stock_ticker_of_the_standard() -> None:
    # WHATWG HTML 9.2.4: "data: YHOO\ndata: +2\ndata: 10" is one message "YHOO\n+2\n10".
    response = EventStreamResponse([ServerSentEvent("YHOO\n+2\n10")])
    assert body(response) == b"data: YHOO\ndata: +2\ndata: 10\n\n"
    assert parse(body(EventStreamResponse([ServerSentEvent("YHOO\n+2\n10")]))).events == [
        Event("message", "YHOO\n+2\n10", "")
    ]


def test_named_events_of_the_standard() -> None:
    # WHATWG HTML 9.2.4: "event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\n..."
    events = [
        ServerSentEvent("73857293", event="add"),
        ServerSentEvent("2153", event="remove"),
        ServerSentEvent("113411", event="add"),
    ]
    assert body(EventStreamResponse(events)) == (
        b"event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n"
    )


def test_every_field_in_one_event() -> None:
    event = ServerSentEvent("x", event="tick", id="17", retry=2500, comment="hello")
    assert body(EventStreamResponse([event])) == (
        b": hello\nevent: tick\nid: 17\nretry: 2500\ndata: x\n\n"
    )
    parsed = parse(body(EventStreamResponse([event])))
    assert parsed.events == [Event("tick", "x", "17")]
    assert parsed.retry == 2500
    assert parsed.comments == [" hello"]


@pytest.mark.parametrize(
    ("data", "wire", "read_back"),
    [
        ("", b"data: \n\n", ""),
        ("\n", b"data: \ndata: \n\n", "\n"),
        ("a\r\nb\rc\nd", b"data: a\ndata: b\ndata: c\ndata: d\n\n", "a\nb\nc\nd"),
        ("trailing\n", b"data: trailing\ndata: \n\n", "trailing\n"),
        (" leading space", b"data:  leading space\n\n", " leading space"),
        (": not a comment", b"data: : not a comment\n\n", ": not a comment"),
        ("data: x\n\nevent: evil", b"data: data: x\ndata: \ndata: event: evil\n\n",
         "data: x\n\nevent: evil"),
        ("\u2028\u0085\x0b\x0c\0", b"data: \xe2\x80\xa8\xc2\x85\x0b\x0c\x00\n\n",
         "\u2028\u0085\x0b\x0c\0"),
        ("h\u00e9", b"data: h\xc3\xa9\n\n", "h\u00e9"),
    ],
    ids=["empty", "one-lf", "crlf-cr-lf", "trailing-lf", "leading-space", "colon",
         "injection", "other-line-breaks", "utf-8"],
)  # fmt: skip
def test_text_data_becomes_data_lines_that_read_back(
    data: str, wire: bytes, read_back: str
) -> None:
    sent = body(EventStreamResponse([ServerSentEvent(data)]))
    assert sent == wire
    assert parse(sent).events == [Event("message", read_back, "")]


def test_plain_data_is_sent_as_json() -> None:
    sent = body(EventStreamResponse([{"n": 1}, [1, "two"], "text", None, 2.5]))
    assert sent == (
        b'data: {"n": 1}\n\ndata: [1, "two"]\n\ndata: "text"\n\ndata: null\n\ndata: 2.5\n\n'
    )


def test_json_escapes_what_utf_8_cannot_carry_as_json_response_does() -> None:
    assert body(EventStreamResponse([{"text": "\ud800"}])) == b'data: {"text": "\\ud800"}\n\n'


def test_json_cannot_inject_an_event() -> None:
    sent = body(EventStreamResponse([{"text": "a\n\nevent: evil\ndata: x\r"}]))
    assert sent == b'data: {"text": "a\\n\\nevent: evil\\ndata: x\\r"}\n\n'
    assert parse(sent).events == [
        Event("message", '{"text": "a\\n\\nevent: evil\\ndata: x\\r"}', "")
    ]


def test_pydantic_models_are_serialized_by_pydantic_with_aliases() -> None:
    sent = body(EventStreamResponse([Price(symbol="YHOO", price=10.5)]))
    assert sent == b'data: {"symbol":"YHOO","last":10.5}\n\n'
    wrapped = body(EventStreamResponse([ServerSentEvent(Price(symbol="A", price=1), id="1")]))
    assert wrapped == b'id: 1\ndata: {"symbol":"A","last":1.0}\n\n'


def test_an_event_without_data_sets_the_id_and_retry_only() -> None:
    sent = body(EventStreamResponse([ServerSentEvent(id="5", retry=0), ServerSentEvent("x")]))
    assert sent == b"id: 5\nretry: 0\n\ndata: x\n\n"
    parsed = parse(sent)
    assert parsed.events == [Event("message", "x", "5")]
    assert parsed.retry == 0


def test_an_empty_id_resets_the_last_event_id() -> None:
    sent = body(EventStreamResponse([ServerSentEvent("a", id="1"), ServerSentEvent("b", id="")]))
    assert sent == b"id: 1\ndata: a\n\nid: \ndata: b\n\n"
    assert parse(sent).events == [Event("message", "a", "1"), Event("message", "b", "")]


# --- the head ---------------------------------------------------------------------------


def test_the_head() -> None:
    response = EventStreamResponse(iter(()))
    assert response.status_code == 200
    assert response.streaming
    assert dict(response.items()) == {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache",
        "X-Accel-Buffering": "no",
    }
    assert not response.has_header("Content-Length")
    assert body(response) == b""


def test_headers_are_checked_and_may_replace_cache_control() -> None:
    response = EventStreamResponse([], headers={"Cache-Control": "no-store", "X-Room": "7"})
    assert response["Cache-Control"] == "no-store"
    assert response["X-Room"] == "7"
    with pytest.raises(ResponseValidationError) as caught:
        EventStreamResponse([], headers={"X-Room": "7\r\nSet-Cookie: a=b"})
    assert caught.value.argument == "X-Room"


@pytest.mark.parametrize("name", ["Content-Length", "content-type"])
def test_headers_may_not_set_the_media_type_or_a_length(name: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        EventStreamResponse([], headers={name: "10"})
    assert caught.value.argument == "headers"
    assert str(caught.value) == (
        f"EventStreamResponse: headers= sets {name}: a stream sends text/event-stream; "
        "charset=utf-8 and no Content-Length (its length is unknown until it ends)"
    )


def test_the_status_is_fixed() -> None:
    response = EventStreamResponse([])
    with pytest.raises(FixedStatusError):
        response.status_code = 500
    with pytest.raises(TypeError):
        EventStreamResponse([], status=201)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


def test_items_must_be_iterable() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        EventStreamResponse(42)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    assert caught.value.argument == "items"
    assert str(caught.value) == (
        "EventStreamResponse: items=42: give an iterable or an async iterable"
    )


# --- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["event", "id"])
@pytest.mark.parametrize("bad", ["a\nb", "a\rb", "\r\n", "a\0b"], ids=["lf", "cr", "crlf", "nul"])
def test_event_and_id_refuse_cr_lf_and_nul(field: str, bad: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        ServerSentEvent("x", **{field: bad})
    assert caught.value.argument == field
    assert caught.value.response_class == "ServerSentEvent"
    assert str(caught.value).startswith(f"ServerSentEvent: {field}={bad!r} holds ")
    assert str(caught.value).endswith(
        "which would end the field (WHATWG HTML, Section 9.2.6); give text without CR, LF or NUL"
    )


@pytest.mark.parametrize("bad", ["a\nb", "a\rb"])
def test_comment_refuses_cr_and_lf(bad: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        ServerSentEvent(comment=bad)
    assert caught.value.argument == "comment"


def test_comment_may_hold_nul_event_may_hold_colons_and_spaces() -> None:
    sent = body(EventStreamResponse([ServerSentEvent("x", event=" a:b ", comment="\0")]))
    assert sent == b": \0\nevent:  a:b \ndata: x\n\n"
    assert parse(sent).events == [Event(" a:b ", "x", "")]


@pytest.mark.parametrize("bad", [-1, True, False, 1.5, "10", math.inf])
def test_retry_is_a_non_negative_int(bad: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        ServerSentEvent(retry=bad)  # type: ignore[arg-type]
    assert caught.value.argument == "retry"
    assert str(caught.value) == (
        f"ServerSentEvent: retry={bad!r}: give a non-negative int (milliseconds)"
    )


@pytest.mark.parametrize("bad", [b"bytes", 7])
def test_event_must_be_text(bad: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        ServerSentEvent("x", event=bad)  # type: ignore[arg-type]
    assert caught.value.argument == "event"


def _good_then(bad: object) -> Iterator[object]:
    yield {"n": 1}
    yield bad
    yield {"n": 3}  # never reached


def _forged(field: str, value: object) -> ServerSentEvent[str]:
    """An event whose field was changed after it was built, past its read-only
    properties (in the slot that holds it)."""
    event = ServerSentEvent("x")
    object.__setattr__(event, f"_{field}", value)
    assert getattr(event, field) == value
    return event


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (_forged("event", "x\n\ndata: evil"), "event"),
        (_forged("id", "1\0"), "id"),
        (_forged("retry", -5), "retry"),
        (_forged("comment", "\n\ndata: evil"), "comment"),
        ({"price": math.nan}, "data"),
        ([math.inf], "data"),
        (Price(symbol="A", price=math.nan), "data"),
        (ServerSentEvent("\ud800"), "data"),
        ({1j: 2}, "data"),
        (object(), "data"),
    ],
    ids=["event", "id", "retry", "comment", "nan", "inf", "model-nan",
         "surrogate-text", "complex-key", "object"],
)  # fmt: skip
def test_a_bad_event_is_refused_when_produced_and_nothing_of_it_is_sent(
    bad: object, field: str
) -> None:
    stream = parts(EventStreamResponse(_good_then(bad)))
    assert next(stream) == b'data: {"n": 1}\n\n'
    with pytest.raises(ResponseValidationError) as caught:
        next(stream)
    assert caught.value.argument == field
    assert caught.value.response_class == "EventStreamResponse"
    assert next(stream, None) is None  # the stream has ended


def test_the_iterable_is_closed_when_the_stream_fails() -> None:
    closed: list[bool] = []

    def events() -> Iterator[object]:
        try:
            yield {"n": 1}
            yield {"n": math.nan}
        finally:
            closed.append(True)

    with pytest.raises(ResponseValidationError):
        body(EventStreamResponse(events()))
    assert closed == [True]


def test_a_deeply_nested_value_is_refused_as_data() -> None:
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(ResponseValidationError) as caught:
        body(EventStreamResponse([nested]))
    assert caught.value.argument == "data"


def test_a_circular_value_is_refused_with_json_s_reason() -> None:
    looped: dict[str, object] = {"n": 1}
    looped["self"] = looped
    for item in (looped, ServerSentEvent(looped, event="e", id="1")):
        with pytest.raises(ResponseValidationError) as caught:
            body(EventStreamResponse([item]))
        assert caught.value.argument == "data"
        assert str(caught.value).endswith("cannot be encoded as JSON: Circular reference detected")


def test_the_same_value_sent_from_many_threads_at_once_is_never_taken_for_a_cycle() -> None:
    shared = {"rows": [{"id": i, "tags": ["a", "b"], "more": {"x": [i]}} for i in range(50)]}
    expected = b"event: e\nid: 1\ndata: " + json.dumps(shared).encode() + b"\n\n"

    def send(_: int) -> set[bytes]:
        return {
            body(EventStreamResponse([ServerSentEvent(shared, event="e", id="1")]))
            for _ in range(200)
        }

    with ThreadPoolExecutor(max_workers=8) as pool:
        sent = set[bytes]().union(*pool.map(send, range(8)))
    assert sent == {expected}


def test_without_the_c_json_encoder_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("json.encoder.c_make_encoder", None)
    encode = streams._one_shot_json()  # pyright: ignore[reportPrivateUsage]
    assert "".join(encode({"n": [1, 2.5], "t": "caf\u00e9"}, 0)) == (
        '{"n": [1, 2.5], "t": "caf\\u00e9"}'
    )
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        encode([math.nan], 0)


# --- a ServerSentEvent as a value -------------------------------------------------------


def test_an_event_is_immutable() -> None:
    event = ServerSentEvent("x", event="tick", id="1")
    for field in ("data", "event", "id", "retry", "comment"):
        with pytest.raises(AttributeError):
            setattr(event, field, "other")
    with pytest.raises(AttributeError):
        event.other = 1  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
    assert (event.data, event.event, event.id, event.retry, event.comment) == (
        "x",
        "tick",
        "1",
        None,
        None,
    )


def test_events_with_the_same_fields_are_equal_and_hash_alike() -> None:
    one = ServerSentEvent({"n": 1}, event="tick", id="1", retry=10, comment="c")
    same = ServerSentEvent({"n": 1}, event="tick", id="1", retry=10, comment="c")
    assert one == same
    assert hash(ServerSentEvent("x", id="1")) == hash(ServerSentEvent("x", id="1"))
    assert len({ServerSentEvent("x", id="1"), ServerSentEvent("x", id="1")}) == 1
    assert one != ServerSentEvent({"n": 1}, event="tick", id="2", retry=10, comment="c")
    assert ServerSentEvent("x") != ServerSentEvent("x", comment="")
    assert ServerSentEvent("x") != ("x", None, None, None, None)

    class Other(ServerSentEvent[str]):
        __slots__ = ()

    assert Other("x") != ServerSentEvent("x")


def test_an_event_reads_back_as_the_call_that_builds_it() -> None:
    assert repr(ServerSentEvent("x", id="1")) == (
        "ServerSentEvent(data='x', event=None, id='1', retry=None, comment=None)"
    )
    assert repr(ServerSentEvent(comment="c", retry=5)) == (
        "ServerSentEvent(data=None, event=None, id=None, retry=5, comment='c')"
    )


def test_an_event_matches_by_its_data_and_fields() -> None:
    match ServerSentEvent("x", event="tick"):
        case ServerSentEvent("x", event="tick", id=None):
            matched = True
        case _:
            matched = False
    assert matched


def test_a_hostile_str_subclass_is_sent_as_its_text() -> None:
    class Odd(str):
        def splitlines(self, keepends: bool = False) -> list[str]:
            return ["ignored"]

    sent = body(EventStreamResponse([ServerSentEvent(Odd("a\nb"), event=Odd("e"))]))
    assert parse(sent).events == [Event("e", "a\nb", "")]


# --- async iterables --------------------------------------------------------------------


async def _ticks(n: int) -> AsyncIterator[object]:
    for i in range(n):
        await asyncio.sleep(0)
        yield ServerSentEvent(str(i), id=str(i))


def test_an_async_iterable_under_asgi() -> None:
    async def read() -> list[bytes]:
        return [part async for part in EventStreamResponse(_ticks(2), keepalive=None)]

    assert asyncio.run(read()) == [b"id: 0\ndata: 0\n\n", b"id: 1\ndata: 1\n\n"]


def test_an_async_iterable_under_wsgi_is_served_as_it_is_made() -> None:
    produced: list[int] = []

    async def events() -> AsyncIterator[object]:
        for i in range(3):
            if i:
                await asyncio.sleep(0.05)
            produced.append(i)
            yield {"i": i}

    stream = parts(EventStreamResponse(events()))
    assert next(stream) == b'data: {"i": 0}\n\n'
    assert produced == [0]  # the next event is not made yet, and the first is not held
    assert list(stream) == [b'data: {"i": 1}\n\n', b'data: {"i": 2}\n\n']


def test_an_async_iterable_under_wsgi_sends_what_is_ready_together() -> None:
    async def events() -> AsyncIterator[object]:
        for i in range(3):
            yield {"i": i}

    assert list(EventStreamResponse(events())) == [
        b'data: {"i": 0}\n\ndata: {"i": 1}\n\ndata: {"i": 2}\n\n'
    ]


def test_a_sync_iterable_under_asgi_is_served_part_by_part() -> None:
    produced: list[int] = []

    def events() -> Iterator[object]:
        for i in range(3):
            produced.append(i)
            yield {"i": i}

    async def read() -> tuple[bytes, list[int], list[bytes]]:
        stream = aiter(EventStreamResponse(events()))
        first = await anext(stream)
        seen = list(produced)
        return first, seen, [part async for part in stream]

    first, seen, rest = asyncio.run(read())
    assert (first, seen) == (b'data: {"i": 0}\n\n', [0])
    assert rest == [b'data: {"i": 1}\n\n', b'data: {"i": 2}\n\n']
