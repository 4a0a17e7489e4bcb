"""drf-spectacular: an ``AutoSchema`` that publishes each view's declared responses.

Name it in the settings, by the path of `django_allresponses.contrib.drf` (which
imports this module only when the name is used, so that it imports without
drf-spectacular):

    REST_FRAMEWORK = {
        "DEFAULT_SCHEMA_CLASS": "django_allresponses.contrib.drf.AutoSchema",
    }

An ``APIView`` method, a viewset action or an ``@api_view`` function whose return
annotation names classes of this library (and the classes it adds with
`responds`) is documented by
`openapi_responses`, its models registered as
components, with the statuses DRF answers on its behalf
(`django_allresponses.contrib.drf.framework_responses`: 406, 400 and 415 for a body,
401/403 with authentication or permissions, 429 with throttles) where the view does not
name them. Where DRF's own serializer-based responses are declared (a
``serializer_class``, or ``@extend_schema(responses=...)``), they are kept and the
declared statuses are added beside them; for a status both name, DRF's content is kept
and the declared headers and media types are added to it. A view that declares nothing is
documented as drf-spectacular documents it.

Requires ``drf-spectacular`` (the ``spectacular`` extra).
"""

from __future__ import annotations

import re
from typing import Any, cast

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.settings import spectacular_settings
from rest_framework.generics import GenericAPIView
from rest_framework.views import APIView

from ..openapi import (
    beside,
    declared_openapi,
    declared_responses,
    merge_responses,
    openapi_responses,
)
from .frameworks import drf_responses


class DeclaredModel:
    """The identity of a component that a declared response added to drf-spectacular's
    registry: a serializer's component never takes its name (see
    ``AutoSchema._get_serializer_name``).

    Examples:
        >>> isinstance(DeclaredModel(), DeclaredModel)
        True
    """


class AutoSchema(SpectacularAutoSchema):
    """drf-spectacular's ``AutoSchema``, reading responses from the views' return types.

    Examples:
        >>> from rest_framework.views import APIView
        >>> from django_allresponses import HttpResponseNoContent
        >>> class Ping(APIView):
        ...     schema = AutoSchema()
        ...     def delete(self, request) -> HttpResponseNoContent: ...
        >>> schema = Ping.schema
        >>> schema.view, schema.method = Ping(), "DELETE"
        >>> schema.declared_handler().__name__
        'delete'
    """

    def declared_handler(self) -> Any:
        """The method (or ``@api_view`` function) that answers this operation."""
        view: Any = self.view
        action = getattr(view, "action", None)
        name = action if isinstance(action, str) else str(self.method).lower()
        return getattr(view, name, None)

    def _get_response_bodies(self, direction: Any = "response") -> Any:
        own_bodies = super()._get_response_bodies  # pyright: ignore[reportUnknownMemberType]
        handler = self.declared_handler()
        if direction != "response" or handler is None or declared_responses(handler) is None:
            return own_bodies(direction)
        registry: Any = self.registry
        known: dict[str, Any] = {
            component.name: component.schema
            for component in registry._components.values()
            if component.type == ResolvedComponent.SCHEMA and component.schema is not None
        }
        components = dict(known)
        version = str(spectacular_settings.OAS_VERSION)
        declared = openapi_responses(handler, schemas=components, openapi=version)
        view: APIView = self.view
        framework = drf_responses(type(view), str(self.method))
        owner = getattr(handler, "__qualname__", str(handler))
        declared = beside(
            declared,
            declared_openapi(framework, owner=owner, schemas=components, openapi=version),
        )
        for name, schema in components.items():
            if name in known:
                continue
            component: Any = ResolvedComponent(  # type: ignore[no-untyped-call]
                name=name, type=ResolvedComponent.SCHEMA, object=DeclaredModel(), schema=schema
            )
            registry.register_on_missing(component)
        if not self._serializer_responses():
            return declared
        return merge_responses(own_bodies(direction), declared)

    def _get_serializer_name(
        self, serializer: Any, direction: Any, bypass_extensions: bool = False
    ) -> str:
        """drf-spectacular's name of ``serializer``'s component; its module and qualified name
        (``shop.serializers.ItemSerializer``) where a declared model holds that name."""
        found: Any = super()._get_serializer_name  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        name = str(found(serializer, direction, bypass_extensions))
        registry: Any = self.registry
        holder: Any = registry._components.get((name, ResolvedComponent.SCHEMA))
        if holder is None or not isinstance(holder.object, DeclaredModel):
            return name
        kind: Any = serializer if isinstance(serializer, type) else type(serializer)
        return re.sub(r"[^A-Za-z0-9._-]", "_", f"{kind.__module__}.{kind.__qualname__}")

    def _serializer_responses(self) -> bool:
        """Whether DRF's own responses are declared: ``@extend_schema(responses=...)``, or a
        serializer on the view."""
        own: Any = self.get_response_serializers  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        return own() is not None

    def _get_serializer(self) -> Any:
        """drf-spectacular's guess of the view's serializer; ``None`` without a word for a
        view that has none and declares its responses (drf-spectacular would report it)."""
        if not _has_serializer(self.view):
            handler = self.declared_handler()
            if handler is not None and declared_responses(handler) is not None:
                return None
        guess: Any = super()._get_serializer  # pyright: ignore[reportUnknownMemberType]
        return guess()


def _has_serializer(view: Any) -> bool:
    generic: Any = GenericAPIView
    if isinstance(view, generic):
        kind: Any = type(cast(object, view))
        return bool(
            getattr(view, "serializer_class", None) is not None
            or kind.get_serializer_class is not generic.get_serializer_class
            or kind.get_serializer is not generic.get_serializer
        )
    return any(
        getattr(view, name, None) is not None
        for name in ("get_serializer", "get_serializer_class", "serializer_class")
    )
