"""abort() misused: a missing required argument, a bodiless or 1xx status, ``status=``,
an unassigned code, a wrong argument type; and the code after abort() is unreachable.

abort() never returns, so every case sits in a function of its own: both checkers
skip the code that follows a NoReturn call, and would not check a second case there.
The file-level comments turn on both checkers' unreachable-code reports.
"""

# mypy: warn-unreachable
# pyright: reportUnreachable=error

from django.http import HttpResponse
from django_allresponses import HttpResponseCreated, HttpResponseTooManyRequests, ProblemDetails
from django_allresponses.immediate import abort

# --- a required argument left out -----------------------------------------------------------


def created_without_location() -> None:
    abort(201)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def created_twin_without_location() -> None:
    abort(201, {"id": 1}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def moved_permanently_without_target() -> None:
    abort(301)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def found_without_target() -> None:
    abort(302, retry_after=5)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def redirect_without_target() -> None:
    abort(303)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def temporary_redirect_without_target() -> None:
    abort(307)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def permanent_redirect_without_target() -> None:
    abort(308)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def temporary_redirect_twin_without_target() -> None:
    abort(307, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def moved_twin_without_target() -> None:
    abort(301, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def found_twin_without_target() -> None:
    abort(302, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def see_other_twin_without_target() -> None:
    abort(303, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def not_allowed_twin_without_methods() -> None:
    abort(405, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def upgrade_required_twin_without_protocol() -> None:
    abort(426, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def upgrade_required_problem_without_protocol() -> None:
    abort(426, ProblemDetails())  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def redirect_twin_without_target() -> None:
    abort(308, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def not_allowed_without_methods() -> None:
    abort(405)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def not_allowed_problem_without_methods() -> None:
    abort(405, ProblemDetails())  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def upgrade_required_without_protocol() -> None:
    abort(426, "Use TLS.")  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def twin_without_data() -> None:
    abort(404, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


# --- statuses that forbid content: 1xx, 204, 205, 304 ---------------------------------------


def no_content() -> None:
    abort(204)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def no_content_with_content() -> None:
    abort(204, "body")  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def reset_content_as_json() -> None:
    abort(205, {}, json=True)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def not_modified() -> None:
    abort(304)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def interim() -> None:
    abort(100)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def switching_protocols() -> None:
    abort(101, upgrade="websocket")  # E: mypy[call-overload] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[no-matching-overload]


# --- status= ----------------------------------------------------------------------------------


def status_as_keyword() -> None:
    abort(status=404)  # E: mypy[call-overload] pyright[reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def status_twice() -> None:
    abort(404, status=410)  # E: mypy[call-overload] pyright[reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


# --- codes that are not assigned, and codes that are not literals -----------------------------


def unused_code() -> None:
    abort(418)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def computed_code(code: int) -> None:
    abort(code)  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


# --- wrong argument types ---------------------------------------------------------------------


def retry_after_as_text() -> None:
    abort(429, retry_after="30")  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def methods_as_a_bare_string() -> None:
    abort(405, "GET")  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def json_as_text() -> None:
    abort(404, {}, json="yes")  # E: mypy[call-overload] pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


# --- abort(response): the constructor's own messages, naming the argument ----------------------


def response_without_location() -> None:
    abort(HttpResponseCreated())  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]


def response_with_retry_after_as_text() -> None:
    abort(HttpResponseTooManyRequests(retry_after="soon"))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]


def response_with_a_misspelt_keyword() -> None:
    abort(HttpResponseTooManyRequests(retry_afte=30))  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]


def response_and_more_arguments() -> None:
    abort(HttpResponseTooManyRequests(), retry_after=30)  # E: mypy[call-overload] mypy-nostubs[-] (an Any base without stubs fits any status) pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


def django_s_own_response() -> None:
    abort(HttpResponse("body", status=418))  # E: mypy[call-overload] mypy-nostubs[-] (HttpResponse is Any without stubs) pyright[reportArgumentType, reportCallIssue] ty[no-matching-overload] pyrefly[no-matching-overload]


# --- the code after abort() is unreachable ----------------------------------------------------


def after_abort() -> int:
    abort(404)
    return 1  # E: mypy[unreachable] pyright[reportUnreachable] ty[-] (no unreachable-code check) pyrefly[-] (no unreachable-code check)


def after_abort_with_problem(value: int) -> int:
    if value < 0:
        abort(422, ProblemDetails(detail="Negative."))
        value = 0  # E: mypy[unreachable] pyright[reportUnreachable] ty[-] (no unreachable-code check) pyrefly[-] (no unreachable-code check)
    return value


def after_a_json_abort() -> str:
    abort(429, {"error": "slow down"}, json=True, retry_after=30)
    return "never"  # E: mypy[unreachable] pyright[reportUnreachable] ty[-] (no unreachable-code check) pyrefly[-] (no unreachable-code check)
