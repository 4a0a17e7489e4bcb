"""Misuse refused at run time that the checkers see too: a ProblemDetails field assigned
(the model is frozen to checkers), a ProblemDetails sent by an HTTP class or with a
status that is no error, an interim response carried, the JSON twin of a status that
forbids content. The calls refused through a deprecated overload are reported as
deprecated: the file-level comment turns on mypy's report of them, which is off by
default."""

# mypy: enable-error-code="deprecated"

from django_allresponses import (
    HttpResponseContinue,
    HttpResponseEarlyHints,
    ImmediateResponse,
    ProblemDetails,
    response_class,
)
from django_allresponses.immediate import abort

problem = ProblemDetails(detail="No item 7.")
problem.detail = "No item 8."  # E: mypy[misc] pyright[reportAttributeAccessIssue] ty[invalid-assignment] pyrefly[read-only]

ImmediateResponse(HttpResponseContinue())  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]
ImmediateResponse(HttpResponseEarlyHints(links=["/style.css"]))  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


# response_class() of a bodiless status with json=True never returns (it raises): each case
# sits in a function of its own, since checkers skip the code that follows it.
def no_content_twin() -> None:
    response_class(204, json=True)  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


def not_modified_twin() -> None:
    response_class(304, json=True)  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


def problem_by_the_http_class() -> None:
    abort(404, ProblemDetails(), json=False)  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


def problem_for_a_success() -> None:
    abort(200, ProblemDetails())  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


def problem_for_a_redirect() -> None:
    abort(302, ProblemDetails(), redirect_to="/login")  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]
