"""A value of the wrong type for each validated argument, and JSON data left out."""

from datetime import date
from http import HTTPMethod

from django_allresponses import (
    Challenge,
    ContentRange,
    HttpResponseContentTooLarge,
    HttpResponseCreated,
    HttpResponseEarlyHints,
    HttpResponseFound,
    HttpResponseMovedPermanently,
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
    JsonResponseTemporaryRedirect,
    JsonResponseTooManyRequests,
    JsonResponseUnauthorized,
    JsonResponseUpgradeRequired,
    Link,
    ProblemDetails,
    retry_after_value,
)

# --- Content-Range: a (start, end, total) tuple, nothing shorter or longer ------------------

HttpResponsePartialContent(b"0123456789", content_range=(0, 9))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponsePartialContent(b"0123456789", content_range=(0, 9, 10, 11))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponsePartialContent(b"0123456789", content_range=[0, 9, 10])  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponsePartialContent(b"0123456789", content_range=("0", "9", "10"))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponsePartialContent({}, content_range=(0, 1))  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
ContentRange(start="0", end=9)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- permitted_methods: a list, tuple or set; never a bare string ---------------------------

HttpResponseNotAllowed("GET")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseNotAllowed(permitted_methods="GET, HEAD")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseNotAllowed(HTTPMethod.GET)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseNotAllowed([1, 2])  # E: mypy[list-item] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseNotAllowed({"error": "read only"}, permitted_methods="GET")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- retry_after: seconds, timedelta or datetime; never a string ----------------------------

HttpResponseServiceUnavailable(retry_after="120")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseTooManyRequests(retry_after="Wed, 21 Oct 2015 07:28:00 GMT")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseRequestTimeout(retry_after=date(2030, 1, 1))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseContentTooLarge(retry_after="5")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseTemporaryRedirect("/x", retry_after="5")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseServiceUnavailable({}, retry_after="120")  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseTooManyRequests({}, retry_after=b"5")  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
retry_after_value("120")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- total_length ---------------------------------------------------------------------------

HttpResponseRangeNotSatisfiable(total_length="5")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseRangeNotSatisfiable({}, total_length="5")  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- upgrade --------------------------------------------------------------------------------

HttpResponseUpgradeRequired(upgrade=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseUpgradeRequired(upgrade=[1.1])  # E: mypy[list-item] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseSwitchingProtocols(upgrade=None)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseUpgradeRequired({}, upgrade=5)  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- www_authenticate, proxy_authenticate ---------------------------------------------------

HttpResponseUnauthorized(www_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseUnauthorized(www_authenticate={"realm": "api"})  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseProxyAuthenticationRequired(proxy_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseUnauthorized({}, www_authenticate=5)  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
Challenge(scheme=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- links ----------------------------------------------------------------------------------

HttpResponseEarlyHints(links="x")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseEarlyHints(links=Link(href="/style.css"))  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseEarlyHints(links=[5])  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
Link(href=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- URI references: location, content_location, redirect_to, blocked_by --------------------

HttpResponseCreated(location=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseCreated("/items/1", content_location=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseMultipleChoices(location=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseUseProxy(location=b"http://proxy.example/")  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseSeeOther(5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseUnavailableForLegalReasons(blocked_by=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseCreated({"id": 1}, location=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseSeeOther({}, redirect_to=5)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseCreated(location=123)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseFound(redirect_to=None)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseMovedPermanently(None)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseTemporaryRedirect({}, redirect_to=None)  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseCreated(location=b"/items/1")  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseSeeOther(["/a", "/b"])  # E: mypy[arg-type] mypy-nostubs[-] (Promise is Any) pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- Django's keywords ----------------------------------------------------------------------

HttpResponseOK(headers={"X-Count": 1})  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-assignment]
HttpResponseOK(content_type=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
HttpResponseOK(reason=404)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseOK({}, safe="no")  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
JsonResponseOK({}, encoder=5)  # E: mypy[arg-type] pyright[reportArgumentType, reportUnknownArgumentType] pyright-basic[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]

# --- JSON data: required, except for 201 and 405 where it defaults to {} --------------------

JsonResponseOK()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseNotFound()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseBadRequest(content_type="application/json")  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]
JsonResponseServiceUnavailable(retry_after=5)  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[missing-argument]

# --- ProblemDetails -------------------------------------------------------------------------

ProblemDetails(status="404")  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
ProblemDetails(title=5)  # E: mypy[arg-type] pyright[reportArgumentType] ty[invalid-argument-type] pyrefly[bad-argument-type]
