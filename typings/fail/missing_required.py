"""A required header argument left out: the HTTP classes and the JSON twins.

tests/test_typing.py checks that every required argument of every class
(read from its signature) is left out on some line of this file.
"""

from django_allresponses import (
    HttpResponseCreated,
    HttpResponseFound,
    HttpResponseMovedPermanently,
    HttpResponseNotAllowed,
    HttpResponsePermanentRedirect,
    HttpResponsePermanentRedirect308,
    HttpResponseRedirect,
    HttpResponseSeeOther,
    HttpResponseSwitchingProtocols,
    HttpResponseTemporaryRedirect,
    HttpResponseUpgradeRequired,
    JsonResponseCreated,
    JsonResponseFound,
    JsonResponseMovedPermanently,
    JsonResponseNotAllowed,
    JsonResponsePermanentRedirect,
    JsonResponseSeeOther,
    JsonResponseTemporaryRedirect,
    JsonResponseUpgradeRequired,
)

# --- HTTP classes ---------------------------------------------------------------------------

HttpResponseSwitchingProtocols()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseSwitchingProtocols(headers={"X": "1"})  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseCreated()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseCreated(created_document='{"id": 1}')  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseCreated(content="created", content_location="/items/1")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseMovedPermanently()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseFound()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseRedirect(content="moved")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseSeeOther()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseSeeOther(retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseTemporaryRedirect()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponsePermanentRedirect()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponsePermanentRedirect308(content=b"")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotAllowed()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotAllowed(content="Use GET")  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseUpgradeRequired()  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseUpgradeRequired("Upgrade to TLS")  # E: mypy[call-arg] pyright[reportCallIssue]

# --- JSON twins -----------------------------------------------------------------------------

JsonResponseCreated()  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseCreated({"id": 1})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseCreated({"id": 1}, content_location="/items/1")  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseMovedPermanently({})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseFound({"detail": "moved"})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseSeeOther({})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseSeeOther({}, retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseTemporaryRedirect({})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponsePermanentRedirect({})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseNotAllowed()  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseNotAllowed({"allowed": ["GET"]})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseUpgradeRequired({})  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseUpgradeRequired({"detail": "use TLS"}, headers={"X": "1"})  # E: mypy[call-arg] pyright[reportCallIssue]
