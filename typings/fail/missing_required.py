"""A required header argument left out: the HTTP classes and the JSON twins.

tests/integration/test_typing.py checks that every required argument of every class
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

HttpResponseSwitchingProtocols()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseSwitchingProtocols(headers={"X": "1"})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseCreated()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseCreated(created_document='{"id": 1}')  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseCreated(content="created", content_location="/items/1")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseMovedPermanently()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseFound()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseRedirect(content="moved")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseSeeOther()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseSeeOther(retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseTemporaryRedirect()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponsePermanentRedirect()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponsePermanentRedirect308(content=b"")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseNotAllowed()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseNotAllowed(content="Use GET")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseUpgradeRequired()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
HttpResponseUpgradeRequired("Upgrade to TLS")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]

# --- JSON twins -----------------------------------------------------------------------------

JsonResponseCreated()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseCreated({"id": 1})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseCreated({"id": 1}, content_location="/items/1")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseMovedPermanently({})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseFound({"detail": "moved"})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseSeeOther({})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseSeeOther({}, retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseTemporaryRedirect({})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponsePermanentRedirect({})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseNotAllowed()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseNotAllowed({"allowed": ["GET"]})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseUpgradeRequired({})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseUpgradeRequired({"detail": "use TLS"}, headers={"X": "1"})  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
