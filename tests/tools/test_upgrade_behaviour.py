"""Each view of a corpus of plain Django views, before and after the upgrade command,
through Django's test client: the same status, body and headers.

The one difference allowed is the one the typed classes make on purpose: a status that
forbids content sends no ``Content-Type``, and its framing headers follow RFC 9110 (no
``Content-Length: 0`` that Django's ``CommonMiddleware`` adds to a 204 or a 304).
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import path

from django_allresponses import STATUSES
from django_allresponses.tools.upgrade import upgrade_source
from tests.support.upgrade_corpus import views as before

CORPUS = Path(inspect.getfile(before))
VIEWS = [
    name
    for name, value in vars(before).items()
    if inspect.isfunction(value) and value.__module__ == before.__name__
]


@pytest.fixture(scope="module")
def upgraded() -> Iterator[types.ModuleType]:
    result = upgrade_source(CORPUS.read_text(encoding="utf-8"), str(CORPUS))
    module = types.ModuleType("tests.support.upgrade_corpus.upgraded")
    module.__file__ = str(CORPUS.with_name("upgraded.py"))
    exec(compile(result.source, module.__file__, "exec"), module.__dict__)
    urls = types.ModuleType("tests.support.upgrade_corpus.urls_both")
    urls.urlpatterns = [  # type: ignore[attr-defined]
        *(path(f"before/{name}/", getattr(before, name)) for name in VIEWS),
        *(path(f"after/{name}/", getattr(module, name)) for name in VIEWS),
    ]
    sys.modules[urls.__name__] = urls
    module.result = result  # type: ignore[attr-defined]
    with override_settings(ROOT_URLCONF=urls.__name__):
        yield module
    del sys.modules[urls.__name__]


def test_the_views_named_rewritten_are_those_rewritten(upgraded: types.ModuleType) -> None:
    rewritten = {change.line for change in upgraded.result.rewritten}
    lines = {
        name: range(
            inspect.getsourcelines(getattr(before, name))[1],
            inspect.getsourcelines(getattr(before, name))[1]
            + len(inspect.getsourcelines(getattr(before, name))[0]),
        )
        for name in VIEWS
    }
    assert sorted(name for name in VIEWS if any(line in rewritten for line in lines[name])) == (
        sorted(before.REWRITTEN)
    )
    assert len(upgraded.result.left_alone) == 5


def test_every_rewritten_view_returns_a_typed_class(upgraded: types.ModuleType) -> None:
    client = Client()
    for name in before.REWRITTEN:
        response = client.get(f"/after/{name}/")
        assert type(response).__module__.startswith("django_allresponses."), name


@pytest.mark.parametrize("name", VIEWS)
def test_same_status_body_and_headers(upgraded: types.ModuleType, name: str) -> None:
    client = Client()
    old = client.get(f"/before/{name}/")
    new = client.get(f"/after/{name}/")
    assert new.status_code == old.status_code
    assert new.content == old.content
    expected = {key.lower(): value for key, value in old.items()}
    sent = {key.lower(): value for key, value in new.items()}
    if name in before.REWRITTEN and not STATUSES[old.status_code].allows_content:
        expected.pop("content-type", None)  # never sent on a status without content
        assert expected.pop("content-length") == "0"  # CommonMiddleware's
        # RFC 9110: none on a 204 or a 304; a 205 says its content is empty.
        assert sent.pop("content-length", None) == ("0" if old.status_code == 205 else None)
    assert sent == expected
    assert new.cookies.output() == old.cookies.output()


def test_the_corpus_covers_redirects_json_and_bodiless_statuses() -> None:
    codes = {getattr(before, name)(None).status_code for name in before.REWRITTEN}
    assert {201, 204, 205, 301, 302, 303, 304, 307, 401, 405, 406, 409, 422, 429} <= codes
