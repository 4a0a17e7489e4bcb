"""The JSON twins, pydantic model bodies and Problem Details (RFC 9457)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from pydantic import BaseModel, ConfigDict, Field

import django_allresponses as lib
from django_allresponses import (
    STATUSES,
    JsonResponseCreated,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponseTooManyRequests,
    ProblemDetails,
    ResponseValidationError,
    response_class,
)
from django_allresponses.tools.examples import example_arguments

TWINS = [code for code, facts in STATUSES.items() if facts.allows_content]
DEFAULTS_TO_EMPTY_OBJECT = {201, 405}


@pytest.mark.parametrize("code", TWINS)
def test_every_twin_round_trips_its_data(code: int) -> None:
    cls = response_class(code, json=True)
    arguments = example_arguments(code, json=True)
    data = {"code": code, "items": [1, 2.5, "three", None, True], "nested": {"a": []}}
    if code == 206:
        data = {"a": 1}
        arguments["content_range"] = (0, len(json.dumps(data)) - 1, 100)
    arguments["data"] = data
    response = cls(**arguments)
    assert isinstance(response, JsonResponse)
    assert response.status_code == code
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == data


@pytest.mark.parametrize("code", TWINS)
def test_data_is_required_except_where_the_reference_leaves_it_out(code: int) -> None:
    cls = response_class(code, json=True)
    arguments = example_arguments(code, json=True)
    del arguments["data"]
    arguments.pop("safe", None)
    if code in DEFAULTS_TO_EMPTY_OBJECT:
        assert cls(**arguments).content == b"{}"
    else:
        with pytest.raises(TypeError, match="missing 1 required positional argument: 'data'"):
            cls(**arguments)


def test_reference_examples() -> None:
    response = JsonResponseCreated({"id": 1, "name": "New"}, location="/api/items/1")
    assert (response.status_code, response["Location"]) == (201, "/api/items/1")
    assert json.loads(response.content) == {"id": 1, "name": "New"}
    assert JsonResponseCreated(location="/api/items/1").content == b"{}"
    assert JsonResponseNotAllowed(permitted_methods=["GET"])["Allow"] == "GET"
    assert lib.JsonResponseServerError({"error": "boom"}).status_code == 500


@pytest.mark.parametrize(
    ("code", "argument"),
    [(201, "location"), (405, "permitted_methods"), (426, "upgrade")]
    + [(code, "redirect_to") for code in (301, 302, 303, 307, 308)],
)
def test_missing_required_keyword(code: int, argument: str) -> None:
    cls = response_class(code, json=True)
    with pytest.raises(TypeError, match=f"missing 1 required keyword-only argument: '{argument}'"):
        cls({})


def test_django_keywords_are_honoured() -> None:
    response = JsonResponseOK(
        {"when": datetime(2026, 1, 2, 3, 4, 5, 678901), "price": Decimal("1.10")},
        encoder=DjangoJSONEncoder,
        json_dumps_params={"sort_keys": True, "indent": 1},
        headers={"X-Request-Id": "abc"},
        charset="latin-1",
    )
    assert response.content == b'{\n "price": "1.10",\n "when": "2026-01-02T03:04:05.678"\n}'
    assert response["X-Request-Id"] == "abc"
    assert response.charset == "latin-1"
    custom = JsonResponseOK({"a": 1}, content_type="application/vnd.api+json")
    assert custom["Content-Type"] == "application/vnd.api+json"


@pytest.mark.parametrize("data", [[1, 2], "text", 5, None, (1, 2)])
def test_non_dict_data_needs_safe_false_as_in_django(data: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseOK(data)
    assert str(caught.value) == (
        f"JsonResponseOK: data is a {type(data).__name__}, not a dict. In order to allow "
        "non-dict objects to be serialized set the safe parameter to False."
    )
    assert isinstance(caught.value, TypeError)  # Django raises TypeError here
    assert json.loads(JsonResponseOK(data, safe=False).content) == (
        list(data) if isinstance(data, tuple) else data
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"x": object()}, "Object of type object is not JSON serializable"),
        ({"x": {1, 2}}, "Object of type set is not JSON serializable"),
        ({"x": float("nan")}, "Out of range float values are not JSON compliant"),
        ({"x": float("-inf")}, "Out of range float values are not JSON compliant"),
    ],
)
def test_data_that_cannot_be_encoded(data: dict[str, Any], reason: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseOK(data)
    assert str(caught.value).startswith("JsonResponseOK: data=")
    assert reason in str(caught.value)
    assert caught.value.argument == "data"


def test_nan_is_sent_only_when_asked_for() -> None:
    response = JsonResponseOK({"x": float("nan")}, json_dumps_params={"allow_nan": True})
    assert response.content == b'{"x": NaN}'


def test_header_arguments_are_validated_as_for_the_http_classes() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseTooManyRequests({}, retry_after=-5)
    assert str(caught.value).startswith("JsonResponseTooManyRequests: retry_after=-5")
    assert JsonResponseTooManyRequests({}, retry_after=1.5)["Retry-After"] == "2"


class Owner(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    user_id: UUID = Field(alias="userId")
    display_name: str = Field(alias="displayName")


class Item(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    item_id: int = Field(alias="id")
    name: str
    price: Decimal
    created: datetime
    owner: Owner
    tags: list[str] = []


def _item(number: int) -> Item:
    return Item(
        item_id=number,
        name=f"item {number}",
        price=Decimal("9.99"),
        created=datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
        owner=Owner(user_id=UUID(int=number), display_name="Ada"),
        tags=["a", "b"],
    )


def test_a_model_is_serialized_by_pydantic_with_aliases() -> None:
    item = _item(1)
    response = JsonResponseOK(item)
    assert response.content == item.model_dump_json(by_alias=True).encode()
    body = json.loads(response.content)
    assert body["id"] == 1 and body["owner"]["displayName"] == "Ada"
    assert body["price"] == "9.99"
    assert body["created"] == "2026-01-02T03:04:05.678901Z"
    assert body["owner"]["userId"] == str(UUID(int=1))


def test_a_list_of_models() -> None:
    rows = [_item(number) for number in range(3)]
    response = JsonResponseOK(rows, safe=False)
    expected = "[" + ",".join(row.model_dump_json(by_alias=True) for row in rows) + "]"
    assert response.content == expected.encode()
    with pytest.raises(ResponseValidationError, match="data is a list, not a dict"):
        JsonResponseOK(rows)


def test_a_list_mixing_models_and_plain_data() -> None:
    response = JsonResponseOK([_item(1), {"plain": True}], safe=False)
    body = json.loads(response.content)
    assert body[0]["id"] == 1 and body[1] == {"plain": True}


def test_models_nested_in_plain_data_use_the_default_encoder() -> None:
    response = JsonResponseOK({"items": [_item(1)]})
    assert json.loads(response.content)["items"][0] == json.loads(
        _item(1).model_dump_json(by_alias=True)
    )


def test_models_take_indent_only() -> None:
    response = JsonResponseOK(_item(1), json_dumps_params={"indent": 2})
    assert response.content == _item(1).model_dump_json(by_alias=True, indent=2).encode()
    with pytest.raises(ResponseValidationError, match="which takes only 'indent'"):
        JsonResponseOK(_item(1), json_dumps_params={"sort_keys": True})


# --- Problem Details ------------------------------------------------------------------------


def test_problem_details_fill_status_and_title() -> None:
    response = JsonResponseNotFound(ProblemDetails(detail="No item 7."))
    assert response["Content-Type"] == "application/problem+json"
    assert json.loads(response.content) == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "No item 7.",
    }


def test_problem_details_with_type_and_extensions() -> None:
    problem = ProblemDetails(
        type="https://example.com/probs/out-of-credit",
        title="You do not have enough credit.",
        detail="Your current balance is 30, but that costs 50.",
        instance="/account/12345/msgs/abc",
        balance=30,
        accounts=["/account/12345", "/account/67890"],
    )
    response = response_class(403, json=True)(problem)
    assert json.loads(response.content) == {
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "status": 403,
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"],
    }


def test_problem_details_status_must_agree() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseNotFound(ProblemDetails(status=410))
    assert str(caught.value) == (
        "JsonResponseNotFound: ProblemDetails has status=410 but JsonResponseNotFound sends "
        "404 Not Found; leave status out and it is filled in"
    )
    assert JsonResponseNotFound(ProblemDetails(status=404)).status_code == 404


def test_problem_details_only_for_errors() -> None:
    with pytest.raises(ResponseValidationError, match="200 OK is not a 4xx or 5xx status"):
        JsonResponseOK(ProblemDetails())


@pytest.mark.parametrize("member", ["type", "title", "status", "detail", "instance"])
def test_extension_members_may_not_collide_with_standard_ones(member: str) -> None:
    with pytest.raises(ValueError, match=f"extension member '{member}' collides"):
        ProblemDetails(extensions={member: "x"})
    assert ProblemDetails(extensions={"balance": 30}).model_extra == {"balance": 30}


def test_problem_details_validates_members() -> None:
    with pytest.raises(ValueError, match="whitespace or control characters"):
        ProblemDetails(type="not a uri")
    with pytest.raises(ValueError, match="less than or equal to 599"):
        ProblemDetails(status=700)
    with pytest.raises(ValueError, match="given twice"):
        ProblemDetails.model_validate({"balance": 1, "extensions": {"balance": 2}})


def test_problem_details_content_type_can_be_overridden() -> None:
    response = JsonResponseNotFound(ProblemDetails(), content_type="application/json")
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "data", [{"detail": "x"}, ProblemDetails(detail="x")], ids=["dict", "problem"]
)
def test_a_content_type_in_headers_takes_the_place_of_the_default(data: object) -> None:
    """A twin's default Content-Type (application/json, or application/problem+json for
    ProblemDetails) gives way to one in headers=, the same for both kinds of data."""
    response = JsonResponseNotFound(data, headers={"Content-Type": "application/vnd.api+json"})
    assert response["Content-Type"] == "application/vnd.api+json"
    with pytest.raises(ResponseValidationError, match="content_type= or in headers=, not both"):
        JsonResponseNotFound(
            data,
            content_type="application/json",
            headers={"Content-Type": "application/vnd.api+json"},
        )
