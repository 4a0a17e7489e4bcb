"""The event-stream parser of the WHATWG HTML standard (Section 9.2.6, "Interpreting an
event stream"), written from its algorithm, step by step, to read back what the library
sends as a browser's ``EventSource`` reads it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    """One dispatched ``MessageEvent``: its type, ``data`` and ``lastEventId``."""

    type: str
    data: str
    last_event_id: str


@dataclass
class ParsedStream:
    events: list[Event] = field(default_factory=list[Event])
    retry: int | None = None
    comments: list[str] = field(default_factory=list[str])
    last_event_id: str = ""


def parse(stream: bytes) -> ParsedStream:
    """Every event a client dispatches from ``stream``, which has ended."""
    # "Streams must be decoded using the UTF-8 decode algorithm" (one leading BOM dropped).
    text = stream.decode("utf-8", errors="replace").removeprefix("\ufeff")
    # Lines end in CRLF, LF or CR; what follows the last line break is an incomplete line,
    # and "once the end of the file is reached, any pending data must be discarded".
    lines = re.split(r"\r\n|\r|\n", text)[:-1]
    parsed = ParsedStream()
    data, event_type, id_buffer = "", "", ""
    for line in lines:
        if line == "":
            # Dispatch the event.
            parsed.last_event_id = id_buffer
            if data == "":
                data, event_type = "", ""
                continue
            if data.endswith("\n"):
                data = data[:-1]
            parsed.events.append(Event(event_type or "message", data, parsed.last_event_id))
            data, event_type = "", ""
            continue
        if line.startswith(":"):
            parsed.comments.append(line[1:])
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            value = value.removeprefix(" ")
        else:
            name, value = line, ""
        if name == "event":
            event_type = value
        elif name == "data":
            data += value + "\n"
        elif name == "id":
            if "\0" not in value:
                id_buffer = value
        elif name == "retry" and value and all("0" <= c <= "9" for c in value):
            parsed.retry = int(value)
    return parsed
