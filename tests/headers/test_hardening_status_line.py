"""The status line. No line break of any kind reaches the reason phrase.

The reason phrase reaches the status line from ``reason=`` and from
``response.reason_phrase = …`` (what Django's own code and middleware use).
Both are checked, for a value in any form: ``str``, a lazy string, a
``gettext_lazy`` string, ``bytes`` or a ``str`` subclass whose ``in`` lies.
"""

from __future__ import annotations

from typing import Any

import pytest

from django_allresponses import response_class
from django_allresponses.tools.examples import example_arguments
from tests.support.hostile import BREAKS, cases, forms, refused
from tests.support.servers import every_class

# once: every line break in the status line: this library's own checks, the same under any Django.
pytestmark = [pytest.mark.once]

REPRESENTATIVE = [(200, False), (200, True), (204, False), (303, False), (303, True), (100, False)]
"""One class of each kind: plain, JSON twin, bodiless, redirect, redirect twin, 1xx."""

KINDS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in REPRESENTATIVE
]
EVERY_CLASS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
]
HOSTILE = cases(
    {name: f"OK{text}Set-Cookie: admin=1" for name, text in BREAKS.items()}, exclude=("SneakyInt",)
)


def _arguments(code: int, json: bool, **extra: Any) -> dict[str, Any]:
    return {**example_arguments(code, json=json), **extra}


@pytest.mark.parametrize("reason", HOSTILE)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_reason_argument_refuses_line_breaks(code: int, json: bool, reason: object) -> None:
    cls = response_class(code, json=json)
    error = refused(lambda: cls(**_arguments(code, json, reason=reason)), cls.__name__, "reason")
    assert error.argument in {"reason", "reason_phrase"}


@pytest.mark.parametrize("reason", HOSTILE)
@pytest.mark.parametrize(("code", "json"), KINDS)
def test_reason_phrase_setter_refuses_line_breaks(code: int, json: bool, reason: object) -> None:
    cls = response_class(code, json=json)
    response = cls(**example_arguments(code, json=json))
    phrase = response.reason_phrase

    def assign() -> None:
        response.reason_phrase = reason  # type: ignore[assignment]

    error = refused(assign, cls.__name__, "reason")
    assert error.argument in {"reason", "reason_phrase"}
    assert response.reason_phrase == phrase


@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_every_class_checks_both_ways_in(code: int, json: bool) -> None:
    cls = response_class(code, json=json)
    for form, reason in forms("OK\r\nSet-Cookie: admin=1").items():
        if form == "SneakyInt":
            continue
        arguments = _arguments(code, json, reason=reason)
        refused(lambda arguments=arguments: cls(**arguments), cls.__name__, "reason")
        response = cls(**example_arguments(code, json=json))
        refused(
            lambda response=response, reason=reason: setattr(response, "reason_phrase", reason),
            cls.__name__,
            "reason",
        )


@pytest.mark.parametrize(("code", "json"), KINDS)
def test_a_plain_reason_phrase_is_kept(code: int, json: bool) -> None:
    cls = response_class(code, json=json)
    for reason in forms("All Good").values():
        if isinstance(reason, int | bytes):
            continue
        assert str(cls(**_arguments(code, json, reason=reason)).reason_phrase) == "All Good"
        response = cls(**example_arguments(code, json=json))
        response.reason_phrase = reason  # type: ignore[assignment]
        assert str(response.reason_phrase) == "All Good"
        assert "\r" not in f"{response.reason_phrase}"
