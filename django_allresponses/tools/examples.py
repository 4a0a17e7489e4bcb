"""Representative valid arguments for every class, derived from their signatures.

The playground, the catalogue and the wire tests build every response from
here. Values are kept per *argument*, not per status: each class gets the
example of every header argument its constructor takes.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any, Final

from django.http import HttpResponseBase

from ..headers.units import ARGUMENT_UNITS
from ..responses.lookup import response_class
from ..responses.problems import ProblemDetails

ARGUMENT_EXAMPLES: Final[Mapping[str, object]] = {
    name: unit.example for name, unit in ARGUMENT_UNITS.items()
}
"""One representative valid value for each header argument of the library: each header
unit's own `example`."""

PARTIAL_BODY: Final = b"0123456789"


def header_arguments(cls: type[HttpResponseBase]) -> dict[str, bool]:
    """The header arguments ``cls`` takes, each mapped to whether it is required.

    Examples:
        >>> from django_allresponses import HttpResponseCreated
        >>> header_arguments(HttpResponseCreated)
        {'location': True, 'content_location': False}
    """
    parameters = inspect.signature(cls.__init__).parameters
    return {
        name: parameter.default is inspect.Parameter.empty
        for name, parameter in parameters.items()
        if name in ARGUMENT_EXAMPLES
    }


def example_arguments(code: int, *, json: bool = False) -> dict[str, Any]:
    """Keyword arguments that build the class of ``code`` with every header argument set.

    Examples:
        >>> example_arguments(405)
        {'permitted_methods': ['GET', 'HEAD'], 'content': 'Method Not Allowed'}
    """
    cls = response_class(code, json=json)
    facts = cls.facts
    arguments: dict[str, Any] = {name: ARGUMENT_EXAMPLES[name] for name in header_arguments(cls)}
    if not facts.allows_content:
        return arguments
    if json:
        arguments["data"] = (
            ProblemDetails(detail=f"An example {code} problem.")
            if code >= 400
            else {"status": code, "phrase": facts.phrase}
        )
        if code == 206:
            arguments.update(data="01234567", safe=False)
    else:
        arguments["content"] = PARTIAL_BODY if code == 206 else facts.phrase
    return arguments


def build(code: int, *, json: bool = False) -> HttpResponseBase:
    """Build the class of ``code`` (or its JSON twin) with `example_arguments`.

    Examples:
        >>> build(429)["Retry-After"]
        '120'
    """
    return response_class(code, json=json)(**example_arguments(code, json=json))
