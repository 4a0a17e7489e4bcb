"""A value of the wrong type for each validated argument, and JSON data left out."""

from datetime import date
from http import HTTPMethod

from django_allresponses import (
    Challenge,
    ContentRange,
    HttpResponseContentTooLarge,
    HttpResponseCreated,
    HttpResponseEarlyHints,
    HttpResponseMultipleChoices,
    HttpResponseNotAllowed,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponseProxyAuthenticationRequired,
    HttpResponseRangeNotSatisfiable,
    HttpResponseRequestTimeout,
    HttpResponseSeeOther,
    HttpResponseServiceUnavailable,
    HttpResponseSwitchingProtocols,
    HttpResponseTemporaryRedirect,
    HttpResponseTooManyRequests,
    HttpResponseUnauthorized,
    HttpResponseUnavailableForLegalReasons,
    HttpResponseUpgradeRequired,
    HttpResponseUseProxy,
    JsonResponseBadRequest,
    JsonResponseCreated,
    JsonResponseNotAllowed,
    JsonResponseNotFound,
    JsonResponseOK,
    JsonResponsePartialContent,
    JsonResponseRangeNotSatisfiable,
    JsonResponseSeeOther,
    JsonResponseServiceUnavailable,
    JsonResponseTooManyRequests,
    JsonResponseUnauthorized,
    JsonResponseUpgradeRequired,
    Link,
    ProblemDetails,
    retry_after_value,
)

# --- Content-Range: a (start, end, total) tuple, nothing shorter or longer ------------------

HttpResponsePartialContent(b"0123456789", content_range=(0, 9))  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponsePartialContent(b"0123456789", content_range=(0, 9, 10, 11))  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponsePartialContent(b"0123456789", content_range=[0, 9, 10])  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponsePartialContent(b"0123456789", content_range=("0", "9", "10"))  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponsePartialContent({}, content_range=(0, 1))  # E: mypy[arg-type] pyright[reportArgumentType]
ContentRange(start="0", end=9)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- permitted_methods: a list, tuple or set; never a bare string ---------------------------

HttpResponseNotAllowed("GET")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseNotAllowed(permitted_methods="GET, HEAD")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseNotAllowed(HTTPMethod.GET)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseNotAllowed([1, 2])  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseNotAllowed({}, permitted_methods="GET")  # E: mypy[arg-type] pyright[reportArgumentType]

# --- retry_after: seconds, timedelta or datetime; never a string ----------------------------

HttpResponseServiceUnavailable(retry_after="120")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseTooManyRequests(retry_after="Wed, 21 Oct 2015 07:28:00 GMT")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseRequestTimeout(retry_after=date(2030, 1, 1))  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseContentTooLarge(retry_after="5")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseTemporaryRedirect("/x", retry_after="5")  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseServiceUnavailable({}, retry_after="120")  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseTooManyRequests({}, retry_after=b"5")  # E: mypy[arg-type] pyright[reportArgumentType]
retry_after_value("120")  # E: mypy[arg-type] pyright[reportArgumentType]

# --- total_length ---------------------------------------------------------------------------

HttpResponseRangeNotSatisfiable(total_length="5")  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseRangeNotSatisfiable({}, total_length="5")  # E: mypy[arg-type] pyright[reportArgumentType]

# --- upgrade --------------------------------------------------------------------------------

HttpResponseUpgradeRequired(upgrade=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseUpgradeRequired(upgrade=[1.1])  # E: mypy[list-item] pyright[reportArgumentType]
HttpResponseSwitchingProtocols(upgrade=None)  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseUpgradeRequired({}, upgrade=5)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- www_authenticate, proxy_authenticate ---------------------------------------------------

HttpResponseUnauthorized(www_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseUnauthorized(www_authenticate={"realm": "api"})  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseProxyAuthenticationRequired(proxy_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseUnauthorized({}, www_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType]
Challenge(scheme=5)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- links ----------------------------------------------------------------------------------

HttpResponseEarlyHints(links="x")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseEarlyHints(links=Link(href="/style.css"))  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseEarlyHints(links=[5])  # E: mypy[arg-type] pyright[reportArgumentType]
Link(href=5)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- URI references: location, content_location, redirect_to, blocked_by --------------------

HttpResponseCreated(location=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseCreated("/items/1", content_location=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseMultipleChoices(location=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseUseProxy(location=b"http://proxy.example/")  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseSeeOther(5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseUnavailableForLegalReasons(blocked_by=5)  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseCreated({}, location=5)  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseSeeOther({}, redirect_to=5)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- Django's keywords ----------------------------------------------------------------------

HttpResponseOK(headers={"X-Count": 1})  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseOK(content_type=5)  # E: mypy[arg-type] pyright[reportArgumentType]
HttpResponseOK(reason=404)  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseOK({}, safe="no")  # E: mypy[arg-type] pyright[reportArgumentType]
JsonResponseOK({}, encoder=5)  # E: mypy[arg-type] pyright[reportArgumentType]

# --- JSON data: required, except for 201 and 405 where it defaults to {} --------------------

JsonResponseOK()  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseNotFound()  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseBadRequest(content_type="application/json")  # E: mypy[call-arg] pyright[reportCallIssue]
JsonResponseServiceUnavailable(retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue]

# --- ProblemDetails -------------------------------------------------------------------------

ProblemDetails(status="404")  # E: mypy[arg-type] pyright[reportArgumentType]
ProblemDetails(title=5)  # E: mypy[arg-type] pyright[reportArgumentType]
