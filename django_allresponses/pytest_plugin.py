"""A pytest plugin that checks every response Django's test client returns.

Off by default. Turn it on for a run with ``--allresponses-checks`` (or
``--allresponses-checks=fail``), or for good in the pytest configuration:

    [tool.pytest.ini_options]
    allresponses_checks = true

``--allresponses-checks=report`` (``allresponses_checks = report``) fails no test: the
run ends with a table of the findings by rule (severity, count, the first views and
tests), for a suite that adopts the checks step by step.

Every response a test receives then goes through
`check_response`, once:

* what Django's request handler returns, after every middleware, to
  ``Client``, ``AsyncClient`` and the clients built on them (Django REST
  framework's ``APIClient``), before the test client empties 1xx, 204, 304
  and ``HEAD`` content as servers do; and to Django REST framework's
  ``RequestsClient`` and live servers;
* what a Django REST framework view returns when a test calls it directly
  with a request of ``APIRequestFactory``: checked when the test renders it,
  or, if it never does, its head only at the end of the test;
* what a django-ninja view returns to ninja's ``TestClient`` and
  ``TestAsyncClient``.

Django REST framework and django-ninja are never imported by the plugin: it
wraps their classes when the test run imports them, if it does. A test whose body
received a response with an error fails, listing the findings (responses
made in fixtures are listed in the summary only); warnings are
listed in the run's summary, and fail the test too with
``--allresponses-checks-warnings`` (``allresponses_checks_warnings = true``).
The summary at the end of the run names every non-conforming response with
its test, request, status and rules, and counts the findings silenced (the
``allresponses_ignore(*rules)`` marker on a test, ``ALLRESPONSES_CHECKS_IGNORE``,
the views' `django_allresponses.checks.ignore`). Each finding is shown once in a
failing test's report: the middleware's log of the same finding is left out.

The plugin is registered under the ``pytest11`` entry point as
``django_allresponses``; ``-p no:django_allresponses`` removes it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
import weakref
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from django.http import HttpRequest
    from django.http.response import HttpResponseBase

    from .checks.rules import Finding


@dataclass(frozen=True, slots=True)
class Checked:
    """One non-conforming response: the test, the request, the status and the findings.

    Examples:
        >>> from django_allresponses.checks.rules import Finding
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
    # One option string per value, so that ``--allresponses-checks tests/`` still reads
    # ``tests/`` as a path (argparse tries a whole option string before splitting at "=").
    group.addoption(
        "--allresponses-checks",
        action="store_const",
        const="fail",
        dest="allresponses_checks",
        default=None,
        help="check every response Django's test client returns; errors fail the test",
    )
    group.addoption(
        "--allresponses-checks=fail",
        action="store_const",
        const="fail",
        dest="allresponses_checks",
        default=None,
        help="the same as --allresponses-checks",
    )
    group.addoption(
        "--allresponses-checks=report",
        action="store_const",
        const="report",
        dest="allresponses_checks",
        default=None,
        help="check every response, fail no test, and end the run with a table of the "
        "findings by rule",
    )
    group.addoption(
        "--allresponses-checks-warnings",
        action="store_true",
        default=None,
        help="with --allresponses-checks, warnings fail the test too",
    )
    parser.addini(
        "allresponses_checks",
        type="string",
        default="false",
        help="check every response Django's test client returns (django-allresponses): "
        "true (or fail), report, or false",
    )
    parser.addini(
        "allresponses_checks_warnings",
        type="bool",
        default=False,
        help="with allresponses_checks, warnings fail the test too",
    )


def _setting(config: pytest.Config, name: str) -> bool:
    option = config.getoption(name)  # the dest of --allresponses-checks-warnings
    return bool(config.getini(name)) if option is None else bool(option)


_INI_MODES = {
    "true": "fail", "fail": "fail", "1": "fail", "yes": "fail", "on": "fail",
    "report": "report",
    "false": None, "0": None, "no": None, "off": None, "": None,
}  # fmt: skip


def checks_mode(config: pytest.Config) -> str | None:
    """``"fail"``, ``"report"`` or ``None`` (off): ``--allresponses-checks[=fail|=report]``,
    else the ``allresponses_checks`` ini setting (``true`` or ``fail``, ``report``, ``false``).

    Raises ``pytest.UsageError`` for another ini value.
    """
    option: object = config.getoption("allresponses_checks")
    if isinstance(option, str):
        return option
    value = str(config.getini("allresponses_checks")).strip().lower()
    if value not in _INI_MODES:
        raise pytest.UsageError(
            f"allresponses_checks = {value!r}: give true (or fail), report or false"
        )
    return _INI_MODES[value]


MARKER = "allresponses_ignore"
"""The marker that silences rules for one test: ``@pytest.mark.allresponses_ignore(*rules)``."""


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker; register the response audit when the checks are turned on."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*rules): the django-allresponses response checks ignore these rules "
        "in this test",
    )
    mode = checks_mode(config)
    if mode is not None:
        audit = ResponseAudit(
            warnings_fail=_setting(config, "allresponses_checks_warnings"), report=mode == "report"
        )
        config.pluginmanager.register(audit, "django_allresponses_audit")


def marked_rules(item: pytest.Item) -> frozenset[str]:
    """The rules the ``allresponses_ignore`` markers of ``item`` name (its class's and
    module's included), checked: an unknown one raises ``ValueError``."""
    marks = list(item.iter_markers(MARKER))
    if not marks:
        return frozenset()
    from .checks.silencing import rule_names

    names: set[str] = set()
    for mark in marks:
        named = rule_names(mark.args, f"@pytest.mark.{MARKER}")
        if not named:
            raise ValueError(f"@pytest.mark.{MARKER}(): name the rules to silence")
        names |= named
    return frozenset(names)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fail the setup of a test whose ``allresponses_ignore`` marker names an unknown rule."""
    marked_rules(item)


class ResponseAudit:
    """Checks every response the test clients receive while the plugin is registered.

    It wraps Django's ``BaseHandler.get_response`` and ``get_response_async``, which
    every test client (and live server) calls for the finished response; and, once
    the run imports them, Django REST framework's ``APIView.finalize_response``
    (for views called directly) and django-ninja's test clients.
    """

    def __init__(self, *, warnings_fail: bool, report: bool = False) -> None:
        self.warnings_fail = warnings_fail
        self.report = report
        self.tally: Tally = Tally()
        self.checked: int = 0
        self.found: list[Checked] = []
        self.crashed: list[str] = []
        self.ignored: dict[str, int] = {}
        self._marked: frozenset[str] = frozenset()
        self._nodeid = "(outside a test)"
        self._failing: list[Checked] = []
        self._pending: list[tuple[HttpRequest | None, HttpResponseBase, object]] = []
        self._seen: weakref.WeakSet[HttpResponseBase] = weakref.WeakSet()
        self._undo: list[Callable[[], None]] = []
        self._hook: _AfterImport | None = None
        self._quiet = _NotTwice()

    def pytest_sessionstart(self) -> None:
        """Start checking the responses of the test clients."""
        from django.core.handlers.base import BaseHandler

        audit = self
        sync: Callable[..., Any] = BaseHandler.get_response
        asynchronous: Callable[..., Any] = BaseHandler.get_response_async

        def get_response(handler: Any, request: HttpRequest) -> Any:
            response = sync(handler, request)
            audit.record(request, response)
            return response

        async def get_response_async(handler: Any, request: HttpRequest) -> Any:
            response = await asynchronous(handler, request)
            audit.record(request, response)
            return response

        self._replace(BaseHandler, "get_response", get_response)
        self._replace(BaseHandler, "get_response_async", get_response_async)
        self._hook = _AfterImport(
            {"rest_framework.views": self._wrap_drf, "ninja.testing.client": self._wrap_ninja}
        )
        self._hook.install()
        # The middleware's log of a finding the audit reports too (a second and third copy
        # in a failing test's report: captured log and stderr) is left out.
        logging.getLogger("django_allresponses").addFilter(self._quiet)

    def _replace(self, owner: Any, name: str, value: Any) -> None:
        original: object = owner.__dict__[name]
        setattr(owner, name, value)
        self._undo.append(lambda: setattr(owner, name, original))

    def _wrap_drf(self, module: ModuleType) -> None:
        """Check what DRF views called directly (no URL resolved, no handler) return."""
        view: Any = module.APIView
        finalize: Callable[..., Any] = view.finalize_response
        audit = self

        def finalize_response(
            self: Any, request: Any, response: Any, *args: Any, **kwargs: Any
        ) -> Any:
            response = finalize(self, request, response, *args, **kwargs)
            plain = getattr(request, "_request", request)
            if getattr(plain, "resolver_match", None) is None:  # not through a handler
                audit.record_later(plain, response, self)
            return response

        self._replace(view, "finalize_response", finalize_response)

    def _wrap_ninja(self, module: ModuleType) -> None:
        """Check what django-ninja views return to ninja's test clients."""
        audit = self
        sync: Callable[..., Any] = module.TestClient._call
        asynchronous: Callable[..., Any] = module.TestAsyncClient._call

        def call(client: Any, func: Callable[..., Any], request: Any, kwargs: Any) -> Any:
            def checked(request: Any, **kwargs: Any) -> Any:
                response = func(request, **kwargs)
                audit.record(request, response)
                return response

            return sync(client, checked, request, kwargs)

        async def call_async(
            client: Any, func: Callable[..., Any], request: Any, kwargs: Any
        ) -> Any:
            async def checked(request: Any, **kwargs: Any) -> Any:
                response = await func(request, **kwargs)
                audit.record(request, response)
                return response

            return await asynchronous(client, checked, request, kwargs)

        self._replace(module.TestClient, "_call", call)
        self._replace(module.TestAsyncClient, "_call", call_async)

    def pytest_unconfigure(self) -> None:
        """Put back what was wrapped."""
        logging.getLogger("django_allresponses").removeFilter(self._quiet)
        if self._hook is not None:
            self._hook.uninstall()
            self._hook = None
        while self._undo:
            self._undo.pop()()

    def record_later(
        self, request: HttpRequest | None, response: HttpResponseBase, view: object = None
    ) -> None:
        """Check a response when it is rendered; its head only at the end of the test if it
        never is."""
        if getattr(response, "is_rendered", True) is not False:
            self.record(request, response, view)
            return
        self._pending.append((request, response, view))

        def rendered(response: HttpResponseBase) -> None:
            self.record(request, response, view)

        response.add_post_render_callback(rendered)  # type: ignore[attr-defined]

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        for request, response, view in pending:
            self.record(request, response, view)  # those rendered since are already checked

    def record(
        self, request: HttpRequest | None, response: HttpResponseBase, view: object = None
    ) -> None:
        """Check one response, once (``view``: the view that made it, where no URL names it)."""
        from .checks.silencing import check_split

        try:
            if response in self._seen:
                return
            self._seen.add(response)
        except TypeError:  # not a response, or one that takes no weak reference
            return
        self.checked += 1
        try:
            findings, ignored = check_split(response, request, self._marked, view)
            shown = "" if request is None else f"{request.method} {request.get_full_path()}"
            if findings:
                self.tally.add(findings, self._nodeid, _view_label(request, view))
        except Exception as error:  # reported, never raised into the test
            self.crashed.append(f"{self._nodeid}: {type(error).__name__}: {error}")
            return
        for finding in ignored:
            self.ignored[finding.rule] = self.ignored.get(finding.rule, 0) + 1
        if not findings:
            return
        checked = Checked(
            self._nodeid,
            shown,
            f"{response.status_code} {response.reason_phrase}",
            tuple(findings),
        )
        self.found.append(checked)
        if not self.report and any(self._fails(finding) for finding in findings):
            self._failing.append(checked)

    def _fails(self, finding: Finding) -> bool:
        return finding.severity == "error" or self.warnings_fail

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        """Name the test the responses belong to."""
        self._nodeid = item.nodeid
        try:
            self._marked = marked_rules(item)
        except ValueError:  # its setup fails, naming the rule
            self._marked = frozenset()
        try:
            return (yield)
        finally:
            self._flush()
            self._nodeid = "(outside a test)"
            self._marked = frozenset()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        """Fail a test that received a response with an error (or a warning, if asked)."""
        self._failing = []
        result = yield
        self._flush()
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
        if self.report:
            for line in self.tally.table():
                terminalreporter.line(line)
        else:
            for checked in self.found:
                terminalreporter.line(str(checked))
        for crash in self.crashed:
            terminalreporter.line(f"check failed: {crash}")
        errors = sum(
            1
            for checked in self.found
            for finding in checked.findings
            if finding.severity == "error"
        )
        warnings = sum(len(checked.findings) for checked in self.found) - errors
        terminalreporter.line(
            f"{_count(self.checked, 'response')} checked, {len(self.found)} non-conforming "
            f"({_count(errors, 'error')}, {_count(warnings, 'warning')})"
        )
        if self.ignored:
            rules = ", ".join(f"{rule} {count}" for rule, count in sorted(self.ignored.items()))
            terminalreporter.line(
                f"{_count(sum(self.ignored.values()), 'finding')} ignored ({rules})"
            )


class _NotTwice(logging.Filter):
    """Leaves out the middleware's record of each finding (it carries the finding), which
    the audit reports itself; its other records (a fault of the checks) pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not hasattr(record, "finding")


def _view_label(request: HttpRequest | None, view: object) -> str:
    from .checks.silencing import view_name, view_of

    found = view if view is not None else view_of(request)
    name = view_name(found, getattr(request, "method", None))
    return "(no view)" if name is None else name


class Tally:
    """The findings of a run by rule and severity: how many, the first views and tests.

    Examples:
        >>> from django_allresponses.checks.rules import Finding
        >>> allow = Finding("error", "missing-allow", "no Allow", "RFC 9110, Section 15.5.6")
        >>> tally = Tally()
        >>> tally.add([allow], "test_x.py::test_a", "shop.views.items")
        >>> tally.add([allow], "test_x.py::test_b", "shop.views.items")
        >>> for line in tally.table():
        ...     print(line)
        rule           severity  count
        missing-allow  error         2
          views: shop.views.items
          tests: test_x.py::test_a, test_x.py::test_b
    """

    SHOWN = 3
    """How many views and tests each row names."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], tuple[list[int], dict[str, None], dict[str, None]]] = {}

    def add(self, findings: Sequence[Finding], test: str, view: str) -> None:
        """Count ``findings``, found in ``test`` on a response of ``view``."""
        for finding in findings:
            count, views, tests = self.rows.setdefault(
                (finding.rule, finding.severity), ([0], {}, {})
            )
            count[0] += 1
            views[view] = None
            tests[test] = None

    def table(self) -> list[str]:
        """The rows, errors first, then by count (most first) and rule; an empty list for
        none."""
        if not self.rows:
            return []
        order = sorted(
            self.rows.items(),
            key=lambda row: (row[0][1] != "error", -row[1][0][0], row[0][0]),
        )
        width = max(len("rule"), *(len(rule) for rule, _ in self.rows))
        lines = [f"{'rule':<{width}}  severity  count"]
        for (rule, severity), (count, views, tests) in order:
            lines.append(f"{rule:<{width}}  {severity:<8}  {count[0]:>5}")
            lines.append(f"  views: {self._first(views)}")
            lines.append(f"  tests: {self._first(tests)}")
        return lines

    def _first(self, names: dict[str, None]) -> str:
        shown = ", ".join(list(names)[: self.SHOWN])
        more = len(names) - self.SHOWN
        return shown if more <= 0 else f"{shown} and {more} more"


def _count(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural unless it is one.

    Examples:
        >>> _count(1, "error"), _count(0, "warning"), _count(11, "response")
        ('1 error', '0 warnings', '11 responses')
    """
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs a function on a module as soon as it is imported (at once if it already is),
    without importing it: the plugin wraps DRF and ninja only in runs that use them.

    Examples:
        >>> seen = []
        >>> hook = _AfterImport({"json.tool": lambda module: seen.append(module.__name__)})
        >>> hook.install()
        >>> import json.tool
        >>> hook.uninstall()
        >>> seen
        ['json.tool']
    """

    def __init__(self, patches: Mapping[str, Callable[[ModuleType], None]]) -> None:
        self.patches = dict(patches)

    def install(self) -> None:
        """Patch what is imported already; watch imports for the rest."""
        for name in list(self.patches):
            module = sys.modules.get(name)
            if module is not None:
                self.patches.pop(name)(module)
        if self.patches:
            sys.meta_path.insert(0, self)

    def uninstall(self) -> None:
        """Stop watching imports."""
        if self in sys.meta_path:
            sys.meta_path.remove(self)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """Find ``fullname`` as the other finders would; patch it once it has run."""
        patch = self.patches.get(fullname)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        run = loader.exec_module
        patches = self.patches

        def exec_module(module: ModuleType) -> None:
            run(module)
            patches.pop(fullname, None)
            patch(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec
