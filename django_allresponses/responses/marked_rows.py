"""Rows of one model class written with their NaN and Infinity marked, so that one scan of
the JSON tells whether the rows hold any.

pydantic writes a float that is not finite as ``null`` unless a model's configuration
says otherwise (``ser_json_inf_nan``), so the JSON it sends cannot tell such a float
from ``None``, and the rows were looked at before they were written (a pass over every
row for each float field). Here the rows are written by a copy of their serializer whose
every float is written as JavaScript writes it, ``NaN``, ``Infinity`` or ``-Infinity``,
and otherwise byte for byte as pydantic writes them: if neither word is in the JSON, no
float of the rows is NaN or Infinity, which a search for two capital letters tells
(``bytes.find`` runs at memory speed). Only if a word is there are the rows looked at
(the error names them), and sent as pydantic writes them.

The copy is made only for a model whose every float is written by a serializer of the
copy: never one with an untyped field (``Any``, which pydantic writes as it finds it), a
custom serializer (a function, which may write floats of its own), a field excluded
from the JSON (the rows' check looks at it, the JSON would not show it), a root model,
a model in a union, or a configuration that writes subclasses as their own class;
for such a model, `marked_rows` is ``None``, and the rows are checked as before.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic_core import CoreSchema, SchemaSerializer

MARKED: Final = {"ser_json_inf_nan": "constants"}
"""The configuration that writes NaN and Infinity as ``NaN``, ``Infinity`` and ``-Infinity``."""

WORDS: Final = ((b"N", b"NaN"), (b"I", b"Infinity"))
"""The words a marked float is written as, each with its first letter (``-Infinity``
holds ``Infinity``)."""

REST: Final = 64
"""How many responses of a class skip the marked writing after one whose JSON held too
many capital N and I to look at each (`MarkedRows.rest`): the rows are then checked as
before, which costs no more than the search would."""

_SCHEMAS: Final = frozenset(
    {
        "list", "set", "frozenset", "tuple", "dict", "nullable", "default", "union",
        "tagged-union", "literal", "none", "bool", "int", "float", "str", "bytes",
        "decimal", "date", "time", "datetime", "timedelta", "uuid", "url",
        "multi-host-url", "enum", "model", "model-fields", "model-field",
        "computed-field", "definitions", "definition-ref", "function-after",
        "function-before", "function-wrap",
    }
)  # fmt: skip
"""The core schemas whose serializer writes a float with its own serializer, the
validators' (``function-*``) included, which write with the schema they wrap."""

_UNIONS: Final = frozenset({"union", "tagged-union"})
_NOT_SCHEMAS: Final = frozenset(
    {"metadata", "default", "expected", "cls", "config", "members", "function"}
)
"""Keys whose values are data (or a validator's function), not schemas: left as they are."""


class Unmarkable(Exception):
    """A schema that `marked_schema` does not copy: a float of it might not be marked."""


class MarkedRows:
    """The marked serializer of rows of one model class, and what it has learnt.

    Examples:
        >>> from pydantic import BaseModel
        >>> class Point(BaseModel):
        ...     x: float
        >>> marked = marked_rows(Point)
        >>> marked is not None and marked.write([Point(x=float("nan"))], {})
        b'[{"x":NaN}]'
    """

    __slots__ = ("checked", "rest", "serializer")

    def __init__(self, serializer: SchemaSerializer) -> None:
        self.serializer: SchemaSerializer = serializer
        self.checked: bool = False
        """Whether this class's JSON has once been found the same as pydantic's own."""
        self.rest: int = 0
        """Responses left that skip the marked writing (`REST`)."""

    def write(self, rows: list[Any], params: dict[str, Any]) -> bytes | None:
        """The rows' JSON, NaN and Infinity written as words; ``None`` where pydantic would
        warn (a value of another type than its field's) or fail: the caller then writes
        them as before, which warns or fails as pydantic does."""
        try:
            return self.serializer.to_json(rows, by_alias=True, warnings="error", **params)
        except (ValueError, RecursionError, OverflowError):
            return None


def has_words(content: bytes, budget: int) -> bool | None:
    """Whether marked JSON holds ``NaN`` or ``Infinity``: ``None`` if more than ``budget``
    capital N and I are not the start of either (text with many of them), to be told
    another way.

    Examples:
        >>> has_words(b'[{"x":1.5,"name":"Nora"}]', 8), has_words(b'[{"x":-Infinity}]', 8)
        (False, True)
    """
    find, starts = content.find, content.startswith
    for letter, word in WORDS:
        at = find(letter)
        while at >= 0:
            if starts(word, at):
                return True
            budget -= 1
            if budget < 0:
                return None
            at = find(letter, at + 1)
    return False


@functools.cache
def _stand_in(cls: type) -> type:
    """A plain class in place of a model class in the copied schema: pydantic-core reuses
    the serializer a complete model class holds (written with its own configuration), and
    writes a field's value by its declared schema whatever its class (outside a union)."""
    return type(cls.__name__, (), {"__module__": cls.__module__, "__qualname__": cls.__qualname__})


def _refuse_node(node: dict[str, Any], kind: str, in_union: bool) -> None:
    """Raise `Unmarkable` for a schema node that might write a float unmarked."""
    config: dict[str, Any] = node.get("config") or {}
    if (
        kind not in _SCHEMAS
        or "serialization" in node
        or config.get("polymorphic_serialization")
        or (kind == "model" and (in_union or node.get("root_model")))
        or (kind == "definition-ref" and in_union)
        or (kind == "enum" and node.get("sub_type") == "float")
        or (kind == "model-field" and bool(node.get("serialization_exclude")))
        or "serialization_exclude_if" in node
    ):
        raise Unmarkable(kind)


def marked_schema(node: Any, in_union: bool = False) -> Any:
    """A copy of a core schema whose floats are all written marked (`MARKED`).

    Raises:
        Unmarkable: a float of the schema might be written by something else.

    Examples:
        >>> marked_schema({"type": "list", "items_schema": {"type": "float"}})
        {'type': 'list', 'items_schema': {'type': 'float'}}
        >>> marked_schema({"type": "any"})
        Traceback (most recent call last):
        ...
        django_allresponses.responses.marked_rows.Unmarkable: any
    """
    if isinstance(node, list):
        return [marked_schema(item, in_union) for item in node]  # pyright: ignore[reportUnknownVariableType]
    if not isinstance(node, dict):
        return node
    schema: dict[str, Any] = node  # pyright: ignore[reportUnknownVariableType]
    kind = schema.get("type")
    if isinstance(kind, str):
        _refuse_node(schema, kind, in_union)
        in_union = in_union or kind in _UNIONS
    copy = {
        key: value if key in _NOT_SCHEMAS else marked_schema(value, in_union)
        for key, value in schema.items()
    }
    if kind == "model":
        copy["cls"] = _stand_in(schema["cls"])
    if "config" in schema:
        copy["config"] = {**schema["config"], **MARKED}
    return copy


def _build(schema: CoreSchema) -> SchemaSerializer | None:
    from pydantic_core import SchemaError, SchemaSerializer

    try:
        return SchemaSerializer(marked_schema(schema), MARKED)  # type: ignore[arg-type]
    except (Unmarkable, SchemaError, TypeError, KeyError, ValueError):
        return None


@functools.lru_cache(maxsize=64)
def marked_rows(model: type[BaseModel]) -> MarkedRows | None:
    """The marked serializer of rows that are all of class ``model``, built once per class;
    ``None`` where a float might be written unmarked, or where this pydantic writes a
    marked copy otherwise than `marks_work` expects.

    Examples:
        >>> from typing import Any
        >>> from pydantic import BaseModel
        >>> class Loose(BaseModel):
        ...     x: Any
        >>> marked_rows(Loose) is None
        True
    """
    from pydantic import TypeAdapter

    if not marks_work():
        return None
    serializer = _build(TypeAdapter(list[model]).core_schema)  # type: ignore[valid-type]
    return None if serializer is None else MarkedRows(serializer)


@functools.cache
def marks_work() -> bool:
    """Whether the pydantic in use writes a marked copy as this module expects: floats
    marked, in rows, nested models and lists, and every other byte as pydantic's own.
    Checked once, on a probe model."""
    from pydantic import BaseModel, TypeAdapter

    class Inner(BaseModel):
        at: float
        name: str = "Nils"

    class Probe(BaseModel):
        x: float
        inner: Inner
        series: list[float | None] = []

    finite = [Probe(x=1.5, inner=Inner(at=-0.0), series=[2.5, None])]
    marked = _build(TypeAdapter(list[Probe]).core_schema)
    if marked is None:
        return False
    written = marked.to_json(finite, by_alias=True)
    words = [
        Probe(x=float("nan"), inner=Inner(at=1.0)),
        Probe(x=1.0, inner=Inner(at=float("inf"))),
        Probe(x=1.0, inner=Inner(at=1.0), series=[-float("inf")]),
    ]
    expected = (b"NaN", b":Infinity", b"-Infinity")
    return written == TypeAdapter(list[Probe]).dump_json(finite, by_alias=True) and all(
        word in marked.to_json([row]) for row, word in zip(words, expected, strict=True)
    )
