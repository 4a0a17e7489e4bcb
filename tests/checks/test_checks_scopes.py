"""The rules own their scope: a scratch catalogue with one rule of each `Scope`, run by the
fast path of ``"log"`` mode, and what that path reads derived from the declarations."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.test import RequestFactory
from django.urls import ResolverMatch

from django_allresponses.checks import middleware as checks_middleware
from django_allresponses.checks import rules
from django_allresponses.checks.engine import Engine
from django_allresponses.checks.middleware import ResponseChecksMiddleware
from django_allresponses.checks.rules import Catalogue, Check, Finding, Rule, Scope

RAN: list[str] = []


def _rule(name: str, reads: Scope) -> Rule:
    return Rule(name, "error", f"a rule that reads {reads}", reads)


def _found(name: str, what: str) -> list[Finding]:
    return [Finding("error", name, what, "a test")]


def _status(response: HttpResponseBase, request: object, limit: object) -> list[Finding]:
    RAN.append("x-status")
    return _found("x-status", "418") if response.status_code == 418 else []


def _head(response: HttpResponseBase, request: object, limit: object) -> list[Finding]:
    RAN.append("x-head")
    return _found("x-head", "X-Bad") if response.has_header("X-Bad") else []


def body_of(response: HttpResponseBase, request: object, limit: object) -> list[Finding]:
    RAN.append("x-body")
    return _found("x-body", "bad") if b"bad" in response.content else []  # type: ignore[attr-defined]


def _json(response: HttpResponseBase, request: object, limit: object) -> list[Finding]:
    RAN.append("x-json")
    import json

    document = json.loads(response.content)  # type: ignore[attr-defined]
    return _found("x-json", "wrong") if "wrong" in document else []


def _declaration(
    response: HttpResponseBase, request: HttpRequest | None, limit: object
) -> Iterator[Finding]:
    RAN.append("x-declared")
    statuses = None if request is None else rules.declared(request)
    if statuses is not None:
        yield from _found("x-declared", f"declares {sorted(statuses)}")  # type: ignore[call-overload]


SCRATCH = Catalogue([])
SCRATCH.add(Check((_rule("x-status", Scope.STATUS),), _status))
SCRATCH.add(Check((_rule("x-head", Scope.HEAD),), _head))
SCRATCH.add(Check((_rule("x-body", Scope.BODY),), body_of))
SCRATCH.add(Check((_rule("x-json", Scope.BODY | Scope.JSON),), _json))
SCRATCH.add(Check((_rule("x-declared", Scope.STATUS | Scope.DECLARATION),), _declaration))


class Untouchable(list[bytes]):
    """A content container that fails, and says so, when anything reads it."""

    touched: list[str] = []

    def _touch(self, *arguments: object) -> object:
        Untouchable.touched.append("read")
        raise AssertionError("the content was read")

    __len__ = __iter__ = __getitem__ = _touch  # type: ignore[assignment]


def _view(request: HttpRequest) -> HttpResponse:  # the view a declaration is looked up for
    return HttpResponse()


@pytest.fixture
def scratch(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[Engine]]:
    """Log mode's middleware with ``SCRATCH``'s engine in place of the default one."""
    RAN.clear()
    Untouchable.touched.clear()
    yield Engine


def _log_mode(
    monkeypatch: pytest.MonkeyPatch,
    engine: Engine,
    response: HttpResponseBase,
    caplog: pytest.LogCaptureFixture,
    declares: frozenset[int] | None = None,
) -> list[str]:
    """The rules ``"log"`` mode logs for ``response`` under ``engine``."""
    for name in ("is_clean", "sent_clean", "check_within", "check_content"):
        monkeypatch.setattr(checks_middleware, name, getattr(engine, name))
    request = RequestFactory().get("/scratch")
    request.resolver_match = ResolverMatch(_view, (), {})
    monkeypatch.setitem(rules.DECLARATIONS, (_view, "GET"), declares)
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="django_allresponses"):
        sent = ResponseChecksMiddleware(lambda request: response)(request)
        sent.close()  # type: ignore[union-attr]
    return [getattr(record, "finding", record).rule for record in caplog.records]


def test_the_scratch_catalogue_sorts_its_checks_by_what_they_read() -> None:
    engine = Engine(SCRATCH)
    assert [check.rules[0].id for check in engine.head] == ["x-status", "x-head"]
    assert [check.rules[0].id for check in engine.content] == ["x-body"]
    assert [check.rules[0].id for check in engine.json] == ["x-json"]
    assert [check.rules[0].id for check in engine.declaration] == ["x-declared"]
    assert engine.reads_body is True
    assert Engine(Catalogue(SCRATCH.checks[:2])).reads_body is False


@pytest.mark.parametrize(
    ("build", "rule"),
    [
        (lambda: HttpResponse(b"hello", status=418), "x-status"),
        (lambda: HttpResponse(b"hello", headers={"X-Bad": "1"}), "x-head"),
        (lambda: HttpResponse(b"a bad page"), "x-body"),
        (lambda: HttpResponse(b'{"wrong": 1}', content_type="application/json"), "x-json"),
    ],
    ids=["status", "head", "body", "json"],
)
def test_the_fast_path_runs_a_rule_of_each_scope(
    build: object, rule: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    RAN.clear()
    assert _log_mode(monkeypatch, Engine(SCRATCH), build(), caplog) == [rule]  # type: ignore[operator]
    assert rule in RAN


def test_a_declaration_rule_runs_where_the_view_declares_something(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    engine = Engine(SCRATCH)
    RAN.clear()
    assert _log_mode(monkeypatch, engine, HttpResponse(b"ok"), caplog) == []
    assert "x-declared" not in RAN  # the view declares nothing: not even looked at
    found = _log_mode(monkeypatch, engine, HttpResponse(b"ok"), caplog, frozenset({200}))
    assert found == ["x-declared"]


def test_a_rule_of_the_status_alone_is_run_without_the_content_being_read(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    engine = Engine(Catalogue([SCRATCH.checks[0]]))
    Untouchable.touched.clear()
    RAN.clear()
    teapot = HttpResponse(status=418)
    teapot._container = Untouchable()  # type: ignore[attr-defined]
    assert _log_mode(monkeypatch, engine, teapot, caplog) == ["x-status"]
    page = HttpResponse()
    page._container = Untouchable()  # type: ignore[attr-defined]
    assert _log_mode(monkeypatch, engine, page, caplog) == []  # found clean: remembered
    again = HttpResponse()
    again._container = Untouchable()  # type: ignore[attr-defined]
    assert engine.is_clean(again, None, -1) is True  # told by the head seen before
    assert RAN == ["x-status", "x-status"]
    assert Untouchable.touched == []


def test_a_rule_of_the_body_is_run_on_each_response(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    engine = Engine(Catalogue([SCRATCH.checks[2]]))
    RAN.clear()
    for _ in range(3):
        assert _log_mode(monkeypatch, engine, HttpResponse(b"fine"), caplog) == []
    assert RAN == ["x-body"] * 3
