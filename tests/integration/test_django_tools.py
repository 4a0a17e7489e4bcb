"""Django's own test tools work with every class.

The test project serves every class at ``/status/<code>`` and every JSON
twin at ``/json/<code>`` (``django_allresponses.tools.examples.build``). Here they
go through Django's test client (``Client`` and ``AsyncClient``) with
Django's default middleware, and through ``assertRedirects``,
``assertContains``, ``assertNotContains`` and ``assertJSONEqual``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.http import HttpResponseBase
from django.http.response import HttpResponseRedirectBase
from django.test import AsyncClient, Client, override_settings
from pytest_django.asserts import (
    assertContains,
    assertJSONEqual,
    assertNotContains,
    assertRedirects,
)

from django_allresponses import STATUSES, response_class
from django_allresponses.middleware import InterimResponseError
from django_allresponses.tools.examples import ARGUMENT_EXAMPLES, build
from tests.support.servers import every_class

if TYPE_CHECKING:
    from _pytest.mark import ParameterSet

ALL = every_class()
"""Every class and JSON twin, as ``(code, json)``."""

REDIRECTS = [
    (code, json)
    for code, json in ALL
    if issubclass(response_class(code, json=json), HttpResponseRedirectBase)
]
"""Classes built on Django's ``HttpResponseRedirectBase``: 301, 302, 303, 307, 308, twins."""


def _params(cases: list[tuple[int, bool]]) -> list[ParameterSet]:
    """``(code, json)`` cases as pytest parameters named ``status-404`` / ``json-404``."""
    return [
        pytest.param(code, json, id=f"{'json' if json else 'status'}-{code}")
        for code, json in cases
    ]


CLASSES = _params(ALL)
WITH_CONTENT = _params([(code, json) for code, json in ALL if STATUSES[code].allows_content])
BODILESS = _params([(code, json) for code, json in ALL if not STATUSES[code].allows_content])
FINAL = _params([(code, json) for code, json in ALL if code >= 200])

INTERIM_MIDDLEWARE = "django_allresponses.middleware.InterimResponseMiddleware"


def _path(code: int, json: bool) -> str:
    return f"/{'json' if json else 'status'}/{code}"


def _assert_same_response(response: HttpResponseBase, built: HttpResponseBase) -> None:
    """What the view returned reached the test client: class, status and every header."""
    assert type(response) is type(built)
    assert response.status_code == built.status_code
    for name, value in built.items():
        assert response[name] == value, name


def test_the_redirect_classes_are_the_five_redirect_statuses_and_twins() -> None:
    assert sorted({code for code, _ in REDIRECTS}) == [301, 302, 303, 307, 308]
    assert len(REDIRECTS) == 10


@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_client_gets_every_class(client: Client, code: int, json: bool) -> None:
    built = build(code, json=json)
    response = client.get(_path(code, json))
    _assert_same_response(response, built)
    assert response.content == built.content
    if STATUSES[code].allows_content:
        assert response["Content-Length"] == str(len(built.content))  # CommonMiddleware
    else:
        assert not response.has_header("Content-Type")
        assert response.has_header("Content-Length") is (code == 205)


@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_client_head_gets_headers_without_content(client: Client, code: int, json: bool) -> None:
    built = build(code, json=json)
    response = client.head(_path(code, json))
    _assert_same_response(response, built)
    assert response.content == b""


@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_async_client_gets_every_class(code: int, json: bool) -> None:
    built = build(code, json=json)
    response = async_to_sync(AsyncClient().get)(_path(code, json))
    _assert_same_response(response, built)
    assert response.content == built.content


@pytest.mark.parametrize(("code", "json"), _params(REDIRECTS))
def test_assert_redirects_accepts_every_redirect_class(
    client: Client, code: int, json: bool
) -> None:
    response = client.get(_path(code, json))
    assertRedirects(
        response,
        str(ARGUMENT_EXAMPLES["redirect_to"]),
        status_code=code,
        fetch_redirect_response=False,
    )


@pytest.mark.parametrize(("code", "json"), _params(REDIRECTS))
def test_assert_redirects_notices_a_wrong_target(client: Client, code: int, json: bool) -> None:
    response = client.get(_path(code, json))
    target = ARGUMENT_EXAMPLES["redirect_to"]
    with pytest.raises(AssertionError, match=f"Response redirected to '{target}'"):
        assertRedirects(
            response, "/somewhere-else/", status_code=code, fetch_redirect_response=False
        )


@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_assert_contains_finds_the_content(client: Client, code: int, json: bool) -> None:
    built = build(code, json=json)
    response = client.get(_path(code, json))
    assertContains(response, built.content.decode(), count=1, status_code=code)
    if json:
        assertJSONEqual(response.content.decode(), built.content.decode())
    with pytest.raises(
        AssertionError, match=f"Couldn't retrieve content: Response code was {code}"
    ):
        assertContains(response, built.content.decode(), status_code=code + 1)


@pytest.mark.parametrize(("code", "json"), BODILESS)
def test_assert_not_contains_on_bodiless_classes(client: Client, code: int, json: bool) -> None:
    response = client.get(_path(code, json))
    assertNotContains(response, STATUSES[code].phrase, status_code=code)


@pytest.mark.parametrize("code", [code for code in STATUSES if code < 200])
def test_with_the_middleware_a_final_1xx_raises_in_the_test(code: int) -> None:
    cls = response_class(code)
    with override_settings(MIDDLEWARE=[*settings.MIDDLEWARE, INTERIM_MIDDLEWARE]):
        with pytest.raises(InterimResponseError) as caught:
            Client().get(_path(code, False))
        response = Client(raise_request_exception=False).get(_path(code, False))
    message = str(caught.value)
    assert message.startswith(
        f"{cls.__name__} ({code} {STATUSES[code].phrase}) was returned as the final "
        f"response to GET {_path(code, False)}: a 1xx status is an interim response"
    )
    assert caught.value.response_class == cls.__name__
    assert response.status_code == 500
    assert response["Content-Length"] == str(len(response.content))


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_the_middleware_passes_final_statuses(code: int, json: bool) -> None:
    with override_settings(MIDDLEWARE=[*settings.MIDDLEWARE, INTERIM_MIDDLEWARE]):
        response = Client().get(_path(code, json))
    _assert_same_response(response, build(code, json=json))
