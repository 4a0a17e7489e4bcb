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
components. Where DRF's own serializer-based responses are declared (a
``serializer_class``, or ``@extend_schema(responses=...)``), they are kept and the
declared statuses are added beside them; for a status both name, DRF's content is kept
and the declared headers and media types are added to it. A view that declares nothing is
documented as drf-spectacular documents it.

Requires ``drf-spectacular`` (the ``spectacular`` extra).
"""

from __future__ import annotations

from typing import Any, cast

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework.generics import GenericAPIView

from ..openapi import declared_responses, merge_responses, openapi_responses


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
        components: dict[str, Any] = {}
        declared = openapi_responses(handler, schemas=components)
        for name, schema in components.items():
            component: Any = ResolvedComponent(  # type: ignore[no-untyped-call]
                name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema
            )
            self.registry.register_on_missing(component)  # pyright: ignore[reportUnknownMemberType]
        if not self._serializer_responses():
            return declared
        return merge_responses(own_bodies(direction), declared)

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
