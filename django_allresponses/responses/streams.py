"""Typed streams: server-sent events and JSON Lines, one item sent as soon as it is made.

`EventStreamResponse` sends ``text/event-stream`` as the WHATWG HTML standard defines it
(Section 9.2, "Server-sent events"), `JsonLinesResponse` sends ``application/jsonl``: one
JSON value a line. Both take a sync or an async iterable, encode each item when the server
asks for it (a bad item is refused then, before any byte of it is sent), and deliver it
at once under WSGI and ASGI servers alike: a sync iterable served by an ASGI server is
read item by item in Django's thread, an async one served by a WSGI server on an event
loop of its own, where Django would read either to the end first. Django's
``GZipMiddleware`` still compresses them, into one gzip stream flushed after each item.
"""

from __future__ import annotations

import asyncio
import functools
import json
import json.encoder
import re
import secrets
import sys
import zlib
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Sequence,
)
from contextlib import aclosing
from gzip import GzipFile
from types import CodeType
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, cast

from asgiref.sync import sync_to_async
from django.http import HttpRequest, StreamingHttpResponse
from django.utils.text import StreamingBuffer

from ..errors import ResponseValidationError, describe
from ..headers import store as _store
from . import construction
from .base import HeadersInput, StatusResponseMixin
from .json import ModelJSONEncoder
from .json import _model_json as model_json  # pyright: ignore[reportPrivateUsage]
from .json import _refuse_non_finite as refuse_non_finite  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from pydantic import BaseModel
    from typing_extensions import TypeVar

    DataT = TypeVar("DataT", covariant=True, default=object)
else:
    from typing import TypeVar

    DataT = TypeVar("DataT", covariant=True)
"""The type of a stream's items: ``EventStreamResponse[Price]`` sends ``Price`` values (or
``ServerSentEvent[Price]``). Checkers infer it from the iterable given; nothing is kept at
run time."""

EVENT_STREAM_CONTENT_TYPE: Final = "text/event-stream; charset=utf-8"
"""The ``Content-Type`` of `EventStreamResponse`: UTF-8 is the only encoding of the format."""
JSON_LINES_CONTENT_TYPE: Final = "application/jsonl"
"""The ``Content-Type`` of `JsonLinesResponse`."""
KEEPALIVE: Final = b": keep-alive\n\n"
"""The comment `EventStreamResponse` sends when an async iterable is idle: clients ignore
it; proxies and load balancers see the connection in use."""

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
"""What the event-stream parser splits lines at (CRLF, CR or LF)."""
_END: Final = object()


def _refuse(owner: str, field: str, message: str) -> ResponseValidationError:
    return ResponseValidationError(f"{owner}: {message}", response_class=owner, argument=field)


def _check_text(owner: str, field: str, value: object, refused: str) -> str:
    """``value`` as a field's text: a ``str`` (a subclass's own text, whatever its
    methods say) holding none of ``refused``."""
    if type(value) is str and value.isprintable():  # the commonest text, checked at once
        return value
    if not isinstance(value, str):
        raise _refuse(owner, field, f"{field}={describe(value)}: give a str")
    text = str.__str__(value)
    for character in refused:
        if character in text:
            raise _refuse(
                owner,
                field,
                f"{field}={describe(text)} holds {character!r}, which would end the field "
                "(WHATWG HTML, Section 9.2.6); give text without CR, LF"
                + (" or NUL" if "\0" in refused else ""),
            )
    return text


def _check_retry(owner: str, value: object) -> int:
    if type(value) is bool or not isinstance(value, int) or value < 0:
        raise _refuse(
            owner, "retry", f"retry={describe(value)}: give a non-negative int (milliseconds)"
        )
    return int.__index__(value)


def _check_fields(owner: str, comment: object, event: object, id_: object, retry: object) -> str:
    """The text of an event's fields but its data, each checked (in the order they are
    sent): the slow path, for any field not in its commonest form."""
    text = ""
    if comment is not None:
        text = f": {_check_text(owner, 'comment', comment, _COMMENT_REFUSED)}\n"
    if event is not None:
        text += f"event: {_check_text(owner, 'event', event, _FIELD_REFUSED)}\n"
    if id_ is not None:
        text += f"id: {_check_text(owner, 'id', id_, _FIELD_REFUSED)}\n"
    if retry is not None:
        text += f"retry: {_check_retry(owner, retry)}\n"
    return text


_FIELD_REFUSED: Final = "\r\n\0"
_COMMENT_REFUSED: Final = "\r\n"


class _Fields:
    """Where a `ServerSentEvent` keeps its fields: slots written once, by its
    ``__init__``, and read through its read-only properties."""

    __slots__ = ("_comment", "_data", "_event", "_id", "_retry")
    _data: object
    _event: object
    _id: object
    _retry: object
    _comment: object


class ServerSentEvent(_Fields, Generic[DataT]):
    """One event of an event stream (WHATWG HTML, Section 9.2.6), checked when built.

    ``data`` is sent in ``data:`` lines: a ``str`` as it is, one ``data:`` line for each
    of its lines, anything else (dicts, lists, pydantic models) as JSON; ``None`` sends
    no ``data:`` line. ``event`` and ``id`` refuse CR, LF and NUL, ``comment`` CR and LF;
    ``retry`` is a non-negative int (milliseconds). A refusal is a
    `ResponseValidationError` naming the field. An event is immutable (its fields are
    read-only properties), equal to an event of the same class with the same fields,
    and hashable when they are: a frozen dataclass's semantics, for less than half its
    cost to build.

    Examples:
        >>> price = ServerSentEvent({"symbol": "YHOO", "price": 10}, event="price", id="7")
        >>> encode_event(price)
        b'event: price\\nid: 7\\ndata: {"symbol": "YHOO", "price": 10}\\n\\n'
        >>> price
        ServerSentEvent(data={'symbol': 'YHOO', 'price': 10}, event='price', id='7', \
retry=None, comment=None)
        >>> ServerSentEvent("a", event="x\\ny")
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: ServerSentEvent: event='x\\ny' \
holds '\\n', which would end the field (WHATWG HTML, Section 9.2.6); give text without CR, \
LF or NUL
    """

    __slots__ = ()
    __match_args__ = ("data",)

    def __init__(
        self,
        data: DataT | None = None,
        *,
        event: str | None = None,
        id: str | None = None,
        retry: int | None = None,
        comment: str | None = None,
    ) -> None:
        # The commonest fields (absent, printable text, an int retry) in a few tests;
        # anything else takes every check, which raises for the first bad field.
        if not (
            (event is None or (type(event) is str and event.isprintable()))
            and (id is None or (type(id) is str and id.isprintable()))
            and (retry is None or (type(retry) is int and retry >= 0))
            and (comment is None or (type(comment) is str and comment.isprintable()))
        ):
            _check_fields(type(self).__name__, comment, event, id, retry)  # pyright: ignore[reportUnusedCallResult]
        self._data = data
        self._event = event
        self._id = id
        self._retry = retry
        self._comment = comment

    @property
    def data(self) -> DataT | None:
        """The data: text sent as it is, anything else as JSON; ``None``: no ``data:``."""
        return cast("DataT | None", self._data)

    @property
    def event(self) -> str | None:
        """The event type (``EventSource`` dispatches it to this event name's listeners)."""
        return cast("str | None", self._event)

    @property
    def id(self) -> str | None:
        """The event ID (sent back in ``Last-Event-ID`` when the browser reconnects)."""
        return cast("str | None", self._id)

    @property
    def retry(self) -> int | None:
        """The reconnection time the browser is to use, in milliseconds."""
        return cast("int | None", self._retry)

    @property
    def comment(self) -> str | None:
        """A comment line, sent before the fields: clients ignore it."""
        return cast("str | None", self._comment)

    def _encode(self, owner: str) -> bytes:
        """The bytes of this event, each field checked again on the way out: the
        commonest (``event`` and ``id`` printable text, no ``retry`` nor ``comment``, data
        a dict or a list) in one pass, anything else with every check."""
        data, event, id_ = self._data, self._event, self._id
        if (
            self._retry is None
            and self._comment is None
            and (event is None or (type(event) is str and event.isprintable()))
            and (id_ is None or (type(id_) is str and id_.isprintable()))
        ):  # printable: no CR, LF, NUL, nor a lone surrogate UTF-8 cannot carry
            if event is None:
                head = "" if id_ is None else f"id: {id_}\n"
            else:
                head = f"event: {event}\n" if id_ is None else f"event: {event}\nid: {id_}\n"
            kind = type(data)
            if kind is dict or kind is list:  # JSON in one line, ASCII
                try:
                    return f"{head}data: {''.join(_JSON(data, 0))}\n\n".encode()
                except (TypeError, ValueError, RecursionError):
                    pass  # refused below, with the reason
        else:
            head = _check_fields(owner, self._comment, event, id_, self._retry)
        if data is not None:
            head += _data_lines(owner, data, raw=True)
        return _encoded(owner, head + "\n", cast("ServerSentEvent[object]", self))

    def _fields(self) -> tuple[object, ...]:
        return (self._data, self._event, self._id, self._retry, self._comment)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == cast("ServerSentEvent[object]", other)._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(data={self._data!r}, event={self._event!r}, "
            f"id={self._id!r}, retry={self._retry!r}, comment={self._comment!r})"
        )


def _base_model() -> type[BaseModel] | None:
    """pydantic's ``BaseModel`` if pydantic is loaded: plain data never imports it."""
    main = sys.modules.get("pydantic.main")
    return None if main is None else main.BaseModel


_ENCODER: Final = ModelJSONEncoder(allow_nan=False)


def _one_shot_json() -> Callable[[object, int], Sequence[str]]:
    """`_ENCODER`'s ``encode`` for a dict or a list, made once: CPython's C encoder with
    its settings (``JSONEncoder.encode`` builds a new one for each call, about half the
    cost of a row of a few fields). The same text; it keeps no circular-reference
    markers, whose dict, shared by every call, would not be safe across threads, so a
    cycle ends in ``RecursionError``: any error sends the item to `_ENCODER`, which
    refuses it with its own reason. Without the C encoder, `_ENCODER` itself."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return lambda data, _level: [_ENCODER.encode(data)]
    strings = (
        json.encoder.encode_basestring_ascii
        if _ENCODER.ensure_ascii
        else json.encoder.encode_basestring
    )
    return cast(
        "Callable[[object, int], Sequence[str]]",
        make(
            None,
            _ENCODER.default,
            strings,
            None,
            _ENCODER.key_separator,
            _ENCODER.item_separator,
            _ENCODER.sort_keys,
            _ENCODER.skipkeys,
            _ENCODER.allow_nan,
        ),
    )


_JSON: Final = _one_shot_json()
"""The JSON of a dict or a list, in parts to join (`_one_shot_json`); raises as
``json`` does for what it cannot encode, to be refused by `_json_text`."""


def _json_text(owner: str, data: object) -> str | bytes:
    """``data`` as JSON, as the JSON twins send it: a model by pydantic, anything else by
    `ModelJSONEncoder`; NaN and Infinity refused (RFC 8259, Section 6)."""
    kind = type(data)
    model = None if kind is dict or kind is list else _base_model()
    if model is not None and isinstance(data, model):
        refuse_non_finite(owner, data)
        return model_json(owner, data, {})
    try:
        return _ENCODER.encode(data)
    except (TypeError, ValueError, RecursionError) as error:
        reason = "it is nested too deep" if isinstance(error, RecursionError) else str(error)
        if isinstance(error, ValueError) and "Out of range float" in reason:
            reason = "it holds NaN or Infinity, which JSON cannot carry (RFC 8259, Section 6)"
        raise _refuse(
            owner, "data", f"data={describe(data)} cannot be encoded as JSON: {reason}"
        ) from error


def _data_lines(owner: str, data: object, *, raw: bool) -> str:
    """The ``data:`` lines of ``data`` (a ``str`` as it is if ``raw``, else JSON): one for
    each line of its text, so the parser joins them back with LF (a CRLF or a lone CR
    comes back as LF)."""
    kind = type(data)
    if kind is dict or kind is list:  # JSON in one line: json escapes every line break
        try:
            return f"data: {''.join(_JSON(data, 0))}\n"
        except (TypeError, ValueError, RecursionError):
            pass  # refused below, with the reason
    if raw and isinstance(data, str):
        text = data if kind is str else str.__str__(data)
    else:
        json_text = _json_text(owner, data)
        text = json_text.decode() if isinstance(json_text, bytes) else json_text
    if "\n" in text or "\r" in text:
        return "".join([f"data: {line}\n" for line in _LINE_BREAK.split(text)])
    return f"data: {text}\n"


def _encoded(owner: str, text: str, sse: ServerSentEvent[object] | None) -> bytes:
    try:
        return text.encode()
    except UnicodeEncodeError as error:
        # The field that holds what UTF-8 cannot carry (a lone surrogate).
        fields: list[tuple[str, object]] = [("data", text)]
        if sse is not None:
            fields = [("comment", sse.comment), ("event", sse.event), ("id", sse.id),
                      ("data", sse.data)]  # fmt: skip
        field, value = next(
            ((name, value) for name, value in fields if not _is_utf8(value)), fields[-1]
        )
        raise _refuse(
            owner, field, f"{field}={describe(value)} cannot be sent as UTF-8: {error.reason}"
        ) from error


def _is_utf8(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        str.__str__(value).encode()
    except UnicodeEncodeError:
        return False
    return True


def encode_event(item: object, owner: str = "EventStreamResponse") -> bytes:
    """The bytes of one event: a `ServerSentEvent`, or data sent as JSON in ``data:``.

    Every field is checked here, on the way to the wire, whatever built the event.

    Examples:
        >>> encode_event({"n": 1})
        b'data: {"n": 1}\\n\\n'
        >>> encode_event(ServerSentEvent("YHOO\\n+2\\n10"))
        b'data: YHOO\\ndata: +2\\ndata: 10\\n\\n'
        >>> encode_event(ServerSentEvent(comment="test stream", retry=3000))
        b': test stream\\nretry: 3000\\n\\n'
    """
    kind = type(item)
    if kind is dict or kind is list:  # the commonest data: JSON in one line, ASCII
        try:
            return f"data: {''.join(_JSON(item, 0))}\n\n".encode()
        except (TypeError, ValueError, RecursionError):
            pass  # refused below, with the reason
    if kind is ServerSentEvent or isinstance(item, ServerSentEvent):
        return _encode_event(item, owner)
    return _encoded(owner, _data_lines(owner, item, raw=False) + "\n", None)


_encode_event: Final[Callable[[Any, str], bytes]] = ServerSentEvent._encode  # pyright: ignore[reportPrivateUsage]


def encode_line(item: object, owner: str = "JsonLinesResponse") -> bytes:
    """The bytes of one JSON Lines item: its JSON and a LF.

    Examples:
        >>> encode_line({"id": 1, "name": "Ada"})
        b'{"id": 1, "name": "Ada"}\\n'
        >>> encode_line(float("nan"))
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: JsonLinesResponse: data=nan \
cannot be encoded as JSON: it holds NaN or Infinity, which JSON cannot carry (RFC 8259, \
Section 6)
    """
    kind = type(item)
    if kind is dict or kind is list:  # the commonest data: JSON in one line, ASCII
        try:
            return f"{''.join(_JSON(item, 0))}\n".encode()
        except (TypeError, ValueError, RecursionError):
            pass  # refused below, with the reason
    text = _json_text(owner, item)
    if isinstance(text, str):
        if "\n" in text or "\r" in text:  # a model's own serializer may indent
            text = json.dumps(json.loads(text), ensure_ascii=False)
        return _encoded(owner, text + "\n", None)
    if b"\n" in text or b"\r" in text:
        text = json.dumps(json.loads(text), ensure_ascii=False).encode()
    return text + b"\n"


# --- delivery -------------------------------------------------------------------------


Encoder = Callable[[object, str], bytes]
"""`encode_event` or `encode_line`: an item's bytes, the class's name for errors."""


def _sync_chunks(encode: Encoder, owner: str, items: Iterator[object]) -> Iterator[bytes]:
    try:
        for item in items:
            yield encode(item, owner)
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


async def _async_chunks(
    encode: Encoder, owner: str, items: AsyncIterator[object], idle: float | None
) -> AsyncIterator[bytes]:
    """The encoded items; after ``idle`` seconds without one, a keep-alive comment.

    With keep-alive, a task of its own reads the items ahead (64 encoded items at most),
    and a keep-alive leaves it running: the iterable is never cancelled for being slow,
    only when the client goes away (the request's task is cancelled, and so is this
    one's), and it is closed in the end.
    """
    if idle is None:
        try:
            async for item in items:
                yield encode(item, owner)
        finally:
            await _aclose(items)
        return
    ahead = _ReadAhead()
    reader = asyncio.ensure_future(ahead.read(encode, owner, items))
    try:
        while True:
            if not ahead.ready:
                await ahead.wait(idle)
                if not ahead.ready:
                    yield KEEPALIVE
                    continue
            chunk = ahead.take()
            if chunk is None:
                return
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)
        await _aclose(items)


class _ReadAhead:
    """The encoded items a reader task has read ahead of the stream, as few futures as
    can be: one when the stream waits for an item, one when the reader waits for room.
    ``None`` is the end; an exception, a refused item."""

    def __init__(self) -> None:
        self.ready: deque[bytes | Exception | None] = deque()
        self.waiting: asyncio.Future[None] | None = None
        self.full: asyncio.Future[None] | None = None

    async def read(self, encode: Encoder, owner: str, items: AsyncIterator[object]) -> None:
        loop = asyncio.get_running_loop()
        try:
            async for item in items:
                self.put(encode(item, owner))
                if len(self.ready) >= _AHEAD:
                    self.full = loop.create_future()
                    await self.full
        except Exception as error:  # a refused item: raised where the stream is read
            self.put(error)
        else:
            self.put(None)

    def put(self, chunk: bytes | Exception | None) -> None:
        self.ready.append(chunk)
        _settle(self.waiting)

    def take(self) -> bytes | Exception | None:
        chunk = self.ready.popleft()
        if self.full is not None:
            _settle(self.full)
            self.full = None
        return chunk

    async def wait(self, idle: float) -> None:
        """Until an item is ready, or ``idle`` seconds have passed."""
        loop = asyncio.get_running_loop()
        self.waiting = waiting = loop.create_future()
        timer = loop.call_later(idle, _settle, waiting)
        try:
            await waiting
        finally:
            timer.cancel()
            self.waiting = None


def _settle(future: asyncio.Future[None] | None) -> None:
    if future is not None and not future.done():
        future.set_result(None)


_AHEAD: Final = 64
"""Encoded items a keep-alive stream reads ahead of the server, at most."""


async def _aclose(items: object) -> None:
    close = getattr(items, "aclose", None)
    if close is not None:
        await close()


def _drive(parts: AsyncIterator[bytes], source: object) -> Iterator[bytes]:
    """Serve async content to a WSGI server on an event loop of its own (Django's
    ``StreamingHttpResponse`` reads it to the end first).

    Each run of the loop waits for the next part, then takes every further part made
    without waiting (up to 256), and sends them together: a part is never held back for
    one still to come, and a fast iterable does not pay a run of the loop a part.
    """
    pending: list[asyncio.Future[object]] = []

    async def ready() -> list[object]:
        if not pending:
            pending.append(asyncio.ensure_future(anext(parts, _END)))
        found = [await pending.pop()]
        while found[-1] is not _END and len(found) < _BATCH:
            step = asyncio.ensure_future(anext(parts, _END))
            for _ in range(_TURNS):  # a part made without waiting is done within a few turns
                await asyncio.sleep(0)
                if step.done():
                    break
            else:
                pending.append(step)
                break
            found.append(step.result())
        return found

    with asyncio.Runner() as runner:
        try:
            while True:
                found = runner.run(ready())
                done = found[-1] is _END
                chunk = b"".join(cast(list[bytes], found[:-1] if done else found))
                if chunk:
                    yield chunk
                if done:
                    return
        finally:
            for step in pending:
                step.cancel()
                runner.run(asyncio.wait([step]))
            for closing in (getattr(parts, "aclose", None), getattr(source, "aclose", None)):
                if closing is not None:
                    runner.run(closing())


_BATCH: Final = 256
_TURNS: Final = 4
"""Turns of the loop a part made without waiting takes to come out of the keep-alive
wrapper (its task, then the wrapper woken): 3, and one to spare."""


def _next_part(parts: Iterator[bytes]) -> object:
    return next(parts, _END)


def _random_name() -> str:
    """A gzip file name of random length, as Django's ``GZipMiddleware`` writes, so the
    compressed length tells an attacker nothing (the BREACH attack)."""
    return "".join(
        secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(secrets.randbelow(100))
    )


def _gzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Django's ``compress_sequence``, flushed after each chunk (``Z_SYNC_FLUSH``): the
    client can decompress each item as it arrives."""
    buffer = StreamingBuffer()
    with GzipFile(
        filename=_random_name(), mode="wb", compresslevel=6, fileobj=buffer, mtime=0
    ) as zfile:
        for chunk in chunks:
            zfile.write(chunk)
            zfile.flush(zlib.Z_SYNC_FLUSH)
            yield buffer.read()
    yield buffer.read()


async def _gzip_async(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    buffer = StreamingBuffer()
    try:
        with GzipFile(
            filename=_random_name(), mode="wb", compresslevel=6, fileobj=buffer, mtime=0
        ) as zfile:
            async for chunk in chunks:
                zfile.write(chunk)
                zfile.flush(zlib.Z_SYNC_FLUSH)
                yield buffer.read()
    finally:
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()
    yield buffer.read()


@functools.cache
def _django_gzip() -> frozenset[CodeType]:
    """The code of the generators Django's ``GZipMiddleware`` sets as streaming content:
    ``compress_sequence`` (sync), which holds each item in zlib's buffer until it fills,
    and, for async content, the middleware's own ``gzip_wrapper`` (Django 5.2: each item
    a gzip member of its own, which not every client reads past the first) or
    ``acompress_sequence`` (Django 6: the items held in zlib's buffer too)."""
    from django.middleware.gzip import GZipMiddleware
    from django.utils import text

    inner = GZipMiddleware.process_response.__code__.co_consts
    sequences = [getattr(text, name, None) for name in ("compress_sequence", "acompress_sequence")]
    return frozenset(
        [sequence.__code__ for sequence in sequences if sequence is not None]
        + [code for code in inner if isinstance(code, CodeType) and code.co_name == "gzip_wrapper"]
    )


def _code_of(value: object) -> object:
    return getattr(value, "gi_code", None) or getattr(value, "ag_code", None)


class StreamResponse(StatusResponseMixin, StreamingHttpResponse, Generic[DataT]):
    """Base of `EventStreamResponse` and `JsonLinesResponse`: a 200 whose items are
    encoded one by one, each sent as soon as it is made.

    Examples:
        >>> issubclass(JsonLinesResponse, StreamResponse)
        True
    """

    registry: ClassVar[dict[int, type[Any]]] = {}
    media_type: ClassVar[str]
    _source: Iterator[bytes] | AsyncIterator[bytes]
    """The encoded items, before any middleware wraps them: closed when the stream ends."""
    _refused_headers: ClassVar[frozenset[str]] = frozenset({"content-type", "content-length"})

    def _stream(
        self,
        items: Iterable[object] | AsyncIterable[object],
        encode: Encoder,
        idle: float | None,
        headers: HeadersInput,
    ) -> None:
        owner = type(self).__name__
        content: Iterator[bytes] | AsyncIterator[bytes]
        if isinstance(items, AsyncIterable):
            content = _async_chunks(encode, owner, aiter(items), idle)
        else:
            try:
                content = _sync_chunks(encode, owner, iter(items))
            except TypeError:
                raise _refuse(
                    owner,
                    "items",
                    f"items={describe(items)}: give an iterable or an async iterable",
                ) from None
        self._source = content
        StreamingHttpResponse.__init__(self, content, content_type=self.media_type)
        construction.adopt(self, False)
        if headers:
            for name, _value in _store.ResponseHeaders._unpack_items(headers):  # type: ignore[attr-defined]
                if isinstance(name, str) and name.lower() in self._refused_headers:
                    raise _refuse(
                        owner,
                        "headers",
                        f"headers= sets {name}: a stream sends {self.media_type} and no "
                        "Content-Length (its length is unknown until it ends)",
                    )
            construction.add_headers(self, headers, {})

    def _set_streaming_content(self, value: object) -> None:
        # Django's GZipMiddleware: the same compression, flushed after each item.
        if "_iterator" in self.__dict__ and _code_of(value) in _django_gzip():
            close = getattr(value, "close", None)  # the sync one; the async one never started
            if close is not None:
                close()
            source: Any = self.streaming_content
            value = _gzip_async(source) if self.is_async else _gzip(source)
        StreamingHttpResponse._set_streaming_content(self, value)  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[bytes]:
        content: Any = self.streaming_content
        if self.is_async:
            return _drive(content, self._source)
        return iter(content)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content: Any = self.streaming_content
        if self.is_async:
            try:
                async with aclosing(content):
                    async for part in content:
                        yield part
            finally:
                await cast(AsyncGenerator[bytes], self._source).aclose()
            return
        step = sync_to_async(_next_part, thread_sensitive=True)
        try:
            while (part := await step(content)) is not _END:
                yield cast(bytes, part)
        finally:
            close = getattr(content, "close", None)
            if close is not None:
                await sync_to_async(close, thread_sensitive=True)()


class EventStreamResponse(StreamResponse[DataT]):
    """200 OK, a stream of server-sent events (``text/event-stream``, WHATWG HTML 9.2).

    ``events`` is a sync or async iterable of `ServerSentEvent` values or of data, which
    is sent as JSON in ``data:`` (pydantic models by pydantic). Each event is checked and
    encoded when the server asks for it; a bad one raises `ResponseValidationError` there,
    naming the field, and the stream ends before any byte of it is sent. After
    ``keepalive`` seconds without an event from an async iterable, a comment line keeps
    the connection in use (``None``: never). Sent with ``Cache-Control: no-cache`` and
    ``X-Accel-Buffering: no`` (nginx passes each event on), never a ``Content-Length``.

    Examples:
        >>> response = EventStreamResponse([{"n": 1}, ServerSentEvent("done", event="end")])
        >>> response["Content-Type"], response["Cache-Control"], response["X-Accel-Buffering"]
        ('text/event-stream; charset=utf-8', 'no-cache', 'no')
        >>> b"".join(response)
        b'data: {"n": 1}\\n\\nevent: end\\ndata: done\\n\\n'
    """

    status_code = 200
    media_type: ClassVar[str] = EVENT_STREAM_CONTENT_TYPE

    def __init__(
        self,
        events: Iterable[DataT | ServerSentEvent[DataT]]
        | AsyncIterable[DataT | ServerSentEvent[DataT]],
        *,
        keepalive: float | None = 15.0,
        headers: HeadersInput = None,
    ) -> None:
        owner = type(self).__name__
        idle = _keepalive(owner, keepalive)
        self._stream(events, encode_event, idle, headers)
        if "cache-control" not in self.headers:
            self.headers["Cache-Control"] = "no-cache"
        self.headers["X-Accel-Buffering"] = "no"


def _keepalive(owner: str, value: object) -> float | None:
    if value is None:
        return None
    if type(value) is bool or not isinstance(value, int | float) or not 0 < value < 86400:
        raise _refuse(
            owner,
            "keepalive",
            f"keepalive={describe(value)}: give seconds (an int or float above 0 and below "
            "a day), or None for no keep-alive comments",
        )
    return float(value)


class JsonLinesResponse(StreamResponse[DataT]):
    """200 OK, one JSON value a line (``application/jsonl``), in bounded memory.

    ``items`` is a sync or async iterable (a queryset's ``.iterator()``, a generator):
    each item is encoded when the server asks for it, as the JSON twins encode data
    (pydantic models by pydantic, anything else by `ModelJSONEncoder`, NaN and Infinity
    refused), and sent at once.

    Examples:
        >>> response = JsonLinesResponse(iter([{"id": 1}, {"id": 2}]))
        >>> response["Content-Type"]
        'application/jsonl'
        >>> b"".join(response)
        b'{"id": 1}\\n{"id": 2}\\n'
    """

    status_code = 200
    media_type: ClassVar[str] = JSON_LINES_CONTENT_TYPE

    def __init__(
        self,
        items: Iterable[DataT] | AsyncIterable[DataT],
        *,
        headers: HeadersInput = None,
    ) -> None:
        self._stream(items, encode_line, None, headers)


def last_event_id(request: HttpRequest) -> str | None:
    """The ``Last-Event-ID`` a reconnecting ``EventSource`` sends, or ``None``.

    Browsers send the ``id`` of the last event received, as UTF-8, when it is not empty.
    A value no event ``id`` can have (empty, holding NUL, CR or LF, or bytes that are not
    UTF-8) is ``None``, as if the header were absent: a client cannot make the view fail
    with it, and the view starts the stream from the beginning.

    Examples:
        >>> from django.test import RequestFactory
        >>> last_event_id(RequestFactory().get("/", headers={"Last-Event-ID": "42"}))
        '42'
        >>> last_event_id(RequestFactory().get("/")) is None
        True
    """
    value = request.META.get("HTTP_LAST_EVENT_ID")
    if not isinstance(value, str) or not value:  # browsers send no empty one
        return None
    try:
        # WSGI and ASGI give header bytes as Latin-1 text; the browser sent UTF-8.
        text = value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None
    if "\0" in text or "\r" in text or "\n" in text:
        return None
    return text
