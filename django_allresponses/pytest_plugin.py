"""A pytest plugin that checks every response Django's test client returns.

Off by default. Turn it on for a run with ``--allresponses-checks``, or for
good in the pytest configuration::

    [tool.pytest.ini_options]
    allresponses_checks = true

Every response a view (and the middleware) hands to Django's ``Client`` or
``AsyncClient`` then goes through
:func:`~django_allresponses.check_response`, before the test client
empties 1xx, 204, 304 and ``HEAD`` content as servers do. A test whose body
received a response with an error fails, listing the findings (responses
made in fixtures are listed in the summary only); warnings are
listed in the run's summary, and fail the test too with
``--allresponses-checks-warnings`` (``allresponses_checks_warnings = true``).
The summary at the end of the run names every non-conforming response with
its test, request, status and rules.

The plugin is registered under the ``pytest11`` entry point as
``django_allresponses``; ``-p no:django_allresponses`` removes it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from django.http import HttpRequest
    from django.http.response import HttpResponseBase

    from .checks.conformance import Finding


@dataclass(frozen=True, slots=True)
class Checked:
    """One non-conforming response: the test, the request, the status and the findings.

    Example::

        >>> from django_allresponses.checks.conformance import Finding
        >>> finding = Finding("error", "missing-allow", "no Allow", "RFC 9110, Section 15.5.6")
        >>> checked = Checked("test_x.py::test_a", "GET /items/", "405 Not Allowed", (finding,))
        >>> print(checked)
        test_x.py::test_a: GET /items/ -> 405 Not Allowed
          error missing-allow: no Allow (RFC 9110, Section 15.5.6)
    """

    nodeid: str
    request: str
    status: str
    findings: tuple[Finding, ...]

    def __str__(self) -> str:
        lines = [f"{self.nodeid}: {self.request} -> {self.status}"]
        lines.extend(f"  {finding}" for finding in self.findings)
        return "\n".join(lines)


def pytest_addoption(parser: pytest.Parser) -> None:
    """The command-line options and ini settings that turn the checks on."""
    group = parser.getgroup("django_allresponses", "django-allresponses response checks")
    group.addoption(
        "--allresponses-checks",
        action="store_true",
        default=None,
        help="check every response Django's test client returns; errors fail the test",
    )
    group.addoption(
        "--allresponses-checks-warnings",
        action="store_true",
        default=None,
        help="with --allresponses-checks, warnings fail the test too",
    )
    parser.addini(
        "allresponses_checks",
        type="bool",
        default=False,
        help="check every response Django's test client returns (django-allresponses)",
    )
    parser.addini(
        "allresponses_checks_warnings",
        type="bool",
        default=False,
        help="with allresponses_checks, warnings fail the test too",
    )


def _setting(config: pytest.Config, name: str) -> bool:
    option = config.getoption(name)  # the dest of --allresponses-checks(-warnings)
    return bool(config.getini(name)) if option is None else bool(option)


def pytest_configure(config: pytest.Config) -> None:
    """Register the response audit when the checks are turned on."""
    if _setting(config, "allresponses_checks"):
        audit = ResponseAudit(warnings_fail=_setting(config, "allresponses_checks_warnings"))
        config.pluginmanager.register(audit, "django_allresponses_audit")


class ResponseAudit:
    """Checks the responses of Django's test client while the plugin is registered.

    It wraps ``django.test.client.conditional_content_removal``, which both
    ``Client`` and ``AsyncClient`` call with the request and the finished
    response, before emptying the content a server would not send.
    """

    def __init__(self, *, warnings_fail: bool) -> None:
        self.warnings_fail = warnings_fail
        self.checked: int = 0
        self.found: list[Checked] = []
        self._nodeid = "(outside a test)"
        self._failing: list[Checked] = []
        self._original: Callable[..., Any] | None = None

    def pytest_sessionstart(self) -> None:
        """Start checking the test client's responses."""
        from django.test import client

        original = client.conditional_content_removal
        self._original = original

        def checked_then_removed(request: HttpRequest, response: HttpResponseBase) -> Any:
            self.record(request, response)
            return original(request, response)

        client.conditional_content_removal = checked_then_removed

    def pytest_unconfigure(self) -> None:
        """Put Django's own function back."""
        if self._original is not None:
            from django.test import client

            client.conditional_content_removal = self._original
            self._original = None

    def record(self, request: HttpRequest, response: HttpResponseBase) -> None:
        """Check one response of the test client."""
        from .checks.conformance import check_response

        self.checked += 1
        findings = check_response(response, request)
        if not findings:
            return
        checked = Checked(
            self._nodeid,
            f"{request.method} {request.get_full_path()}",
            f"{response.status_code} {response.reason_phrase}",
            tuple(findings),
        )
        self.found.append(checked)
        if any(self._fails(finding) for finding in findings):
            self._failing.append(checked)

    def _fails(self, finding: Finding) -> bool:
        return finding.severity == "error" or self.warnings_fail

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        """Name the test the responses belong to."""
        self._nodeid = item.nodeid
        try:
            return (yield)
        finally:
            self._nodeid = "(outside a test)"

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        """Fail a test that received a response with an error (or a warning, if asked)."""
        self._failing = []
        result = yield
        if self._failing:
            failing, self._failing = self._failing, []
            shown = "\n".join(
                str(
                    Checked(
                        checked.nodeid,
                        checked.request,
                        checked.status,
                        tuple(finding for finding in checked.findings if self._fails(finding)),
                    )
                )
                for checked in failing
            )
            pytest.fail(f"non-conforming responses (django-allresponses):\n{shown}", pytrace=False)
        return result

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """List every non-conforming response of the run."""
        terminalreporter.section("django-allresponses response checks")
        for checked in self.found:
            terminalreporter.line(str(checked))
        errors = sum(
            1
            for checked in self.found
            for finding in checked.findings
            if finding.severity == "error"
        )
        warnings = sum(len(checked.findings) for checked in self.found) - errors
        terminalreporter.line(
            f"{self.checked} responses checked, {len(self.found)} non-conforming "
            f"({errors} errors, {warnings} warnings)"
        )
