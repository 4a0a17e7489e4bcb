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
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, Union, get_args, get_origin

from .errors import ResponseValidationError
from .responses.base import StatusResponseMixin
from .responses.json import StatusJsonResponse
from .rfc.statuses import STATUSES

if TYPE_CHECKING:
    from django.http import HttpRequest
    from django.http.response import HttpResponseBase
    from pydantic.json_schema import JsonSchemaMode


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


# --- Reading a declaration ------------------------------------------------------------------


def _owner_name(view: object) -> str:
    return getattr(view, "__qualname__", None) or getattr(view, "__name__", None) or repr(view)


def _status_class(member: object) -> Declared | None:
    """The class of this library a member of a return annotation names, with its data type;
    ``None`` for anything else (``HttpResponse``, DRF's ``Response``, the abstract bases)."""
    origin, data = get_origin(member), object
    if origin is not None and isinstance(origin, type):
        arguments = get_args(member)
        member, data = origin, (arguments[0] if arguments else object)
    if not isinstance(member, type) or not issubclass(member, StatusResponseMixin):
        return None
    if getattr(member, "facts", None) is None:
        return None
    return member, (data if issubclass(member, StatusJsonResponse) else None)


def _members(annotation: object) -> tuple[object, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


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
    return tuple(dict.fromkeys(found)) if declared else None


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


def responds(*classes: type[HttpResponseBase]) -> Callable[[F], F]:
    """Add statuses to a view's declaration: those it raises with
    `abort`, which its return type cannot show.

    Each argument is a class of this library, a JSON twin with its data type
    (``JsonResponseNotFound[ProblemDetails]``) or not. The view itself is returned.

    Examples:
        >>> from django_allresponses import HttpResponseNoContent, JsonResponseConflict
        >>> @responds(JsonResponseConflict[dict[str, str]])
        ... def delete(request) -> HttpResponseNoContent: ...
        >>> sorted(openapi_responses(delete))
        ['204', '409']
    """
    declared: list[Declared] = []
    for given in classes:
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
    owner: str, data_types: list[object], schemas: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The JSON schemas (serialization mode, as the twins send data) of ``data_types``,
    their components put into ``schemas``."""
    found: list[dict[str, Any]] = []
    for data in data_types:
        try:
            schema, definitions = _json_schema(data)
        except Exception as error:
            raise ResponseValidationError(
                f"{owner}: no JSON schema for the data of its declared responses: {error}",
                argument="return",
            ) from error
        for name, component in definitions.items():
            if schemas is None:
                continue
            known = schemas.setdefault(name, copy.deepcopy(component))
            if known != component:
                raise ResponseValidationError(
                    f"{owner}: two different schemas are named {name!r}; give one of the "
                    "models another name (pydantic's model_config title, or the class name)",
                    argument="return",
                )
        found.append(copy.deepcopy(schema))
    return found


def _json_schema(data: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The schema of ``data`` and the components it names, once per type (a document's
    build reads ``ProblemDetails`` on most views); unhashable annotations each time."""
    try:
        return _cached_json_schema(data)
    except TypeError:
        return _cached_json_schema.__wrapped__(data)


@functools.lru_cache(maxsize=1024)
def _cached_json_schema(data: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    from pydantic import TypeAdapter

    mode: JsonSchemaMode = "serialization"
    found, definitions = TypeAdapter.json_schemas(
        [(0, mode, TypeAdapter(data))], ref_template=REF_TEMPLATE
    )
    return found[(0, mode)], definitions.get("$defs", {})


def openapi_responses(
    view: Callable[..., object], *, schemas: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The OpenAPI 3.1 ``responses`` object of ``view``, read from its declaration.

    For each status: the reason phrase as ``description``, the headers its class sends
    (with their schemas), and for a JSON twin its media type (``application/json``, or
    ``application/problem+json`` for `ProblemDetails`) with
    the JSON schema of its data, from pydantic. Models are ``$ref``\\ s to
    ``#/components/schemas/<Model>``; pass a dict as ``schemas`` to collect those
    components (the ``components/schemas`` of the document). Two classes of one status
    give the schemas of both (``anyOf``). A view that declares nothing, or an annotation
    that allows ``None``, is a `ResponseValidationError`.

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
        >>> responses["303"]["description"], sorted(responses["303"]["headers"])
        ('See Other', ['Location', 'Retry-After'])
    """
    owner = _owner_name(view)
    declared = declared_responses(view)
    if declared is None:
        raise ResponseValidationError(
            f"openapi_responses: {owner} declares no responses; annotate its return type "
            "with classes of this library (JsonResponseOK[Item] | HttpResponseNotFound), "
            "or add them with @responds(...)",
            response_class=owner,
            argument="view",
        )
    by_status: dict[int, list[Declared]] = {}
    for cls, data in declared:
        by_status.setdefault(cls.facts.code, []).append((cls, data))
    data_types = [data for _cls, data in declared if data is not None]
    found = iter(_schemas_of(owner, list(dict.fromkeys(data_types)), schemas))
    schema_of = dict(zip(dict.fromkeys(data_types), found, strict=False))
    responses: dict[str, Any] = {}
    for code in sorted(by_status):
        response: dict[str, Any] = {"description": STATUSES[code].phrase}
        headers: dict[str, Any] = {}
        content: dict[str, list[dict[str, Any]]] = {}
        for cls, data in by_status[code]:
            for name, header in _headers(cls).items():
                headers.setdefault(name, header)
            if data is not None:
                media_type = PROBLEM_MEDIA_TYPE if _is_problem(data) else JSON_MEDIA_TYPE
                content.setdefault(media_type, []).append(schema_of[data])
        if headers:
            response["headers"] = headers
        if content:
            response["content"] = {
                media_type: {"schema": found[0] if len(found) == 1 else {"anyOf": found}}
                for media_type, found in content.items()
            }
        responses[str(code)] = response
    return responses


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
    owner = getattr(func, "__self__", None)
    if owner is None and inspect.isfunction(func) and "get_view.<locals>" in func.__qualname__:
        owner = inspect.getclosurevars(func).nonlocals.get("self")  # ninja's PathView
    operations = getattr(owner, "operations", None)
    if isinstance(operations, list):
        for operation in typing.cast(list[object], operations):
            if method in getattr(operation, "methods", ()):
                return getattr(operation, "view_func", None)
        return None
    return func


@functools.lru_cache(maxsize=2048)
def _declared(func: object, method: str) -> tuple[object, frozenset[int] | None]:
    """The handler of ``method`` for the view ``func``, and the statuses it declares."""
    handler = _handler(func, method)
    if handler is None:
        return None, None
    try:
        declared = declared_responses(typing.cast(Callable[..., object], handler))
    except ResponseValidationError:
        return handler, None  # a declaration the schema refuses is reported there
    statuses = None if declared is None else frozenset(cls.facts.code for cls, _ in declared)
    return handler, statuses


def _lookup(request: HttpRequest) -> tuple[object, frozenset[int] | None]:
    func = getattr(getattr(request, "resolver_match", None), "func", None)
    if func is None:
        return None, None
    method = request.method or "GET"
    try:
        return _declared(func, method)
    except TypeError:  # an unhashable view
        return _declared.__wrapped__(func, method)


def declared_statuses(request: HttpRequest) -> frozenset[int] | None:
    """The statuses the view that answered ``request`` declares; ``None`` if it declares
    none (or no view is known), so that any status is its own.

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
    type), not a rule of the RFC. ``None`` without a request, or for a view that declares
    nothing.

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
        handler, statuses = _lookup(request)
    except Exception:  # check_response never raises: a view it cannot read declares nothing
        return None
    if statuses is None or response.status_code in statuses:
        return None
    return (
        f"{_owner_name(handler)} answered {response.status_code}, which it does not "
        f"declare (it declares {', '.join(map(str, sorted(statuses)))})"
    )


UNDECLARED_STATUS: Final = "undeclared-status"
"""The rule of `undeclared_status`, an error: the view broke its own contract. It is
not in `RULES`, which holds the RFC's rules."""

UNDECLARED_REFERENCE: Final = "the view's declared responses: its return type and @responds"
"""The ``reference`` of an ``undeclared-status`` finding: a contract, not an RFC."""
