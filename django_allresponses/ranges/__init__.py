"""Range requests and preconditions (RFC 9110, Sections 13 and 14).

`serve_file` answers a request for a file with 200, 206, a multipart
206, 304, 412 or 416; `evaluate_preconditions` and `conditional`
answer the preconditions of any view.
"""

from .conditions import (
    PreconditionResponse,
    conditional,
    entity_tag,
    evaluate_preconditions,
    strong_match,
    timestamp,
    weak_match,
)
from .files import (
    BLOCK_SIZE,
    MAX_RANGES,
    ByteRange,
    FileResponsePartialContent,
    parse_range,
    serve_file,
)

__all__ = [
    "BLOCK_SIZE",
    "MAX_RANGES",
    "ByteRange",
    "FileResponsePartialContent",
    "PreconditionResponse",
    "conditional",
    "entity_tag",
    "evaluate_preconditions",
    "parse_range",
    "serve_file",
    "strong_match",
    "timestamp",
    "weak_match",
]
