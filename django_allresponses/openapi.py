"""Declared responses: a view's return annotation is its contract, published as OpenAPI 3.1.

A view that returns a union of this library's classes says every status it answers
with, and type checkers hold it to that:

    def item(request, pk: int) -> (
        JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther
    ): ...

`openapi_responses` turns that annotation into the OpenAPI 3.1 ``responses``
object of the view; `responds` adds the statuses the view raises with
`abort`, which no return type shows. The same declaration
feeds `django_allresponses.contrib.drf.AutoSchema` (drf-spectacular),
`django_allresponses.contrib.ninja.register` (django-ninja), and the
``undeclared-status`` finding of `check_response`.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, Union, get_args, get_origin

from django.http import FileResponse

from .errors import ResponseValidationError
from .responses.base import StatusResponseMixin
from .responses.http import (
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponsePreconditionFailed,
    HttpResponsePreconditionRequired,
    HttpResponseRangeNotSatisfiable,
)
from .responses.json import JsonResponsePreconditionFailed, StatusJsonResponse
from .responses.problems import ProblemDetails
from .responses.streams import EventStreamResponse, StreamResponse
from .rfc.statuses import STATUSES

if TYPE_CHECKING:
    from types import UnionType

    from django.http import HttpRequest
    from django.http.response import HttpResponseBase
    from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode
    from typing_extensions import TypeAliasType

    from .responses.base import StatusResponse
    from .responses.streams import StreamResponse


F = TypeVar("F", bound=Callable[..., Any])

DECLARED: Final = "__declared_responses__"
"""The attribute `responds` sets on a view: the classes it adds to the declaration."""

REF_TEMPLATE: Final = "#/components/schemas/{model}"
"""Where the ``$ref`` of a model's schema points: OpenAPI's ``components/schemas``."""

JSON_MEDIA_TYPE: Final = "application/json"
PROBLEM_MEDIA_TYPE: Final = "application/problem+json"

Declared = tuple[type[StatusResponseMixin], object]
"""One declared response: its class, and the type of its data (``object`` for any data,
``None`` for a class that is not a JSON twin)."""


# --- serve_file's answers ------------------------------------------------------------------

ServedFile: TypeAlias = (
    FileResponse
    | HttpResponseNotModified
    | HttpResponsePreconditionFailed
    | HttpResponsePreconditionRequired
    | HttpResponseRangeNotSatisfiable
)
"""What `serve_file` returns, and the declaration of a view that
answers with it: 200 and 206 with the file's bytes and its validators (``ETag``,
``Last-Modified``, ``Accept-Ranges``), 304, 412 and 416 (``Content-Range: bytes */N``).

A return annotation (or `responds`) naming ``ServedFile``, alone or in a union, declares
those statuses (the 428 of ``HttpResponsePreconditionRequired``, which ``serve_file``
never answers, is left out): see `ServedFileBody`.
"""


class ServedFileBody:
    """The data of `ServedFile`'s 200, 206, 304 and 416 in a declaration: a file's bytes
    (200, 206), and the file's validators (all four).

    Examples:
        >>> from django_allresponses import JsonResponseNotFound, ProblemDetails, serve_file
        >>> def download(request, name: str) -> ServedFile | JsonResponseNotFound[ProblemDetails]:
        ...     return serve_file(request, f"/srv/files/{name}")
        >>> (HttpResponseOK, ServedFileBody) in declared_responses(download)
        True
        >>> responses = openapi_responses(download)
        >>> sorted(responses)
        ['200', '206', '304', '404', '412', '416']
        >>> sorted(responses["206"]["content"])
        ['application/octet-stream', 'multipart/byteranges']
        >>> responses["416"]["headers"]["Content-Range"]["required"]
        True
    """


_SERVED: Final[tuple[Declared, ...]] = (
    (HttpResponseOK, ServedFileBody),
    (HttpResponsePartialContent, ServedFileBody),
    (HttpResponseNotModified, ServedFileBody),
    (HttpResponsePreconditionFailed, None),
    (JsonResponsePreconditionFailed, ProblemDetails),
    (HttpResponseRangeNotSatisfiable, ServedFileBody),
)


def _file_header(name: str, what: str, *, required: bool = False) -> dict[str, Any]:
    header: dict[str, Any] = {"description": f"{name}: {what}"}
    if required:
        header["required"] = True
    header["schema"] = {"type": "string"}
    return header


_VALIDATORS: Final = {
    "Accept-Ranges": _file_header(
        "Accept-Ranges (RFC 9110, Section 14.3)", "bytes", required=True
    ),
    "ETag": _file_header("ETag (RFC 9110, Section 8.8.3)", "the file's entity-tag"),
    "Last-Modified": _file_header(
        "Last-Modified (RFC 9110, Section 8.8.2)", "the file's modification time"
    ),
}
_BODY: Final = {
    "Content-Length": _file_header(
        "Content-Length (RFC 9110, Section 8.6)", "the length of the body", required=True
    ),
    "Content-Disposition": _file_header(
        "Content-Disposition (RFC 6266)", "the file's name, inline or as an attachment"
    ),
}
_SERVED_HEADERS: Final[dict[int, dict[str, Any]]] = {
    200: {**_VALIDATORS, **_BODY},
    206: {**_VALIDATORS, **_BODY},
    304: {"ETag": _VALIDATORS["ETag"], "Last-Modified": _VALIDATORS["Last-Modified"]},
    416: {
        "Content-Range": _file_header(
            "Content-Range (RFC 9110, Section 14.4)",
            "bytes */N, N the file's length",
            required=True,
        ),
        **_VALIDATORS,
    },
}
_SERVED_MEDIA_TYPES: Final[dict[int, tuple[str, ...]]] = {
    200: ("application/octet-stream",),
    206: ("application/octet-stream", "multipart/byteranges"),
}
"""The file's bytes, in its own media type; several ranges in ``multipart/byteranges``."""


# --- Reading a declaration ------------------------------------------------------------------


def _owner_name(view: object) -> str:
    return getattr(view, "__qualname__", None) or getattr(view, "__name__", None) or repr(view)


@dataclasses.dataclass(frozen=True, slots=True)
class StreamItems:
    """The data of a declared stream (`EventStreamResponse`, `JsonLinesResponse`): its media
    type and the type of its items, as the view's annotation names it
    (``EventStreamResponse[Price]``; ``object`` when it names none).

    In an OpenAPI 3.2 document each item's schema is the media type's ``itemSchema`` (for
    server-sent events, the event's fields, ``data`` holding the item as JSON); 3.0 and
    3.1 have no way to say it, so the media type's ``schema`` is a string, described, and
    the item's schema is given as ``x-item-schema``.

    Examples:
        >>> from pydantic import BaseModel
        >>> from django_allresponses import JsonLinesResponse
        >>> class Row(BaseModel):
        ...     id: int
        >>> def export(request) -> JsonLinesResponse[Row]: ...
        >>> [(cls.__name__, items.media_type) for cls, items in declared_responses(export)]
        [('JsonLinesResponse', 'application/jsonl')]
        >>> openapi_responses(export, openapi="3.2.0")["200"]["content"]
        {'application/jsonl': {'itemSchema': {'$ref': '#/components/schemas/Row'}}}
    """

    media_type: str
    item: object


def _status_class(member: object) -> Declared | None:
    """The class of this library a member of a return annotation names, with its data type;
    ``None`` for anything else (``HttpResponse``, DRF's ``Response``, the abstract bases)."""
    for served in _SERVED:  # what ServedFile declares, read by _members
        if member == served:
            return served
    member = _unaliased(member)
    origin, data = get_origin(member), object
    if origin is not None and isinstance(origin, type):
        arguments = get_args(member)
        member, data = origin, (arguments[0] if arguments else object)
    if not isinstance(member, type) or not issubclass(member, StatusResponseMixin):
        return None
    if getattr(member, "facts", None) is None:
        return None
    if StreamResponse in member.__mro__:  # read without narrowing member's generic type
        media_type = str(getattr(member, "media_type", "")).partition(";")[0]
        return member, StreamItems(media_type, data)
    return member, (data if issubclass(member, StatusJsonResponse) else None)


def _is_alias(annotation: object) -> bool:
    """A ``type`` statement's alias (PEP 695) or ``typing_extensions.TypeAliasType``'s."""
    return type(annotation).__name__ == "TypeAliasType" and hasattr(annotation, "__value__")


def _unaliased(annotation: object) -> object:
    """``annotation`` with its aliases replaced by what they name: ``Resp`` (``type Resp =
    …``) and ``Page[Item]`` (``type Page[T] = …``, its parameters substituted)."""
    for _ in range(64):  # an alias of an alias…, never a cycle
        origin = get_origin(annotation)
        if _is_alias(annotation):
            annotation = typing.cast(Any, annotation).__value__
        elif _is_alias(origin):
            value: Any = typing.cast(Any, origin).__value__
            parameters: tuple[object, ...] = getattr(origin, "__type_params__", ())
            arguments = get_args(annotation)
            annotation = value[arguments] if parameters and arguments else value
        else:
            break
    return annotation


def _members(annotation: object) -> tuple[object, ...]:
    """The members of a return annotation's union, aliases (nested ones too) read."""
    annotation = _unaliased(annotation)
    if get_origin(annotation) not in (Union, types.UnionType):
        return (annotation,)
    members = tuple(member for each in get_args(annotation) for member in _members(each))
    served = get_args(ServedFile)
    if all(member in members for member in served):  # serve_file's answers
        members = (*(each for each in members if each not in served), *_SERVED)
    return members


def _functions(view: object) -> list[object]:
    """``view`` and what it wraps: ``functools.wraps`` chains, a bound method's function,
    and the function DRF's ``@api_view`` wraps in a class."""
    found: list[object] = []
    current: object = view
    while current is not None and current not in found and len(found) < 16:
        found.append(current)
        current = getattr(current, "__func__", None) or getattr(current, "__wrapped__", None)
    last = found[-1]
    if inspect.isfunction(last) and last.__closure__ and "api_view" in last.__qualname__:
        wrapped = inspect.getclosurevars(last).nonlocals.get("func")
        if wrapped is not None:
            found.extend(_functions(wrapped))
    return found


def declared_responses(view: Callable[..., object]) -> tuple[Declared, ...] | None:
    """What ``view`` declares it answers with: each class (with its data type), from the
    return annotation and `responds`; ``None`` if it declares nothing.

    A view declares nothing when it has no return annotation, or when the annotation is
    not a class of this library (``HttpResponse``, DRF's ``Response``).

    Examples:
        >>> from django_allresponses import HttpResponseNoContent, JsonResponseOK
        >>> def ping(request) -> JsonResponseOK[dict[str, str]] | HttpResponseNoContent: ...
        >>> [(cls.__name__, data) for cls, data in declared_responses(ping)]
        [('JsonResponseOK', dict[str, str]), ('HttpResponseNoContent', None)]
        >>> declared_responses(lambda request: None) is None
        True
    """
    found: list[Declared] = []
    declared = False
    for function in _functions(view):
        annotation = _return_annotation(function)
        if annotation is not _MISSING and not declared:
            members = _members(annotation)
            classes = [_status_class(member) for member in members]
            if any(member is type(None) or member is None for member in members):
                raise ResponseValidationError(
                    f"{_owner_name(view)}: the return annotation {_shown(annotation)} allows "
                    "None, which is not a response; declare the status answered instead "
                    "(HttpResponseNoContent for no content)",
                    argument="return",
                )
            if any(cls is not None for cls in classes):
                for member, cls in zip(members, classes, strict=True):
                    if cls is None:
                        raise ResponseValidationError(
                            f"{_owner_name(view)}: the return annotation {_shown(annotation)} "
                            f"names {_shown(member)}, which has no fixed status; declare "
                            "only classes of this library (HttpResponse… or JsonResponse…)",
                            argument="return",
                        )
                found.extend(cls for cls in classes if cls is not None)
                declared = True
        for item in getattr(function, DECLARED, ()):
            found.append(item)
            declared = True
    if declared and any(map(_requires_methods, _functions(view))):
        from .responses.http import HttpResponseNotAllowed

        found.append((HttpResponseNotAllowed, None))  # Django answers the other methods
    return tuple(dict.fromkeys(found)) if declared else None


def _requires_methods(function: object) -> bool:
    """Whether ``function`` is the wrapper of Django's ``require_http_methods``
    (``require_GET``, ``require_POST``, ``require_safe``), which answers 405."""
    return (  # its code's names: functools.wraps gives the wrapper the view's
        inspect.isfunction(function)
        and function.__code__.co_qualname.startswith("require_http_methods.")
        and function.__globals__.get("__name__") == "django.views.decorators.http"
    )


class _Missing:
    pass


_MISSING: Final = _Missing()


def _return_annotation(function: object) -> object:
    if not callable(function) or "return" not in getattr(function, "__annotations__", {}):
        return _MISSING
    try:
        return typing.get_type_hints(function)["return"]
    except Exception as error:  # a NameError, or anything a forward reference raises
        raise ResponseValidationError(
            f"{_owner_name(function)}: its return annotation cannot be resolved: {error}; "
            "import the classes it names at module level",
            argument="return",
        ) from error


def _shown(annotation: object) -> str:
    if isinstance(annotation, type):
        return annotation.__name__
    return (
        repr(annotation)
        .replace("django_allresponses.responses.json.", "")
        .replace("django_allresponses.responses.http.", "")
    )


def responds(
    *classes: type[StatusResponse | StatusJsonResponse[Any] | StreamResponse[Any]]
    | TypeAliasType
    | UnionType,
) -> Callable[[F], F]:
    """Add statuses to a view's declaration: those it raises with
    `abort`, which its return type cannot show.

    Each argument is a class of this library, a JSON twin with its data type
    (``JsonResponseNotFound[ProblemDetails]``) or not, or an alias of a union of them
    (``type Errors = …``). The view itself is returned. Django's own classes
    (``HttpResponse``) have no fixed status: checkers refuse them, and so does the
    run time (a `ResponseValidationError`).

    Examples:
        >>> from django_allresponses import HttpResponseNoContent, JsonResponseConflict
        >>> @responds(JsonResponseConflict[dict[str, str]])
        ... def delete(request) -> HttpResponseNoContent: ...
        >>> sorted(openapi_responses(delete))
        ['204', '409']
    """
    declared: list[Declared] = []
    for given in (member for each in classes for member in _members(each)):
        cls = _status_class(given)
        if cls is None:
            raise ResponseValidationError(
                f"responds: {_shown(given)} has no fixed status; give classes of this "
                "library (HttpResponse… or JsonResponse…, JSON twins with their data type)",
                argument="classes",
            )
        declared.append(cls)

    def decorate(view: F) -> F:
        setattr(view, DECLARED, (*getattr(view, DECLARED, ()), *declared))
        return view

    return decorate


# --- OpenAPI --------------------------------------------------------------------------------


def _headers(cls: type[StatusResponseMixin]) -> dict[str, Any]:
    """The Header Objects of the headers ``cls`` sends through its header units."""
    headers: dict[str, Any] = {}
    for unit in cls.takes:
        if unit.header in headers:
            continue
        header: dict[str, Any] = {}
        reference = getattr(unit, "reference", None)
        header["description"] = (
            f"{unit.header} ({reference})" if reference else unit.header
        ) + f": {unit.expected}"
        if unit.required:
            header["required"] = True
        header["schema"] = {"type": "string"}
        example = _header_example(cls, unit)
        if example is not None:
            header["example"] = example
        headers[unit.header] = header
        if unit.header == "Upgrade":
            headers["Connection"] = {
                "description": "Connection: Upgrade, sent with Upgrade (RFC 9110, Section 7.8)",
                "required": True,
                "schema": {"type": "string", "const": "Upgrade"},
            }
    return headers


def _header_example(cls: type[StatusResponseMixin], unit: Any) -> str | None:
    if not hasattr(unit, "example_of"):
        return None
    try:
        example = str(unit.value_for(cls, unit.example))
    except Exception:  # an example that needs more than the unit knows: none shown
        return None
    return example or None


def _is_problem(data: object) -> bool:
    from .responses.problems import ProblemDetails

    return isinstance(data, type) and issubclass(data, ProblemDetails)


def _schemas_of(
    owner: str,
    data_types: list[object],
    schemas: dict[str, Any] | None,
    openapi_30: bool,
    base: type[GenerateJsonSchema] | None,
) -> list[dict[str, Any]]:
    """The JSON schemas (serialization mode, as the twins send data) of ``data_types``,
    in the dialect of the document's version, their components put into ``schemas``."""
    found: list[dict[str, Any]] = []
    for data in data_types:
        try:
            schema, definitions, origins = _json_schema(data, base)
        except Exception as error:
            raise ResponseValidationError(
                f"{owner}: no JSON schema for the data of its declared responses: {error}",
                argument="return",
            ) from error
        if openapi_30:
            schema = openapi_30_schema(schema)
            definitions = {name: openapi_30_schema(each) for name, each in definitions.items()}
        renamed = {} if schemas is None else _place(owner, definitions, origins, schemas)
        found.append(_renamed(schema, renamed))
    return found


def _place(
    owner: str, definitions: dict[str, Any], origins: dict[str, str], schemas: dict[str, Any]
) -> dict[str, str]:
    """Put ``definitions`` into ``schemas``. A name that ``schemas`` holds with another
    schema (another model of that name, or the framework's own component) is given the
    model's module and qualified name (``shop.b.Item``), and the references to it are
    rewritten; returns those new names. Two classes of one qualified name are an error."""
    renamed: dict[str, str] = {}
    changed = True
    while changed:  # a definition that refers to a renamed one differs in turn
        changed = False
        for name, component in definitions.items():
            known = schemas.get(name)
            if name in renamed or known is None or _same(known, _renamed(component, renamed)):
                continue
            if name not in origins:
                raise ResponseValidationError(
                    f"{owner}: two different schemas are named {name!r}; give one of them "
                    "another name",
                    argument="return",
                )
            renamed[name], changed = origins[name], True
    for name, component in definitions.items():
        target = renamed.get(name, name)
        placed = _renamed(component, renamed)
        if not _same(schemas.setdefault(target, placed), placed):
            raise ResponseValidationError(
                f"{owner}: two different models are both {target!r} (module and qualified "
                "name), and their schemas differ; give one of them another name",
                argument="return",
            )
    return renamed


def _same(known: Any, placed: dict[str, Any]) -> bool:
    """Whether the component ``known`` (the framework's, or one placed before) is ``placed``:
    equal, or but for a description that is a whole docstring, whose summary then replaces
    it (ninja describes its own components by the whole docstring, doctests included)."""
    if known == placed:
        return True
    if not isinstance(known, dict) or not isinstance(placed.get("description"), str):
        return False
    described = typing.cast(dict[str, Any], known).get("description")
    if not isinstance(described, str) or _summary(described) != placed["description"]:
        return False
    if {**typing.cast(dict[str, Any], known), "description": placed["description"]} != placed:
        return False
    known["description"] = placed["description"]
    return True


def _renamed(node: Any, renamed: Mapping[str, str]) -> Any:
    """A copy of ``node`` whose references to the components ``renamed`` names follow them."""
    if isinstance(node, dict):
        copied: dict[str, Any] = {}
        for key, value in typing.cast(dict[str, Any], node).items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
                name = value.removeprefix(_REF_PREFIX)
                value = REF_TEMPLATE.format(model=renamed.get(name, name))
            copied[key] = _renamed(value, renamed)
        return copied
    if isinstance(node, list):
        members = typing.cast(list[object], node)
        return [_renamed(member, renamed) for member in members]
    return copy.deepcopy(node)


_REF_PREFIX: Final = REF_TEMPLATE.format(model="")

_CLASS_KEY: Final = "x-allresponses-class"
"""Where the generator leaves, in a component, the module and qualified name of its class;
removed before anything is published."""

_DOC_KEY: Final = "x-allresponses-doc"
"""Where the generator leaves, in a component, the docstring of its class; removed."""


def _summary(docstring: str) -> str | None:
    """The summary paragraph of ``docstring`` (up to its first blank line), on one line,
    without doctest lines."""
    paragraph = inspect.cleandoc(docstring).split("\n\n", 1)[0]
    lines = [line.strip() for line in paragraph.splitlines()]
    kept = [line for line in lines if line and not line.startswith((">>>", "..."))]
    return " ".join(kept) or None


def _describe(json_schema: dict[str, Any], cls: object) -> dict[str, Any]:
    """Mark the component of ``cls`` with its origin and docstring, for `_finish`."""
    module, qualname = getattr(cls, "__module__", None), getattr(cls, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str):
        json_schema[_CLASS_KEY] = re.sub(r"[^A-Za-z0-9._-]", "_", f"{module}.{qualname}")
    doc = getattr(cls, "__doc__", None)
    if isinstance(doc, str):
        json_schema[_DOC_KEY] = inspect.cleandoc(doc)
    return json_schema


def _finish(component: dict[str, Any]) -> str | None:
    """Remove the marks of `_describe` from ``component``, whose description, if it is the
    whole docstring (pydantic's), becomes its summary; returns the origin of its class."""
    doc = component.pop(_DOC_KEY, None)
    if doc is not None and component.get("description") == doc:
        summary = _summary(doc)
        if summary is None:
            del component["description"]
        else:
            component["description"] = summary
    origin: object = component.pop(_CLASS_KEY, None)
    return origin if isinstance(origin, str) else None


@functools.cache
def _generator(base: Any) -> type[GenerateJsonSchema]:
    """pydantic's schema generator (or ``base``, the framework's), giving each class's
    component its summary and origin."""
    from pydantic.json_schema import GenerateJsonSchema

    root: type[GenerateJsonSchema] = base or GenerateJsonSchema

    class Generator(root):  # type: ignore[misc,valid-type]
        def model_schema(self, schema: Any) -> Any:
            return _describe(super().model_schema(schema), schema.get("cls"))

        def dataclass_schema(self, schema: Any) -> Any:
            return _describe(super().dataclass_schema(schema), schema.get("cls"))

        def typed_dict_schema(self, schema: Any) -> Any:
            return _describe(super().typed_dict_schema(schema), schema.get("cls"))

        def enum_schema(self, schema: Any) -> Any:
            return _describe(super().enum_schema(schema), schema.get("cls"))

    return Generator


def _json_schema(data: Any, base: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """The schema of ``data``, the components it names and the origins of their classes,
    once per type (a document's build reads ``ProblemDetails`` on most views);
    unhashable annotations each time."""
    try:
        return _cached_json_schema(data, base)
    except TypeError:
        return _cached_json_schema.__wrapped__(data, base)


@functools.lru_cache(maxsize=1024)
def _cached_json_schema(
    data: Any, base: Any
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    from pydantic import TypeAdapter

    mode: JsonSchemaMode = "serialization"
    found, definitions = TypeAdapter.json_schemas(
        [(0, mode, TypeAdapter(data))],
        ref_template=REF_TEMPLATE,
        schema_generator=_generator(base),
    )
    components: dict[str, Any] = definitions.get("$defs", {})
    origins = {name: _finish(each) for name, each in components.items()}
    schema = found[(0, mode)]
    _finish(schema)
    return schema, components, {name: each for name, each in origins.items() if each}


def openapi_responses(
    view: Callable[..., object],
    *,
    schemas: dict[str, Any] | None = None,
    openapi: str = "3.1.0",
    schema_generator: type[GenerateJsonSchema] | None = None,
) -> dict[str, Any]:
    """The OpenAPI ``responses`` object of ``view``, read from its declaration.

    For each status: the reason phrase as ``description``, the headers its class sends
    (with their schemas), and for a JSON twin its media type (``application/json``, or
    ``application/problem+json`` for `ProblemDetails`) with
    the JSON schema of its data, from pydantic. Models are ``$ref``\\ s to
    ``#/components/schemas/<Model>``, described by their docstring's summary paragraph;
    pass a dict as ``schemas`` to collect those components (the ``components/schemas`` of
    the document). A model whose name ``schemas`` already holds with another schema is
    named by its module and qualified name (``shop.b.Item``). Two classes of one status
    give the schemas of both (``anyOf``). ``openapi`` is the version of the document: for
    3.0 (``"3.0.3"``) the schemas are written in its dialect (`openapi_30_schema`).
    ``schema_generator`` is the pydantic generator the framework writes its own models'
    schemas with (django-ninja's), so that a model both publish is one component. A view
    that declares nothing, or an annotation that allows ``None``, is a
    `ResponseValidationError`.

    Examples:
        >>> from pydantic import BaseModel
        >>> from django_allresponses import (
        ...     HttpResponseSeeOther, JsonResponseNotFound, JsonResponseOK, ProblemDetails,
        ... )
        >>> class Item(BaseModel):
        ...     id: int
        >>> def item(request, pk: int) -> (
        ...     JsonResponseOK[Item] | JsonResponseNotFound[ProblemDetails] | HttpResponseSeeOther
        ... ): ...
        >>> components = {}
        >>> responses = openapi_responses(item, schemas=components)
        >>> responses["200"]["content"]
        {'application/json': {'schema': {'$ref': '#/components/schemas/Item'}}}
        >>> list(responses["404"]["content"]), sorted(components)
        (['application/problem+json'], ['Item', 'ProblemDetails'])
        >>> components["ProblemDetails"]["description"]
        'A Problem Details object (RFC 9457, Section 3).'
        >>> responses["303"]["description"], sorted(responses["303"]["headers"])
        ('See Other', ['Location', 'Retry-After'])
        >>> components = {}
        >>> _ = openapi_responses(item, schemas=components, openapi="3.0.3")
        >>> components["ProblemDetails"]["properties"]["detail"]
        {'type': 'string', 'default': None, 'title': 'Detail', 'nullable': True}
    """
    owner = _owner_name(view)
    if not openapi.startswith(("3.0.", "3.1.", "3.2.")):
        raise ResponseValidationError(
            f"openapi_responses: openapi={openapi!r} is not an OpenAPI version this library "
            'writes; give "3.0.x", "3.1.x" or "3.2.x"',
            argument="openapi",
        )
    declared = declared_responses(view)
    if declared is None:
        raise ResponseValidationError(
            f"openapi_responses: {owner} declares no responses; annotate its return type "
            "with classes of this library (JsonResponseOK[Item] | HttpResponseNotFound), "
            "or add them with @responds(...)",
            response_class=owner,
            argument="view",
        )
    return declared_openapi(
        declared, owner=owner, schemas=schemas, openapi=openapi, schema_generator=schema_generator
    )


def declared_openapi(
    declared: tuple[Declared, ...],
    *,
    owner: str,
    schemas: dict[str, Any] | None = None,
    openapi: str = "3.1.0",
    schema_generator: type[GenerateJsonSchema] | None = None,
) -> dict[str, Any]:
    """The OpenAPI ``responses`` object of ``declared`` (classes and their data types), as
    `openapi_responses` writes a view's; ``owner`` names them in errors. The integrations
    write with it the statuses a framework answers on a view's behalf.

    Examples:
        >>> from django_allresponses import HttpResponseNotAllowed
        >>> responses = declared_openapi(((HttpResponseNotAllowed, None),), owner="view")
        >>> responses["405"]["description"], responses["405"]["headers"]["Allow"]["required"]
        ('Method Not Allowed', True)
    """
    openapi_30 = openapi.startswith("3.0.")
    data_types = list(
        dict.fromkeys(
            data.item if isinstance(data, StreamItems) else data
            for _cls, data in declared
            if data is not None and data is not ServedFileBody
        )
    )
    found = _schemas_of(owner, data_types, schemas, openapi_30, schema_generator)
    schema_of = dict(zip(data_types, found, strict=True))
    return _responses(declared, schema_of, openapi_30, item_schema=openapi.startswith("3.2."))


def _stream_media(items: StreamItems, schema: Any, item_schema: bool) -> dict[str, Any]:
    """The media type object of a declared stream: OpenAPI 3.2's ``itemSchema``, or (3.0,
    3.1) a string schema, described, with the item's schema as ``x-item-schema``."""
    each: Any = schema
    described = "JSON Lines: one JSON value a line"
    if items.media_type == EventStreamResponse.media_type.partition(";")[0]:
        each = {
            "type": "object",
            "properties": {
                "data": {
                    "type": "string",
                    "contentMediaType": JSON_MEDIA_TYPE,
                    "contentSchema": schema,
                },
                "event": {"type": "string"},
                "id": {"type": "string"},
                "retry": {"type": "integer", "minimum": 0},
            },
        }
        described = "server-sent events (WHATWG HTML, Section 9.2), data: as JSON"
    if item_schema:
        return {"itemSchema": each}
    return {
        "schema": {"type": "string", "description": f"{described}; x-item-schema: each item"},
        "x-item-schema": each,
    }


def _responses(
    declared: tuple[Declared, ...],
    schema_of: Mapping[object, Any],
    openapi_30: bool,
    *,
    item_schema: bool = False,
) -> dict[str, Any]:
    """The ``responses`` object of ``declared``, given the schema of each data type."""
    by_status: dict[int, list[Declared]] = {}
    for cls, data in declared:
        by_status.setdefault(cls.facts.code, []).append((cls, data))
    responses: dict[str, Any] = {}
    for code in sorted(by_status):
        response: dict[str, Any] = {"description": STATUSES[code].phrase}
        headers: dict[str, Any] = {}
        content: dict[str, list[dict[str, Any]]] = {}
        streams: dict[str, dict[str, Any]] = {}
        for cls, data in by_status[code]:
            for name, header in _headers(cls).items():
                if openapi_30:
                    header = {**header, "schema": openapi_30_schema(header["schema"])}
                headers.setdefault(name, header)
            if data is ServedFileBody:
                headers.update(_SERVED_HEADERS.get(code, {}))
                for media_type in _SERVED_MEDIA_TYPES.get(code, ()):
                    content.setdefault(media_type, []).append(
                        {"type": "string", "format": "binary"}
                    )
            elif isinstance(data, StreamItems):
                streams[data.media_type] = _stream_media(data, schema_of[data.item], item_schema)
            elif data is not None:
                media_type = PROBLEM_MEDIA_TYPE if _is_problem(data) else JSON_MEDIA_TYPE
                content.setdefault(media_type, []).append(schema_of[data])
        if headers:
            response["headers"] = headers
        if content or streams:
            response["content"] = {
                **{
                    media_type: {"schema": found[0] if len(found) == 1 else {"anyOf": found}}
                    for media_type, found in content.items()
                },
                **streams,
            }
        responses[str(code)] = response
    return responses


def beside(responses: Mapping[str, Any], framework: Mapping[str, Any]) -> dict[str, Any]:
    """``responses`` with the statuses of ``framework`` (those a framework answers on the
    view's behalf) that it does not name, in the order of their codes.

    Examples:
        >>> sorted(beside({"200": {}, "422": {"description": "mine"}}, {"422": {}, "406": {}}))
        ['200', '406', '422']
        >>> beside({"422": {"description": "mine"}}, {"422": {}})
        {'422': {'description': 'mine'}}
    """
    merged = {**framework, **responses}
    return {code: merged[code] for code in sorted(merged, key=int)}


def merge_responses(own: Mapping[Any, Any], declared: Mapping[str, Any]) -> dict[str, Any]:
    """The ``responses`` a schema generator wrote itself (``own``), with the ``declared``
    ones beside them: a status only ``declared`` names is added; for a status both name,
    ``own``'s description and content stay, and the declared headers and media types it
    lacks are added.

    Examples:
        >>> own = {200: {"description": "", "content": {"application/json": {}}}}
        >>> declared = {
        ...     "200": {"description": "OK", "content": {"application/problem+json": {}}},
        ...     "404": {"description": "Not Found"},
        ... }
        >>> merged = merge_responses(own, declared)
        >>> sorted(merged), sorted(merged["200"]["content"])
        (['200', '404'], ['application/json', 'application/problem+json'])
    """
    merged: dict[str, Any] = {str(code): dict(response) for code, response in own.items()}
    for code, response in declared.items():
        known: dict[str, Any] | None = merged.get(code)
        if known is None:
            merged[code] = response
            continue
        for part in ("headers", "content"):
            for key, value in response.get(part, {}).items():
                known.setdefault(part, {}).setdefault(key, value)
    return merged


# --- OpenAPI 3.0: the JSON Schema dialect of a 3.0 document ------------------------------------

_DROPPED_30: Final = frozenset(
    {"$schema", "$id", "$comment", "contentMediaType", "contentSchema", "propertyNames"}
)
"""Keywords OpenAPI 3.0 has no place for and whose absence only widens what is described:
annotations, and ``propertyNames`` (which restricts keys only)."""

_REFUSED_30: Final = frozenset(
    {
        "if",
        "then",
        "else",
        "dependentSchemas",
        "dependentRequired",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$recursiveRef",
    }
)
"""Keywords with no OpenAPI 3.0 form that would keep their meaning."""

_LISTS: Final = ("allOf", "anyOf", "oneOf")


def openapi_30_schema(
    schema: Mapping[str, Any] | bool, *, components: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``schema`` (JSON Schema 2020-12, as pydantic writes it and OpenAPI 3.1 takes it) in
    the dialect of OpenAPI 3.0, for a 3.0 document (drf-spectacular's default, 3.0.3).

    * a ``null`` member of ``anyOf``/``oneOf`` (or of a ``type`` list) becomes
      ``nullable: true`` on what remains (a ``$ref`` is wrapped in ``allOf`` to carry it);
    * ``const`` becomes a one-value ``enum``, ``examples`` the ``example`` of its first;
    * ``exclusiveMinimum``/``exclusiveMaximum`` numbers become ``minimum``/``maximum`` with
      the boolean form;
    * a ``$ref`` with siblings is wrapped in ``allOf``; ``$defs`` are moved into
      ``components`` (the ``components/schemas`` of the document), their references
      rewritten;
    * ``prefixItems`` (a tuple) becomes ``items`` of any of its members, its length kept;
      ``patternProperties`` becomes ``additionalProperties``;
    * ``$schema``, ``$id``, ``$comment``, ``contentMediaType`` and ``propertyNames`` are
      dropped (``contentEncoding: base64`` is ``format: byte``).

    The keywords 3.0 cannot say (``if``/``then``/``else``, ``dependentSchemas``,
    ``unevaluatedProperties``, ``contains``…) are a `ResponseValidationError` naming the
    keyword and where it is: publish OpenAPI 3.1 for those.

    Examples:
        >>> openapi_30_schema({"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Name"})
        {'type': 'string', 'title': 'Name', 'nullable': True}
        >>> openapi_30_schema({"anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "null"}]})
        {'nullable': True, 'allOf': [{'$ref': '#/components/schemas/Tag'}]}
        >>> openapi_30_schema({"const": "Upgrade", "examples": ["Upgrade"]})
        {'enum': ['Upgrade'], 'example': 'Upgrade'}
        >>> openapi_30_schema({"type": "integer", "exclusiveMinimum": 0})
        {'type': 'integer', 'minimum': 0, 'exclusiveMinimum': True}
        >>> components = {}
        >>> openapi_30_schema(
        ...     {"$ref": "#/$defs/Tag", "$defs": {"Tag": {"type": ["string", "null"]}}},
        ...     components=components,
        ... )
        {'$ref': '#/components/schemas/Tag'}
        >>> components
        {'Tag': {'type': 'string', 'nullable': True}}
        >>> openapi_30_schema({"if": {"type": "string"}})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: OpenAPI 3.0 has no form for 'if' ...
    """
    definitions: dict[str, Any] = {}
    converted: dict[str, Any] = _to_30(schema, "#", definitions)
    if definitions and components is None:
        raise ResponseValidationError(
            f"openapi_30_schema: the schema has $defs ({', '.join(sorted(definitions))}); "
            "pass components= to receive them",
            argument="components",
        )
    for name, definition in definitions.items():
        known = components.setdefault(name, definition) if components is not None else None
        if known != definition:
            raise ResponseValidationError(
                f"openapi_30_schema: $defs names {name!r}, which components already holds "
                "with another schema; give one of them another name",
                argument="components",
            )
    return converted


def _to_30(node: Any, where: str, definitions: dict[str, Any]) -> Any:
    """One schema (``node``, at ``where``) in OpenAPI 3.0's dialect; ``$defs`` collected."""
    if node is True:
        return {}
    if node is False:
        return {"not": {}}
    if not isinstance(node, Mapping):
        return node
    schema: dict[str, Any] = {}
    for key, value in typing.cast(Mapping[str, Any], node).items():
        if key in _REFUSED_30:
            raise ResponseValidationError(
                f"OpenAPI 3.0 has no form for {key!r} (at {where}); publish OpenAPI 3.1 "
                '(drf-spectacular: "OAS_VERSION": "3.1.0")',
                argument="schema",
            )
        if key in ("$defs", "definitions"):
            for name, definition in typing.cast(Mapping[str, Any], value).items():
                definitions[name] = _to_30(definition, f"{where}/{key}/{name}", definitions)
        elif key not in _DROPPED_30:
            schema[key] = _subschemas_30(key, value, f"{where}/{key}", definitions)
    return _keywords_30(schema)


def _subschemas_30(key: str, value: Any, where: str, definitions: dict[str, Any]) -> Any:
    """The value of ``key`` with the schemas it holds converted; ``$ref``\\ s rewritten."""
    if key == "$ref" and isinstance(value, str):
        for prefix in ("#/$defs/", "#/definitions/"):
            if value.startswith(prefix):
                return "#/components/schemas/" + value.removeprefix(prefix)
        return value
    if key in ("properties", "patternProperties"):
        return {
            name: _to_30(member, f"{where}/{name}", definitions)
            for name, member in typing.cast(Mapping[str, Any], value).items()
        }
    if key in (*_LISTS, "prefixItems") or (key == "items" and isinstance(value, list)):
        members = typing.cast(list[Any], value)
        return [_to_30(member, f"{where}/{i}", definitions) for i, member in enumerate(members)]
    if key in ("items", "additionalProperties", "not"):
        if key != "not" and isinstance(value, bool):
            return value
        return _to_30(value, where, definitions)
    return value


def _keywords_30(schema: dict[str, Any]) -> dict[str, Any]:
    """The keywords of one schema, its subschemas already converted, in 3.0's forms."""
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    examples = schema.pop("examples", None)
    if isinstance(examples, list) and examples and "example" not in schema:
        listed = typing.cast(list[object], examples)
        schema["example"] = listed[0]
    for exclusive, inclusive, stricter in (
        ("exclusiveMinimum", "minimum", max),
        ("exclusiveMaximum", "maximum", min),
    ):
        bound = schema.get(exclusive)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            del schema[exclusive]
            if inclusive in schema and stricter(schema[inclusive], bound) != bound:
                continue  # the inclusive bound is the stricter one
            schema[inclusive], schema[exclusive] = bound, True
    if schema.get("contentEncoding") == "base64":
        schema.setdefault("format", "byte")
    schema.pop("contentEncoding", None)
    _tuple_30(schema)
    patterns = schema.pop("patternProperties", None)
    if patterns:
        found = list(typing.cast(dict[str, Any], patterns).values())
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            found.append(extra)
        schema["additionalProperties"] = _any_of(found)
    _type_30(schema)
    if "enum" in schema and None in schema["enum"]:
        schema["nullable"] = True
    return _nullable_members_30(schema)


def _any_of(schemas: list[Any]) -> Any:
    unique = [schema for i, schema in enumerate(schemas) if schema not in schemas[:i]]
    return unique[0] if len(unique) == 1 else {"anyOf": unique}


def _tuple_30(schema: dict[str, Any]) -> None:
    """``prefixItems`` (or a draft-4 ``items`` list): ``items`` of any member; the tuple's
    length stays in ``minItems``/``maxItems``."""
    members = schema.pop("prefixItems", None)
    if members is None and isinstance(schema.get("items"), list):
        members = schema.pop("items")
    if members is None:
        return
    found = list(typing.cast(list[Any], members))
    rest = schema.pop("items", None)  # the members after the tuple's
    if isinstance(rest, Mapping):
        found.append(rest)
    elif rest is None and "maxItems" not in schema:
        found.append({})
    schema["items"] = _any_of(found) if found else {}


def _type_30(schema: dict[str, Any]) -> None:
    """A ``type`` list or ``"null"`` in 3.0's single type and ``nullable``."""
    kind = schema.get("type")
    if kind == "null":
        del schema["type"]
        schema["nullable"] = True
        schema.setdefault("enum", [None])
    elif isinstance(kind, list):
        given = typing.cast(list[str], kind)
        kinds = [each for each in given if each != "null"]
        if len(kinds) == 1:
            schema["type"] = kinds[0]
        else:
            del schema["type"]
            if kinds:
                schema.setdefault("anyOf", []).extend({"type": each} for each in kinds)
        if len(kinds) < len(given):
            schema["nullable"] = True
            if not kinds:
                schema.setdefault("enum", [None])


def _is_null_30(schema: Any) -> bool:
    return bool(schema == {"nullable": True, "enum": [None]})


def _nullable_members_30(schema: dict[str, Any]) -> dict[str, Any]:
    """An ``anyOf``/``oneOf`` holding ``null`` as ``nullable`` on what remains; a ``$ref``
    with siblings wrapped in ``allOf``."""
    for key in ("anyOf", "oneOf"):
        found = schema.get(key)
        if not isinstance(found, list):
            continue
        members = typing.cast(list[object], found)
        if not any(map(_is_null_30, members)):
            continue
        rest = [member for member in members if not _is_null_30(member)]
        del schema[key]
        schema["nullable"] = True
        if len(rest) > 1:
            schema[key] = rest
        elif rest:
            only = typing.cast(dict[str, Any], rest[0])
            if "$ref" in only or any(name in schema for name in only):
                schema.setdefault("allOf", []).append(only)
            else:
                schema = {**only, **schema}
    if "$ref" in schema and len(schema) > 1:
        reference = {"$ref": schema.pop("$ref")}
        schema = {"allOf": [reference, *schema.pop("allOf", [])], **schema}
    return schema


# --- At run time: the undeclared-status finding ---------------------------------------------


def _handler(func: object, method: str) -> object:
    """The function that answers ``method`` for the view ``func`` that a URL names: the view
    itself, the method of a class-based view (Django's ``view_class``, DRF's ``cls`` and its
    viewsets' ``actions``), or the operation of a django-ninja path."""
    view_class = getattr(func, "cls", None) or getattr(func, "view_class", None)
    if view_class is not None:
        actions: object = getattr(func, "actions", None)
        name = method.lower()
        if isinstance(actions, Mapping):
            name = str(typing.cast(Mapping[str, object], actions).get(name, name))
        handler = getattr(view_class, name, None)
        if handler is None and name == "head":
            handler = getattr(view_class, "get", None)
        return handler
    operations, operation = _ninja_operation(func, method)
    if operations:
        return getattr(operation, "view_func", None)
    return func


def _ninja_operation(func: object, method: str) -> tuple[bool, object]:
    """Whether ``func`` is a django-ninja path's view, and its operation for ``method``."""
    owner = getattr(func, "__self__", None)
    if owner is None and inspect.isfunction(func) and "get_view.<locals>" in func.__qualname__:
        owner = inspect.getclosurevars(func).nonlocals.get("self")  # ninja's PathView
    operations = getattr(owner, "operations", None)
    if not isinstance(operations, list):
        return False, None
    for operation in typing.cast(list[object], operations):
        if method in getattr(operation, "methods", ()):
            return True, operation
    return True, None


def _framework_statuses(func: object, method: str) -> frozenset[int]:
    """The statuses a framework answers on behalf of the view ``func``: DRF's
    (`django_allresponses.contrib.frameworks.drf_statuses`) and django-ninja's
    (`django_allresponses.contrib.frameworks.ninja_statuses`)."""
    view_class = getattr(func, "cls", None)
    if isinstance(view_class, type) and "rest_framework" in sys.modules:
        from rest_framework.views import APIView

        if issubclass(view_class, APIView):
            from .contrib.frameworks import drf_statuses

            return frozenset(drf_statuses(view_class, method))
    elif "ninja" in sys.modules:
        operation = _ninja_operation(func, method)[1]
        if operation is not None:
            from .contrib.frameworks import ninja_statuses

            return frozenset(ninja_statuses(operation))
    return frozenset()


@functools.lru_cache(maxsize=2048)
def _declared(func: object, method: str) -> _Found:
    """The handler of ``method`` for the view ``func``, the statuses it may answer with (its
    own and its framework's), and those it declares itself."""
    handler = _handler(func, method)
    if handler is None:
        return None, None, None
    try:
        declared = declared_responses(typing.cast(Callable[..., object], handler))
    except ResponseValidationError:
        return handler, None, None  # a declaration the schema refuses is reported there
    if declared is None:
        return handler, None, None
    statuses = frozenset(cls.facts.code for cls, _ in declared)
    return handler, statuses | _framework_statuses(func, method), statuses


_Found = tuple[object, frozenset[int] | None, frozenset[int] | None]


def _lookup(request: HttpRequest) -> _Found:
    func = getattr(getattr(request, "resolver_match", None), "func", None)
    if func is None:
        return None, None, None
    method = request.method or "GET"
    try:
        return _declared(func, method)
    except TypeError:  # an unhashable view
        return _declared.__wrapped__(func, method)


def declared_statuses(request: HttpRequest) -> frozenset[int] | None:
    """The statuses the view that answered ``request`` declares, with those its framework
    answers on its behalf (Django's ``require_http_methods``, DRF's, django-ninja's);
    ``None`` if it declares none (or no view is known), so that any status is its own.

    Examples:
        >>> from django.test import RequestFactory
        >>> from django.urls import ResolverMatch
        >>> from django_allresponses import HttpResponseNoContent
        >>> def ping(request) -> HttpResponseNoContent: ...
        >>> request = RequestFactory().get("/ping")
        >>> request.resolver_match = ResolverMatch(ping, (), {})
        >>> declared_statuses(request)
        frozenset({204})
    """
    return _lookup(request)[1]


def undeclared_status(response: HttpResponseBase, request: HttpRequest | None) -> str | None:
    """What is wrong when the view that answered declares its statuses and this response's
    is not among them, or ``None``: the message of the ``undeclared-status`` finding that
    `check_response` gives. A contract check (the view's return
    type), not a rule of the RFC. ``None`` without a request, for a view that declares
    nothing, and for the statuses its framework answers on its behalf (`declared_statuses`).

    Examples:
        >>> from django.test import RequestFactory
        >>> from django.urls import ResolverMatch
        >>> from django_allresponses import HttpResponseNoContent, HttpResponseNotFound
        >>> def ping(request) -> HttpResponseNoContent: ...
        >>> request = RequestFactory().get("/ping")
        >>> request.resolver_match = ResolverMatch(ping, (), {})
        >>> undeclared_status(HttpResponseNoContent(), request) is None
        True
        >>> print(undeclared_status(HttpResponseNotFound(), request))
        ping answered 404, which it does not declare (it declares 204)
    """
    if request is None:
        return None
    try:
        handler, statuses, own = _lookup(request)
    except Exception:  # check_response never raises: a view it cannot read declares nothing
        return None
    if statuses is None or own is None or response.status_code in statuses:
        return None
    return (
        f"{_owner_name(handler)} answered {response.status_code}, which it does not "
        f"declare (it declares {', '.join(map(str, sorted(own)))})"
    )


UNDECLARED_STATUS: Final = "undeclared-status"
"""The rule of `undeclared_status`, an error: the view broke its own contract. It is
not in `RULES`, which holds the RFC's rules."""

UNDECLARED_REFERENCE: Final = "the view's declared responses: its return type and @responds"
"""The ``reference`` of an ``undeclared-status`` finding: a contract, not an RFC."""
