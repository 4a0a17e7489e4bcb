"""A ``JsonResponse`` twin for every status that allows content.

Each twin takes ``data`` first, then the same header arguments as its HTTP
class (keyword-only, same validation, same required ones), then Django's
``encoder``, ``safe``, ``json_dumps_params`` and the usual response keywords.
``data`` may be anything Django's ``JsonResponse`` takes, a pydantic model,
a list of models, or a `ProblemDetails`.
"""

from __future__ import annotations

import functools
import math
import sys
from abc import abstractmethod
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from inspect import cleandoc
from json import JSONEncoder
from operator import attrgetter, countOf
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    NoReturn,
    TypeAlias,
    Unpack,
    cast,
    get_args,
)
from uuid import UUID

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse

from ..errors import NoStatusError, ResponseValidationError, describe
from ..headers.units import (
    BLOCKED_BY,
    CONTENT_LOCATION,
    CONTENT_RANGE,
    LOCATION,
    PERMITTED_METHODS,
    PROXY_AUTHENTICATE,
    TOTAL_LENGTH,
    UPGRADE,
    WWW_AUTHENTICATE,
    HeaderUnit,
)
from ..headers.values import (
    Challenges,
    ContentRangeInput,
    PermittedMethods,
    Protocols,
    RetryAfter,
    StrOrPromise,
)
from .base import (
    KEYWORD_DEFAULTS,
    DjangoKeywords,
    HeaderOptions,
    PartialBody,
    StatusResponseMixin,
)
from .behaviours import LocationBehaviour, RedirectBehaviour, RetryAfterBehaviour, twin_doc
from .marked_rows import REST, MarkedRows, has_words, marked_rows

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter

    from .problems import ProblemDetails

EMPTY_OBJECT: Final[Mapping[str, object]] = MappingProxyType({})
"""The default ``data`` of `JsonResponseCreated` and
`JsonResponseNotAllowed`: ``{}``."""

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    DataT = TypeVar("DataT", covariant=True, default=object)
else:
    from typing import TypeVar

    DataT = TypeVar("DataT", covariant=True)
"""The type of a twin's ``data``: ``JsonResponseOK[Item]`` sends an ``Item``. Checkers infer it
from the data given (``JsonResponseOK(item)`` is a ``JsonResponseOK[Item]``); a bare
``JsonResponseOK`` is ``JsonResponseOK[object]``, any data. Nothing is kept at run time."""


@functools.cache
def _problem_details() -> type[ProblemDetails]:
    """``ProblemDetails``, imported the first time a value is a pydantic model (pydantic is
    loaded by then), and kept: an import statement on every call costs a microsecond."""
    from .problems import ProblemDetails

    return ProblemDetails


@functools.cache
def _problem_media_type() -> str:
    from .problems import PROBLEM_CONTENT_TYPE

    return PROBLEM_CONTENT_TYPE


def _base_model() -> type[BaseModel] | None:
    """pydantic's ``BaseModel`` if pydantic models are loaded: no value can be a model
    otherwise, so plain data never pays for importing pydantic."""
    main = sys.modules.get("pydantic.main")
    return None if main is None else main.BaseModel


@functools.cache
def _any_rows() -> TypeAdapter[list[Any]]:
    """Rows of models: each row serialized as its own ``model_dump_json(by_alias=True)`` would."""
    from pydantic import BaseModel, SerializeAsAny, TypeAdapter

    return TypeAdapter(list[SerializeAsAny[BaseModel]])


@functools.lru_cache(maxsize=64)
def _rows_of(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    """The same, for rows that are all of one class: pydantic then need not look up each
    row's class, which is about a quarter of the time. Built on first use, once per class."""
    from pydantic import TypeAdapter

    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _one_model(rows: list[object]) -> type[BaseModel] | None:
    """The model class of every row, if they are all of one; else ``None``."""
    base = _base_model()
    if base is None or not rows or not issubclass(model := type(rows[0]), base):
        return None
    # The rows of the first row's class, counted without a Python-level loop (or a set).
    return model if countOf(map(type, rows), model) == len(rows) else None


def _serialized(owner: str, serialize: Callable[[], bytes | str]) -> bytes | str:
    """Run a pydantic serializer; what it refuses is the library's error, not pydantic's.

    pydantic's ``PydanticSerializationError`` (an unknown type, a lone
    surrogate), and what Python raises underneath it (data nested deeper than
    the interpreter recurses), become a `ResponseValidationError` on
    ``data``, the original error as its ``__cause__``.
    """
    try:
        return serialize()
    except (ValueError, RecursionError, OverflowError) as error:
        raise _unserializable(owner, error) from error


def _unserializable(owner: str, error: BaseException) -> ResponseValidationError:
    return ResponseValidationError(
        f"{owner}: data cannot be serialized by pydantic: {_reason(error)}",
        response_class=owner,
        argument="data",
    )


def _is_encoder(value: object) -> bool:
    """Whether ``value`` is a ``JSONEncoder`` subclass: callers may not be type-checked."""
    return isinstance(value, type) and issubclass(value, JSONEncoder)


def _reason(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return f"it is nested too deep ({error})"
    return str(error)


class _ModelDefault(JSONEncoder):
    """pydantic models, where Django's encoder gives up: the step before ``TypeError``.

    Django's ``default`` ends with ``super().default(o)``; in `ModelJSONEncoder` that is
    this class, so Django's own types never wait for a model check.
    """

    def default(self, o: Any) -> Any:
        """A pydantic model as its JSON data; anything else as the next encoder has it."""
        model = _base_model()
        if model is not None and isinstance(o, model):
            _refuse_non_finite(type(o).__name__, o)
            return o.model_dump(mode="json", by_alias=True)
        return super().default(o)


class ModelJSONEncoder(DjangoJSONEncoder, _ModelDefault):  # pyright: ignore[reportIncompatibleVariableOverride]
    """Django's JSON encoder, plus pydantic models nested anywhere in the data.

    Django's types come first, and the commonest (``datetime``, ``date``, ``Decimal``,
    ``UUID``, exactly those classes) without Django's chain of ``isinstance`` checks,
    written as Django writes them (the same bytes); anything else takes Django's
    ``default``, then a pydantic model's ``model_dump(mode="json", by_alias=True)``.

    Examples:
        >>> import json
        >>> from pydantic import BaseModel
        >>> class Item(BaseModel):
        ...     id: int
        >>> json.dumps({"items": [Item(id=1)]}, cls=ModelJSONEncoder)
        '{"items": [{"id": 1}]}'
    """

    def default(self, o: Any) -> Any:
        """``o`` as Django's ``DjangoJSONEncoder`` writes it, or a pydantic model's data."""
        kind = type(o)  # pyright: ignore[reportUnknownVariableType]
        if kind is datetime:
            # DjangoJSONEncoder's steps: milliseconds, and Z for UTC (ECMA-262).
            text: str = o.isoformat()
            if o.microsecond:
                text = text[:23] + text[26:]
            if text.endswith("+00:00"):
                text = text.removesuffix("+00:00") + "Z"
            return text
        if kind is Decimal:
            return str(o)
        if kind is UUID:
            # UUID.__str__'s own steps, without its call.
            digits = f"{o.int:032x}"
            return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
        if kind is date:
            return o.isoformat()
        return DjangoJSONEncoder.default(self, o)


def _quick_default_fits() -> bool:
    """Whether `ModelJSONEncoder`'s own steps give what Django's encoder gives, for each
    type it takes without Django's ``default``. Checked once, against the Django in use."""
    probes = [
        datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
        datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
        datetime(2025, 1, 2, 3, 4, 5, 1),
        datetime(2025, 1, 2, 3, 4, 5, 1, tzinfo=timezone(timedelta(hours=-5))),
        date(2025, 1, 2),
        Decimal("-1.10"),
        Decimal("1E+3"),
        UUID(int=1),
        UUID("12345678-9abc-def0-1234-56789abcdef0"),
    ]
    ours, django = ModelJSONEncoder(), DjangoJSONEncoder()
    return all(ours.default(probe) == django.default(probe) for probe in probes)


if not _quick_default_fits():  # pragma: no cover - a Django that writes them otherwise
    del ModelJSONEncoder.default


KEYWORD_DEFAULTS.update(encoder=ModelJSONEncoder, safe=True)
_JSON_KEYWORDS: Final = frozenset({"encoder", "safe", "json_dumps_params"})


class JsonKeywords(DjangoKeywords, total=False):
    """Django's keywords of ``JsonResponse``: the open base of the JSON option classes."""

    encoder: type[JSONEncoder]
    """The encoder of data that is not a pydantic model (default: `ModelJSONEncoder`)."""
    safe: bool
    """``False`` to allow data that is not a dict (Django's rule)."""
    json_dumps_params: dict[str, Any] | None
    """Keyword arguments for ``json.dumps`` (only ``indent`` for pydantic models)."""


class JsonOptions(JsonKeywords, total=False, closed=True):
    """Django's keywords of ``JsonResponse``, which every JSON twin takes, and no other."""


class AnyJsonOptions(HeaderOptions, JsonKeywords, total=False, closed=True):
    """The keywords of any JSON twin: the header arguments and Django's keywords
    (never ``status``)."""


if TYPE_CHECKING:
    from abc import ABCMeta as _AbstractToCheckers
else:
    _AbstractToCheckers = type


class StatusJsonResponse(
    StatusResponseMixin, JsonResponse, Generic[DataT], metaclass=_AbstractToCheckers
):
    """Base of every ``JsonResponse…`` class in this library.

    pydantic models (and lists of them) are serialized by pydantic itself,
    with aliases; everything else by ``encoder`` as Django does.
    ``StatusJsonResponse.registry`` maps each status code to its twin. The base
    itself has no status: build one of its twins (or look one up with
    `response_class`).

    Examples:
        >>> from django_allresponses import JsonResponseNotFound
        >>> isinstance(JsonResponseNotFound({}), StatusJsonResponse)
        True
        >>> StatusJsonResponse.registry[404] is JsonResponseNotFound
        True
    """

    registry: ClassVar[dict[int, type[Any]]] = {}
    default_content_type: ClassVar[str | None] = "application/json"
    derived_doc: ClassVar[bool] = False
    """Whether the twin's docstring is derived (`twin_doc`): a twin
    without one of its own only repeats its HTTP class. Those of this library are
    written into the source by ``scripts/generate_overloads.py``, for editors."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "status_code" in cls.__dict__:
            derived = twin_doc(cls)
            if cls.__doc__ is None:
                cls.__doc__ = derived
            cls.derived_doc = cleandoc(cls.__doc__) == cleandoc(derived)

    if TYPE_CHECKING:
        # Abstract to checkers, as StatusResponse is.
        @abstractmethod
        def __init__(self, data: DataT = ..., **options: Unpack[AnyJsonOptions]) -> None: ...
    else:

        def __init__(self, data: object = None, **options: Any) -> None:
            raise NoStatusError(
                f"{type(self).__name__} has no status of its own; build one of its twins, "
                "such as JsonResponseOK, or the class of response_class(code, json=True)",
                response_class=type(self).__name__,
            )

    def _respond_json(self, data: object, options: Mapping[str, Any], **arguments: object) -> None:
        """Serialize ``data`` as Django's ``JsonResponse`` would (pydantic models by
        pydantic), then build the response as every class does."""
        encoder: type[JSONEncoder] = ModelJSONEncoder
        safe, json_dumps_params, media_type = True, None, None
        if options and not options.keys().isdisjoint(_JSON_KEYWORDS):
            options = dict(options)
            encoder = options.pop("encoder", ModelJSONEncoder)
            safe = options.pop("safe", True)
            json_dumps_params = options.pop("json_dumps_params", None)
        owner = type(self).__name__
        content: str | bytes
        if data is EMPTY_OBJECT:
            data = {}
        if type(data) is dict:
            # The commonest data, and no model: straight to Django's encoding, as below.
            content = self._dumps(owner, data, encoder, json_dumps_params)
        else:
            model = _base_model()
            if safe and not (isinstance(data, dict) or (model and isinstance(data, model))):
                _refuse_unsafe(owner, type(data).__name__)
            if model and isinstance(data, model) and isinstance(data, _problem_details()):
                problem = data
                media_type = _problem_media_type()
                content = self._problem_json(problem, _model_params(owner, json_dumps_params))
            elif model and isinstance(data, model):
                _refuse_non_finite(owner, data)
                content = _model_json(owner, data, _model_params(owner, json_dumps_params))
            elif model and isinstance(data, list) and _has_models(data, model):  # pyright: ignore[reportUnknownArgumentType]
                rows = cast(list[object], data)
                content = _rows_json(owner, rows, _model_params(owner, json_dumps_params))
            else:
                content = self._dumps(owner, data, encoder, json_dumps_params)
        try:
            self._respond(content, options, media_type, **arguments)
        except ResponseValidationError as error:
            cause = error.__cause__
            if error.argument != "content" or not isinstance(cause, UnicodeEncodeError):
                raise
            # The content is data's JSON: what its charset cannot encode is in the data.
            raise ResponseValidationError(
                f"{owner}: data={describe(data)} cannot be encoded: its JSON holds "
                f"{cause.object[cause.start : cause.end]!r}, which the charset "
                f"{cause.encoding!r} cannot encode ({cause.reason}); leave ensure_ascii "
                "on, or give text the charset can encode",
                response_class=owner,
                argument="data",
            ) from cause

    @staticmethod
    def _dumps(
        owner: str,
        data: Any,
        encoder: type[JSONEncoder],
        json_dumps_params: dict[str, Any] | None,
    ) -> str:
        # NaN and Infinity are not JSON (RFC 8259): refused unless asked for.
        params: dict[str, Any] = {"allow_nan": False}
        if json_dumps_params is not None:
            params.update(_dumps_params(owner, json_dumps_params))
        try:
            built = encoder(**params)
        except (TypeError, ValueError) as error:
            if not _is_encoder(encoder):
                raise ResponseValidationError(
                    f"{owner}: invalid encoder={describe(encoder)}: {error}; give a "
                    "json.JSONEncoder subclass, such as DjangoJSONEncoder",
                    response_class=owner,
                    argument="encoder",
                ) from error
            raise ResponseValidationError(
                f"{owner}: json_dumps_params={describe(json_dumps_params)}: {error}",
                response_class=owner,
                argument="json_dumps_params",
            ) from error
        try:
            return built.encode(data)
        except (TypeError, ValueError, RecursionError) as error:
            raise ResponseValidationError(
                f"{owner}: data={describe(data)} cannot be encoded as JSON: {_reason(error)}",
                response_class=owner,
                argument="data",
            ) from error

    def _problem_json(self, problem: ProblemDetails, params: dict[str, Any]) -> str | bytes:
        """``problem`` as sent: ``status`` filled in, and ``title`` for ``about:blank``."""
        from .problems import ProblemDetails, to_json

        owner, facts = type(self).__name__, self.facts
        if facts.code < 400:
            raise ResponseValidationError(
                f"{owner}: ProblemDetails describes an error; {facts.code} {facts.phrase} "
                "is not a 4xx or 5xx status",
                response_class=owner,
                argument="data",
            )
        if problem.status is not None and problem.status != facts.code:
            raise ResponseValidationError(
                f"{owner}: ProblemDetails has status={problem.status} but {owner} sends "
                f"{facts.code} {facts.phrase}; leave status out and it is filled in",
                response_class=owner,
                argument="data",
            )
        title = facts.phrase if problem.type == "about:blank" and problem.title is None else None
        if type(problem) is not ProblemDetails:
            # A subclass may serialize its own way: fill in a copy and let it.
            update: dict[str, object] = {"status": facts.code}
            if title is not None:
                update["title"] = title
            return _model_json(owner, problem.model_copy(update=update), params, exclude_none=True)
        # The members as JSON values, status (and title) put where the model has them:
        # copying the model to fill them in costs more than serializing it.
        try:
            members = ProblemDetails.__pydantic_serializer__.to_python(
                problem, mode="json", by_alias=True, exclude_none=True
            )
        except (ValueError, RecursionError, OverflowError) as error:
            raise _unserializable(owner, error) from error
        filled: dict[str, object] = {}
        if "type" in members:
            filled["type"] = members["type"]
        if title is not None or "title" in members:
            filled["title"] = members.get("title", title)
        filled["status"] = facts.code
        filled.update(members)
        return _serialized(owner, lambda: to_json(filled, inf_nan_mode="null", **params))


def _model_json(
    owner: str, model: BaseModel, params: dict[str, Any], *, exclude_none: bool = False
) -> str | bytes:
    """``model.model_dump_json(by_alias=True, exclude_none=..., **params)``.

    Unless the class overrides ``model_dump_json``, pydantic's serializer is called as
    that method calls it, without the method's own overhead, which for a small model
    costs about as much as the serialization.
    """
    from pydantic import BaseModel

    if type(model).model_dump_json is BaseModel.model_dump_json:
        return _serialized(
            owner,
            lambda: model.__pydantic_serializer__.to_json(
                model, by_alias=True, exclude_none=exclude_none, **params
            ),
        )
    return _serialized(
        owner,
        lambda: model.model_dump_json(by_alias=True, exclude_none=exclude_none, **params),
    )


def _rows_json(owner: str, rows: list[object], params: dict[str, Any]) -> bytes:
    """A list of models as pydantic's ``TypeAdapter.dump_json(rows, by_alias=True)`` writes
    it, NaN and Infinity refused.

    Rows of one class whose every float pydantic writes itself are written once with
    their floats marked (`marked_rows`): JSON without the words ``NaN`` and ``Infinity``
    has no such float, and is sent as it is. Only JSON with either word (in a float, or in
    text), or with too many capital N and I to look at each, has its rows looked at
    column by column, and, if the rows pass, is written again as pydantic writes it.
    """
    one = _one_model(rows)
    marked = None if one is None else marked_rows(one)
    if marked is not None and marked.rest == 0:
        content = marked.write(rows, params)
        if content is not None:
            found = has_words(content, len(rows) // 4 + 16)
            if found is None:
                marked.rest = REST
            elif not found and (marked.checked or _same(owner, marked, rows, params, content)):
                return content
            _refuse_non_finite_rows(owner, rows, one)
            if found is None and b"NaN" not in content and b"Infinity" not in content:
                return content
            return _plain_rows(owner, rows, one, params)
    elif marked is not None:
        marked.rest -= 1
    _refuse_non_finite_rows(owner, rows, one)
    return _plain_rows(owner, rows, one, params)


def _same(
    owner: str, marked: MarkedRows, rows: list[object], params: dict[str, Any], content: bytes
) -> bool:
    """Whether the first marked JSON of a class is byte for byte pydantic's; if not, the
    class is written as before from then on."""
    marked.checked = content == _plain_rows(owner, rows, _one_model(rows), params)
    if not marked.checked:
        marked.rest = sys.maxsize
    return marked.checked


def _plain_rows(
    owner: str, rows: list[object], one: type[BaseModel] | None, params: dict[str, Any]
) -> bytes:
    adapter = _any_rows() if one is None else _rows_of(one)
    return cast(
        bytes, _serialized(owner, lambda: adapter.dump_json(rows, by_alias=True, **params))
    )


def _has_models(rows: list[object], model: type[BaseModel]) -> bool:
    return any(isinstance(row, model) for row in rows)


def _dumps_params(owner: str, params: object) -> dict[str, Any]:
    """``json_dumps_params``: keyword arguments of ``json.dumps``, with an ``indent`` that
    ``json`` can use (``None``, an int or a string)."""
    if not isinstance(params, dict):
        raise ResponseValidationError(
            f"{owner}: json_dumps_params={describe(params)}: it is a dict of json.dumps() "
            "keyword arguments",
            response_class=owner,
            argument="json_dumps_params",
        )
    checked = cast(dict[str, Any], params)
    indent = checked.get("indent")
    if not (indent is None or type(indent) is int or isinstance(indent, str)):
        raise ResponseValidationError(
            f"{owner}: json_dumps_params={describe(params)}: indent is None, an int or a string",
            response_class=owner,
            argument="json_dumps_params",
        )
    return checked


def _refuse_unsafe(owner: str, kind: str) -> NoReturn:
    raise _SafeError(
        f"{owner}: data is a {kind}, not a dict. In order to allow non-dict "
        "objects to be serialized set the safe parameter to False.",
        response_class=owner,
        argument="data",
    )


class _SafeError(ResponseValidationError, TypeError):
    """Non-dict data with ``safe=True``: a ``TypeError`` too, as in Django."""


def _model_params(owner: str, params: dict[str, Any] | None) -> dict[str, Any]:
    if not params:
        return {}
    if not isinstance(params, dict):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ResponseValidationError(
            f"{owner}: json_dumps_params={describe(params)}: it is a dict of keyword arguments",
            response_class=owner,
            argument="json_dumps_params",
        )
    indent = params.get("indent")
    if set(params) - {"indent"} or not (indent is None or type(indent) is int):
        raise ResponseValidationError(
            f"{owner}: json_dumps_params={describe(params)}: pydantic models are "
            "serialized by pydantic, which takes only 'indent' (an int)",
            response_class=owner,
            argument="json_dumps_params",
        )
    # json.dumps indents by " " * indent: a negative indent breaks lines without
    # indenting, as 0 does; pydantic takes no negative indent, so it is given 0.
    return {"indent": None if indent is None else max(indent, 0)}


_NON_FINITE: Final = frozenset({math.inf, -math.inf})


@functools.lru_cache(maxsize=256)
def _float_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold a float (a float, a nested model with one,
    a container of them, or anything untyped): the only ones a NaN can hide in."""
    return tuple(
        name for name, field in model.model_fields.items() if _may_hold_float(field.annotation, 0)
    )


def _may_hold_float(annotation: object, depth: int) -> bool:
    if annotation is float or annotation is Any or annotation is object or depth > 8:
        return True
    base = _base_model()
    if isinstance(annotation, type) and base is not None and issubclass(annotation, base):
        return any(
            _may_hold_float(field.annotation, depth + 1)
            for field in annotation.model_fields.values()
        )
    return any(_may_hold_float(argument, depth + 1) for argument in get_args(annotation))


def _non_finite(value: object) -> bool:
    """Whether ``value`` (a model, or data holding models) holds NaN or Infinity, which
    pydantic would send as ``null`` and JSON cannot carry (RFC 8259, Section 6)."""
    if type(value) is float:
        return value != value or value in _NON_FINITE
    base = _base_model()
    if base is not None and isinstance(value, base):
        return any(_non_finite(getattr(value, name)) for name in _float_fields(type(value)))
    if isinstance(value, list | tuple | set | frozenset):
        return any(_non_finite(item) for item in cast(Iterable[object], value))
    if isinstance(value, dict):
        return any(_non_finite(item) for item in cast(dict[object, object], value).values())
    return isinstance(value, float) and not math.isfinite(value)


def _finite_column(values: list[Any]) -> bool:
    """Whether a column of rows (one field's values) holds no NaN or Infinity, most often
    without a Python-level loop: a sum of numbers is finite only if each is (a finite sum
    that overflows is looked at value by value); nested models of one class are taken
    column by column in turn; anything else value by value."""
    try:
        total = sum(values, 0.0)
    except TypeError:  # None, models, containers, text: not numbers alone
        kinds = set(map(type, values))
        if kinds <= {float, int, bool, type(None)}:
            return _finite_column([value for value in values if value is not None])
        base = _base_model()
        if len(kinds) == 1 and base is not None and issubclass(kind := kinds.pop(), base):
            return not _rows_non_finite(values, kind)
        return not any(map(_non_finite, values))
    except OverflowError:  # an int too large for a float: a number, and finite
        return not any(map(_non_finite, values))
    return total - total == 0 or not any(map(_non_finite, values))


@functools.lru_cache(maxsize=256)
def _float_getters(model: type[BaseModel]) -> _FloatGetters:
    """Where the floats of ``model``'s rows are (`_float_fields`), as getters built once
    per class: the fields typed ``float``, whose values are summed; those typed exactly
    as a model class with floats, whose values are rows in turn (a nested model's value
    is serialized as its declared class, so the declared class's floats are the ones
    sent); and the others (an optional float, a container, a union), looked at column by
    column."""
    base = _base_model()
    leaves: list[attrgetter[Any]] = []
    nested: list[tuple[attrgetter[Any], type[BaseModel]]] = []
    others: list[attrgetter[Any]] = []
    for name in _float_fields(model):
        annotation = model.model_fields[name].annotation
        if annotation is float:
            leaves.append(attrgetter(name))
        elif isinstance(annotation, type) and base is not None and issubclass(annotation, base):
            nested.append((attrgetter(name), annotation))
        else:
            others.append(attrgetter(name))
    return tuple(leaves), tuple(nested), tuple(others)


_FloatGetters: TypeAlias = tuple[
    tuple["attrgetter[Any]", ...],
    tuple[tuple["attrgetter[Any]", "type[BaseModel]"], ...],
    tuple["attrgetter[Any]", ...],
]


def _rows_non_finite(rows: list[Any], model: type[BaseModel]) -> bool:
    """Whether rows that are all of class ``model`` hold NaN or Infinity, column by column:
    only the fields that may hold a float (`_float_fields`) are looked at. May also answer
    ``True`` for a finite sum too large for a float, or raise for a row built without its
    fields (``model_construct``): the caller then looks at each value."""
    leaves, nested, others = _float_getters(model)
    for leaf in leaves:
        total = sum(map(leaf, rows), 0.0)
        if total - total != 0:
            return True
    for getter, inner in nested:
        if _rows_non_finite(list(map(getter, rows)), inner):
            return True
    return not all(_finite_column(list(map(other, rows))) for other in others)


def _refuse_non_finite_rows(owner: str, rows: list[object], model: type[BaseModel] | None) -> None:
    """`_refuse_non_finite` for a list of rows, column by column when they are all of one
    model class (``model``), as a list of rows from a query is."""
    if model is None:
        _refuse_non_finite(owner, rows)
        return
    if not _float_fields(model):
        return
    try:
        found = _rows_non_finite(rows, model)
    except (AttributeError, TypeError, OverflowError, RecursionError):
        found = True  # a value of another type than its field's: look at each
    if found:
        _refuse_non_finite(owner, rows)  # the one walk that words the error


def _refuse_non_finite(owner: str, data: object) -> None:
    try:
        found = _non_finite(data)
    except RecursionError as error:
        raise ResponseValidationError(
            f"{owner}: data={describe(data)} cannot be serialized: {_reason(error)}",
            response_class=owner,
            argument="data",
        ) from error
    if found:
        raise ResponseValidationError(
            f"{owner}: data={describe(data)} holds NaN or Infinity, which JSON cannot carry "
            "(RFC 8259, Section 6); give finite numbers or None",
            response_class=owner,
            argument="data",
        )


class JsonContentResponse(StatusJsonResponse[DataT]):
    """A twin with no header argument.

    Examples:
        >>> from django_allresponses import JsonResponseOK
        >>> JsonResponseOK({"saved": True}).content
        b'{"saved": true}'
    """

    def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None:
        self._respond_json(data, options)


class _JsonRetryAfter(RetryAfterBehaviour, StatusJsonResponse[DataT]):
    """`RetryAfterBehaviour`, with JSON."""

    def __init__(
        self,
        data: DataT,
        *,
        retry_after: RetryAfter | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, retry_after=retry_after)


class _JsonLocation(LocationBehaviour, StatusJsonResponse[DataT]):
    """`LocationBehaviour`, with JSON."""

    def __init__(
        self, data: DataT, *, location: StrOrPromise | None = None, **options: Unpack[JsonOptions]
    ) -> None:
        self._respond_json(data, options, location=location)


class _JsonRedirect(RedirectBehaviour, StatusJsonResponse[DataT]):
    """`RedirectBehaviour`, with JSON."""

    def __init__(
        self,
        data: DataT,
        *,
        redirect_to: StrOrPromise,
        retry_after: RetryAfter | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, redirect_to=redirect_to, retry_after=retry_after)


# --- the twins ----------------------------------------------------------------------


class JsonResponseOK(JsonContentResponse[DataT]):
    """200 OK, with a JSON body.

    The twin of `HttpResponseOK`.

    Examples:
        >>> JsonResponseOK({"detail": "OK"}).status_code
        200
    """

    status_code = 200
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseCreated(JsonContentResponse[DataT]):
    """201 Created, with a JSON body.

    The twin of `HttpResponseCreated`.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Required.
        content_location: Sent as the ``Content-Location`` header (RFC 9110, Section 8.7): a URI
            reference such as '/items/1' or 'https://example.com/'. Optional: left out, it is not
            sent.

    Examples:
        >>> JsonResponseCreated({"id": 1}, location="/api/items/1")["Location"]
        '/api/items/1'
    """

    status_code = 201
    takes: ClassVar[tuple[HeaderUnit, ...]] = (LOCATION.mandatory, CONTENT_LOCATION)

    def __init__(
        self,
        data: DataT = EMPTY_OBJECT,  # type: ignore[assignment]  # pyright: ignore[reportArgumentType]
        *,
        location: StrOrPromise,
        content_location: StrOrPromise | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, location=location, content_location=content_location)


class JsonResponseAccepted(JsonContentResponse[DataT]):
    """202 Accepted, with a JSON body.

    The twin of `HttpResponseAccepted`.

    Examples:
        >>> JsonResponseAccepted({"detail": "Accepted"}).status_code
        202
    """

    status_code = 202
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNonAuthoritativeInformation(JsonContentResponse[DataT]):
    """203 Non-Authoritative Information, with a JSON body.

    The twin of `HttpResponseNonAuthoritativeInformation`.

    Examples:
        >>> JsonResponseNonAuthoritativeInformation(
        ...     {"detail": "Non-Authoritative Information"},
        ... ).status_code
        203
    """

    status_code = 203
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponsePartialContent(PartialBody, StatusJsonResponse[DataT]):
    """206 Partial Content, with a JSON body.

    The twin of `HttpResponsePartialContent`.

    Args:
        content_range: Sent as the ``Content-Range`` header (RFC 9110, Section 14.4): a (start,
            end, total) tuple, a ContentRange or a header such as 'bytes 0-99/200'. Optional: left
            out, it is not sent.
        content_location: Sent as the ``Content-Location`` header (RFC 9110, Section 8.7): a URI
            reference such as '/items/1' or 'https://example.com/'. Optional: left out, it is not
            sent.

    Examples:
        >>> response = JsonResponsePartialContent(
        ...     "12345678", safe=False, content_range=(2, 11, 100)
        ... )
        >>> response["Content-Range"], response.content
        ('bytes 2-11/100', b'"12345678"')
    """

    status_code = 206
    takes: ClassVar[tuple[HeaderUnit, ...]] = (CONTENT_RANGE, CONTENT_LOCATION)

    def __init__(
        self,
        data: DataT,
        *,
        content_range: ContentRangeInput | None = None,
        content_location: StrOrPromise | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(
            data, options, content_range=content_range, content_location=content_location
        )


class JsonResponseMultiStatus(JsonContentResponse[DataT]):
    """207 Multi-Status, with a JSON body.

    The twin of `HttpResponseMultiStatus`.

    Examples:
        >>> JsonResponseMultiStatus({"detail": "Multi-Status"}).status_code
        207
    """

    status_code = 207
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseAlreadyReported(JsonContentResponse[DataT]):
    """208 Already Reported, with a JSON body.

    The twin of `HttpResponseAlreadyReported`.

    Examples:
        >>> JsonResponseAlreadyReported({"detail": "Already Reported"}).status_code
        208
    """

    status_code = 208
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseImUsed(JsonContentResponse[DataT]):
    """226 IM Used, with a JSON body.

    The twin of `HttpResponseImUsed`.

    Examples:
        >>> JsonResponseImUsed({"detail": "IM Used"}).status_code
        226
    """

    status_code = 226
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseMultipleChoices(_JsonLocation[DataT]):
    """300 Multiple Choices, with a JSON body.

    The twin of `HttpResponseMultipleChoices`.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseMultipleChoices({"detail": "Multiple Choices"}).status_code
        300
    """

    status_code = 300
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            location: StrOrPromise | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseMovedPermanently(_JsonRedirect[DataT]):
    """301 Moved Permanently, with a JSON body.

    The twin of `HttpResponseMovedPermanently`.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseMovedPermanently(
        ...     {"detail": "Moved Permanently"},
        ...     redirect_to='/elsewhere/',
        ... ).status_code
        301
    """

    status_code = 301
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            redirect_to: StrOrPromise,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseFound(_JsonRedirect[DataT]):
    """302 Found, with a JSON body.

    The twin of `HttpResponseFound`.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseFound({"detail": "Found"}, redirect_to='/elsewhere/').status_code
        302
    """

    status_code = 302
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            redirect_to: StrOrPromise,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseSeeOther(_JsonRedirect[DataT]):
    """303 See Other, with a JSON body.

    The twin of `HttpResponseSeeOther`.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseSeeOther({"id": 7}, redirect_to="/orders/7/").url
        '/orders/7/'
    """

    status_code = 303
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            redirect_to: StrOrPromise,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseUseProxy(_JsonLocation[DataT]):
    """305 Use Proxy, with a JSON body.

    The twin of `HttpResponseUseProxy`.

    Args:
        location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference such
            as '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseUseProxy({"detail": "Use Proxy"}).status_code
        305
    """

    status_code = 305
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            location: StrOrPromise | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseTemporaryRedirect(_JsonRedirect[DataT]):
    """307 Temporary Redirect, with a JSON body.

    The twin of `HttpResponseTemporaryRedirect`.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseTemporaryRedirect(
        ...     {"detail": "Temporary Redirect"},
        ...     redirect_to='/elsewhere/',
        ... ).status_code
        307
    """

    status_code = 307
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            redirect_to: StrOrPromise,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponsePermanentRedirect(_JsonRedirect[DataT]):
    """308 Permanent Redirect, with a JSON body.

    The twin of `HttpResponsePermanentRedirect`.

    Args:
        redirect_to: Sent as the ``Location`` header (RFC 9110, Section 10.2.2): a URI reference
            such as '/items/1' or 'https://example.com/'. Required.
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponsePermanentRedirect(
        ...     {"detail": "Permanent Redirect"},
        ...     redirect_to='/elsewhere/',
        ... ).status_code
        308
    """

    status_code = 308
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            redirect_to: StrOrPromise,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseBadRequest(JsonContentResponse[DataT]):
    """400 Bad Request, with a JSON body.

    The twin of `HttpResponseBadRequest`.

    Examples:
        >>> JsonResponseBadRequest({"detail": "Bad Request"}).status_code
        400
    """

    status_code = 400
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseUnauthorized(JsonContentResponse[DataT]):
    """401 Unauthorized, with a JSON body.

    The twin of `HttpResponseUnauthorized`.

    Args:
        www_authenticate: Sent as the ``WWW-Authenticate`` header (RFC 9110, Section 11.6.1): a
            challenge string such as 'Basic realm="api"', a Challenge, or a list of them. Optional:
            left out, it is not sent.

    Examples:
        >>> JsonResponseUnauthorized({"detail": "Unauthorized"}).status_code
        401
    """

    status_code = 401
    takes: ClassVar[tuple[HeaderUnit, ...]] = (WWW_AUTHENTICATE,)

    def __init__(
        self,
        data: DataT,
        *,
        www_authenticate: Challenges | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, www_authenticate=www_authenticate)


class JsonResponsePaymentRequired(JsonContentResponse[DataT]):
    """402 Payment Required, with a JSON body.

    The twin of `HttpResponsePaymentRequired`.

    Examples:
        >>> JsonResponsePaymentRequired({"detail": "Payment Required"}).status_code
        402
    """

    status_code = 402
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseForbidden(JsonContentResponse[DataT]):
    """403 Forbidden, with a JSON body.

    The twin of `HttpResponseForbidden`.

    Examples:
        >>> JsonResponseForbidden({"detail": "Forbidden"}).status_code
        403
    """

    status_code = 403
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNotFound(JsonContentResponse[DataT]):
    """404 Not Found, with a JSON body.

    The twin of `HttpResponseNotFound`.

    Examples:
        >>> JsonResponseNotFound({"detail": "Not Found"}).status_code
        404
    """

    status_code = 404
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNotAllowed(JsonContentResponse[DataT]):
    """405 Method Not Allowed, with a JSON body.

    The twin of `HttpResponseNotAllowed`.

    Args:
        permitted_methods: Sent as the ``Allow`` header (RFC 9110, Section 10.2.1): a list, tuple
            or set of method tokens or http.HTTPMethod members. Required.

    Examples:
        >>> JsonResponseNotAllowed(permitted_methods=["GET", "HEAD"])["Allow"]
        'GET, HEAD'
    """

    status_code = 405
    takes: ClassVar[tuple[HeaderUnit, ...]] = (PERMITTED_METHODS,)

    def __init__(
        self,
        data: DataT = EMPTY_OBJECT,  # type: ignore[assignment]  # pyright: ignore[reportArgumentType]
        *,
        permitted_methods: PermittedMethods,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, permitted_methods=permitted_methods)


class JsonResponseNotAcceptable(JsonContentResponse[DataT]):
    """406 Not Acceptable, with a JSON body.

    The twin of `HttpResponseNotAcceptable`.

    Examples:
        >>> JsonResponseNotAcceptable({"detail": "Not Acceptable"}).status_code
        406
    """

    status_code = 406
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseProxyAuthenticationRequired(JsonContentResponse[DataT]):
    """407 Proxy Authentication Required, with a JSON body.

    The twin of `HttpResponseProxyAuthenticationRequired`.

    Args:
        proxy_authenticate: Sent as the ``Proxy-Authenticate`` header (RFC 9110, Section 11.7.1): a
            challenge string such as 'Basic realm="api"', a Challenge, or a list of them. Optional:
            left out, it is not sent.

    Examples:
        >>> JsonResponseProxyAuthenticationRequired(
        ...     {"detail": "Proxy Authentication Required"},
        ... ).status_code
        407
    """

    status_code = 407
    takes: ClassVar[tuple[HeaderUnit, ...]] = (PROXY_AUTHENTICATE,)

    def __init__(
        self,
        data: DataT,
        *,
        proxy_authenticate: Challenges | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, proxy_authenticate=proxy_authenticate)


class JsonResponseRequestTimeout(_JsonRetryAfter[DataT]):
    """408 Request Timeout, with a JSON body.

    The twin of `HttpResponseRequestTimeout`.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseRequestTimeout({"detail": "Request Timeout"}).status_code
        408
    """

    status_code = 408
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseConflict(JsonContentResponse[DataT]):
    """409 Conflict, with a JSON body.

    The twin of `HttpResponseConflict`.

    Examples:
        >>> JsonResponseConflict({"detail": "Conflict"}).status_code
        409
    """

    status_code = 409
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseGone(JsonContentResponse[DataT]):
    """410 Gone, with a JSON body.

    The twin of `HttpResponseGone`.

    Examples:
        >>> JsonResponseGone({"detail": "Gone"}).status_code
        410
    """

    status_code = 410
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseLengthRequired(JsonContentResponse[DataT]):
    """411 Length Required, with a JSON body.

    The twin of `HttpResponseLengthRequired`.

    Examples:
        >>> JsonResponseLengthRequired({"detail": "Length Required"}).status_code
        411
    """

    status_code = 411
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponsePreconditionFailed(JsonContentResponse[DataT]):
    """412 Precondition Failed, with a JSON body.

    The twin of `HttpResponsePreconditionFailed`.

    Examples:
        >>> JsonResponsePreconditionFailed({"detail": "Precondition Failed"}).status_code
        412
    """

    status_code = 412
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseContentTooLarge(_JsonRetryAfter[DataT]):
    """413 Content Too Large, with a JSON body.

    The twin of `HttpResponseContentTooLarge`.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseContentTooLarge({"detail": "Content Too Large"}).status_code
        413
    """

    status_code = 413
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseUriTooLong(JsonContentResponse[DataT]):
    """414 URI Too Long, with a JSON body.

    The twin of `HttpResponseUriTooLong`.

    Examples:
        >>> JsonResponseUriTooLong({"detail": "URI Too Long"}).status_code
        414
    """

    status_code = 414
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseUnsupportedMediaType(JsonContentResponse[DataT]):
    """415 Unsupported Media Type, with a JSON body.

    The twin of `HttpResponseUnsupportedMediaType`.

    Examples:
        >>> JsonResponseUnsupportedMediaType({"detail": "Unsupported Media Type"}).status_code
        415
    """

    status_code = 415
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseRangeNotSatisfiable(JsonContentResponse[DataT]):
    """416 Range Not Satisfiable, with a JSON body.

    The twin of `HttpResponseRangeNotSatisfiable`.

    Args:
        total_length: Sent as the ``Content-Range`` header (RFC 9110, Section 14.4): an integer >=
            0. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseRangeNotSatisfiable({}, total_length=100)["Content-Range"]
        'bytes */100'
    """

    status_code = 416
    takes: ClassVar[tuple[HeaderUnit, ...]] = (TOTAL_LENGTH,)

    def __init__(
        self, data: DataT, *, total_length: int | None = None, **options: Unpack[JsonOptions]
    ) -> None:
        self._respond_json(data, options, total_length=total_length)


class JsonResponseExpectationFailed(JsonContentResponse[DataT]):
    """417 Expectation Failed, with a JSON body.

    The twin of `HttpResponseExpectationFailed`.

    Examples:
        >>> JsonResponseExpectationFailed({"detail": "Expectation Failed"}).status_code
        417
    """

    status_code = 417
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseMisdirectedRequest(JsonContentResponse[DataT]):
    """421 Misdirected Request, with a JSON body.

    The twin of `HttpResponseMisdirectedRequest`.

    Examples:
        >>> JsonResponseMisdirectedRequest({"detail": "Misdirected Request"}).status_code
        421
    """

    status_code = 421
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseUnprocessableContent(JsonContentResponse[DataT]):
    """422 Unprocessable Content, with a JSON body.

    The twin of `HttpResponseUnprocessableContent`.

    Examples:
        >>> JsonResponseUnprocessableContent({"detail": "Unprocessable Content"}).status_code
        422
    """

    status_code = 422
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseLocked(JsonContentResponse[DataT]):
    """423 Locked, with a JSON body.

    The twin of `HttpResponseLocked`.

    Examples:
        >>> JsonResponseLocked({"detail": "Locked"}).status_code
        423
    """

    status_code = 423
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseFailedDependency(JsonContentResponse[DataT]):
    """424 Failed Dependency, with a JSON body.

    The twin of `HttpResponseFailedDependency`.

    Examples:
        >>> JsonResponseFailedDependency({"detail": "Failed Dependency"}).status_code
        424
    """

    status_code = 424
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseTooEarly(JsonContentResponse[DataT]):
    """425 Too Early, with a JSON body.

    The twin of `HttpResponseTooEarly`.

    Examples:
        >>> JsonResponseTooEarly({"detail": "Too Early"}).status_code
        425
    """

    status_code = 425
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseUpgradeRequired(JsonContentResponse[DataT]):
    """426 Upgrade Required, with a JSON body.

    The twin of `HttpResponseUpgradeRequired`.

    Args:
        upgrade: Sent as the ``Upgrade`` header (RFC 9110, Section 7.8): a protocol such as
            'websocket' or 'TLS/1.2', or a list of them. Required.

    Examples:
        >>> JsonResponseUpgradeRequired(
        ...     {"detail": "Upgrade Required"},
        ...     upgrade='websocket',
        ... ).status_code
        426
    """

    status_code = 426
    takes: ClassVar[tuple[HeaderUnit, ...]] = (UPGRADE,)

    def __init__(self, data: DataT, *, upgrade: Protocols, **options: Unpack[JsonOptions]) -> None:
        self._respond_json(data, options, upgrade=upgrade)


class JsonResponsePreconditionRequired(JsonContentResponse[DataT]):
    """428 Precondition Required, with a JSON body.

    The twin of `HttpResponsePreconditionRequired`.

    Examples:
        >>> JsonResponsePreconditionRequired({"detail": "Precondition Required"}).status_code
        428
    """

    status_code = 428
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseTooManyRequests(_JsonRetryAfter[DataT]):
    """429 Too Many Requests, with a JSON body.

    The twin of `HttpResponseTooManyRequests`.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseTooManyRequests({"error": "slow down"}, retry_after=30)["Retry-After"]
        '30'
    """

    status_code = 429
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseRequestHeaderFieldsTooLarge(JsonContentResponse[DataT]):
    """431 Request Header Fields Too Large, with a JSON body.

    The twin of `HttpResponseRequestHeaderFieldsTooLarge`.

    Examples:
        >>> JsonResponseRequestHeaderFieldsTooLarge(
        ...     {"detail": "Request Header Fields Too Large"},
        ... ).status_code
        431
    """

    status_code = 431
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseUnavailableForLegalReasons(JsonContentResponse[DataT]):
    """451 Unavailable For Legal Reasons, with a JSON body.

    The twin of `HttpResponseUnavailableForLegalReasons`.

    Args:
        blocked_by: Sent as the ``Link`` header (RFC 8288, Section 3): a URI reference such as
            '/items/1' or 'https://example.com/'. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseUnavailableForLegalReasons({}, blocked_by="/legal/")["Link"]
        '</legal/>; rel="blocked-by"'
    """

    status_code = 451
    takes: ClassVar[tuple[HeaderUnit, ...]] = (BLOCKED_BY,)

    def __init__(
        self,
        data: DataT,
        *,
        blocked_by: StrOrPromise | None = None,
        **options: Unpack[JsonOptions],
    ) -> None:
        self._respond_json(data, options, blocked_by=blocked_by)


class JsonResponseInternalServerError(JsonContentResponse[DataT]):
    """500 Internal Server Error, with a JSON body.

    The twin of `HttpResponseInternalServerError`.

    Examples:
        >>> JsonResponseInternalServerError({"detail": "Internal Server Error"}).status_code
        500
    """

    status_code = 500
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNotImplemented(JsonContentResponse[DataT]):
    """501 Not Implemented, with a JSON body.

    The twin of `HttpResponseNotImplemented`.

    Examples:
        >>> JsonResponseNotImplemented({"detail": "Not Implemented"}).status_code
        501
    """

    status_code = 501
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseBadGateway(JsonContentResponse[DataT]):
    """502 Bad Gateway, with a JSON body.

    The twin of `HttpResponseBadGateway`.

    Examples:
        >>> JsonResponseBadGateway({"detail": "Bad Gateway"}).status_code
        502
    """

    status_code = 502
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseServiceUnavailable(_JsonRetryAfter[DataT]):
    """503 Service Unavailable, with a JSON body.

    The twin of `HttpResponseServiceUnavailable`.

    Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
            (int, float or timedelta) or a datetime. Optional: left out, it is not sent.

    Examples:
        >>> JsonResponseServiceUnavailable({"detail": "Service Unavailable"}).status_code
        503
    """

    status_code = 503
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(
            self,
            data: DataT,
            *,
            retry_after: RetryAfter | None = None,
            **options: Unpack[JsonOptions],
        ) -> None: ...


class JsonResponseGatewayTimeout(JsonContentResponse[DataT]):
    """504 Gateway Timeout, with a JSON body.

    The twin of `HttpResponseGatewayTimeout`.

    Examples:
        >>> JsonResponseGatewayTimeout({"detail": "Gateway Timeout"}).status_code
        504
    """

    status_code = 504
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseHttpVersionNotSupported(JsonContentResponse[DataT]):
    """505 HTTP Version Not Supported, with a JSON body.

    The twin of `HttpResponseHttpVersionNotSupported`.

    Examples:
        >>> JsonResponseHttpVersionNotSupported(
        ...     {"detail": "HTTP Version Not Supported"},
        ... ).status_code
        505
    """

    status_code = 505
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseVariantAlsoNegotiates(JsonContentResponse[DataT]):
    """506 Variant Also Negotiates, with a JSON body.

    The twin of `HttpResponseVariantAlsoNegotiates`.

    Examples:
        >>> JsonResponseVariantAlsoNegotiates({"detail": "Variant Also Negotiates"}).status_code
        506
    """

    status_code = 506
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseInsufficientStorage(JsonContentResponse[DataT]):
    """507 Insufficient Storage, with a JSON body.

    The twin of `HttpResponseInsufficientStorage`.

    Examples:
        >>> JsonResponseInsufficientStorage({"detail": "Insufficient Storage"}).status_code
        507
    """

    status_code = 507
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseLoopDetected(JsonContentResponse[DataT]):
    """508 Loop Detected, with a JSON body.

    The twin of `HttpResponseLoopDetected`.

    Examples:
        >>> JsonResponseLoopDetected({"detail": "Loop Detected"}).status_code
        508
    """

    status_code = 508
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNotExtended(JsonContentResponse[DataT]):
    """510 Not Extended, with a JSON body.

    The twin of `HttpResponseNotExtended`.

    Examples:
        >>> JsonResponseNotExtended({"detail": "Not Extended"}).status_code
        510
    """

    status_code = 510
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


class JsonResponseNetworkAuthenticationRequired(JsonContentResponse[DataT]):
    """511 Network Authentication Required, with a JSON body.

    The twin of `HttpResponseNetworkAuthenticationRequired`.

    Examples:
        >>> JsonResponseNetworkAuthenticationRequired(
        ...     {"detail": "Network Authentication Required"},
        ... ).status_code
        511
    """

    status_code = 511
    if TYPE_CHECKING:  # so that checkers name this class in messages, not its base

        def __init__(self, data: DataT, **options: Unpack[JsonOptions]) -> None: ...


JsonResponseServerError = JsonResponseInternalServerError
