"""The public pydantic types and models of header values, loaded on first need.

Each type's validator is the plain function of `django_allresponses.headers.values`
that the header units call, so a value means the same thing here and there.
Importing `django_allresponses` does not import this module (nor pydantic):
it loads when one of its names is first used.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from . import values
from .values import TOKEN, TOKEN68, StrOrPromise

UriReference = Annotated[str, PlainValidator(values.uri_reference, json_schema_input_type=str)]
"""A URI reference (RFC 3986), with IRIs converted as Django's redirects convert them.

Accepts lazy strings. Whitespace and control characters are refused.

Examples:
    >>> TypeAdapter(UriReference).validate_python("/café")
    '/caf%C3%A9'
"""

NonNegativeInt = Annotated[int, Field(strict=True, ge=0)]
Token = Annotated[str, Field(strict=True, pattern=rf"^{TOKEN}$")]


class ContentRange(BaseModel):
    """A ``Content-Range`` for one satisfied byte range (RFC 9110, Section 14.4).

    ``total`` is the complete length, or ``None`` when it is unknown (``*``).

    Examples:
        >>> str(ContentRange(start=0, end=1023, total=2048))
        'bytes 0-1023/2048'
        >>> ContentRange.parse("bytes 10-19/*").length
        10
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True, strict=True)

    start: NonNegativeInt
    end: NonNegativeInt
    total: NonNegativeInt | None = None
    unit: Token = "bytes"

    @model_validator(mode="after")
    def _check_order(self) -> ContentRange:
        values.byte_range(self.unit, self.start, self.end, self.total)
        return self

    @property
    def length(self) -> int:
        """How many units the range holds: ``end - start + 1``.

        Examples:
            >>> ContentRange(start=5, end=9).length
            5
        """
        return self.end - self.start + 1

    @classmethod
    def parse(cls, header: str) -> ContentRange:
        """Parse a ``range-resp`` header value such as ``bytes 0-99/200``.

        Raises `ValueError` for anything else.

        Examples:
            >>> ContentRange.parse("bytes 0-99/200").total
            200
        """
        found = values.parse_content_range(header)
        if found is None:
            raise ValueError(
                f"{header!r} is not a Content-Range such as 'bytes 0-99/200' or 'bytes 0-99/*'"
            )
        unit, start, end, total = found
        return cls(unit=unit, start=start, end=end, total=total)

    def __str__(self) -> str:
        return values.render_content_range((self.unit, self.start, self.end, self.total))


def _rendered(model: BaseModel, fields: tuple[object, ...]) -> str | None:
    """The header text ``model`` rendered last, if it was rendered from these same fields:
    a frozen model renders once, whatever is copied or changed under it."""
    found: tuple[tuple[object, ...], str] | None = vars(model).get("_rendered")
    return found[1] if found is not None and found[0] == fields else None


def _remember(model: BaseModel, fields: tuple[object, ...], text: str) -> str:
    vars(model)["_rendered"] = (fields, text)
    return text


class Challenge(BaseModel):
    """An authentication challenge for ``WWW-Authenticate`` or ``Proxy-Authenticate``.

    Give auth-params (quoted and escaped for you) or a token68, not both
    (RFC 9110, Section 11.2).

    Examples:
        >>> str(Challenge(scheme="Basic", params={"realm": 'say "hi"'}))
        'Basic realm="say \\\\"hi\\\\""'
        >>> str(Challenge(scheme="Bearer", params={"error": "invalid_token"}))
        'Bearer error="invalid_token"'
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True, strict=True)

    scheme: Token
    params: Mapping[Token, str] = Field(default_factory=dict[str, str])
    token68: Annotated[str, Field(pattern=rf"^{TOKEN68}$")] | None = None

    @model_validator(mode="after")
    def _check_form(self) -> Challenge:
        if self.params and self.token68 is not None:
            raise ValueError("a challenge has auth-params or a token68, not both")
        for value in self.params.values():
            values.quote(value)
        return self

    def __str__(self) -> str:
        fields = (self.scheme, self.token68, tuple(self.params.items()))
        return _rendered(self, fields) or _remember(self, fields, self._render())

    def _render(self) -> str:
        if self.token68 is not None:
            return f"{self.scheme} {self.token68}"
        if not self.params:
            return self.scheme
        params = ", ".join(
            [f"{name}={values.quote(value)}" for name, value in self.params.items()]
        )
        return f"{self.scheme} {params}"


class Link(BaseModel):
    """One ``Link`` field value (RFC 8288), as sent by 103 Early Hints.

    Examples:
        >>> str(Link(href="/style.css", params={"as": "style"}))
        '</style.css>; rel="preload"; as="style"'
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True, strict=True)

    href: UriReference
    rel: Annotated[str, Field(pattern=r"^[!#-~]+(?: [!#-~]+)*$")] = "preload"
    params: Mapping[Token, str] = Field(default_factory=dict[str, str])

    if TYPE_CHECKING:
        # ``href`` takes lazy strings too (reverse_lazy), which the field's type hides.
        def __init__(
            self, *, href: StrOrPromise, rel: str = ..., params: Mapping[str, str] = ...
        ) -> None: ...

    @model_validator(mode="after")
    def _check_params(self) -> Link:
        for value in self.params.values():
            values.quote(value)
        return self

    def __str__(self) -> str:
        fields = (self.href, self.rel, tuple(self.params.items()))
        return _rendered(self, fields) or _remember(
            self, fields, values.link_value(self.href, self.rel, self.params)
        )


@functools.cache
def adapter(validate: Callable[[object], object]) -> TypeAdapter[Any]:
    """The pydantic type whose validator is ``validate``: built once, on first need.

    Header units report what pydantic says of a refused value through it
    (`ResponseValidationError.errors`).

    Examples:
        >>> adapter(values.total_length).validate_python(5)
        5
    """
    return TypeAdapter(Annotated[Any, PlainValidator(validate)])


def pydantic_error(validate: Callable[[object], object], value: object) -> ValidationError | None:
    """What pydantic says of a refused ``value``, by the pydantic type built on ``validate``
    (``None`` if it takes the value).

    Examples:
        >>> pydantic_error(values.total_length, -1).errors()[0]["msg"]
        'Value error, a length cannot be negative'
    """
    try:
        adapter(validate).validate_python(value)
    except ValidationError as error:
        return error
    return None


values.know_models(challenge=Challenge, link=Link, content_range=ContentRange)
