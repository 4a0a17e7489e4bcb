"""Range requests: files served with 200, 206 and 416 (RFC 9110, Section 14).

`serve_file` answers a request for a file (a path, a binary file
object or a Django ``FieldFile``) the way RFC 9110 asks: preconditions first
(`evaluate_preconditions`), then
``If-Range`` and ``Range``. One satisfiable range is a 206 with
``Content-Range``, several are a 206 ``multipart/byteranges``, none a 416
with ``Content-Range: bytes */N``; a ``Range`` it cannot use is ignored and
the whole file is sent with 200. Bodies are streamed from the file, a block
at a time, and a single range keeps the WSGI server's ``wsgi.file_wrapper``
(``sendfile``) path.

Several ranges follow this policy (RFC 9110, Section 14.2 lets a server
coalesce or ignore them):

* unsatisfiable ranges are left out; if none is left, 416;
* ranges that overlap or touch are coalesced into one; the parts are sent in
  the order their first range appears in the header (Section 15.3.7.2);
* one range left after that is a single-part 206, never a multipart one;
* more than `MAX_RANGES` ranges, or a multipart body larger than the
  whole file, is answered with the whole file (200);
* a position longer than 18 digits is past the end of any file (`BEYOND`); one longer
  than the 4,300 digits ``int()`` reads makes the ``Range`` invalid: it is ignored (200);
* a non-zero suffix range on an empty file is ignored (200): it is satisfiable,
  but no ``Content-Range`` can state an empty range.

Examples:
    >>> import io
    >>> from django.test import RequestFactory
    >>> request = RequestFactory().get("/", headers={"Range": "bytes=0-3"})
    >>> response = serve_file(request, io.BytesIO(b"0123456789"), filename="digits.txt")
    >>> response.status_code, response["Content-Range"], b"".join(response.streaming_content)
    (206, 'bytes 0-3/10', b'0123')
"""

from __future__ import annotations

import errno
import functools
import io
import mimetypes
import os
import re
import secrets
import stat
from collections.abc import AsyncIterator, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Final, NamedTuple, TypeAlias

from asgiref.sync import sync_to_async
from django.core.files import File
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, HttpRequest
from django.utils.http import content_disposition_header, http_date, parse_http_date_safe

from ..errors import ResponseValidationError, describe
from ..headers.models import ContentRange
from ..openapi import ServedFile
from ..responses.http import HttpResponseRangeNotSatisfiable
from .conditions import entity_tag, evaluate_preconditions, strong_match, timestamp

__all__ = [
    "MAX_RANGES",
    "ByteRange",
    "FileResponsePartialContent",
    "parse_range",
    "serve_file",
]

MAX_RANGES: Final = 100
"""More ranges than this in one ``Range`` header are ignored: the whole file is sent (200)."""

BLOCK_SIZE: Final = 64 * 1024
"""Bytes read from the file at a time when the server does not send it itself."""

_RANGE_SPEC = re.compile(r"(\d+)-(\d*)|-(\d+)")
"""``int-range`` and ``suffix-range`` of RFC 9110, Section 14.1.1."""

_DIGITS: Final = 18
"""Digits of a range position read as they are; a longer one is past the end of any file."""

_INT_DIGITS: Final = 4300
"""Digits ``int()`` reads by default (``sys.int_info.default_max_str_digits``): a range
position with more is ignored with its ``Range``, not read as `BEYOND`."""

BEYOND: Final = 10**_DIGITS
"""The position a longer number stands for: more bytes than any file holds (an exabyte)."""

_MEDIA_TYPE = re.compile(
    r"[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(;[\x20-\x7e\t]*)?"
)
"""``type/subtype`` and parameters without control characters: it is also written into parts."""

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")

_COMPRESSED_TYPES: Final = {
    "br": "application/x-brotli",
    "bzip2": "application/x-bzip",
    "compress": "application/x-compress",
    "gzip": "application/gzip",
    "xz": "application/x-xz",
}
"""The types Django's ``FileResponse`` gives compressed files."""

FileInput: TypeAlias = "str | os.PathLike[str] | IO[bytes] | File[bytes]"
"""What `serve_file` serves: a path, a binary file object, or a Django ``File``."""


@dataclass(frozen=True)
class ByteRange:
    """One ``range-spec`` of a ``Range`` header (RFC 9110, Section 14.1.1).

    ``first`` and ``last`` for ``bytes=first-last`` (``last`` is ``None`` for
    ``bytes=first-``); ``first`` is ``None`` for a suffix ``bytes=-last``.

    Examples:
        >>> ByteRange(first=None, last=500).resolve(10000)
        ContentRange(start=9500, end=9999, total=10000, unit='bytes')
        >>> ByteRange(first=10000, last=None).resolve(10000) is None
        True
    """

    first: int | None
    last: int | None

    def resolve(self, length: int) -> ContentRange | None:
        """The bytes this range selects in a representation of ``length`` bytes, if any.

        ``None`` when it is not satisfiable (Section 14.1.3): a first position at
        or past the end, or a suffix of length zero.

        Examples:
            >>> ByteRange(first=0, last=99).resolve(50)
            ContentRange(start=0, end=49, total=50, unit='bytes')
        """
        span = _span_of(self, length)
        return None if span is None else span.content_range()


def _span_of(byte_range: ByteRange, length: int) -> _Span | None:
    """What `ByteRange.resolve` resolves, as a `_Span`."""
    first, last = byte_range.first, byte_range.last
    if first is None:
        suffix = last or 0
        if suffix == 0 or length == 0:
            return None
        return _Span(max(length - suffix, 0), length - 1, length)
    if first >= length:
        return None
    end = length - 1 if last is None else min(last, length - 1)
    return _Span(first, end, length)


class _Span(NamedTuple):
    """A satisfiable range, ``start <= end < total``: what serve_file works with, cheaper
    than a validated `ContentRange`, which only a single-part 206 needs."""

    start: int
    end: int
    total: int

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def __str__(self) -> str:
        return f"bytes {self.start}-{self.end}/{self.total}"

    def content_range(self) -> ContentRange:
        # Known to hold: built without validation, which costs more than the parsing.
        return ContentRange.model_construct(start=self.start, end=self.end, total=self.total)


def parse_range(value: str) -> list[ByteRange] | None:
    """The byte ranges of a ``Range`` field value, or ``None`` if it must be ignored.

    ``None`` for another range unit than ``bytes`` (compared
    case-insensitively) and for any syntax error, including a ``last`` before
    ``first`` (RFC 9110, Sections 14.1.1 and 14.2). Empty list elements are
    skipped (Section 5.6.1).

    Examples:
        >>> for byte_range in parse_range("bytes=0-99, 200-, -500"):
        ...     print(byte_range)
        ByteRange(first=0, last=99)
        ByteRange(first=200, last=None)
        ByteRange(first=None, last=500)
        >>> parse_range("bytes=9-1") is None, parse_range("items=0-1") is None
        (True, True)
    """
    unit, equals, range_set = value.strip(" \t").partition("=")
    if not equals or not _TOKEN.fullmatch(unit) or unit.lower() != "bytes":
        return None
    ranges: list[ByteRange] = []
    for element in range_set.split(","):
        spec = element.strip(" \t")
        if not spec:
            continue
        match = _RANGE_SPEC.fullmatch(spec)
        if match is None:
            return None
        first, last, suffix = match.groups()
        if len(spec) > _INT_DIGITS and _unreadable(first, last, suffix):
            return None
        if suffix is not None:
            ranges.append(ByteRange(first=None, last=_position(suffix)))
            continue
        if last and _before(last, first):
            return None
        ranges.append(ByteRange(first=_position(first), last=_position(last) if last else None))
    return ranges or None


def _position(digits: str) -> int:
    """A position of a ``range-spec``: its value, or `BEYOND` for a longer number.

    ``int()`` refuses more than 4,300 digits (and is slow long before), and a
    position past any file's end means the same whatever its value: a first
    position is unsatisfiable, a last one or a suffix takes the file to its end.
    """
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= _DIGITS else BEYOND


def _unreadable(*numbers: str | None) -> bool:
    """Whether a number has more significant digits than ``int()`` reads (4,300): what
    Python refuses to read is a syntax error here, and the ``Range`` is ignored (200), as
    RFC 9110, Section 14.2 lets a server ignore an invalid one."""
    return any(number and len(number.lstrip("0")) > _INT_DIGITS for number in numbers)


def _before(last: str, first: str) -> bool:
    """Whether the number ``last`` is smaller than ``first``, compared as digit strings."""
    last, first = last.lstrip("0"), first.lstrip("0")
    return (len(last), last) < (len(first), first)


def _coalesce(parts: list[_Span]) -> list[_Span]:
    """Merge ranges that overlap or touch; keep the order of each group's first range."""
    order = sorted(range(len(parts)), key=lambda index: parts[index].start)
    groups: list[tuple[int, int, int]] = []  # (first index in the header, start, end)
    for index in order:
        part = parts[index]
        if groups and part.start <= groups[-1][2] + 1:
            first, start, end = groups[-1]
            groups[-1] = (min(first, index), start, max(end, part.end))
        else:
            groups.append((index, part.start, part.end))
    total = parts[0].total
    return [_Span(start, end, total) for _, start, end in sorted(groups)]


class _RangeReader:
    """A file object that reads ``length`` bytes of ``file`` from its current position, and
    never more, however the file grows while it is served.

    It keeps ``fileno()``, so a WSGI server's ``wsgi.file_wrapper`` can
    ``sendfile`` the range (gunicorn sends ``Content-Length`` bytes from the
    file's position); servers that iterate get ``read()`` blocks that stop at
    the range's end. A file that shrank while it was served would make the body shorter
    than its ``Content-Length``, which the client would take for the whole: a ``read()``
    that finds the end too early raises ``OSError`` instead, so the server drops the
    connection. ``sendfile`` does not read: ``socket.sendfile()`` (gunicorn's way) seeks
    the file to where it stopped, and `short` tells whether that was before the end, for
    the response's ``close()`` to raise.
    """

    def __init__(self, file: IO[bytes] | File[bytes], length: int, name: str = "") -> None:
        self._file = file
        self._remaining = length
        self._length = length
        self._name = name
        self._start: int | None = None
        self._reached: int | None = None
        self._read = self._sent = False

    def read(self, size: int = -1) -> bytes:
        """At most ``size`` bytes of the range (all that is left if negative)."""
        self._read = True
        if self._remaining <= 0:
            return b""
        size = self._remaining if size < 0 else min(size, self._remaining)
        data = self._file.read(size)
        if not data and size:
            raise OSError(
                f"serve_file: {self._name or 'the file'} ended {self._remaining} bytes before "
                f"the {self._length} of its Content-Length: it changed while it was served"
            )
        self._remaining -= len(data)
        return data

    def fileno(self) -> int:
        """The file's descriptor, for a server's ``sendfile``; where the range starts is kept."""
        if self._start is None:
            self._start = self._file.tell()
            self._sent = True
        return self._file.fileno()

    def seekable(self) -> bool:
        """``False``: Django's ``FileResponse`` would read a seekable object without
        ``tell()`` to its end to measure it; the length is known already."""
        return False

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        """Move the file, as ``socket.sendfile()`` does to where it stopped sending."""
        reached = self._file.seek(position, whence)
        if self._start is not None:
            self._reached = reached
            self._remaining = self._start + self._length - reached
        return reached

    def sent_short(self) -> OSError | None:
        """The error to raise, once, when the file was sent (``sendfile``, never read) and
        ``socket.sendfile()`` stopped short of its length: it reached the file's end too
        early, or sent nothing."""
        if not self._sent or self._read or self._start is None or not self._length:
            return None
        end = self._start + self._length
        if self._reached is not None and self._reached >= end:
            return None
        if self._reached is None:  # nothing sent, or not by socket.sendfile(): ask the file
            try:
                if os.fstat(self._file.fileno()).st_size >= end:
                    return None
            except (OSError, ValueError):
                return None
        self._sent = False
        return OSError(
            f"serve_file: {self._name or 'the file'} ended before the {self._length} bytes "
            "of its Content-Length were sent: it changed while it was served"
        )

    def close(self) -> None:
        """Close the file."""
        self._file.close()


class _StreamedFile(FileResponse):
    """Django's ``FileResponse``, streamed a block at a time under ASGI too.

    Django's ASGI handler turns a synchronous body into a list before sending it
    (``StreamingHttpResponse.__aiter__``), which would read the whole file into
    memory; here each block is read in a worker thread as the server asks for it.
    """

    block_size = BLOCK_SIZE

    def close(self) -> None:
        """Django's ``close()``; then, for a body that ``sendfile`` sent short of its
        ``Content-Length`` (the file shrank while it was served), an ``OSError`` the server
        sees, so that it drops the connection (gunicorn calls this once it has sent)."""
        reader = self.__dict__.get("_reader")
        error = reader.sent_short() if isinstance(reader, _RangeReader) else None
        super().close()
        if error is not None:
            raise error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self.streaming_content
        if not isinstance(content, Iterator):
            async for part in content:
                yield part
            return
        read = sync_to_async(_next_block, thread_sensitive=False)
        while (block := await read(content)) is not None:
            yield block


class _WholeFile(_StreamedFile):
    """The 200 of `serve_file`, which sets ``Content-Type``, ``Content-Length`` and
    ``Content-Disposition`` from what it found about the file, instead of Django's
    ``FileResponse`` asking the file object for them again."""

    def set_headers(self, filelike: object) -> None:
        """Nothing to find: `serve_file` knows the file's type, name and length."""


def _next_block(blocks: Iterator[bytes]) -> bytes | None:
    return next(blocks, None)


class FileResponsePartialContent(_StreamedFile):
    """206 Partial Content, streamed: Django's ``FileResponse`` with its status fixed at 206.

    ``streaming_content`` is a file object positioned at the range's first
    byte that reads no further than its last (one range, with
    ``content_range``), or an iterable of bytes (a ``multipart/byteranges``
    body, with that ``content_type`` and no ``content_range``).
    `serve_file` builds both; ``Content-Length`` is always sent.

    Examples:
        >>> import io
        >>> response = FileResponsePartialContent(
        ...     [b"2345"], content_range=ContentRange(start=2, end=5, total=10),
        ...     content_type="text/plain", content_length=4,
        ... )
        >>> response.status_code, response["Content-Range"], response["Content-Length"]
        (206, 'bytes 2-5/10', '4')
    """

    status_code = 206

    def __init__(
        self,
        streaming_content: IO[bytes] | _RangeReader | Iterable[bytes],
        *,
        content_range: ContentRange | None,
        content_type: str,
        content_length: int,
        filename: str = "",
        as_attachment: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        multipart = content_type.lower().startswith("multipart/byteranges")
        if content_range is None and not multipart:
            raise ResponseValidationError(
                f"FileResponsePartialContent: missing content_range for content_type="
                f"{content_type!r}: a single-part 206 needs a ContentRange; only a "
                "'multipart/byteranges; boundary=...' body may go without one "
                "(RFC 9110, Section 15.3.7)",
                response_class="FileResponsePartialContent",
                argument="content_range",
            )
        if content_range is not None and content_range.length != content_length:
            raise ResponseValidationError(
                f"FileResponsePartialContent: invalid content_length={content_length}: "
                f"{content_range} holds {content_range.length} bytes",
                response_class="FileResponsePartialContent",
                argument="content_length",
            )
        super().__init__(
            streaming_content,
            as_attachment=as_attachment,
            filename=filename,
            content_type=content_type,
            headers=headers,
        )
        if content_range is not None:
            self["Content-Range"] = str(content_range)
        disposition = content_disposition_header(as_attachment, filename)
        if disposition and not self.has_header("Content-Disposition"):
            self["Content-Disposition"] = disposition
        self["Content-Length"] = str(content_length)

    def has_header(self, header: str) -> bool:
        """Whether ``header`` is set; ``Content-Encoding`` counts as decided (no coding).

        As for ``HttpResponsePartialContent``: the ranges count bytes of the file as
        it is, so Django's ``GZipMiddleware``, which asks this first, leaves them
        uncompressed. ``"Content-Encoding" in response`` tells whether the field is set.
        """
        return header.lower() == "content-encoding" or super().has_header(header)


@functools.lru_cache(maxsize=256)
def _http_date(seconds: int) -> str:
    """Django's ``http_date``, kept for the times files were last modified: the same
    second is written the same way every time, and formatting it costs more than the rest
    of the validators together."""
    return http_date(seconds)


def _guess_type(filename: str) -> str:
    """The ``Content-Type`` Django's ``FileResponse`` would guess from ``filename``."""
    guessed, encoding = mimetypes.guess_type(filename)
    if encoding is not None:
        guessed = _COMPRESSED_TYPES.get(encoding, guessed)
    return guessed or "application/octet-stream"


_NONBLOCKING: Final = getattr(os, "O_NONBLOCK", 0)
"""Opening a FIFO for reading waits for a writer, unless it is opened without blocking."""

_KINDS: Final = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def _not_regular(file: object, mode: int) -> ResponseValidationError:
    """A path or file object that is no regular file: a FIFO would block the worker when
    opened or read, a device (``/dev/zero``) has no length and no end."""
    kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return ResponseValidationError(
        f"serve_file: invalid file={describe(file)}: it is {kind}; serve_file serves "
        "regular files only",
        argument="file",
    )


def _open_path(path: str | os.PathLike[str]) -> tuple[IO[bytes], str, os.stat_result]:
    """Open the regular file at ``path`` for reading, without ever waiting on it.

    It is opened without blocking (a FIFO does not wait for a writer) and its status taken
    from the open file, so what is served is what was checked; anything but a regular file
    is refused before a byte is read.
    """
    name = os.fspath(path)
    found: list[os.stat_result] = []

    def opener(target: str, flags: int) -> int:
        try:
            descriptor = os.open(target, flags | _NONBLOCKING)
        except OSError as error:
            if error.errno == errno.ENXIO:  # a socket, which open() cannot read
                raise _not_regular(name, os.stat(target).st_mode) from None
            raise
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise _not_regular(name, status.st_mode)
            if _NONBLOCKING:
                os.set_blocking(descriptor, True)
        except BaseException:
            os.close(descriptor)
            raise
        found.append(status)
        return descriptor

    opened = open(name, "rb", opener=opener)  # noqa: SIM115 - closed by the response
    return opened, name, found[0]


def _open(file: FileInput) -> tuple[IO[bytes] | File[bytes], str, os.stat_result | None]:
    """Open ``file``: the binary file object, its name, and its status if the OS knows it."""
    if isinstance(file, str | os.PathLike):
        return _open_path(file)
    if isinstance(file, FieldFile):
        file.open("rb")
    name = getattr(file, "name", "")
    if not (hasattr(file, "read") and hasattr(file, "seek") and hasattr(file, "tell")):
        raise ResponseValidationError(
            f"serve_file: invalid file={file!r}: expected a path, a FieldFile, or a binary "
            "file object with read(), seek() and tell()",
            argument="file",
        )
    _refuse_text(file)
    try:
        status: os.stat_result | None = os.fstat(file.fileno())
    except (AttributeError, OSError, io.UnsupportedOperation, ValueError):
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise _not_regular(file, status.st_mode)
    return file, name if isinstance(name, str) else "", status


def _refuse_text(file: IO[bytes] | File[bytes]) -> None:
    """Refuse a file opened in text mode: its ``read()`` gives ``str``, and a response
    iterating it would send ``b""`` forever (Django's ``FileResponse`` never ends)."""
    inner: object = getattr(file, "file", file) if isinstance(file, File) else file
    try:
        text = isinstance(inner, io.TextIOBase) or isinstance(file.read(0), str)
    except Exception:
        return  # a closed or odd file is answered where it is used, as before
    if text:
        raise ResponseValidationError(
            f"serve_file: invalid file={file!r}: it is open in text mode (read() gives str); "
            "open it with open(path, 'rb'), or give io.BytesIO for bytes in memory",
            argument="file",
        )


def _length(file: IO[bytes] | File[bytes]) -> tuple[int, int]:
    """Where ``file`` is, and how many bytes are left from there to its end."""
    try:
        position = file.tell()
        end = file.seek(0, io.SEEK_END)
        file.seek(position)
    except (OSError, io.UnsupportedOperation) as error:
        raise ResponseValidationError(
            f"serve_file: invalid file={file!r}: the file object must be seekable ({error})",
            argument="file",
        ) from error
    return position, end - position


_PRECONDITIONS: Final = frozenset(
    {"HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE"}
)
"""The ``META`` keys of the precondition headers (RFC 9110, Section 13.1)."""


def _if_range_holds(request: HttpRequest, etag: str | None, modified: int | None) -> bool:
    """Whether ``If-Range`` (absent counts as true) still names this representation.

    An entity-tag must match strongly; a date must equal ``Last-Modified``
    exactly (RFC 9110, Section 13.1.5).
    """
    value = request.headers.get("If-Range")
    if value is None:
        return True
    value = value.strip(" \t")
    if value.startswith(('"', 'W/"')):
        return strong_match(etag, [value])
    date = parse_http_date_safe(value)
    return date is not None and modified is not None and date == modified


def _multipart(
    file: IO[bytes] | File[bytes],
    base: int,
    parts: list[_Span],
    boundary: str,
    part_type: str,
) -> tuple[_Body, int]:
    """A ``multipart/byteranges`` body (RFC 9110, Section 14.6) and its length."""
    heads = [
        (
            f"{'' if index == 0 else chr(13) + chr(10)}--{boundary}\r\n"
            f"Content-Type: {part_type}\r\nContent-Range: {part}\r\n\r\n"
        ).encode("latin-1")
        for index, part in enumerate(parts)
    ]
    tail = f"\r\n--{boundary}--\r\n".encode("latin-1")
    length = sum(map(len, heads)) + sum(part.length for part in parts) + len(tail)

    def body() -> Generator[bytes]:
        # Heads and small parts are gathered into blocks of up to BLOCK_SIZE: a server
        # writes each item it is given with a system call of its own, so a few small
        # ranges go out in one write, as the whole file does.
        # try/finally, not "with file": a file-like object need not be a context manager.
        pending = bytearray()
        try:
            for head, part in zip(heads, parts, strict=True):
                pending += head
                file.seek(base + part.start)
                remaining = part.length
                while remaining:
                    block = file.read(min(BLOCK_SIZE, remaining))
                    if not block:
                        raise OSError(f"the file ended before byte {part.end} of {part}")
                    remaining -= len(block)
                    if len(block) == BLOCK_SIZE:  # a whole block goes out as it was read
                        if pending:
                            yield bytes(pending)
                            pending.clear()
                        yield block
                        continue
                    pending += block
                    if len(pending) >= BLOCK_SIZE:
                        yield bytes(pending)
                        pending.clear()
            pending += tail
            yield bytes(pending)
        finally:
            file.close()

    return _Body(body(), file), length


class _Body:
    """A streamed body that closes its file even when it is never iterated."""

    def __init__(self, chunks: Generator[bytes], file: IO[bytes] | File[bytes]) -> None:
        self._chunks = chunks
        self._file = file

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks

    def close(self) -> None:
        self._chunks.close()
        self._file.close()


def serve_file(
    request: HttpRequest,
    file: FileInput,
    *,
    content_type: str | None = None,
    filename: str | None = None,
    as_attachment: bool = False,
    etag: str | None = None,
    last_modified: datetime | None = None,
) -> ServedFile:
    """Answer ``request`` with ``file``, honouring preconditions, ``If-Range`` and ``Range``.

    ``file`` is a path, a Django ``FieldFile`` (opened for you) or a seekable
    binary file object, served from its current position to its end; the
    response closes it. ``content_type`` is guessed from the file name as
    Django's ``FileResponse`` guesses it when not given; ``filename`` and
    ``as_attachment`` set ``Content-Disposition`` as ``FileResponse`` does.
    ``etag`` (an entity-tag, quoted for you if bare; default: a strong one
    derived from the file's modification time and size, see
    `derived_etag`, when the OS knows them) and ``last_modified``
    (default: the file's modification time, when the OS knows it) are sent as
    ``ETag`` and ``Last-Modified`` and drive the preconditions and
    ``If-Range``. A file open in text mode is refused (its ``read()`` gives
    ``str``), and so is anything but a regular file (a FIFO, a device such as
    ``/dev/zero``, a socket, a directory), before a byte is read: a path is opened
    without blocking and checked as opened. A file that grows while it is served sends
    the length it had; one that shrinks ends the body with an ``OSError``, so that the
    server drops the connection rather than send fewer bytes than ``Content-Length``
    (RFC 9112, Section 6.3). The answers:

    * 304, or 412 with a short body that names the failed condition (problem
      details for a client that prefers JSON), when a precondition says so
      (RFC 9110, Section 13.2.2);
    * 200, the whole file, with ``Accept-Ranges: bytes``, for no ``Range``,
      a ``Range`` that is malformed, of another unit, ignored by the policy
      above, not a GET (HEAD included: range requests are defined for GET
      only, Section 14.2), or with an ``If-Range`` that no longer holds;
    * 206 with ``Content-Range`` for one range, 206 ``multipart/byteranges``
      for several (see the module's policy);
    * 416 with ``Content-Range: bytes */N`` when no range is satisfiable.

    HEAD gets the headers GET would get and no body. Nothing is read whole:
    bodies are streamed a block at a time.

    Examples:
        >>> import io
        >>> from django.test import RequestFactory
        >>> factory = RequestFactory()
        >>> data = io.BytesIO(bytes(1000))
        >>> serve_file(factory.get("/", headers={"Range": "bytes=-100"}), data)["Content-Range"]
        'bytes 900-999/1000'
        >>> data = io.BytesIO(bytes(1000))
        >>> serve_file(factory.get("/", headers={"Range": "bytes=1000-"}), data)["Content-Range"]
        'bytes */1000'
        >>> data = io.BytesIO(bytes(1000))
        >>> serve_file(factory.get("/", headers={"Range": "lines=1-2"}), data).status_code
        200
    """
    current = None if etag is None else entity_tag(etag, function="serve_file")
    if content_type is not None and not _MEDIA_TYPE.fullmatch(content_type):
        raise ResponseValidationError(
            f"serve_file: invalid content_type={content_type!r}: expected a media type such "
            "as 'video/mp4' or 'text/plain; charset=utf-8', without control characters",
            argument="content_type",
        )
    given = None if last_modified is None else timestamp(last_modified, function="serve_file")
    opened, name, status = _open(file)
    if isinstance(file, str | os.PathLike):
        # Opened here, at its start: its length is the size its status gave.
        base, length = 0, status.st_size if status is not None else 0
    else:
        try:
            base, length = _length(opened)
        except BaseException:
            opened.close()
            raise
    mtime = None if status is None else int(status.st_mtime)
    modified = given if given is not None else mtime
    if current is None and status is not None:
        current = derived_etag(status, base, length)
    filename = filename if filename is not None else os.path.basename(name)
    content_type = content_type or _guess_type(filename)
    validators: dict[str, str] = {"Accept-Ranges": "bytes"}
    if current is not None:
        validators["ETag"] = current
    if modified is not None:
        validators["Last-Modified"] = _http_date(modified)

    meta = request.META
    if any(key in meta for key in _PRECONDITIONS):  # without any, nothing to evaluate
        answered = evaluate_preconditions(request, etag=current, last_modified=_utc(modified))
        if answered is not None:
            opened.close()
            return answered

    served = _Served(opened, name, base, length, filename, content_type, as_attachment, validators)
    method = (request.method or "GET").upper()
    range_header: str | None = meta.get("HTTP_RANGE")
    if (
        method == "GET"
        and range_header is not None
        and _if_range_holds(request, current, modified)
    ):
        partial = _partial(served, parse_range(range_header))
        if partial is not None:
            return partial
    return _whole(served, head=method == "HEAD")


class _Served(NamedTuple):
    """What `serve_file` found about the file it answers with."""

    opened: IO[bytes] | File[bytes]
    name: str
    base: int
    length: int
    filename: str
    content_type: str
    as_attachment: bool
    validators: dict[str, str]


def _partial(
    served: _Served, byte_ranges: list[ByteRange] | None
) -> FileResponse | HttpResponseRangeNotSatisfiable | None:
    """The 206 or 416 for ``byte_ranges``, or ``None`` to send the whole file."""
    opened, length = served.opened, served.length
    if length == 0 and byte_ranges and any(r.first is None and r.last for r in byte_ranges):
        # A non-zero suffix range is satisfiable on an empty representation (RFC 9110,
        # Section 14.1.3), so a 416 would be wrong; yet no Content-Range can state an
        # empty range ("bytes 0--1/0"), so no 206 either. Ignoring the Range is what
        # Section 14.2 allows: the whole (empty) file, with 200.
        return None
    if byte_ranges is None or len(byte_ranges) > MAX_RANGES:
        return None
    satisfiable = [part for r in byte_ranges if (part := _span_of(r, length)) is not None]
    if not satisfiable:
        opened.close()
        return HttpResponseRangeNotSatisfiable(total_length=length, headers=served.validators)
    parts = _coalesce(satisfiable) if len(satisfiable) > 1 else satisfiable
    if len(parts) == 1:
        (part,) = parts
        opened.seek(served.base + part.start)
        reader = _RangeReader(opened, part.length, served.name)
        single = FileResponsePartialContent(
            reader,
            content_range=part.content_range(),
            content_type=served.content_type,
            content_length=part.length,
            filename=served.filename,
            as_attachment=served.as_attachment,
            headers=served.validators,
        )
        single.__dict__["_reader"] = reader
        return single
    boundary = secrets.token_hex(16)
    body, body_length = _multipart(opened, served.base, parts, boundary, served.content_type)
    if body_length > length:
        opened.seek(served.base)
        return None
    return FileResponsePartialContent(
        body,
        content_range=None,
        content_type=f"multipart/byteranges; boundary={boundary}",
        content_length=body_length,
        filename=served.filename,
        as_attachment=served.as_attachment,
        headers=served.validators,
    )


def _whole(served: _Served, *, head: bool) -> FileResponse:
    """The whole file, with 200, and never more than it held when its length was taken."""
    reader = _RangeReader(served.opened, served.length, served.name)
    response = _WholeFile(
        reader,
        filename=served.filename,
        as_attachment=served.as_attachment,
        content_type=served.content_type,
    )
    if head:
        response.streaming_content = ()  # the file is still closed with the response
    else:
        response.__dict__["_reader"] = reader
    # The validators and the length are this module's own ASCII (an ETag given is checked
    # by entity_tag): stored as Django's ResponseHeaders stores them, without converting.
    store = response.headers._store
    for name, value in served.validators.items():
        store[name.lower()] = (name, value)
    store["content-length"] = ("Content-Length", str(served.length))
    disposition = content_disposition_header(served.as_attachment, served.filename)
    if disposition:
        response["Content-Disposition"] = disposition  # a file name is refused as Django does
    return response


def derived_etag(status: os.stat_result, base: int, length: int) -> str:
    """The entity-tag `serve_file` sends for a file given without ``etag``.

    Built from the modification time (in nanoseconds) and the size, as nginx,
    Starlette and werkzeug build theirs (RFC 9110, Section 8.8.3 asks for one).
    It is strong: ``If-Range`` needs a strong validator (Section 13.1.5), and
    the same time and size mean the same bytes for a file served as it is on
    disk, which is what a strong tag promises (Section 8.8.1). A file served
    from a position other than its start names that position too.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.NamedTemporaryFile() as file:
        ...     os.utime(file.name, ns=(0, 1_704_067_200_000_000_000))
        ...     derived_etag(os.stat(file.name), 0, 10_000)
        '"17a6101701650000-2710"'
    """
    tag = f"{status.st_mtime_ns:x}-{length:x}"
    return f'"{tag}"' if base == 0 else f'"{tag}-{base:x}"'


def _utc(seconds: int | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)
