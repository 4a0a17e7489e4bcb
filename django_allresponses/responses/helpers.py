"""Small helpers that set a checked header on any response."""

from __future__ import annotations

from typing import TypeVar

from django.http import HttpResponseBase

from ..headers.units import CONTENT_LOCATION
from ..headers.values import StrOrPromise

R = TypeVar("R", bound=HttpResponseBase)


def set_content_location(response: R, uri: StrOrPromise) -> R:
    """Set the ``Content-Location`` header on a response, and return the response.

    Use with 200, 201, 206, or 304 when the body corresponds to a specific
    resource URI (e.g. after content negotiation). ``uri`` is checked as a URI
    reference, as the ``content_location`` arguments are.

    Examples:
        >>> from django_allresponses import HttpResponseOK
        >>> set_content_location(HttpResponseOK("hello"), "/greetings/en")["Content-Location"]
        '/greetings/en'
    """
    response[CONTENT_LOCATION.header] = CONTENT_LOCATION.value_for(type(response), uri)
    return response
