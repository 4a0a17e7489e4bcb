"""What the command reads of Django: the response classes it rewrites, the parameters each
takes, the status each sends."""

from __future__ import annotations

import functools
import inspect
import re
from typing import Any, Final

PACKAGE: Final = "django_allresponses"
DJANGO_MODULES: Final = ("django.http", "django.http.response")
"""The modules Django's response classes are imported from."""
DJANGO_CLASSES: Final = (
    "HttpResponse",
    "JsonResponse",
    "HttpResponseRedirect",
    "HttpResponsePermanentRedirect",
    "HttpResponseNotModified",
    "HttpResponseBadRequest",
    "HttpResponseNotFound",
    "HttpResponseForbidden",
    "HttpResponseNotAllowed",
    "HttpResponseGone",
    "HttpResponseServerError",
)
"""Django's response classes the command rewrites; their statuses are read from Django."""

DRF_CONSTANT: Final = re.compile(r"rest_framework\.status\.(?P<name>HTTP_(?P<code>[0-9]{3})_\w+)")
HTTPSTATUS: Final = re.compile(r"http\.HTTPStatus\.(?P<name>\w+)")
EMPTY: Final = ("", b"")


@functools.cache
def django_class(name: str) -> type[Any]:
    """Django's class of that name (one of `DJANGO_CLASSES`)."""
    import django.http

    cls: type[Any] = getattr(django.http, name)
    return cls


@functools.cache
def django_positional(name: str) -> tuple[str, ...]:
    """The names of a Django class's positional parameters, through ``*args`` to
    ``HttpResponse``'s (content, then ``HttpResponseBase``'s)."""
    from django.http import HttpResponse
    from django.http.response import HttpResponseBase

    names: list[str] = []
    for parameter in list(inspect.signature(django_class(name).__init__).parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            names.append(parameter.name)
        elif parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            if django_class(name) is not HttpResponse:
                names.append("content")
            elif "content" not in names:
                names.insert(0, "content")
            base = inspect.signature(HttpResponseBase.__init__).parameters
            names.extend(list(base)[1:])
            break
    if name == "HttpResponse" and names[:1] != ["content"]:
        names.insert(0, "content")
    return tuple(names)


@functools.cache
def django_keywords(name: str) -> frozenset[str]:
    """Every parameter name a Django class takes, positional ones included."""
    from django.http.response import HttpResponseBase

    own = inspect.signature(django_class(name).__init__).parameters
    base = inspect.signature(HttpResponseBase.__init__).parameters
    return frozenset(
        [*django_positional(name), *own, *(list(base)[1:] if name == "JsonResponse" else ())]
    ) - {"self", "args", "kwargs"}


def preserving_status(name: str) -> int:
    """The status a Django redirect class sends with ``preserve_request=True``: its own
    ``status_code_preserve_request`` (307 or 308), whatever ``status=`` says, as Django's
    ``HttpResponseRedirectBase.__init__`` sets it after the status."""
    code: int = getattr(django_class(name), "status_code_preserve_request", 0)
    return code


@functools.cache
def drf_status_names() -> frozenset[str] | None:
    """The ``HTTP_*`` names Django REST framework's ``status`` module defines, or ``None``
    when it is not installed (a name then cannot be told from a typo)."""
    try:
        from rest_framework import status
    except ImportError:
        return None
    return frozenset(name for name in vars(status) if name.startswith("HTTP_"))


def argument_example(name: str) -> object:
    """A valid value of the header argument ``name``: its header unit's own example, as
    `django_allresponses.tools.examples.ARGUMENT_EXAMPLES` has it (``{}`` for another
    argument), read without the examples module, which loads pydantic."""
    from ...headers.units import ARGUMENT_UNITS

    unit = ARGUMENT_UNITS.get(name)
    return {} if unit is None else unit.example


def ensure_settings() -> None:
    """Configure Django's settings with the defaults when nothing configured them."""
    from django.conf import settings

    if not settings.configured:
        settings.configure()
