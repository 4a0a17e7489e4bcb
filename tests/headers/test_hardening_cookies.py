"""Cookies. No line break reaches a Set-Cookie header.

``set_cookie()`` and ``delete_cookie()`` put their ``path``, ``domain`` and
``samesite`` into the header as they are, and the standard library's
``http.cookies`` checks them only in its most recent security releases.
Values are quoted by ``http.cookies``, but a value with CR, LF or NUL is
refused as well: it is never what the caller meant. ``response.cookies``
used directly (``response.cookies["k"] = …``,
``response.cookies["k"]["path"] = …``) is checked the same way. A bad
``samesite`` is a ``ResponseValidationError`` (Django's own check raises a
bare ``ValueError``).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpResponseBase

from django_allresponses import response_class
from django_allresponses.tools.examples import example_arguments
from tests.support.hostile import CR_LF_NUL, cases, refused

KINDS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in [(200, False), (200, True), (204, False)]
]
ATTRIBUTES = ["path", "domain", "samesite"]
HOSTILE = cases(
    {name: f"Lax{text}X-Injected: 1" for name, text in CR_LF_NUL.items()},
    exclude=("SneakyInt", "LyingFindStr", "bytes"),
)


def _build(code: int, json: bool) -> HttpResponseBase:
    return response_class(code, json=json)(**example_arguments(code, json=json))


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("attribute", ATTRIBUTES)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_set_cookie_refuses_line_breaks_in_attributes(
    code: int, json: bool, attribute: str, value: object
) -> None:
    response = _build(code, json)
    arguments: dict[str, Any] = {attribute: value}
    error = refused(
        lambda: response.set_cookie("session", "abc", **arguments),
        type(response).__name__,
        attribute,
    )
    assert error.argument == attribute
    assert "session" not in response.cookies


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("attribute", ["path", "domain", "samesite"])
def test_delete_cookie_refuses_line_breaks_in_attributes(attribute: str, value: object) -> None:
    response = _build(200, False)
    arguments: dict[str, Any] = {attribute: value}
    refused(lambda: response.delete_cookie("session", **arguments), "HttpResponseOK", attribute)
    assert "session" not in response.cookies


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_set_cookie_refuses_line_breaks_in_values(code: int, json: bool, value: object) -> None:
    response = _build(code, json)
    refused(lambda: response.set_cookie("session", value), type(response).__name__, "session")  # type: ignore[arg-type]
    assert "session" not in response.cookies


@pytest.mark.parametrize("value", HOSTILE)
def test_cookies_set_directly_are_checked(value: object) -> None:
    response = _build(200, False)

    def assign_value() -> None:
        response.cookies["session"] = value

    refused(assign_value, "HttpResponseOK", "session")
    response.set_cookie("session", "abc")

    def assign_path() -> None:
        response.cookies["session"]["path"] = value

    refused(assign_path, "HttpResponseOK", "path")
    assert "\n" not in response.cookies.output(header="")


def test_an_unknown_samesite_is_a_validation_error() -> None:
    error = refused(
        lambda: _build(200, False).set_cookie("session", "abc", samesite="Sometimes"),
        "HttpResponseOK",
        "samesite",
    )
    assert error.argument == "samesite"


def test_good_cookies_are_sent_as_django_sends_them() -> None:
    response = _build(200, False)
    response.set_cookie(
        "session", "abc", max_age=60, path="/app", domain="example.com", samesite="Lax"
    )
    output = response.cookies["session"].output(header="Set-Cookie:")
    assert output.startswith("Set-Cookie: session=abc; Domain=example.com; expires=")
    assert output.endswith("; Max-Age=60; Path=/app; SameSite=Lax")
    response.delete_cookie("old", path="/app")
    assert response.cookies["old"]["max-age"] == 0
    assert response.cookies["old"]["path"] == "/app"
