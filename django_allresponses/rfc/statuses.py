"""The facts about every assigned HTTP status code, kept in one place.

Everything else in the package (the response classes' registry, the lookup,
the catalogue, the playground and the tests) is derived from `STATUSES`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar, Final

from .frozen import FrozenValue


class Body(enum.Enum):
    """Whether a status may carry content.

    Examples:
        >>> STATUSES[204].body is Body.FORBIDDEN
        True
    """

    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"


class Framing(enum.Enum):
    """How a response of this status frames its (absent) content on the wire.

    RFC 9110, Section 8.6: 1xx and 204 send neither ``Content-Length`` nor
    ``Transfer-Encoding``; a 205 indicates zero-length content; a 304 may send
    the ``Content-Length`` the 200 would have had. No status without content
    sends ``Transfer-Encoding``: servers would frame an empty chunked body after it.

    Examples:
        >>> STATUSES[204].framing is Framing.NONE
        True
        >>> STATUSES[205].framing is Framing.EMPTY
        True
    """

    CONTENT = "content"
    """Content is framed as usual."""
    NONE = "none"
    """No ``Content-Length``, no ``Transfer-Encoding`` (1xx, 204)."""
    EMPTY = "empty"
    """Always ``Content-Length: 0`` (205)."""
    SELECTED_LENGTH = "selected-length"
    """No ``Transfer-Encoding``; a ``Content-Length`` only if it is the selected
    representation's (304), so a zero is dropped."""


class StatusFacts(FrozenValue):
    """One row of the IANA HTTP Status Code Registry.

    ``name`` is the reason phrase in the CamelCase spelling used by the
    class names: ``HttpResponse`` + ``name`` and ``JsonResponse`` + ``name``.

    Examples:
        >>> STATUSES[429].phrase
        'Too Many Requests'
        >>> STATUSES[429].reference
        'RFC 6585, Section 4'
    """

    __slots__ = ("body", "code", "framing", "name", "phrase", "reference")
    fields: ClassVar[tuple[str, ...]] = ("code", "phrase", "name", "reference", "body", "framing")

    code: int
    phrase: str
    name: str
    reference: str
    body: Body
    framing: Framing

    def __init__(
        self,
        code: int,
        phrase: str,
        name: str,
        reference: str,
        body: Body = Body.ALLOWED,
        framing: Framing = Framing.CONTENT,
    ) -> None:
        self._set(
            code=code, phrase=phrase, name=name, reference=reference, body=body, framing=framing
        )

    @property
    def allows_content(self) -> bool:
        """``True`` unless HTTP forbids content for this status.

        Examples:
            >>> STATUSES[304].allows_content
            False
        """
        return self.body is Body.ALLOWED

    @property
    def status_class(self) -> int:
        """The first digit: 1 informational, 2 successful, 3 redirection, 4 and 5 errors.

        Examples:
            >>> STATUSES[503].status_class
            5
        """
        return self.code // 100


def _rfc9110(section: str) -> str:
    return f"RFC 9110, Section {section}"


_NONE = Body.FORBIDDEN
_UNFRAMED = (Body.FORBIDDEN, Framing.NONE)

_TABLE: Final = (
    StatusFacts(100, "Continue", "Continue", _rfc9110("15.2.1"), *_UNFRAMED),
    StatusFacts(101, "Switching Protocols", "SwitchingProtocols", _rfc9110("15.2.2"), *_UNFRAMED),
    StatusFacts(102, "Processing", "Processing", "RFC 2518, Section 10.1", *_UNFRAMED),
    StatusFacts(103, "Early Hints", "EarlyHints", "RFC 8297, Section 2", *_UNFRAMED),
    StatusFacts(200, "OK", "OK", _rfc9110("15.3.1")),
    StatusFacts(201, "Created", "Created", _rfc9110("15.3.2")),
    StatusFacts(202, "Accepted", "Accepted", _rfc9110("15.3.3")),
    StatusFacts(
        203, "Non-Authoritative Information", "NonAuthoritativeInformation", _rfc9110("15.3.4")
    ),
    StatusFacts(204, "No Content", "NoContent", _rfc9110("15.3.5"), *_UNFRAMED),
    StatusFacts(205, "Reset Content", "ResetContent", _rfc9110("15.3.6"), _NONE, Framing.EMPTY),
    StatusFacts(206, "Partial Content", "PartialContent", _rfc9110("15.3.7")),
    StatusFacts(207, "Multi-Status", "MultiStatus", "RFC 4918, Section 11.1"),
    StatusFacts(208, "Already Reported", "AlreadyReported", "RFC 5842, Section 7.1"),
    StatusFacts(226, "IM Used", "ImUsed", "RFC 3229, Section 10.4.1"),
    StatusFacts(300, "Multiple Choices", "MultipleChoices", _rfc9110("15.4.1")),
    StatusFacts(301, "Moved Permanently", "MovedPermanently", _rfc9110("15.4.2")),
    StatusFacts(302, "Found", "Found", _rfc9110("15.4.3")),
    StatusFacts(303, "See Other", "SeeOther", _rfc9110("15.4.4")),
    StatusFacts(
        304, "Not Modified", "NotModified", _rfc9110("15.4.5"), _NONE, Framing.SELECTED_LENGTH
    ),
    StatusFacts(305, "Use Proxy", "UseProxy", _rfc9110("15.4.6")),
    StatusFacts(307, "Temporary Redirect", "TemporaryRedirect", _rfc9110("15.4.8")),
    StatusFacts(308, "Permanent Redirect", "PermanentRedirect", _rfc9110("15.4.9")),
    StatusFacts(400, "Bad Request", "BadRequest", _rfc9110("15.5.1")),
    StatusFacts(401, "Unauthorized", "Unauthorized", _rfc9110("15.5.2")),
    StatusFacts(402, "Payment Required", "PaymentRequired", _rfc9110("15.5.3")),
    StatusFacts(403, "Forbidden", "Forbidden", _rfc9110("15.5.4")),
    StatusFacts(404, "Not Found", "NotFound", _rfc9110("15.5.5")),
    StatusFacts(405, "Method Not Allowed", "NotAllowed", _rfc9110("15.5.6")),
    StatusFacts(406, "Not Acceptable", "NotAcceptable", _rfc9110("15.5.7")),
    StatusFacts(
        407,
        "Proxy Authentication Required",
        "ProxyAuthenticationRequired",
        _rfc9110("15.5.8"),
    ),
    StatusFacts(408, "Request Timeout", "RequestTimeout", _rfc9110("15.5.9")),
    StatusFacts(409, "Conflict", "Conflict", _rfc9110("15.5.10")),
    StatusFacts(410, "Gone", "Gone", _rfc9110("15.5.11")),
    StatusFacts(411, "Length Required", "LengthRequired", _rfc9110("15.5.12")),
    StatusFacts(412, "Precondition Failed", "PreconditionFailed", _rfc9110("15.5.13")),
    StatusFacts(413, "Content Too Large", "ContentTooLarge", _rfc9110("15.5.14")),
    StatusFacts(414, "URI Too Long", "UriTooLong", _rfc9110("15.5.15")),
    StatusFacts(415, "Unsupported Media Type", "UnsupportedMediaType", _rfc9110("15.5.16")),
    StatusFacts(416, "Range Not Satisfiable", "RangeNotSatisfiable", _rfc9110("15.5.17")),
    StatusFacts(417, "Expectation Failed", "ExpectationFailed", _rfc9110("15.5.18")),
    StatusFacts(421, "Misdirected Request", "MisdirectedRequest", _rfc9110("15.5.20")),
    StatusFacts(422, "Unprocessable Content", "UnprocessableContent", _rfc9110("15.5.21")),
    StatusFacts(423, "Locked", "Locked", "RFC 4918, Section 11.3"),
    StatusFacts(424, "Failed Dependency", "FailedDependency", "RFC 4918, Section 11.4"),
    StatusFacts(425, "Too Early", "TooEarly", "RFC 8470, Section 5.2"),
    StatusFacts(426, "Upgrade Required", "UpgradeRequired", _rfc9110("15.5.22")),
    StatusFacts(428, "Precondition Required", "PreconditionRequired", "RFC 6585, Section 3"),
    StatusFacts(429, "Too Many Requests", "TooManyRequests", "RFC 6585, Section 4"),
    StatusFacts(
        431,
        "Request Header Fields Too Large",
        "RequestHeaderFieldsTooLarge",
        "RFC 6585, Section 5",
    ),
    StatusFacts(
        451,
        "Unavailable For Legal Reasons",
        "UnavailableForLegalReasons",
        "RFC 7725, Section 3",
    ),
    StatusFacts(500, "Internal Server Error", "InternalServerError", _rfc9110("15.6.1")),
    StatusFacts(501, "Not Implemented", "NotImplemented", _rfc9110("15.6.2")),
    StatusFacts(502, "Bad Gateway", "BadGateway", _rfc9110("15.6.3")),
    StatusFacts(503, "Service Unavailable", "ServiceUnavailable", _rfc9110("15.6.4")),
    StatusFacts(504, "Gateway Timeout", "GatewayTimeout", _rfc9110("15.6.5")),
    StatusFacts(505, "HTTP Version Not Supported", "HttpVersionNotSupported", _rfc9110("15.6.6")),
    StatusFacts(506, "Variant Also Negotiates", "VariantAlsoNegotiates", "RFC 2295, Section 8.1"),
    StatusFacts(507, "Insufficient Storage", "InsufficientStorage", "RFC 4918, Section 11.5"),
    StatusFacts(508, "Loop Detected", "LoopDetected", "RFC 5842, Section 7.2"),
    StatusFacts(510, "Not Extended", "NotExtended", "RFC 2774, Section 7"),
    StatusFacts(
        511,
        "Network Authentication Required",
        "NetworkAuthenticationRequired",
        "RFC 6585, Section 6",
    ),
)

STATUSES: Final[Mapping[int, StatusFacts]] = MappingProxyType({s.code: s for s in _TABLE})
"""Every assigned status code, in ascending order, mapped to its facts.

306 and 418 are "(Unused)" in RFC 9110 and are not here.

Examples:
    >>> len(STATUSES), min(STATUSES), max(STATUSES)
    (61, 100, 511)
"""
