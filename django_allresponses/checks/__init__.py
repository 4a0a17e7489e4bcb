"""Conformance checks for any Django response, and the middleware and system checks that run them.

:func:`check_response` returns :class:`Finding` objects for any response;
:func:`assert_conforms` and :class:`ResponseConformanceMixin` fail a test on
an error; :data:`RULES` lists every rule with its RFC reference.
"""

from .conformance import (
    RULES,
    Finding,
    ResponseConformanceMixin,
    Rule,
    Severity,
    assert_conforms,
    check_response,
    conformance_report,
)

__all__ = [
    "RULES",
    "Finding",
    "ResponseConformanceMixin",
    "Rule",
    "Severity",
    "assert_conforms",
    "check_response",
    "conformance_report",
]
