"""A redirect's Location set later is checked as the constructor checks it.

The constructor refuses ``javascript:`` and other unsafe schemes with Django's
``DisallowedRedirect``; the same target set later through
``response["Location"]``, ``response.headers["Location"]`` or
``setdefault`` must be refused too (``DisallowedRedirect``, or
``ResponseValidationError`` naming the header), whatever form it comes in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import DisallowedRedirect
from django.http.response import HttpResponseRedirectBase
from django.utils.http import MAX_URL_REDIRECT_LENGTH

from django_allresponses import ResponseValidationError, response_class
from django_allresponses.tools.examples import example_arguments
from tests.support.hostile import forms
from tests.support.servers import every_class

REDIRECTS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
    if issubclass(response_class(code, json=json), HttpResponseRedirectBase)
]
UNSAFE = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x"]
TARGETS = [
    *(pytest.param(target, id=target.split(":")[0]) for target in UNSAFE[1:]),
    *(
        pytest.param(value, id=f"javascript-{form}")
        for form, value in forms(UNSAFE[0]).items()
        if form != "SneakyInt"
    ),
]


def _set(response: HttpResponseRedirectBase, value: object) -> None:
    response["Location"] = value  # type: ignore[assignment]


def _set_headers(response: HttpResponseRedirectBase, value: object) -> None:
    response.headers["Location"] = value  # type: ignore[assignment]


def _setdefault(response: HttpResponseRedirectBase, value: object) -> None:
    del response["Location"]
    response.headers.setdefault("Location", value)  # type: ignore[arg-type]


WAYS: list[Any] = [
    pytest.param(_set, id="response[]"),
    pytest.param(_set_headers, id="headers[]"),
    pytest.param(_setdefault, id="setdefault"),
]


def _refused_later(
    code: int, json: bool, way: Callable[[HttpResponseRedirectBase, object], None], value: object
) -> BaseException:
    response = response_class(code, json=json)(**example_arguments(code, json=json))
    with pytest.raises((DisallowedRedirect, ResponseValidationError)) as caught:
        way(response, value)
    assert response.get("Location") in (None, "/elsewhere/")
    if isinstance(caught.value, ResponseValidationError):
        assert type(response).__name__ in str(caught.value)
        assert "Location" in str(caught.value)
    return caught.value


@pytest.mark.parametrize("value", TARGETS)
@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize(("code", "json"), REDIRECTS)
def test_unsafe_location_set_later_is_refused(
    code: int, json: bool, way: Callable[[HttpResponseRedirectBase, object], None], value: object
) -> None:
    error = _refused_later(code, json, way, value)
    if isinstance(error, DisallowedRedirect):
        assert "Unsafe redirect to URL with protocol" in str(error)


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize(("code", "json"), REDIRECTS)
def test_overlong_location_set_later_is_refused(
    code: int, json: bool, way: Callable[[HttpResponseRedirectBase, object], None]
) -> None:
    _refused_later(code, json, way, "/" + "a" * MAX_URL_REDIRECT_LENGTH)


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize(("code", "json"), REDIRECTS)
def test_url_follows_a_safe_location_set_later(
    code: int, json: bool, way: Callable[[HttpResponseRedirectBase, object], None]
) -> None:
    response = response_class(code, json=json)(**example_arguments(code, json=json))
    way(response, "https://example.com/next?a=1")
    assert response["Location"] == "https://example.com/next?a=1"
    assert response.url == "https://example.com/next?a=1"


@pytest.mark.parametrize(("code", "json"), REDIRECTS)
def test_the_constructor_refuses_the_same_targets(code: int, json: bool) -> None:
    for target in UNSAFE:
        arguments = {**example_arguments(code, json=json), "redirect_to": target}
        with pytest.raises(DisallowedRedirect, match="Unsafe redirect to URL with protocol"):
            response_class(code, json=json)(**arguments)
