"""Allow (RFC 9110, Section 10.2.1): 405 Method Not Allowed, HTTP and JSON."""

from __future__ import annotations

from http import HTTPMethod

import pytest
from django import http

from django_allresponses import (
    HttpResponseNotAllowed,
    JsonResponseNotAllowed,
    ResponseValidationError,
)


def _both(methods: object) -> list[http.HttpResponse]:
    return [
        HttpResponseNotAllowed(methods),  # type: ignore[arg-type]
        JsonResponseNotAllowed(permitted_methods=methods),  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    ("methods", "allow"),
    [
        (["GET", "HEAD"], "GET, HEAD"),
        (("POST",), "POST"),
        ([HTTPMethod.GET, "PURGE"], "GET, PURGE"),
        (["GET", "HEAD", "GET"], "GET, HEAD"),
        ({"PUT", "DELETE", "GET"}, "DELETE, GET, PUT"),
        (frozenset({HTTPMethod.PATCH}), "PATCH"),
        ([], ""),
        (["MKCOL", "propfind-ish"], "MKCOL, propfind-ish"),
    ],
)
def test_valid_methods(methods: object, allow: str) -> None:
    for response in _both(methods):
        assert response["Allow"] == allow
        assert isinstance(response, http.HttpResponse)


def test_405_is_djangos_405() -> None:
    assert isinstance(HttpResponseNotAllowed(["GET"]), http.HttpResponseNotAllowed)


@pytest.mark.parametrize(
    ("methods", "reason"),
    [
        ("GET", "a bare string is not a list of methods: write ['GET'], not 'GET'"),
        (b"GET", "a bare string is not a list of methods"),
        (["get"], "methods are case-sensitive: write 'GET', not 'get'"),
        (["Post"], "methods are case-sensitive: write 'POST', not 'Post'"),
        (["GET POST"], "'GET POST' is not a method token"),
        (["GET,POST"], "'GET,POST' is not a method token"),
        ([""], "'' is not a method token"),
        ([1], "1 is not a method token"),
        (None, "permitted_methods=None: this argument is required"),
        ({"GET": 1}, "methods come as a list, tuple or set, not dict"),
        (["GET\r\n"], "is not a method token"),
    ],
)
def test_invalid_methods(methods: object, reason: str) -> None:
    for cls in (HttpResponseNotAllowed, JsonResponseNotAllowed):
        with pytest.raises(ResponseValidationError) as caught:
            if cls is HttpResponseNotAllowed:
                cls(methods)  # type: ignore[arg-type]
            else:
                cls(permitted_methods=methods)  # type: ignore[call-arg]
        assert str(caught.value).startswith(f"{cls.__name__}: permitted_methods=")
        assert reason in str(caught.value)
        assert caught.value.argument == "permitted_methods"


def test_json_twin_defaults_to_an_empty_object() -> None:
    assert JsonResponseNotAllowed(permitted_methods=["GET"]).content == b"{}"


def test_content_is_the_second_positional_argument() -> None:
    response = HttpResponseNotAllowed(["GET"], "Only GET here")
    assert response.content == b"Only GET here"
