"""Redirects (301, 302, 303, 307, 308), HTTP and JSON: Django's redirect behaviour, validated."""

from __future__ import annotations

import pytest
from django.core.exceptions import DisallowedRedirect
from django.http.response import HttpResponseRedirectBase
from django.urls import reverse_lazy

from django_allresponses import ResponseValidationError, response_class

CODES = [301, 302, 303, 307, 308]


def _redirect(code: int, json: bool, target: object, **kwargs: object) -> HttpResponseRedirectBase:
    cls = response_class(code, json=json)
    if json:
        return cls({"moved": True}, redirect_to=target, **kwargs)
    return cls(target, **kwargs)


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
def test_location_and_url(code: int, json: bool) -> None:
    response = _redirect(code, json, "/new/place/?q=1#top")
    assert isinstance(response, HttpResponseRedirectBase)
    assert response["Location"] == response.url == "/new/place/?q=1#top"


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("scheme", ["javascript", "data", "vbscript", "file"])
def test_unsafe_schemes_raise_disallowed_redirect(code: int, json: bool, scheme: str) -> None:
    with pytest.raises(
        DisallowedRedirect, match=f"Unsafe redirect to URL with protocol '{scheme}'"
    ):
        _redirect(code, json, f"{scheme}:alert(1)")


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
def test_overlong_targets_raise_disallowed_redirect(code: int, json: bool) -> None:
    from django.utils.http import MAX_URL_REDIRECT_LENGTH

    with pytest.raises(DisallowedRedirect, match="Unsafe redirect exceeding"):
        _redirect(code, json, "/" + "a" * MAX_URL_REDIRECT_LENGTH)


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("target", ["/12:30", "/a:b/c", "/meetings/2026-01-02T10:00"])
def test_colons_in_absolute_paths_are_fine(code: int, json: bool, target: str) -> None:
    assert _redirect(code, json, target)["Location"] == target


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
def test_iris_are_converted_as_django_converts_them(code: int, json: bool) -> None:
    assert _redirect(code, json, "/café/ü?q=ß")["Location"] == "/caf%C3%A9/%C3%BC?q=%C3%9F"


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
def test_lazy_strings_are_accepted(code: int, json: bool) -> None:
    assert _redirect(code, json, reverse_lazy("json", args=[200]))["Location"] == "/json/200"


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("/a b", "whitespace or control characters"),
        ("/a\r\nSet-Cookie: x=1", "whitespace or control characters"),
        ("/a\x00", "whitespace or control characters"),
        ("/a\tb", "whitespace or control characters"),
        ("/%zz", "not a URI reference"),
        ("http://exa mple.com/", "whitespace or control characters"),
        ("://no-scheme", "not a URI reference"),
        (42, "a URI reference is a string, not int"),
        ("", "an empty URI reference points nowhere"),
        (None, "redirect_to=None: this argument is required"),
    ],
)
def test_bad_targets_name_the_argument(code: int, json: bool, target: object, reason: str) -> None:
    cls = response_class(code, json=json)
    with pytest.raises(ResponseValidationError) as caught:
        _redirect(code, json, target)
    assert str(caught.value).startswith(f"{cls.__name__}: redirect_to=")
    assert reason in str(caught.value)
    assert caught.value.argument == "redirect_to"


@pytest.mark.parametrize("code", CODES)
def test_content_is_the_second_positional_argument(code: int) -> None:
    response = response_class(code)("/next/", "<a href='/next/'>next</a>")
    assert response.content == b"<a href='/next/'>next</a>"
    assert response["Location"] == "/next/"


@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
@pytest.mark.parametrize("code", CODES)
def test_redirects_take_retry_after(code: int, json: bool) -> None:
    assert _redirect(code, json, "/later/", retry_after=30)["Retry-After"] == "30"


def test_names_follow_rfc_9110() -> None:
    from django import http

    import django_allresponses as lib

    assert lib.HttpResponseMovedPermanently("/x").status_code == 301
    assert isinstance(lib.HttpResponseMovedPermanently("/x"), http.HttpResponsePermanentRedirect)
    assert lib.HttpResponsePermanentRedirect("/x").status_code == 308
    assert lib.HttpResponseRedirect("/x").status_code == 302
    assert isinstance(lib.HttpResponseFound("/x"), http.HttpResponseRedirect)
