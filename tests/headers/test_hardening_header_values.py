"""Header values. No line break of any kind reaches a header, on any path.

Every path into the header store is tried: the constructor's header
arguments, ``headers=`` (a dict, or a list of pairs as Django accepts it),
``response[...] = …``, ``response.headers[...] = …``,
``response.headers.setdefault(…)``, and Django's ``content_type=`` and
``charset=``. The value comes as ``str``, ``bytes``, a lazy string, a
``gettext_lazy`` string, a ``str`` subclass whose ``in`` (and ``find``) lie,
and an ``int`` whose ``str()`` carries the break. CR, LF and NUL split a
head; VT, FF, NEL, U+2028 and U+2029 make Django fold the value onto a new
line (``email.header``), which gunicorn answers with a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.http import HttpResponseBase

from django_allresponses import STATUSES, HttpResponseOK, response_class
from django_allresponses.tools.examples import (
    ARGUMENT_EXAMPLES,
    example_arguments,
    header_arguments,
)
from tests.support.hostile import BREAKS, SET_LATER, cases, forms, refused
from tests.support.servers import every_class

# once: every way of setting a value and every line break: this library's own checks,
# the same under any Django.
pytestmark = [pytest.mark.once]

REPRESENTATIVE = [(200, False), (200, True), (204, False), (303, False), (303, True)]
"""One class of each kind: plain, JSON twin, bodiless, redirect, redirect twin."""
KINDS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in REPRESENTATIVE
]
WITH_CONTENT = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in REPRESENTATIVE
    if STATUSES[code].allows_content
]
VALUES = cases({name: f"a{text}X-Injected: 1" for name, text in BREAKS.items()})


def _build(code: int, json: bool, **extra: Any) -> HttpResponseBase:
    return response_class(code, json=json)(**{**example_arguments(code, json=json), **extra})


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_headers_dict_refuses_line_breaks(code: int, json: bool, value: object) -> None:
    cls = response_class(code, json=json)
    refused(lambda: _build(code, json, headers={"X-Custom": value}), cls.__name__, "X-Custom")


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_headers_list_of_pairs_refuses_line_breaks(code: int, json: bool, value: object) -> None:
    cls = response_class(code, json=json)
    refused(lambda: _build(code, json, headers=[("X-Custom", value)]), cls.__name__, "X-Custom")


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("way", SET_LATER)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_values_set_later_refuse_line_breaks(
    code: int, json: bool, way: Callable[[HttpResponseBase, object], None], value: object
) -> None:
    response = _build(code, json)
    refused(lambda: way(response, value), type(response).__name__, "X-Custom")
    assert "X-Custom" not in response


@pytest.mark.parametrize(
    "value", cases({name: f"text/plain{text}X-Injected: 1" for name, text in BREAKS.items()})
)
@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_content_type_refuses_line_breaks(code: int, json: bool, value: object) -> None:
    cls = response_class(code, json=json)
    error = refused(lambda: _build(code, json, content_type=value), cls.__name__)
    assert "content_type" in str(error) or "Content-Type" in str(error)


@pytest.mark.parametrize(
    "value",
    cases(
        {name: f"utf-8{text}X-Injected: 1" for name, text in BREAKS.items()},
        exclude=("SneakyInt",),
    ),
)
@pytest.mark.parametrize(("code", "json"), WITH_CONTENT)
def test_charset_refuses_line_breaks(code: int, json: bool, value: object) -> None:
    cls = response_class(code, json=json)
    error = refused(lambda: _build(code, json, charset=value), cls.__name__)
    assert "charset" in str(error) or "Content-Type" in str(error)


def _argument_cases() -> list[Any]:
    return [
        pytest.param(code, json, name, id=f"{response_class(code, json=json).__name__}-{name}")
        for code, json in every_class()
        for name in header_arguments(response_class(code, json=json))
        if isinstance(ARGUMENT_EXAMPLES[name], str)
    ]


@pytest.mark.parametrize(("code", "json", "name"), _argument_cases())
def test_header_arguments_refuse_every_line_break(code: int, json: bool, name: str) -> None:
    example = ARGUMENT_EXAMPLES[name]
    assert isinstance(example, str)
    cls = response_class(code, json=json)
    for brk, text in BREAKS.items():
        for form in ("str", "lazy", "LyingStr"):
            arguments = {name: forms(example + text + "x")[form]}
            error = refused(
                lambda arguments=arguments: _build(code, json, **arguments), cls.__name__, name
            )
            assert error.argument == name, (brk, form)


@pytest.mark.parametrize(
    "value",
    [*forms("text/plain; charset=utf-8").values()][:5],
    ids=["str", "lazy", "gettext_lazy", "LyingStr", "LyingFindStr"],
)
def test_clean_values_in_any_form_are_stored_as_plain_text(value: object) -> None:
    response = HttpResponseOK("x", content_type=value)  # type: ignore[arg-type]
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    response["X-Custom"] = value  # type: ignore[assignment]
    assert response["X-Custom"] == "text/plain; charset=utf-8"
    assert f"{response['X-Custom']}" == "text/plain; charset=utf-8"
    response = HttpResponseOK("x", headers={"X-Custom": value})  # type: ignore[dict-item]
    assert response["X-Custom"] == "text/plain; charset=utf-8"


def test_bytes_and_numbers_are_stored_as_django_stores_them() -> None:
    response = HttpResponseOK("x", headers={"X-Bytes": b"caf\xe9", "X-Number": 42})  # type: ignore[dict-item]
    assert response["X-Bytes"] == "café"
    assert response["X-Number"] == "42"
    response["X-Number"] = 7  # type: ignore[assignment]
    assert response["X-Number"] == "7"
