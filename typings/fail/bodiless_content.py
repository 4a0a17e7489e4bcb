"""Content given to a status that forbids it (1xx, 204, 205, 304), positionally and as content=."""

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

HttpResponseContinue("body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseContinue(content="body")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseSwitchingProtocols("body", upgrade="websocket")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseSwitchingProtocols(content=b"body", upgrade="websocket")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseProcessing(b"body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseProcessing(content=b"body")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseEarlyHints("body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseEarlyHints(content="body", links=["/style.css"])  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNoContent("body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseNoContent(content="body")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNoContent(b"")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseResetContent("body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseResetContent(content="body")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotModified("body")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseNotModified(content="body")  # E: mypy[call-arg] pyright[reportCallIssue]

# Django's keywords for content do not exist on a bodiless class either.
HttpResponseNoContent(content_type="text/plain")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotModified(charset="utf-8")  # E: mypy[call-arg] pyright[reportCallIssue]

# A status that forbids content has no JSON twin.
django_allresponses.JsonResponseNoContent({})  # E: mypy[attr-defined] pyright[reportAttributeAccessIssue, reportUnknownMemberType]
