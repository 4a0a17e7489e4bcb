"""Problem Details for HTTP APIs (RFC 9457)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import to_json as to_json  # for the JSON twins, once pydantic is loaded

from ..headers.models import UriReference
from ..headers.values import StrOrPromise

PROBLEM_MEMBERS: Final = frozenset({"type", "title", "status", "detail", "instance"})
PROBLEM_CONTENT_TYPE: Final = "application/problem+json"


class ProblemDetails(BaseModel, frozen=True):  # frozen=: read by type checkers too
    """A Problem Details object (RFC 9457, Section 3).

    Extension members are extra keyword arguments, or a mapping passed as
    ``extensions=`` (a key that names a standard member is an error). Given
    as ``data`` to a ``JsonResponse…`` class, it is sent as
    ``application/problem+json``; ``status`` is filled in from the class, and
    ``title`` from the status phrase when ``type`` is ``about:blank``.

    Examples:
        >>> problem = ProblemDetails(
        ...     type="https://example.com/probs/out-of-credit",
        ...     title="You do not have enough credit.",
        ...     balance=30,
        ... )
        >>> problem.model_dump(exclude_none=True)["balance"]
        30
        >>> ProblemDetails(extensions={"balance": 30}).model_extra
        {'balance': 30}
        >>> ProblemDetails(detail="No item 7.")
        ProblemDetails(detail='No item 7.')
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow", frozen=True, defer_build=True)

    type: UriReference = "about:blank"
    title: str | None = None
    status: int | None = Field(default=None, ge=100, le=599, strict=True)
    detail: str | None = None
    instance: UriReference | None = None

    if TYPE_CHECKING:
        # Extension members are keyword arguments too (RFC 9457, Section 3.2).
        def __init__(
            self,
            *,
            type: StrOrPromise = ...,
            title: str | None = ...,
            status: int | None = ...,
            detail: str | None = ...,
            instance: StrOrPromise | None = ...,
            extensions: Mapping[str, object] | None = ...,
            **members: object,
        ) -> None: ...

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        """The members that are set, for ``repr()``: no ``None``, no default ``type``."""
        for name, value in super().__repr_args__():
            if value is not None and not (name == "type" and value == "about:blank"):
                yield name, value

    @model_validator(mode="before")
    @classmethod
    def _merge_extensions(cls, data: object) -> object:
        if not isinstance(data, Mapping):
            return data
        members: dict[str, Any] = dict(cast(Mapping[str, Any], data))
        if "extensions" not in members:
            return members
        extensions = members.pop("extensions")
        if not isinstance(extensions, Mapping):
            raise ValueError("extensions must be a mapping of member names to values")
        for name, value in extensions.items():  # pyright: ignore[reportUnknownVariableType]
            if name in PROBLEM_MEMBERS:
                raise ValueError(
                    f"extension member {name!r} collides with the standard member of that name; "
                    f"pass it as {name}= instead"
                )
            if name in members:
                raise ValueError(f"extension member {name!r} is given twice")
            members[name] = value
        return members
