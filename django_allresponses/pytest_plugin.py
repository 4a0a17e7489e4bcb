"""A pytest plugin that checks every response Django's test client returns.

Off by default. Turn it on for a run with ``--allresponses-checks``, or for
good in the pytest configuration:

    [tool.pytest.ini_options]
    allresponses_checks = true

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
its test, request, status and rules.

The plugin is registered under the ``pytest11`` entry point as
``django_allresponses``; ``-p no:django_allresponses`` removes it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
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

    from .checks.conformance import Finding


@dataclass(frozen=True, slots=True)
class Checked:
    """One non-conforming response: the test, the request, the status and the findings.

    Examples:
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
    """Checks every response the test clients receive while the plugin is registered.

    It wraps Django's ``BaseHandler.get_response`` and ``get_response_async``, which
    every test client (and live server) calls for the finished response; and, once
    the run imports them, Django REST framework's ``APIView.finalize_response``
    (for views called directly) and django-ninja's test clients.
    """

    def __init__(self, *, warnings_fail: bool) -> None:
        self.warnings_fail = warnings_fail
        self.checked: int = 0
        self.found: list[Checked] = []
        self.crashed: list[str] = []
        self._nodeid = "(outside a test)"
        self._failing: list[Checked] = []
        self._pending: list[tuple[HttpRequest | None, HttpResponseBase]] = []
        self._seen: weakref.WeakSet[HttpResponseBase] = weakref.WeakSet()
        self._undo: list[Callable[[], None]] = []
        self._hook: _AfterImport | None = None

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
                audit.record_later(plain, response)
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
        if self._hook is not None:
            self._hook.uninstall()
            self._hook = None
        while self._undo:
            self._undo.pop()()

    def record_later(self, request: HttpRequest | None, response: HttpResponseBase) -> None:
        """Check a response when it is rendered; its head only at the end of the test if it
        never is."""
        if getattr(response, "is_rendered", True) is not False:
            self.record(request, response)
            return
        self._pending.append((request, response))

        def rendered(response: HttpResponseBase) -> None:
            self.record(request, response)

        response.add_post_render_callback(rendered)  # type: ignore[attr-defined]

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        for request, response in pending:
            self.record(request, response)  # those rendered since are already checked

    def record(self, request: HttpRequest | None, response: HttpResponseBase) -> None:
        """Check one response, once."""
        from .checks.conformance import check_response

        try:
            if response in self._seen:
                return
            self._seen.add(response)
        except TypeError:  # not a response, or one that takes no weak reference
            return
        self.checked += 1
        try:
            findings = check_response(response, request)
            shown = "" if request is None else f"{request.method} {request.get_full_path()}"
        except Exception as error:  # reported, never raised into the test
            self.crashed.append(f"{self._nodeid}: {type(error).__name__}: {error}")
            return
        if not findings:
            return
        checked = Checked(
            self._nodeid,
            shown,
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
            self._flush()
            self._nodeid = "(outside a test)"

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
