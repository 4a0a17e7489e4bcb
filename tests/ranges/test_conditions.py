"""Preconditions (RFC 9110, Section 13): evaluate_preconditions and the conditional decorator
on function views, Django class-based views and Django REST framework views."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from django.test import Client, RequestFactory

from django_allresponses import (
    HttpResponseNotModified,
    HttpResponsePreconditionFailed,
    HttpResponsePreconditionRequired,
    ResponseValidationError,
    evaluate_preconditions,
)

factory = RequestFactory()
MODIFIED = datetime(2024, 1, 1, tzinfo=UTC)  # Mon, 01 Jan 2024 00:00:00 GMT
EARLIER = "Sun, 31 Dec 2023 23:59:59 GMT"
SAME = "Mon, 01 Jan 2024 00:00:00 GMT"
LATER = "Tue, 02 Jan 2024 00:00:00 GMT"

# (method, request headers, status: None = go on)
CASES = [
    ("GET", {}, None),
    # Step 3: If-None-Match, weak comparison; 304 for GET and HEAD, 412 otherwise.
    ("GET", {"If-None-Match": '"v1"'}, 304),
    ("HEAD", {"If-None-Match": '"v1"'}, 304),
    ("GET", {"If-None-Match": 'W/"v1"'}, 304),
    ("GET", {"If-None-Match": '"v0", "v1"'}, 304),
    ("GET", {"If-None-Match": "*"}, 304),
    ("GET", {"If-None-Match": '"v0"'}, None),
    ("PUT", {"If-None-Match": '"v1"'}, 412),
    ("PUT", {"If-None-Match": "*"}, 412),
    ("POST", {"If-None-Match": '"v0"'}, None),
    # Step 1: If-Match, strong comparison.
    ("PUT", {"If-Match": '"v1"'}, None),
    ("PUT", {"If-Match": '"v0", "v1"'}, None),
    ("PUT", {"If-Match": "*"}, None),
    ("PUT", {"If-Match": 'W/"v1"'}, 412),
    ("PUT", {"If-Match": '"v0"'}, 412),
    ("GET", {"If-Match": '"v0"'}, 412),
    ("DELETE", {"If-Match": "not-a-tag"}, 412),
    # Step 2: If-Unmodified-Since only without If-Match.
    ("PUT", {"If-Unmodified-Since": EARLIER}, 412),
    ("PUT", {"If-Unmodified-Since": SAME}, None),
    ("PUT", {"If-Unmodified-Since": LATER}, None),
    ("PUT", {"If-Unmodified-Since": "yesterday"}, None),
    ("PUT", {"If-Match": '"v1"', "If-Unmodified-Since": EARLIER}, None),
    # Step 4: If-Modified-Since only for GET and HEAD, and only without If-None-Match.
    ("GET", {"If-Modified-Since": SAME}, 304),
    ("GET", {"If-Modified-Since": LATER}, 304),
    ("GET", {"If-Modified-Since": EARLIER}, None),
    ("GET", {"If-Modified-Since": "yesterday"}, None),
    ("POST", {"If-Modified-Since": LATER}, None),
    ("GET", {"If-None-Match": '"v0"', "If-Modified-Since": LATER}, None),
    # The order: If-Match fails before If-None-Match is looked at.
    ("GET", {"If-Match": '"v0"', "If-None-Match": '"v1"'}, 412),
    ("GET", {"If-Unmodified-Since": EARLIER, "If-None-Match": '"v1"'}, 412),
    # Section 13.2.1: methods that select no representation are never conditional.
    ("OPTIONS", {"If-Match": '"v0"'}, None),
    ("TRACE", {"If-None-Match": '"v1"'}, None),
]


@pytest.mark.parametrize(("method", "headers", "status"), CASES)
def test_the_evaluation_order(method: str, headers: dict[str, str], status: int | None) -> None:
    request = factory.generic(method, "/", headers=headers)
    response = evaluate_preconditions(request, etag='"v1"', last_modified=MODIFIED)
    assert (None if response is None else response.status_code) == status
    if status == 304:
        assert isinstance(response, HttpResponseNotModified)
    if status == 412:
        assert isinstance(response, HttpResponsePreconditionFailed)


def test_a_304_carries_the_etag_and_not_the_date() -> None:
    request = factory.get("/", headers={"If-None-Match": '"v1"'})
    response = evaluate_preconditions(request, etag="v1", last_modified=MODIFIED)
    assert response is not None
    assert response["ETag"] == '"v1"'
    assert not response.has_header("Last-Modified")
    assert not response.has_header("Content-Type")
    assert response.content == b""


def test_a_304_without_etag_carries_the_date() -> None:
    request = factory.get("/", headers={"If-Modified-Since": SAME})
    response = evaluate_preconditions(request, last_modified=datetime(2024, 1, 1))
    assert response is not None
    assert response["Last-Modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert not response.has_header("ETag")


def test_a_weak_current_etag_never_matches_if_match() -> None:
    request = factory.put("/", headers={"If-Match": 'W/"v1"'})
    assert evaluate_preconditions(request, etag='W/"v1"').status_code == 412  # type: ignore[union-attr]
    cached = factory.get("/", headers={"If-None-Match": '"v1"'})
    assert evaluate_preconditions(cached, etag='W/"v1"').status_code == 304  # type: ignore[union-attr]


def test_no_validators_no_conditions_hold() -> None:
    assert evaluate_preconditions(factory.get("/", headers={"If-Modified-Since": LATER})) is None
    failed = evaluate_preconditions(factory.put("/", headers={"If-Match": '"v1"'}))
    assert isinstance(failed, HttpResponsePreconditionFailed)


def test_star_tests_whether_the_resource_exists() -> None:
    create = factory.put("/", headers={"If-None-Match": "*"})
    assert evaluate_preconditions(create, exists=False) is None
    replace = factory.put("/", headers={"If-Match": "*"})
    assert evaluate_preconditions(replace, exists=False).status_code == 412  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("method", "headers", "exists", "status"),
    [
        ("DELETE", {}, True, 428),
        ("PUT", {}, True, 428),
        ("PATCH", {"If-None-Match": '"v0"'}, True, 428),
        ("POST", {}, True, 428),
        ("PUT", {"If-Match": '"v1"'}, True, None),
        ("PUT", {"If-Match": '"v0"'}, True, 412),
        ("GET", {}, True, None),
        ("HEAD", {}, True, None),
        ("PUT", {}, False, None),
    ],
)
def test_428_when_asked_for(
    method: str, headers: dict[str, str], exists: bool, status: int | None
) -> None:
    request = factory.generic(method, "/", headers=headers)
    response = evaluate_preconditions(request, etag='"v1"', exists=exists, require_if_match=True)
    assert (None if response is None else response.status_code) == status
    if status == 428:
        assert isinstance(response, HttpResponsePreconditionRequired)
        assert response.content == (
            b"This request must be conditional: send If-Match with the current ETag.\n"
        )
    without = evaluate_preconditions(request, etag='"v1"', exists=exists)
    assert (None if without is None else without.status_code) == (
        None if status == 428 else status
    )


def test_bad_validators() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        evaluate_preconditions(factory.get("/"), etag='"v"1"')
    assert str(caught.value) == (
        'evaluate_preconditions: invalid etag=\'"v"1"\': expected an entity-tag such as '
        "'\"v1\"' or 'W/\"v1\"', or a bare tag without quotes, spaces or control characters "
        "(RFC 9110, Section 8.8.3)"
    )
    assert caught.value.argument == "etag"
    with pytest.raises(ResponseValidationError) as caught:
        evaluate_preconditions(factory.get("/"), last_modified=1704067200)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "evaluate_preconditions: invalid last_modified=1704067200: expected a datetime "
        "(naive means UTC)"
    )


VIEWS = ["/conditional/function", "/conditional/class", "/conditional/drf"]


@pytest.mark.urls("tests.support.ranges_urls")
@pytest.mark.parametrize("path", VIEWS)
def test_the_decorator_on_every_kind_of_view(path: str) -> None:
    client = Client()
    fresh = client.get(path)
    assert fresh.status_code == 200
    assert fresh["ETag"] == '"ranges-v1"'
    cached = client.get(path, headers={"If-None-Match": '"ranges-v1"'})
    assert cached.status_code == 304
    assert isinstance(cached, HttpResponseNotModified)
    assert cached["ETag"] == '"ranges-v1"'
    unconditional = client.put(path)
    assert isinstance(unconditional, HttpResponsePreconditionRequired)
    stale = client.put(path, headers={"If-Match": '"ranges-v0"'})
    assert isinstance(stale, HttpResponsePreconditionFailed)
    current = client.put(path, headers={"If-Match": '"ranges-v1"'})
    assert current.status_code == 204


@pytest.mark.urls("tests.support.ranges_urls")
def test_the_decorator_adds_last_modified() -> None:
    response = Client().get("/conditional/function")
    assert response["Last-Modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert response.content == b"document v1"
    since = Client().get("/conditional/function", headers={"If-Modified-Since": SAME})
    assert since.status_code == 304
    assert since["ETag"] == '"ranges-v1"'


@pytest.mark.urls("tests.support.ranges_urls")
def test_drf_answers_its_own_body_when_no_precondition_stops_it() -> None:
    response = Client().get("/conditional/drf")
    assert response.json() == {"version": 1}
    assert response["Content-Type"] == "application/json"


def test_the_decorator_keeps_an_async_view_async() -> None:
    from asgiref.sync import iscoroutinefunction

    from django_allresponses import HttpResponseOK, conditional

    @conditional(etag=lambda request: '"v1"')
    async def page(request: object) -> HttpResponseOK:
        return HttpResponseOK(b"async")

    assert iscoroutinefunction(page)
    fresh = asyncio.run(page(factory.get("/")))
    assert (fresh.status_code, fresh.content, fresh["ETag"]) == (200, b"async", '"v1"')
    cached = asyncio.run(page(factory.get("/", headers={"If-None-Match": '"v1"'})))
    assert isinstance(cached, HttpResponseNotModified)
