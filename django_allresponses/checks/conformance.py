"""Conformance checks for any Django response, built with this library or not: the names
earlier releases defined here.

The rules live in `django_allresponses.checks.rules` (the catalogue, and what each rule
reads) and the fast path that applies them in `django_allresponses.checks.engine`; this
module gives their names under the path they had.

Examples:
    >>> from django_allresponses.checks.conformance import RULES, Finding
    >>> RULES["missing-allow"].severity
    'error'
"""

from __future__ import annotations

from .engine import (
    ENGINE,
    Engine,
    Kind,
    Snapshot,
    check_changes,
    check_content,
    check_within,
    is_clean,
    snapshot,
)
from .rules import (
    CATALOGUE,
    JSON_LIMIT,
    RULES,
    Catalogue,
    Check,
    Finding,
    Rule,
    Scope,
    Severity,
    conformance_report,
)

__all__ = [
    "CATALOGUE",
    "ENGINE",
    "JSON_LIMIT",
    "RULES",
    "Catalogue",
    "Check",
    "Engine",
    "Finding",
    "Kind",
    "Rule",
    "Scope",
    "Severity",
    "Snapshot",
    "check_changes",
    "check_content",
    "check_within",
    "conformance_report",
    "is_clean",
    "snapshot",
]
