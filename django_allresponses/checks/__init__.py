"""Conformance checks for any Django response, and the middleware and system checks that run them.

`check_response` returns `Finding` objects for any response;
`assert_conforms` and `ResponseConformanceMixin` fail a test on
an error; `RULES` lists every rule with its RFC reference; `ignore` silences rules
for a view.
"""

from .applied import ResponseConformanceMixin, assert_conforms, check_response
from .rules import RULES, Finding, Rule, Severity, conformance_report
from .silencing import ignore

__all__ = [
    "RULES",
    "Finding",
    "ResponseConformanceMixin",
    "Rule",
    "Severity",
    "assert_conforms",
    "check_response",
    "conformance_report",
    "ignore",
]
