"""The base of the library's small immutable values (status facts, header units)."""

from __future__ import annotations

from typing import Any, ClassVar, Self


class FrozenValue:
    """A small immutable value, as a frozen dataclass is, without the cost of building a
    dataclass at import. ``fields`` names what ``__init__`` takes, in order; each is written
    once, and values compare, hash, print, copy and pickle by them.

    Examples:
        >>> from django_allresponses import STATUSES
        >>> STATUSES[429] == STATUSES[429].replace(), STATUSES[429].replace(code=430).code
        (True, 430)
    """

    __slots__ = ()

    fields: ClassVar[tuple[str, ...]] = ()
    """The arguments of ``__init__``, in order."""

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a {type(self).__name__} cannot change; use replace()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a {type(self).__name__} cannot change; use replace()")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[type[Self], tuple[object, ...]]:
        return (type(self), self._values())

    def replace(self, **changes: Any) -> Self:
        """The same value with some fields changed.

        Examples:
            >>> from django_allresponses import STATUSES
            >>> STATUSES[404].replace(phrase="Nothing Here").phrase
            'Nothing Here'
        """
        return type(self)(**{**dict(zip(self.fields, self._values(), strict=True)), **changes})
