"""The public bases have no status: checkers refuse to build them. A class looked up
with a code that is not a literal takes any class's arguments, but never status=."""

from django_allresponses import StatusJsonResponse, StatusResponse, response_class

StatusResponse("body")  # E: mypy[abstract] mypy-nostubs[-] (an Any base, HttpResponse without stubs, is never abstract) pyright[reportAbstractUsage] ty[abstract-class-instantiation] pyrefly[bad-instantiation]
StatusResponse(status=404)  # E: mypy[abstract, call-arg] mypy-nostubs[call-arg] pyright[reportAbstractUsage, reportCallIssue] ty[abstract-class-instantiation, unknown-argument] pyrefly[bad-instantiation, unexpected-keyword]
StatusJsonResponse({"detail": "x"})  # E: mypy[abstract] mypy-nostubs[-] (an Any base, HttpResponse without stubs, is never abstract) pyright[reportAbstractUsage] ty[abstract-class-instantiation] pyrefly[bad-instantiation]
StatusJsonResponse()  # E: mypy[abstract] mypy-nostubs[-] (an Any base, HttpResponse without stubs, is never abstract) pyright[reportAbstractUsage] ty[abstract-class-instantiation] pyrefly[bad-instantiation]


def computed(code: int) -> None:
    response_class(code)(status=410)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
    response_class(code)("body", preserve_request=True)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
    response_class(code, json=True)({}, status=410)  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
    response_class(code)("body", retry_after="soon")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    response_class(code)(location=123)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    response_class(code)("body", content_type=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
    response_class(code, json=True)({}, created_document="{}")  # E: mypy[call-arg] pyright[reportCallIssue] ty[unknown-argument] pyrefly[unexpected-keyword]
