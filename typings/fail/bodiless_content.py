"""Content given to a status that forbids it (1xx, 204, 205, 304), positionally and as content=,
and written to one (write() and writelines() are deprecated to checkers: the file-level
comment turns on mypy's report of deprecated calls, which is off by default)."""

# mypy: enable-error-code="deprecated"

import django_allresponses
from django_allresponses import (
    HttpResponseContinue,
    HttpResponseEarlyHints,
    HttpResponseNoContent,
    HttpResponseNotModified,
    HttpResponseProcessing,
    HttpResponseResetContent,
    HttpResponseSwitchingProtocols,
)

HttpResponseContinue("body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseContinue(content="body")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseSwitchingProtocols("body", upgrade="websocket")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseSwitchingProtocols(content=b"body", upgrade="websocket")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseProcessing(b"body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseProcessing(content=b"body")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseEarlyHints("body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseEarlyHints(content="body", links=["/style.css"])  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseNoContent("body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseNoContent(content="body")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseNoContent(b"")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseResetContent("body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseResetContent(content="body")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseNotModified("body")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseNotModified(content="body")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]

# Django's keywords for content do not exist on a bodiless class either.
HttpResponseNoContent(content_type="text/plain")  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseNotModified(charset="utf-8")  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]

# A status that forbids content has no JSON twin.
django_allresponses.JsonResponseNoContent({})  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue, reportUnknownMemberType] pyright-basic[reportAttributeAccessIssue] ty[missing-attribute] pyrefly[missing-attribute]


def write() -> None:
    HttpResponseNoContent().write("x")  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


def writelines() -> None:
    HttpResponseNotModified().writelines([b"x"])  # E: mypy[deprecated] pyright[reportDeprecated] pyright-basic[-] (basic mode: deprecation is a hint) ty[deprecated] pyrefly[deprecated]


# Keywords nobody declares: misspelt ones, and the empty content a 205 already sends.
HttpResponseResetContent(content=b"")  # E: mypy[call-arg] pyright[reportCallIssue] ty[positional-only-parameter-as-kwarg] pyrefly[unexpected-keyword]
HttpResponseNoContent(reasn="Done")  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
