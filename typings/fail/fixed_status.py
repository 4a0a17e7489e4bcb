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

HttpResponseOK(status=500)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseOK("fine", status=201)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseCreated("/items/1", status=200)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNoContent(status=200)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseSwitchingProtocols(upgrade="websocket", status=101)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseFound("/x", status=303)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseBadRequest(status=422)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotFound("gone", status=410)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseNotAllowed(["GET"], status=405)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseServiceUnavailable(retry_after=5, status=503)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseOK({}, status=500)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseCreated({}, location="/1", status=200)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseNotFound({"detail": "gone"}, status=410)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseFound({}, redirect_to="/x", status=307)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseTooManyRequests({}, status=503)  # E: mypy[call-arg] pyright[reportCallIssue]

# --- preserve_request= (Django's switch from 301/302 to 308/307) ----------------------------

HttpResponseMovedPermanently("/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseFound("/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue]
HttpResponseRedirect("/x", preserve_request=False)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseMovedPermanently({}, redirect_to="/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseFound({}, redirect_to="/x", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue]
