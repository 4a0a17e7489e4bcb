"""JSON twins under data and options Django's ``JsonResponse`` refuses or accepts.

Each input is given to Django's ``JsonResponse`` too: what Django accepts works here, what
Django refuses is refused here, as a ``ResponseValidationError`` naming the argument at
fault, with the original exception as its ``__cause__``.
"""

from __future__ import annotations

import pytest
from django.http import JsonResponse
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from django_allresponses import (
    JsonResponseNotFound,
    JsonResponseOK,
    ProblemDetails,
    ResponseValidationError,
)


class Item(BaseModel):
    id: int = 1
    note: object = None


def nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


DEEP = nested(100_000)
"""Deeper than the interpreter recurses: json and pydantic raise RecursionError."""


# --- accepted as Django accepts it ---------------------------------------------------------


def test_a_negative_indent_is_accepted_as_django_accepts_it() -> None:
    assert JsonResponse({"id": 1}, json_dumps_params={"indent": -1}).content == b'{\n"id": 1\n}'
    assert JsonResponseOK({"id": 1}, json_dumps_params={"indent": -1}).content == b'{\n"id": 1\n}'


def test_a_negative_indent_with_model_data_breaks_lines_without_indenting() -> None:
    response = JsonResponseOK(Item(), json_dumps_params={"indent": -1})
    assert response.content == b'{\n"id": 1,\n"note": null\n}'
    rows = JsonResponseOK([Item()], json_dumps_params={"indent": -3}, safe=False)
    assert rows.content == b'[\n{\n"id": 1,\n"note": null\n}\n]'
    problem = JsonResponseNotFound(ProblemDetails(), json_dumps_params={"indent": -1})
    assert problem.content == (
        b'{\n"type": "about:blank",\n"title": "Not Found",\n"status": 404\n}'
    )


def test_a_lone_surrogate_escaped_by_ensure_ascii_is_sent_as_django_sends_it() -> None:
    assert JsonResponse({"a": "\ud800"}).content == b'{"a": "\\ud800"}'
    assert JsonResponseOK({"a": "\ud800"}).content == b'{"a": "\\ud800"}'


# --- refused where Django refuses, naming the argument -------------------------------------


def _refused(build: object, argument: str, match: str) -> ResponseValidationError:
    with pytest.raises(ResponseValidationError, match=match) as raised:
        build()  # type: ignore[operator]
    assert raised.value.argument == argument
    return raised.value


def test_a_bad_encoder_is_blamed_on_encoder() -> None:
    with pytest.raises(TypeError):
        JsonResponse({}, encoder=int)  # type: ignore[arg-type]
    error = _refused(
        lambda: JsonResponseOK({}, encoder=int),  # type: ignore[arg-type]
        "encoder",
        r"JsonResponseOK: invalid encoder=<class 'int'>: .*give a json.JSONEncoder subclass",
    )
    assert isinstance(error.__cause__, TypeError)


def test_bad_json_dumps_params_are_still_blamed_on_them() -> None:
    _refused(
        lambda: JsonResponseOK({}, json_dumps_params={"bogus": 1}),
        "json_dumps_params",
        r"JsonResponseOK: json_dumps_params=",
    )


@pytest.mark.parametrize(
    "data",
    [Item(note=object()), [Item(note=object())], ProblemDetails(foo=object())],
    ids=["model", "list of models", "ProblemDetails"],
)
def test_data_pydantic_cannot_serialize_is_blamed_on_data(data: object) -> None:
    error = _refused(
        lambda: (JsonResponseNotFound if isinstance(data, ProblemDetails) else JsonResponseOK)(
            data, safe=False
        ),
        "data",
        r"data cannot be serialized by pydantic: Unable to serialize unknown type",
    )
    assert isinstance(error.__cause__, PydanticSerializationError)


def test_an_int_longer_than_python_prints_is_refused_as_django_refuses_it() -> None:
    with pytest.raises(ValueError, match="4300"):
        JsonResponse({"n": 10**5000})
    error = _refused(lambda: JsonResponseOK({"n": 10**5000}), "data", r"cannot be encoded as JSON")
    assert type(error.__cause__) is ValueError


def test_too_deep_data_is_refused_as_django_refuses_it() -> None:
    with pytest.raises(RecursionError):
        JsonResponse({"deep": DEEP})
    error = _refused(lambda: JsonResponseOK({"deep": DEEP}), "data", r"nested too deep")
    assert isinstance(error.__cause__, RecursionError)


@pytest.mark.parametrize(
    "data",
    [Item(note=DEEP), [Item(note=DEEP)], ProblemDetails(deep=DEEP)],
    ids=["model", "list of models", "ProblemDetails"],
)
def test_too_deep_model_data_is_blamed_on_data(data: object) -> None:
    error = _refused(
        lambda: (JsonResponseNotFound if isinstance(data, ProblemDetails) else JsonResponseOK)(
            data, safe=False
        ),
        "data",
        r"nested too deep|Maximum serialization depth exceeded",
    )
    # pydantic stops at its own depth limit for a serializer of its own, Python's otherwise
    assert isinstance(error.__cause__, RecursionError | ValueError)


def test_a_lone_surrogate_without_ensure_ascii_is_refused_as_django_refuses_it() -> None:
    with pytest.raises(UnicodeEncodeError):
        JsonResponse({"a": "\ud800"}, json_dumps_params={"ensure_ascii": False})
    error = _refused(
        lambda: JsonResponseOK({"a": "\ud800"}, json_dumps_params={"ensure_ascii": False}),
        "data",
        r"JsonResponseOK: data=.* cannot be encoded: its JSON holds '\\ud800'",
    )
    assert isinstance(error.__cause__, UnicodeEncodeError)


def test_a_lone_surrogate_in_model_data_is_blamed_on_data() -> None:
    error = _refused(
        lambda: JsonResponseOK(Item(note="\ud800")), "data", r"surrogates not allowed"
    )
    assert isinstance(error.__cause__, PydanticSerializationError)


def test_a_lone_surrogate_in_the_content_type_is_blamed_on_content_type() -> None:
    with pytest.raises(UnicodeEncodeError):
        JsonResponse({}, content_type="application/json; x=\ud800")
    error = _refused(
        lambda: JsonResponseOK({}, content_type="application/json; x=\ud800"),
        "content_type",
        r"JsonResponseOK: content_type='application/json; x=\\ud800': a header value cannot "
        r"contain a lone surrogate \(U\+D800\)",
    )
    assert error.response_class == "JsonResponseOK"
