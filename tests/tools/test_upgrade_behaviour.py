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


# --- Cases real code has: the original and the rewrite through Django's test client ------------


def _through_client(source: str, name: str) -> tuple[int, bytes, dict[str, str], str]:
    module = types.ModuleType(f"tests.support.upgrade_corpus.case_{name}")
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    urls = types.ModuleType(f"tests.support.upgrade_corpus.case_urls_{name}")
    urls.urlpatterns = [path("case/", module.view)]  # type: ignore[attr-defined]
    sys.modules[urls.__name__] = urls
    try:
        with override_settings(ROOT_URLCONF=urls.__name__):
            response = Client(raise_request_exception=False).get("/case/")
    finally:
        del sys.modules[urls.__name__]
    headers = {key.lower(): value for key, value in response.items()}
    return response.status_code, response.content, headers, response.cookies.output()


CASES = {
    "preserve_request_with_a_status": (
        "from django.http import HttpResponseRedirect\n\n\n"
        "def view(request):\n"
        '    return HttpResponseRedirect("/x", status=301, preserve_request=True)\n',
        'HttpResponseTemporaryRedirect("/x")',
    ),
    "permanent_preserve_request_with_a_status": (
        "from django.http import HttpResponsePermanentRedirect\n\n\n"
        "def view(request):\n"
        '    return HttpResponsePermanentRedirect("/x", status=302, preserve_request=True)\n',
        'HttpResponsePermanentRedirect("/x")',
    ),
    "a_class_of_this_library_under_another_name": (
        "from django.http import HttpResponse\n\n"
        "from django_allresponses import HttpResponseGone as HttpResponseNotFound\n\n\n"
        "def view(request):\n"
        '    if request.GET:\n        return HttpResponseNotFound("gone")\n'
        '    return HttpResponse("missing", status=404)\n',
        None,
    ),
    "a_name_re_exported_through_all": (
        "from django.http import HttpResponseNotFound\n\n"
        '__all__ = ["HttpResponseNotFound", "view"]\n\n\n'
        "def view(request):\n"
        '    return HttpResponseNotFound("missing")\n',
        None,
    ),
    "a_status_set_later_through_another_name": (
        "from django.http import HttpResponse\n\n\n"
        "def view(request):\n"
        '    response = HttpResponse("x", status=404)\n'
        "    same = response\n"
        "    same.status_code = 500\n"
        "    return response\n",
        None,
    ),
    "a_status_set_later_through_setattr": (
        "from django.http import HttpResponse\n\n\n"
        "def view(request):\n"
        '    response = HttpResponse("x", status=404)\n'
        '    setattr(response, "status_code", 500)\n'
        "    return response\n",
        None,
    ),
    "a_rest_framework_name_that_does_not_exist": (
        "from django.http import HttpResponse\n"
        "from rest_framework import status\n\n\n"
        "def view(request):\n"
        '    return HttpResponse("x", status=status.HTTP_404_NOT_FOUND_TYPO)\n',
        None,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_behaviour_is_kept_in_cases_real_code_has(name: str) -> None:
    source, call = CASES[name]
    result = upgrade_source(source)
    if call is None:
        assert result.source == source  # left alone, with its reason
        assert result.rewritten == ()
        assert len(result.left_alone) == 1
    else:
        assert [change.after for change in result.rewritten] == [call]
    if name == "a_rest_framework_name_that_does_not_exist":
        assert _through_client(source, name)[0] == 500  # the AttributeError, as before
    assert _through_client(result.source, name) == _through_client(source, name)


def test_the_statuses_django_sends_with_preserve_request_and_a_status() -> None:
    from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect

    assert HttpResponseRedirect("/x", status=301, preserve_request=True).status_code == 307
    assert (
        HttpResponsePermanentRedirect("/x", status=302, preserve_request=True).status_code == 308
    )
