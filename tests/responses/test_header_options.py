"""``HeaderOptions`` (what a class looked up with a code that is not a literal takes) is
written out for type checkers; it agrees with the header units and with every class."""

from __future__ import annotations

import inspect

from django_allresponses.headers.units import ARGUMENT_UNITS
from django_allresponses.responses.base import AnyContentOptions, HeaderOptions, StatusResponse
from django_allresponses.responses.json import StatusJsonResponse


def _classes() -> list[type]:
    return [*StatusResponse.registry.values(), *StatusJsonResponse.registry.values()]


def test_header_options_name_every_header_argument_of_the_units() -> None:
    # 103's links has no JSON twin: it is among the keywords of the HttpResponse… classes.
    assert set(HeaderOptions.__annotations__) == set(ARGUMENT_UNITS) - {"links"}
    assert set(ARGUMENT_UNITS) <= set(AnyContentOptions.__annotations__)


def test_each_class_takes_its_units_arguments_with_the_options_types() -> None:
    options = {**AnyContentOptions.__annotations__, **HeaderOptions.__annotations__}
    seen: set[str] = set()
    for cls in _classes():
        parameters = inspect.signature(cls).parameters
        for unit in cls.takes:
            parameter = parameters[unit.argument]
            hint = str(parameter.annotation)
            assert options[unit.argument] in (hint, f"{hint} | None"), (cls, unit.argument)
            assert (parameter.default is inspect.Parameter.empty) == unit.required, (
                cls,
                unit.argument,
            )
            seen.add(unit.argument)
    assert seen == set(ARGUMENT_UNITS)
