"""The range and precondition requests every client sends to every server, and their answers.

The file is 10,000 bytes, the length RFC 9110, Section 14.1.2 uses in its
examples; the expectations are the RFC's literals. ``DATA`` holds every byte
value, so a body cut at the wrong place or decoded as text cannot pass.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import os
from dataclasses import dataclass, field
from pathlib import Path

SIZE = 10_000
DATA = bytes((index * 7 + index // 256) % 256 for index in range(SIZE))
NAME = "data.bin"
MTIME = 1_704_067_200
"""Mon, 01 Jan 2024 00:00:00 GMT: the file's modification time."""
LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"
ETAG = '"ranges-v1"'
DERIVED_ETAG = '"17a6101701650000-2710"'
"""The entity-tag of the file served without one: its mtime in nanoseconds
(0x17a6101701650000 is 1,704,067,200 s) and its size (0x2710 is 10,000), as nginx builds it."""
EXPLAINED = {
    "If-Match differs": (
        b"Precondition Failed. If-Match: no entity-tag given matches the current one "
        b"(strong comparison).\n"
    ),
    "If-Unmodified-Since earlier": (
        b"Precondition Failed. If-Unmodified-Since: the resource was modified since then.\n"
    ),
}
"""The body of each 412 case: the condition that failed (RFC 9110, Section 15.5.13)."""


def write_file(folder: Path, name: str = NAME, data: bytes = DATA) -> Path:
    """Write ``data`` to ``folder/name`` with the modification time :data:`MTIME`."""
    target = folder / name
    target.write_bytes(data)
    os.utime(target, (MTIME, MTIME))
    return target


@dataclass(frozen=True)
class Case:
    """One request and what must come back.

    ``body`` is the ``(start, stop)`` slice of :data:`DATA` a single-part body
    holds; ``parts`` the ``Content-Range`` and slice of each part of a
    ``multipart/byteranges`` body, in order.
    """

    id: str
    headers: tuple[tuple[str, str], ...]
    status: int
    content_range: str | None = None
    body: tuple[int, int] | None = None
    parts: tuple[tuple[str, tuple[int, int]], ...] = ()
    method: str = "GET"
    view: str = "tagged"
    extra: dict[str, str] = field(default_factory=dict)


def _ranges(value: str) -> tuple[tuple[str, str], ...]:
    return (("Range", value),)


MANY = ",".join(f"{start}-{start}" for start in range(0, 10_100, 100))
"""101 one-byte ranges: more than the 100 a request may ask for."""
SMALL_PARTS_99 = ",".join(f"{start}-{start}" for start in range(0, 9_900, 100))
"""99 one-byte ranges, whose multipart body would outweigh the 10,000-byte file."""

CASES = [
    Case("no range", (), 200, body=(0, 10_000)),
    Case("first 500 bytes", _ranges("bytes=0-499"), 206, "bytes 0-499/10000", (0, 500)),
    Case("second 500 bytes", _ranges("bytes=500-999"), 206, "bytes 500-999/10000", (500, 1000)),
    Case("final 500 bytes", _ranges("bytes=-500"), 206, "bytes 9500-9999/10000", (9500, 10_000)),
    Case("from 9500 on", _ranges("bytes=9500-"), 206, "bytes 9500-9999/10000", (9500, 10_000)),
    Case(
        "last past the end",
        _ranges("bytes=9000-99999"),
        206,
        "bytes 9000-9999/10000",
        (9000, 10_000),
    ),
    Case(
        "suffix longer than the file",
        _ranges("bytes=-20000"),
        206,
        "bytes 0-9999/10000",
        (0, 10_000),
    ),
    Case("one byte", _ranges("bytes=0-0"), 206, "bytes 0-0/10000", (0, 1)),
    Case("unit in capitals", _ranges("BYTES=0-9"), 206, "bytes 0-9/10000", (0, 10)),
    Case(
        "first and last bytes",
        _ranges("bytes=0-0,-1"),
        206,
        parts=(("bytes 0-0/10000", (0, 1)), ("bytes 9999-9999/10000", (9999, 10_000))),
    ),
    Case(
        "three ranges",
        _ranges("bytes=0-999,4500-5499,-1000"),
        206,
        parts=(
            ("bytes 0-999/10000", (0, 1000)),
            ("bytes 4500-5499/10000", (4500, 5500)),
            ("bytes 9000-9999/10000", (9000, 10_000)),
        ),
    ),
    Case(
        "parts in the order asked",
        _ranges("bytes=-1000, 0-999"),
        206,
        parts=(("bytes 9000-9999/10000", (9000, 10_000)), ("bytes 0-999/10000", (0, 1000))),
    ),
    Case(
        "empty list elements",
        _ranges("bytes=0-9,,20-29"),
        206,
        parts=(("bytes 0-9/10000", (0, 10)), ("bytes 20-29/10000", (20, 30))),
    ),
    Case(
        "touching ranges coalesced",
        _ranges("bytes=500-600,601-999"),
        206,
        "bytes 500-999/10000",
        (500, 1000),
    ),
    Case(
        "overlapping ranges coalesced",
        _ranges("bytes=500-700,601-999"),
        206,
        "bytes 500-999/10000",
        (500, 1000),
    ),
    Case(
        "coalesced group keeps its first place",
        _ranges("bytes=9000-9099,0-9,9050-9199"),
        206,
        parts=(("bytes 9000-9199/10000", (9000, 9200)), ("bytes 0-9/10000", (0, 10))),
    ),
    Case(
        "unsatisfiable ones left out", _ranges("bytes=20000-,0-9"), 206, "bytes 0-9/10000", (0, 10)
    ),
    Case("zero suffix left out", _ranges("bytes=-0,5-9"), 206, "bytes 5-9/10000", (5, 10)),
    Case("first at the end", _ranges("bytes=10000-"), 416, "bytes */10000"),
    Case("beyond the end", _ranges("bytes=10000-10001"), 416, "bytes */10000"),
    Case("zero suffix", _ranges("bytes=-0"), 416, "bytes */10000"),
    Case("all unsatisfiable", _ranges("bytes=10000-,20000-20010"), 416, "bytes */10000"),
    Case("last before first", _ranges("bytes=5-1"), 200, body=(0, 10_000)),
    Case("not numbers", _ranges("bytes=a-b"), 200, body=(0, 10_000)),
    Case("a negative first", _ranges("bytes=--5"), 200, body=(0, 10_000)),
    Case("no equals sign", _ranges("bytes 0-9"), 200, body=(0, 10_000)),
    Case("no range at all", _ranges("bytes="), 200, body=(0, 10_000)),
    Case("an unknown unit", _ranges("items=0-9"), 200, body=(0, 10_000)),
    Case("one bad spec spoils all", _ranges("bytes=0-9,x"), 200, body=(0, 10_000)),
    Case("too many ranges", _ranges(f"bytes={MANY}"), 200, body=(0, 10_000)),
    Case(
        "multipart larger than the file", _ranges(f"bytes={SMALL_PARTS_99}"), 200, body=(0, 10_000)
    ),
    Case(
        "If-Range with the ETag",
        (("Range", "bytes=0-9"), ("If-Range", ETAG)),
        206,
        "bytes 0-9/10000",
        (0, 10),
    ),
    Case(
        "If-Range with another ETag",
        (("Range", "bytes=0-9"), ("If-Range", '"v0"')),
        200,
        body=(0, 10_000),
    ),
    Case(
        "If-Range with a weak ETag",
        (("Range", "bytes=0-9"), ("If-Range", 'W/"ranges-v1"')),
        200,
        body=(0, 10_000),
    ),
    Case(
        "If-Range with the date",
        (("Range", "bytes=0-9"), ("If-Range", LAST_MODIFIED)),
        206,
        "bytes 0-9/10000",
        (0, 10),
    ),
    Case(
        "If-Range with a later date",
        (("Range", "bytes=0-9"), ("If-Range", "Tue, 02 Jan 2024 00:00:00 GMT")),
        200,
        body=(0, 10_000),
    ),
    Case("If-None-Match matches", (("If-None-Match", ETAG),), 304),
    Case("If-None-Match matches weakly", (("If-None-Match", 'W/"ranges-v1"'),), 304),
    Case("If-None-Match before Range", (("If-None-Match", ETAG), ("Range", "bytes=0-9")), 304),
    Case(
        "If-None-Match differs",
        (("If-None-Match", '"v0"'), ("Range", "bytes=0-9")),
        206,
        "bytes 0-9/10000",
        (0, 10),
    ),
    Case("If-Match differs", (("If-Match", '"v0"'), ("Range", "bytes=0-9")), 412),
    Case(
        "If-Match matches",
        (("If-Match", ETAG), ("Range", "bytes=0-9")),
        206,
        "bytes 0-9/10000",
        (0, 10),
    ),
    Case("If-Modified-Since the date", (("If-Modified-Since", LAST_MODIFIED),), 304, view="dated"),
    Case(
        "If-Modified-Since earlier",
        (("If-Modified-Since", "Sun, 31 Dec 2023 23:59:59 GMT"),),
        200,
        body=(0, 10_000),
        view="dated",
    ),
    Case(
        "If-Unmodified-Since earlier",
        (("If-Unmodified-Since", "Sun, 31 Dec 2023 23:59:59 GMT"),),
        412,
        view="dated",
    ),
    Case(
        "If-Unmodified-Since the date",
        (("If-Unmodified-Since", LAST_MODIFIED),),
        200,
        body=(0, 10_000),
        view="dated",
    ),
    Case("HEAD", (), 200, body=(0, 0), method="HEAD"),
    Case("HEAD ignores Range", _ranges("bytes=0-9"), 200, body=(0, 0), method="HEAD"),
]


def content_length(case: Case) -> str | None:
    """The ``Content-Length`` the answer to ``case`` must carry (``None``: no field checked)."""
    if case.method == "HEAD":
        return "10000"
    if case.body is not None:
        return str(case.body[1] - case.body[0])
    return None


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, str, bytes]]:
    """``(Content-Type, Content-Range, content)`` of each part, read by the standard library.

    The compat32 policy keeps header values as they were sent.
    """
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    assert message.is_multipart(), content_type
    assert message.get_content_type() == "multipart/byteranges"
    assert not message.defects, message.defects
    parts = []
    for part in message.get_payload():
        assert isinstance(part, email.message.Message)
        assert not part.defects, part.defects
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append((str(part["Content-Type"]), str(part["Content-Range"]), payload))
    return parts
