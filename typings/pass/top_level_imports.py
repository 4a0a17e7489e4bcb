"""Every public name imports from the package top, the lazily loaded ones included, with
its type for every checker."""

from collections.abc import Mapping
from typing import assert_type

from django_allresponses import (
    RULES,
    HttpResponseForbidden,
    ImmediateResponse,
    ImmediateResponseMiddleware,
    ProblemDetailsMiddleware,
    abort,
)
from django_allresponses.checks.conformance import RULES as CONFORMANCE_RULES
from django_allresponses.checks.conformance import Rule
from django_allresponses.immediate.abort import ImmediateResponse as CarriedResponse
from django_allresponses.immediate.abort import abort as abort_in_module
from django_allresponses.immediate.middleware import (
    ImmediateResponseMiddleware as InModuleImmediate,
)
from django_allresponses.immediate.middleware import (
    ProblemDetailsMiddleware as InModuleProblemDetails,
)

assert ImmediateResponse is CarriedResponse
assert abort is abort_in_module
assert ImmediateResponseMiddleware is InModuleImmediate
assert ProblemDetailsMiddleware is InModuleProblemDetails
assert RULES is CONFORMANCE_RULES
assert_type(RULES, Mapping[str, Rule])
carried = ImmediateResponse(HttpResponseForbidden())
assert_type(carried.response.status_code, int)  # without-stubs[assert-type]


def forbidden() -> None:
    abort(403, "Not yours.")
