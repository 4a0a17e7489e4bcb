"""Raising a response: ImmediateResponse, abort() and the middleware.

Through Django's test client and AsyncClient with the test project of
``tests.support.settings_immediate`` (ProblemDetailsMiddleware last, an async-only
middleware in the chain), through ``RequestFactory`` with the middleware
alone, and ``abort`` itself for every status.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from http import HTTPStatus

import pytest
from asgiref.sync import async_to_sync
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.test import AsyncClient, Client, RequestFactory, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django_allresponses import (
    STATUSES,
    HttpResponseEarlyHints,
    HttpResponseForbidden,
    HttpResponseNoContent,
    HttpResponseNotModified,
    HttpResponseTooManyRequests,
    ProblemDetails,
    ResponseValidationError,
    response_class,
)
from django_allresponses.immediate import (
    ImmediateResponse,
    ImmediateResponseMiddleware,
    ProblemDetailsMiddleware,
    abort,
    prefers_json,
)
from django_allresponses.tools.examples import example_arguments
from tests.support import settings_immediate
from tests.support.immediate_cases import ASYNC, DJANGO, Case, immediate_project, mismatches


@pytest.fixture(autouse=True)
def project() -> Iterator[None]:
    with immediate_project():
        yield


def _received(case: Case, response: HttpResponseBase) -> list[str]:
    headers = {name: response.get(name) for name in case.headers}
    return mismatches(case, response.status_code, headers, response.content)


# --- through Django's test clients --------------------------------------------------------------


@pytest.mark.parametrize("case", DJANGO + ASYNC, ids=str)
def test_test_client_sees_the_answer(case: Case) -> None:
    response = Client().generic(case.method, case.path, headers=case.request_headers)
    assert not _received(case, response)


@pytest.mark.parametrize("case", DJANGO + ASYNC, ids=str)
def test_async_client_sees_the_answer(case: Case) -> None:
    # AsyncClient runs Django's ASGI handler: the middleware chain and the views run async.
    async def fetch() -> HttpResponseBase:
        client = AsyncClient()
        return await client.generic(case.method, case.path, headers=case.request_headers)

    assert not _received(case, async_to_sync(fetch)())


def test_without_the_middleware_a_carried_response_is_a_server_error() -> None:
    without = [m for m in settings_immediate.MIDDLEWARE if "ProblemDetails" not in m]
    with override_settings(MIDDLEWARE=without):
        client = Client(raise_request_exception=False)
        assert client.get("/immediate/rate-limited").status_code == 500


def test_other_exceptions_still_reach_django() -> None:
    client = Client(raise_request_exception=False)
    assert (
        client.get("/immediate/crash", headers={"Accept": "application/json"}).status_code == 500
    )
    with pytest.raises(ValueError, match="a bug"):
        Client().get("/immediate/crash")


def test_a_suspicious_operation_is_still_logged_as_django_logs_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="django.security"):
        response = Client().get("/immediate/suspicious", headers={"Accept": "application/json"})
    assert response.status_code == 400
    [record] = [r for r in caplog.records if r.name.startswith("django.security")]
    assert record.name == "django.security.SuspiciousOperation"
    assert record.getMessage() == "Tampered signature."


# --- through RequestFactory, with the middleware alone ----------------------------------------


def _raises(exception: Exception):  # type: ignore[no-untyped-def]
    def view(request: HttpRequest) -> HttpResponse:
        raise exception

    return view


def test_request_factory_with_the_middleware_sees_the_carried_response() -> None:
    carried = HttpResponseForbidden("Not yours.")
    middleware = ImmediateResponseMiddleware(_raises(ImmediateResponse(carried)))
    assert middleware(RequestFactory().get("/")) is carried


def test_request_factory_with_an_async_view() -> None:
    carried = HttpResponseForbidden("Not yours.")

    async def view(request: HttpRequest) -> HttpResponse:
        raise ImmediateResponse(carried)

    middleware = ImmediateResponseMiddleware(view)
    assert async_to_sync(middleware.__acall__)(RequestFactory().get("/")) is carried


def test_the_plain_middleware_leaves_django_s_exceptions_to_django() -> None:
    request = RequestFactory().get("/", headers={"Accept": "application/json"})
    middleware = ImmediateResponseMiddleware(_raises(Http404()))
    assert middleware.process_exception(request, Http404()) is None
    with pytest.raises(Http404):
        middleware(request)


@pytest.mark.parametrize(
    ("exception", "status", "title"),
    [
        (Http404("x"), 404, "Not Found"),
        (PermissionDenied("x"), 403, "Forbidden"),
        (BadRequest("x"), 400, "Bad Request"),
        (SuspiciousOperation("x"), 400, "Bad Request"),
    ],
)
def test_problem_details_for_django_s_exceptions(
    exception: Exception, status: int, title: str
) -> None:
    request = RequestFactory().get("/a", headers={"Accept": "application/problem+json"})
    response = ProblemDetailsMiddleware(_raises(exception)).process_exception(request, exception)
    assert response is not None
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    assert response.content == (
        f'{{"type":"about:blank","title":"{title}","status":{status},"instance":"/a"}}'.encode()
    )


@pytest.mark.parametrize(
    ("accept", "json"),
    [
        ("application/json", True),
        ("application/problem+json", True),
        ("application/json;q=0.9, text/html;q=0.8", True),
        ("text/html, application/json;q=0.5", False),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False),  # a browser
        ("*/*", False),  # curl
        ("text/plain", False),
        (None, False),
    ],
)
def test_only_clients_that_prefer_json_get_problem_details(accept: str | None, json: bool) -> None:
    headers = {} if accept is None else {"Accept": accept}
    assert prefers_json(RequestFactory().get("/", headers=headers)) is json


# --- ImmediateResponse --------------------------------------------------------------------------


def test_immediate_response_carries_any_django_response() -> None:
    response = HttpResponse("plain Django", status=418)
    assert ImmediateResponse(response).response is response
    assert ImmediateResponse(HttpResponseNotModified()).response.status_code == 304


def test_responses_are_not_exceptions() -> None:
    assert not issubclass(HttpResponseForbidden, BaseException)
    with pytest.raises(TypeError, match="exceptions must derive from BaseException"):
        raise HttpResponseForbidden()  # type: ignore[misc]


def test_immediate_response_refuses_what_is_not_a_response() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        ImmediateResponse("Forbidden")  # type: ignore[arg-type]
    assert str(raised.value) == (
        "ImmediateResponse: response='Forbidden' is not a Django response; "
        "expected an HttpResponseBase such as HttpResponseForbidden()"
    )
    assert raised.value.argument == "response"


def test_immediate_response_refuses_an_interim_response() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        ImmediateResponse(HttpResponseEarlyHints())
    assert str(raised.value) == (
        "ImmediateResponse: HttpResponseEarlyHints (103 Early Hints) is an interim response "
        "(RFC 9110, Section 15.2) and cannot answer a request; carry a status of 200 or above"
    )


# --- abort ------------------------------------------------------------------------------------


def _carried(*args: object, **kwargs: object) -> HttpResponseBase:
    with pytest.raises(ImmediateResponse) as raised:
        abort(*args, **kwargs)  # type: ignore[call-overload]
    return raised.value.response


WITH_CONTENT = [code for code, facts in STATUSES.items() if facts.allows_content]


@pytest.mark.parametrize("code", WITH_CONTENT)
@pytest.mark.parametrize("json", [False, True], ids=["http", "json"])
def test_abort_raises_the_class_of_every_status_with_content(code: int, json: bool) -> None:
    arguments = example_arguments(code, json=json)
    response = _carried(code, json=json, **arguments)
    assert type(response) is response_class(code, json=json)
    assert response.status_code == code


@pytest.mark.parametrize(
    ("call", "headers", "body"),
    [
        ((429,), {"retry_after": 30}, {"Retry-After": "30"}),
        ((503, "Down."), {"retry_after": 1.5}, {"Retry-After": "2"}),
        ((HTTPStatus.METHOD_NOT_ALLOWED, ["GET", "HEAD"]), {}, {"Allow": "GET, HEAD"}),
        ((301, "/new/"), {}, {"Location": "/new/"}),
        ((201, "/items/1"), {}, {"Location": "/items/1"}),
        ((426,), {"upgrade": "TLS/1.2"}, {"Upgrade": "TLS/1.2", "Connection": "Upgrade"}),
        (
            (401,),
            {"www_authenticate": 'Basic realm="api"'},
            {"WWW-Authenticate": 'Basic realm="api"'},
        ),
    ],
)
def test_abort_passes_the_class_s_own_arguments(
    call: tuple[object, ...], headers: dict[str, object], body: dict[str, str]
) -> None:
    response = _carried(*call, **headers)
    for name, value in body.items():
        assert response[name] == value


def test_abort_with_problem_details_builds_the_json_twin() -> None:
    response = _carried(429, ProblemDetails(detail="Slow down."), retry_after=30)
    assert type(response).__name__ == "JsonResponseTooManyRequests"
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "30"
    assert response.content == (
        b'{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Slow down."}'
    )
    as_data = _carried(405, data=ProblemDetails(), permitted_methods=["GET"])
    assert as_data["Allow"] == "GET"
    assert as_data["Content-Type"] == "application/problem+json"


def test_abort_with_json_builds_the_json_twin() -> None:
    response = _carried(409, {"error": "taken"}, json=True)
    assert type(response).__name__ == "JsonResponseConflict"
    assert response["Content-Type"] == "application/json"
    assert response.content == b'{"error": "taken"}'
    assert _carried(201, json=True, location="/items/1").content == b"{}"


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (
            204,
            "abort: 204 No Content is a status without content, which abort(status) does "
            "not build (it builds statuses that may carry content); answer it with "
            "abort(HttpResponseNoContent())",
        ),
        (
            205,
            "abort: 205 Reset Content is a status without content, which abort(status) does "
            "not build (it builds statuses that may carry content); answer it with "
            "abort(HttpResponseResetContent())",
        ),
        (
            HTTPStatus.NOT_MODIFIED,
            "abort: 304 Not Modified is a status without content, which abort(status) does "
            "not build (it builds statuses that may carry content); answer it with "
            "abort(HttpResponseNotModified())",
        ),
        (
            100,
            "abort: 100 Continue is an interim response (RFC 9110, Section 15.2) and cannot "
            "answer a request; abort with a status of 200 or above",
        ),
        (
            103,
            "abort: 103 Early Hints is an interim response (RFC 9110, Section 15.2) and cannot "
            "answer a request; abort with a status of 200 or above",
        ),
        (
            418,
            "abort: 418 is not an assigned HTTP status code; expected one of the codes in the "
            "IANA registry (django_allresponses.STATUSES)",
        ),
        (
            "404",
            "abort: status='404' is not a status code or a response; expected an int or "
            "HTTPStatus such as 404, or a response such as HttpResponseNotFound()",
        ),
        (
            True,
            "abort: status=True is not a status code or a response; expected an int or "
            "HTTPStatus such as 404, or a response such as HttpResponseNotFound()",
        ),
    ],
)
def test_abort_refuses_statuses_it_cannot_answer_with(status: object, message: str) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(status)  # type: ignore[call-overload]
    assert str(raised.value) == message
    assert raised.value.argument == "status"


def test_abort_raises_a_response_given_whole() -> None:
    response = HttpResponseTooManyRequests(retry_after=30)
    with pytest.raises(ImmediateResponse) as raised:
        abort(response)
    assert raised.value.response is response
    assert raised.value.response["Retry-After"] == "30"
    # Bodiless ones too: abort(response) is ImmediateResponse(response).
    with pytest.raises(ImmediateResponse) as raised:
        abort(HttpResponseNoContent())
    assert raised.value.response.status_code == 204


def test_abort_with_django_s_own_response_names_immediate_response() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(HttpResponse("plain", status=418))  # type: ignore[call-overload]
    assert str(raised.value) == (
        "abort: HttpResponse is not a class of this library, whose status is fixed; "
        "raise ImmediateResponse(HttpResponse(...)) to answer with it"
    )
    assert raised.value.argument == "status"


@pytest.mark.parametrize(
    ("args", "kwargs", "argument", "given"),
    [
        ((30,), {}, "args", "30"),
        ((), {"retry_after": 30}, "retry_after", "retry_after=30"),
        ((), {"json": True}, "json", "json=True"),
        (("x",), {"json": False}, "args", "'x', json=False"),
    ],
)
def test_abort_with_a_response_takes_nothing_else(
    args: tuple[object, ...], kwargs: dict[str, object], argument: str, given: str
) -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(HttpResponseTooManyRequests(), *args, **kwargs)  # type: ignore[call-overload]
    assert str(raised.value) == (
        f"abort(HttpResponseTooManyRequests(...), {given}): the response is built already "
        "and takes no other argument; give its arguments to its class, as in "
        "abort(HttpResponseTooManyRequests(retry_after=30))"
    )
    assert raised.value.argument == argument
    assert isinstance(raised.value, TypeError)


def test_abort_with_an_interim_response_is_refused() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(HttpResponseEarlyHints())
    assert raised.value.argument == "response"
    assert "103 Early Hints) is an interim response" in str(raised.value)


def test_abort_refuses_content_on_a_bodiless_status_too() -> None:
    with pytest.raises(ResponseValidationError, match=r"^abort: 204 No Content forbids content"):
        abort(204, "body")  # type: ignore[call-overload]
    assert ImmediateResponse(HttpResponseNoContent()).response.status_code == 204


def test_abort_refuses_problem_details_with_json_false() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(404, ProblemDetails(), json=False)  # type: ignore[call-overload]
    assert str(raised.value) == (
        "abort: a ProblemDetails is sent as application/problem+json by the JSON twin "
        "JsonResponseNotFound; leave json out or pass json=True"
    )
    assert raised.value.argument == "json"


def test_the_class_s_own_errors_come_through() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(429, retry_after=-5)
    assert raised.value.response_class == "HttpResponseTooManyRequests"
    assert raised.value.argument == "retry_after"
    with pytest.raises(TypeError, match="location"):
        abort(201)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="HttpResponseNotFound always sends 404 Not Found"):
        abort(404, status=410)  # type: ignore[call-overload]


# --- a mistaken abort() names the call and the argument -----------------------------------------


@pytest.mark.parametrize(
    ("call", "argument", "message"),
    [
        (
            lambda: abort(201),  # type: ignore[call-overload]
            "location",
            "abort(201, ...) for HttpResponseCreated: missing a required argument: 'location'; "
            "it takes HttpResponseCreated's arguments: location, content, content_location, "
            "created_document, content_type, charset, headers, reason",
        ),
        (
            lambda: abort(429, retry_afte=30),  # type: ignore[call-overload]
            "retry_afte",
            "abort(429, ...) for HttpResponseTooManyRequests: got an unexpected keyword argument "
            "'retry_afte'; it takes HttpResponseTooManyRequests's arguments: content, "
            "retry_after, content_type, charset, headers, reason",
        ),
        (
            lambda: abort(405, {}, json=True),  # type: ignore[call-overload]
            "permitted_methods",
            "abort(405, ...) for JsonResponseNotAllowed: missing a required argument: "
            "'permitted_methods'; it takes JsonResponseNotAllowed's arguments: data, "
            "permitted_methods, content_type, charset, headers, reason, encoder, safe, "
            "json_dumps_params",
        ),
        (
            lambda: abort(200, "a", "b"),  # type: ignore[call-overload]
            "args",
            "abort(200, ...) for HttpResponseOK: too many positional arguments; it takes "
            "HttpResponseOK's arguments: content, content_type, charset, headers, reason",
        ),
    ],
    ids=["missing", "misspelt", "twin-missing", "too-many"],
)
def test_arguments_that_do_not_fit_the_class_name_abort_and_the_argument(
    call: object, argument: str, message: str
) -> None:
    assert callable(call)
    with pytest.raises(ResponseValidationError) as raised:
        call()
    assert str(raised.value) == message
    assert raised.value.argument == argument
    # Python raises a TypeError for arguments that do not fit; so does abort, as well.
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value.__cause__, TypeError)


def test_an_int_too_long_to_print_is_an_unassigned_code() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        abort(10**5000)  # type: ignore[call-overload]
    assert raised.value.argument == "status"
    assert str(raised.value).startswith("abort: <an int of 16610 bits> is not an assigned HTTP")
    with pytest.raises(ResponseValidationError, match=r"^abort: -1 is not an assigned"):
        abort(-1)  # type: ignore[call-overload]


def test_a_value_python_cannot_convert_is_a_validation_error() -> None:
    # str() of an int of more than 4,300 digits raises ValueError inside Django's content.
    with pytest.raises(ResponseValidationError) as raised:
        abort(200, 10**5000)  # type: ignore[call-overload]
    # The class refuses it itself, naming the argument, and abort passes that on.
    assert str(raised.value).startswith(
        "HttpResponseOK: content=<an int of 16610 bits> cannot be written out as text: "
        "Exceeds the limit (4300 digits) for integer string conversion"
    )
    assert raised.value.response_class == "HttpResponseOK"
    assert raised.value.argument == "content"
    assert type(raised.value.__cause__) is ValueError


def test_a_wrong_type_refused_deeper_down_is_named_for_abort() -> None:
    # Django's own TypeError for headers that are no mapping or pairs.
    with pytest.raises(ResponseValidationError) as raised:
        abort(200, headers=1)  # type: ignore[call-overload]
    assert str(raised.value) == "abort(200, ...) for HttpResponseOK: 'int' object is not iterable"
    assert isinstance(raised.value, TypeError)
    assert type(raised.value.__cause__) is TypeError


def test_a_type_error_from_deeper_down_is_not_blamed_on_the_arguments() -> None:
    # safe=False left out for a list: Django's TypeError, kept as this library words it.
    with pytest.raises(TypeError) as raised:
        abort(409, [1, 2], json=True)
    assert "abort(" not in str(raised.value)
    assert "safe" in str(raised.value)


_ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.builds(ProblemDetails, detail=st.none() | st.text(max_size=10)),
    st.sampled_from(list(HTTPStatus)),
    st.just(object()),
)
_KEYWORDS = st.sampled_from(
    [
        "json",
        "content",
        "data",
        "location",
        "redirect_to",
        "retry_after",
        "permitted_methods",
        "upgrade",
        "content_type",
        "charset",
        "headers",
        "reason",
        "safe",
        "status",
        "retry_afte",
        "created_document",
        "content_range",
        "www_authenticate",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.one_of(st.sampled_from(sorted(STATUSES)), _ANY_VALUE),
    args=st.lists(_ANY_VALUE, max_size=3),
    kwargs=st.dictionaries(_KEYWORDS, _ANY_VALUE, max_size=4),
    huge=st.sampled_from([None, "status", "argument"]),
)
def test_any_arguments_raise_an_immediate_response_or_a_validation_error(
    status: object, args: list[object], kwargs: dict[str, object], huge: str | None
) -> None:
    # An int too long for str() (built here: hypothesis could not print it as an example).
    if huge == "status":
        status = 10**5000
    elif huge == "argument":
        args = [10**5000, *args]
    # Unexpected keywords too: their ResponseValidationError is also the TypeError Python raises.
    try:
        abort(status, *args, **kwargs)  # type: ignore[call-overload]
    except (ImmediateResponse, ResponseValidationError):
        return
    except (Http404, PermissionDenied, BadRequest):
        # abort(404), abort(403) and abort(400) alone raise Django's own exceptions.
        assert (status, args, kwargs) in ((404, [], {}), (403, [], {}), (400, [], {}))
        return
    pytest.fail("abort returned")
