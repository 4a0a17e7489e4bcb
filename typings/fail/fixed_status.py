"""Every class fixes its status: status= and preserve_request= are refused."""

from django_allresponses import (
    HttpResponseBadRequest,
    HttpResponseCreated,
    HttpResponseFound,
    HttpResponseMovedPermanently,
    HttpResponseNoContent,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
    HttpResponseOK,
    HttpResponseRedirect,
    HttpResponseServiceUnavailable,
    HttpResponseSwitchingProtocols,
    JsonResponseCreated,
    JsonResponseFound,
    JsonResponseMovedPermanently,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponseTooManyRequests,
)

# --- status= --------------------------------------------------------------------------------

HttpResponseOK(status=500)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseOK("fine", status=201)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseCreated("/items/1", status=200)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseNoContent(status=200)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseSwitchingProtocols(upgrade="websocket", status=101)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseFound("/x", status=303)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseBadRequest(status=422)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseNotFound("gone", status=410)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseNotAllowed(["GET"], status=405)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseServiceUnavailable(retry_after=5, status=503)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseOK({}, status=500)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseCreated({}, location="/1", status=200)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseNotFound({"detail": "gone"}, status=410)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseFound({}, redirect_to="/x", status=307)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseTooManyRequests({}, status=503)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]

# --- preserve_request= (Django's switch from 301/302 to 308/307) ----------------------------

HttpResponseMovedPermanently("/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseFound("/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseRedirect("/x", preserve_request=False)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseMovedPermanently({}, redirect_to="/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseFound({}, redirect_to="/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]

# A misspelt keyword is no keyword of the class.
HttpResponseServiceUnavailable(retry_afte=30)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
HttpResponseOK(b"", content_typ="text/plain")  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
JsonResponseTooManyRequests({}, retry_afte=30)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
