"""django-ninja: declared responses in ``api.get_openapi_schema()``.

`django_allresponses.contrib.ninja.register` calls `document_declared`. Each
operation whose view declares its responses (a return annotation naming classes of this
library, and `responds`) is documented by
`openapi_responses`, its models added to
``components/schemas``. An operation without ``response=`` gets the declared responses in
place of ninja's default ``200``; one with ``response=`` keeps ninja's and gets the declared
statuses beside them (for a status both name, ninja's content is kept and the declared
headers and media types are added). The statuses ninja answers on the view's behalf
(`framework_responses`: 422 for invalid input, 401 with ``auth=``) are added where the
view does not name them. A declared model that has the name of another component
(ninja's own ``Schema`` of that name, say) is named by its module and qualified name
(``shop.b.Item``). The document is OpenAPI 3.1, as ninja writes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from ninja import NinjaAPI
from ninja.constants import NOT_SET
from ninja.schema import NinjaGenerateJsonSchema

from ..openapi import (
    beside,
    declared_openapi,
    declared_responses,
    merge_responses,
    openapi_responses,
)
from .frameworks import ninja_responses


def _operations(api: NinjaAPI) -> Iterator[Any]:
    bound: Any = getattr(api, "_get_bound_routers", None)
    routers: list[Any] = (
        list(bound()) if bound is not None else [router for _prefix, router in api._routers]  # pyright: ignore[reportPrivateUsage]
    )
    for router in routers:
        for path_view in router.path_operations.values():
            yield from path_view.operations


framework_responses = ninja_responses
"""The statuses django-ninja answers on an operation's behalf, as declared responses
(`django_allresponses.contrib.frameworks.ninja_responses`)."""


def declared_paths(api: NinjaAPI, schema: dict[str, Any]) -> None:
    """Put the declared responses of ``api``'s operations into its OpenAPI ``schema``.

    Examples:
        >>> from ninja import NinjaAPI
        >>> from django_allresponses import HttpResponseNoContent
        >>> api = NinjaAPI(urls_namespace="declared-paths-example")
        >>> @api.delete("/items/{pk}")
        ... def delete_item(request, pk: int) -> HttpResponseNoContent: ...
        >>> schema = {"paths": {"/items/{pk}": {"delete": {
        ...     "operationId": api.get_openapi_operation_id(
        ...         next(iter(api.default_router.path_operations.values())).operations[0]
        ...     ),
        ...     "responses": {200: {"description": "OK"}},
        ... }}}}
        >>> declared_paths(api, schema)
        >>> sorted(schema["paths"]["/items/{pk}"]["delete"]["responses"])  # 422: ninja's, for pk
        ['204', '422']
    """
    declared: dict[str, tuple[Any, bool, Any]] = {}
    for operation in _operations(api):
        view = operation.view_func
        if declared_responses(view) is None:
            continue
        key: str = operation.operation_id or api.get_openapi_operation_id(operation)
        models: dict[Any, Any] = operation.response_models
        own = any(model is not None and model is not NOT_SET for model in models.values())
        declared[key] = (view, own, operation)
    if not declared:
        return
    schemas: dict[str, Any] = schema.setdefault("components", {}).setdefault("schemas", {})
    components = dict(schemas)  # ninja's own: a declared model of one of their names is renamed
    paths: dict[str, dict[str, Any]] = schema.get("paths", {})
    version = str(schema.get("openapi", "3.1.0"))
    for methods in paths.values():
        for entry in methods.values():
            details: dict[str, Any] = (
                cast(dict[str, Any], entry) if isinstance(entry, dict) else {}
            )
            operation_id: object = details.get("operationId")
            found = declared.get(operation_id) if isinstance(operation_id, str) else None
            if found is None:
                continue
            view, own, operation = found
            responses = openapi_responses(
                view, schemas=components, openapi=version, schema_generator=NinjaGenerateJsonSchema
            )
            framework = declared_openapi(
                framework_responses(operation),
                owner=view.__qualname__,
                schemas=components,
                openapi=version,
                schema_generator=NinjaGenerateJsonSchema,
            )
            responses = beside(responses, framework)
            details["responses"] = (
                merge_responses(details["responses"], responses) if own else responses
            )
    for name, component in components.items():
        schemas.setdefault(name, component)


def document_declared(api: NinjaAPI) -> None:
    """Make ``api.get_openapi_schema()`` (and so ninja's docs page) publish the declared
    responses of its operations: see `declared_paths`.

    Examples:
        >>> from ninja import NinjaAPI
        >>> api = NinjaAPI(urls_namespace="document-declared-example")
        >>> document_declared(api)
        >>> api.get_openapi_schema.__name__
        'get_openapi_schema'
    """
    build = api.get_openapi_schema
    if getattr(build, "declared_responses", False):
        return

    def get_openapi_schema(
        *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = build(path_prefix=path_prefix, path_params=path_params)
        declared_paths(api, schema)
        return schema

    get_openapi_schema.declared_responses = True  # type: ignore[attr-defined]
    api.get_openapi_schema = get_openapi_schema  # type: ignore[method-assign]
