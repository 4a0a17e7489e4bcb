"""The smaller gaps.

* ``headers=`` as a list of pairs, which Django accepts, is accepted and
  checked like a dict;
* ``status_code`` set to another value on an instance is refused (a 204
  with a body, or a 200 class sending 500, would follow);
* a user subclass repeating ``status_code = 200`` does not take over
  ``response_class(200)``;
* a Retry-After date that cannot be shown as an IMF-fixdate (past year 9999
  once converted to UTC) is a ``ResponseValidationError``, never an
  ``OverflowError``;
* user subclasses with their own positional arguments, or a parameter named
  ``status``, work.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from django_allresponses import (
    HttpResponseMovedPermanently,
    HttpResponseNoContent,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponseServiceUnavailable,
    HttpResponseTooManyRequests,
    JsonResponseOK,
    JsonResponseTooManyRequests,
    ResponseValidationError,
    response_class,
)
from django_allresponses.tools.examples import example_arguments
from tests.support.servers import ROOT, every_class

EVERY_CLASS = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
]

# --- headers= as a list of pairs ------------------------------------------------------------


@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_headers_as_a_list_of_pairs_are_accepted(code: int, json: bool) -> None:
    cls = response_class(code, json=json)
    arguments = example_arguments(code, json=json)
    response = cls(**arguments, headers=[("X-A", "1"), ("X-B", "two")])
    assert response["X-A"] == "1"
    assert response["X-B"] == "two"
    assert type(response) is cls


@pytest.mark.parametrize(
    ("cls", "arguments"),
    [
        (HttpResponseOK, {"content": "x"}),
        (JsonResponseOK, {"data": {}}),
        (HttpResponseNoContent, {}),
        (HttpResponseMovedPermanently, {"redirect_to": "/a"}),
    ],
)
def test_headers_as_a_list_of_pairs_are_checked_like_a_dict(
    cls: type[Any], arguments: dict[str, Any]
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        cls(**arguments, headers=[("Retry-After", "-5")])
    assert str(caught.value).startswith(f"{cls.__name__}: Retry-After header '-5'")
    with pytest.raises(ResponseValidationError, match="is not a header field name"):
        cls(**arguments, headers=[("X A", "1")])


def test_a_header_given_twice_in_pairs_keeps_the_last_as_django_does() -> None:
    response = HttpResponseOK("x", headers=[("X-A", "1"), ("x-a", "2")])
    assert response["X-A"] == "2"


def test_a_header_argument_repeated_in_pairs_is_an_error() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseServiceUnavailable(retry_after=5, headers=[("Retry-After", "10")])
    assert str(caught.value) == (
        "HttpResponseServiceUnavailable: the Retry-After header is set by an argument; "
        "do not also pass it in headers="
    )


# --- status_code on an instance -------------------------------------------------------------


@pytest.mark.parametrize(("code", "json"), EVERY_CLASS)
def test_status_code_cannot_be_changed_on_an_instance(code: int, json: bool) -> None:
    response = response_class(code, json=json)(**example_arguments(code, json=json))
    other = 200 if code != 200 else 204
    with pytest.raises((ResponseValidationError, TypeError)) as caught:
        response.status_code = other
    assert type(response).__name__ in str(caught.value)
    assert "status_code" in str(caught.value)
    assert response.status_code == code


def test_status_code_set_to_its_own_value_is_harmless() -> None:
    response = HttpResponseNoContent()
    response.status_code = 204
    assert response.status_code == 204
    assert response.content == b""


# --- subclasses -----------------------------------------------------------------------------

TAKEOVER = textwrap.dedent(
    """
    import django
    from django.conf import settings
    settings.configure()
    django.setup()
    from django_allresponses import (
        HttpResponseOK, JsonResponseOK, HttpResponseNotModified, response_class,
    )

    class MyOK(HttpResponseOK):
        status_code = 200

    class MyJsonOK(JsonResponseOK):
        status_code = 200

    class MyNotModified(HttpResponseNotModified):
        status_code = 304

    print(
        response_class(200).__name__,
        response_class(200, json=True).__name__,
        response_class(304).__name__,
        MyOK("x").status_code,
        MyNotModified().status_code,
    )
    """
)


def test_a_user_subclass_repeating_status_code_does_not_take_over_response_class() -> None:
    # In a fresh interpreter: a class that took over would stay registered for every test.
    result = subprocess.run(
        [sys.executable, "-c", TAKEOVER], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "HttpResponseOK",
        "JsonResponseOK",
        "HttpResponseNotModified",
        "200",
        "304",
    ]


class Emptied(HttpResponseNoContent):
    """A bodiless subclass whose own ``__init__`` takes a positional argument."""

    def __init__(self, item_id: int) -> None:
        super().__init__(headers={"X-Item": str(item_id)})
        self.item_id = item_id


class Unchanged(HttpResponseNotModified):
    def __init__(self, etag: str, /) -> None:
        super().__init__(headers={"ETag": etag})


def test_a_bodiless_subclass_may_take_positional_arguments() -> None:
    response = Emptied(7)
    assert response.item_id == 7
    assert response["X-Item"] == "7"
    assert response.status_code == 204
    assert Unchanged('"v1"')["ETag"] == '"v1"'


class Labelled(HttpResponseOK):
    """A subclass with a parameter of its own named ``status``."""

    def __init__(self, content: str, *, status: str) -> None:
        super().__init__(content, headers={"X-Order-Status": status})


class LabelledJson(JsonResponseOK):
    def __init__(self, data: object, status: str) -> None:
        super().__init__(data, headers={"X-Order-Status": status})


def test_a_subclass_may_have_its_own_status_parameter() -> None:
    response = Labelled("ok", status="shipped")
    assert response.status_code == 200
    assert response["X-Order-Status"] == "shipped"
    twin = LabelledJson({"id": 1}, "pending")
    assert twin.status_code == 200
    assert twin["X-Order-Status"] == "pending"
    positional = LabelledJson({"id": 1}, status="paid")
    assert positional["X-Order-Status"] == "paid"


def test_the_library_classes_still_refuse_status() -> None:
    with pytest.raises(TypeError, match="HttpResponseOK always sends 200 OK"):
        HttpResponseOK("x", status=500)  # type: ignore[call-arg]


# --- Retry-After dates past year 9999 -------------------------------------------------------

FAR = [
    pytest.param(datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-23))), id="tz"),
    pytest.param(datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))), id="max-tz"),
]


@pytest.mark.parametrize("when", FAR)
@pytest.mark.parametrize("cls", [HttpResponseTooManyRequests, HttpResponseServiceUnavailable])
def test_retry_after_past_year_9999_is_a_validation_error(
    cls: type[HttpResponseTooManyRequests], when: datetime
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        cls(retry_after=when)
    assert str(caught.value).startswith(f"{cls.__name__}: retry_after=")
    assert caught.value.argument == "retry_after"
    response = cls()
    with pytest.raises(ResponseValidationError) as caught:
        response["Retry-After"] = when  # type: ignore[assignment]
    assert "Retry-After" in str(caught.value) or "retry_after" in str(caught.value)
    assert "Retry-After" not in response


@pytest.mark.parametrize("when", FAR)
def test_retry_after_past_year_9999_is_a_validation_error_in_json_twins(when: datetime) -> None:
    with pytest.raises(ResponseValidationError, match="JsonResponseTooManyRequests: retry_after="):
        JsonResponseTooManyRequests({}, retry_after=when)


def test_the_last_representable_date_is_still_sent() -> None:
    last = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    response = HttpResponseTooManyRequests(retry_after=last)
    assert response["Retry-After"] == "Fri, 31 Dec 9999 23:59:59 GMT"


def test_content_the_charset_cannot_encode_is_a_validation_error() -> None:
    """Django's content setter would raise UnicodeEncodeError; the library names the problem."""
    from django.http import HttpResponse

    with pytest.raises(UnicodeEncodeError):
        HttpResponse("中", charset="latin-1")
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseOK("中", charset="latin-1")
    assert str(caught.value) == (
        "HttpResponseOK: content='中' cannot be encoded in the charset 'latin-1': "
        "ordinal not in range(256) at position 0; give bytes, or a charset that can encode it"
    )
    assert caught.value.argument == "content"


def test_a_charset_given_as_an_int_is_used_as_its_text() -> None:
    """850 names the codec cp850 once written as text; Django itself would fail to encode."""
    from django.http import HttpResponse

    with pytest.raises(TypeError):
        HttpResponse("é", charset=850)  # type: ignore[arg-type]
    response = HttpResponseOK("é", charset=850)  # type: ignore[arg-type]
    assert response["Content-Type"] == "text/html; charset=850"
    assert response.content == b"\x82"
