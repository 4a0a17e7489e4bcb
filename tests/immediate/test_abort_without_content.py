"""``abort`` without content answers as Django does, and says the right thing about content.

``abort(404)``, ``abort(403)`` and ``abort(400)`` with nothing else raise Django's own
``Http404``, ``PermissionDenied`` and ``BadRequest``: the project's ``handler404``,
``handler403`` and ``handler400`` render them, and `ProblemDetailsMiddleware` answers
them with problem details for a client that prefers JSON, exactly as for
``raise Http404``. Given content or any argument, ``abort`` builds the status's class as
before. Errors are public classes whose message is right about what was given.

Every request goes through Django's test client, with this module as the URLconf.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

from django_allresponses import ResponseValidationError, abort
from django_allresponses.immediate.abort import AbortArgumentError

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django_allresponses.middleware.ImmediateResponseMiddleware",
]
PROBLEMS = [
    "django.middleware.common.CommonMiddleware",
    "django_allresponses.middleware.ProblemDetailsMiddleware",
]


def handler400(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(f"project 400 for {request.path}", status=400)


def handler403(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(f"project 403 for {request.path}", status=403)


def handler404(request: HttpRequest, exception: Exception) -> HttpResponse:
    return HttpResponse(f"project 404 for {request.path}", status=404)


def aborts(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
    def view(request: HttpRequest) -> HttpResponse:
        abort(*args, **kwargs)  # type: ignore[call-overload]

    return view


def raises(exception: type[Exception]):  # type: ignore[no-untyped-def]
    def view(request: HttpRequest) -> HttpResponse:
        raise exception()

    return view


urlpatterns = [
    path("abort/404", aborts(404)),
    path("abort/404-enum", aborts(HTTPStatus.NOT_FOUND)),
    path("abort/404-plain", aborts(404, json=False)),
    path("abort/403", aborts(403)),
    path("abort/400", aborts(400)),
    path("abort/404-content", aborts(404, "No item 7.")),
    path("abort/404-headers", aborts(404, headers={"X-Item": "7"})),
    path("abort/410", aborts(410)),
    path("raise/404", raises(Http404)),
    path("raise/403", raises(PermissionDenied)),
    path("raise/400", raises(BadRequest)),
]

pytestmark = pytest.mark.urls(__name__)


def get(url: str, middleware: list[str] = MIDDLEWARE, **headers: str) -> HttpResponse:
    with override_settings(MIDDLEWARE=middleware):
        return Client(headers=headers).get(url)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("url", "status", "page"),
    [
        ("/abort/404", 404, b"project 404 for /abort/404"),
        ("/abort/404-enum", 404, b"project 404 for /abort/404-enum"),
        ("/abort/404-plain", 404, b"project 404 for /abort/404-plain"),
        ("/abort/403", 403, b"project 403 for /abort/403"),
        ("/abort/400", 400, b"project 400 for /abort/400"),
    ],
)
def test_abort_without_content_renders_the_project_s_handler(
    url: str, status: int, page: bytes
) -> None:
    response = get(url)
    assert response.status_code == status
    assert response.content == page


@pytest.mark.parametrize(("aborted", "raised"), [(404, 404), (403, 403), (400, 400)])
def test_abort_without_content_answers_as_raising_django_s_exception(
    aborted: int, raised: int
) -> None:
    by_abort = get(f"/abort/{aborted}")
    by_raise = get(f"/raise/{raised}")
    assert by_abort.status_code == by_raise.status_code
    assert by_abort.content.replace(b"/abort/", b"/raise/") == by_raise.content
    assert by_abort["Content-Type"] == by_raise["Content-Type"]


def test_without_any_middleware_abort_404_is_still_the_project_s_404() -> None:
    response = get("/abort/404", middleware=[])
    assert (response.status_code, response.content) == (404, b"project 404 for /abort/404")


def test_problem_details_answer_abort_404_as_they_answer_http404() -> None:
    by_abort = get("/abort/404", PROBLEMS, Accept="application/json")
    by_raise = get("/raise/404", PROBLEMS, Accept="application/json")
    assert by_abort.status_code == 404
    assert by_abort["Content-Type"] == "application/problem+json"
    assert by_abort.content == (
        b'{"type":"about:blank","title":"Not Found","status":404,"instance":"/abort/404"}'
    )
    assert by_raise.content == by_abort.content.replace(b"/abort/", b"/raise/")
    browser = get("/abort/404", PROBLEMS, Accept="text/html,*/*;q=0.8")
    assert browser.content == b"project 404 for /abort/404"


def test_abort_with_content_or_arguments_sends_the_status_s_class() -> None:
    content = get("/abort/404-content")
    assert (content.status_code, content.content) == (404, b"No item 7.")
    headers = get("/abort/404-headers")
    assert (headers.status_code, headers.content, headers["X-Item"]) == (404, b"", "7")


def test_another_status_without_content_is_its_class_with_no_body() -> None:
    """Django has a handler for 400, 403, 404 and 500 only; a 410 is the class's own."""
    response = get("/abort/410")
    assert (response.status_code, response.content) == (410, b"")
    assert response["Content-Type"] == "text/html; charset=utf-8"


def test_abort_404_raises_http404_outside_a_request() -> None:
    with pytest.raises(Http404):
        abort(404)
    with pytest.raises(PermissionDenied):
        abort(403)
    with pytest.raises(BadRequest):
        abort(400)


def test_json_without_data_is_a_public_error_that_says_so() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        abort(404, json=True)  # type: ignore[call-overload]
    error = caught.value
    assert type(error) is AbortArgumentError
    assert not type(error).__name__.startswith("_")
    assert isinstance(error, TypeError)
    assert error.argument == "data"
    assert str(error) == (
        "abort(404, json=True) for JsonResponseNotFound: the JSON twin sends data and none "
        'was given; pass it, as in abort(404, {"error": "..."}, json=True), or '
        'abort(404, ProblemDetails(detail="...")) for problem details; without json=True, '
        "abort(404) answers as raise Http404 does"
    )


def test_a_misfit_argument_is_a_public_error() -> None:
    with pytest.raises(AbortArgumentError) as caught:
        abort(404, colour="red")  # type: ignore[call-overload]
    assert type(caught.value).__module__ == "django_allresponses.immediate.abort"
    assert caught.value.argument == "colour"
    assert str(caught.value).startswith(
        "abort(404, ...) for HttpResponseNotFound: got an unexpected keyword argument 'colour'"
    )


@pytest.mark.parametrize(
    ("status", "name"),
    [(204, "No Content"), (205, "Reset Content"), (HTTPStatus.NOT_MODIFIED, "Not Modified")],
)
def test_a_bodiless_status_without_content_is_not_told_it_has_content(
    status: int, name: str
) -> None:
    code = int(status)
    cls = "HttpResponse" + name.replace(" ", "")
    with pytest.raises(ResponseValidationError) as caught:
        abort(status)  # type: ignore[call-overload]
    message = str(caught.value)
    assert "answers with content" not in message
    assert message == (
        f"abort: {code} {name} is a status without content, which abort(status) does not "
        f"build (it builds statuses that may carry content); answer it with abort({cls}())"
    )
    assert caught.value.argument == "status"


def test_a_bodiless_status_with_content_says_content_was_given() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        abort(204, "done")  # type: ignore[call-overload]
    assert str(caught.value) == (
        "abort: 204 No Content forbids content, and content was given; "
        "leave it out: abort(HttpResponseNoContent())"
    )
    assert caught.value.argument == "content"
