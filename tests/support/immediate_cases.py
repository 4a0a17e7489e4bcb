"""What each view of ``tests.support.views_immediate`` must answer, as literals.

One table serves every client: Django's test client and ``AsyncClient``,
DRF's ``APIClient``, ninja's ``TestClient``, and httpx/h11 against gunicorn
and uvicorn. Bodies are the exact bytes; headers are the fields that must be
there with exactly that value (``None``: the field must be absent).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.test import override_settings

from tests.support import settings_immediate

PROBLEM = "application/problem+json"
HTML = "text/html; charset=utf-8"
JSON_ACCEPT = {"Accept": "application/json"}
BROWSER_ACCEPT = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
}


def immediate_project() -> override_settings:
    """The settings of ``tests.support.settings_immediate``, for the test clients (pytest-django
    configures ``tests.support.settings``)."""
    return override_settings(
        ROOT_URLCONF=settings_immediate.ROOT_URLCONF,
        MIDDLEWARE=settings_immediate.MIDDLEWARE,
        REST_FRAMEWORK=settings_immediate.REST_FRAMEWORK,
    )


@dataclass(frozen=True)
class Case:
    """A request and the response it must get."""

    id: str
    path: str
    status: int
    headers: dict[str, str | None]
    body: bytes
    method: str = "GET"
    request_headers: dict[str, str] = field(default_factory=dict)
    json: str | None = None  # a JSON request body

    def __str__(self) -> str:
        return self.id


DJANGO = [
    Case(
        "abort-429-in-a-helper",
        "/immediate/rate-limited",
        429,
        {"Retry-After": "30", "Content-Type": HTML, "X-Async-Chain": "seen"},
        b"Slow down.",
    ),
    Case(
        "abort-problem-in-a-service",
        "/immediate/items/7",
        404,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}',
    ),
    Case(
        "no-abort",
        "/immediate/items/1",
        200,
        {"Content-Type": HTML},
        b"{'id': 1}",
    ),
    Case(
        "raise-immediate-response",
        "/immediate/carried",
        403,
        {"Content-Type": HTML},
        b"Not yours.",
    ),
    Case(
        "abort-while-a-template-renders",
        "/immediate/template",
        402,
        {"Content-Type": HTML},
        b"Subscribe first.",
    ),
    Case(
        "abort-201-with-location",
        "/immediate/created",
        201,
        {"Location": "/items/1", "Content-Type": "application/json"},
        b'{"id": 1}',
    ),
    Case(
        "django-http404-as-problem",
        "/immediate/not-found",
        404,
        {"Content-Type": PROBLEM, "Vary": "Accept"},
        b'{"type":"about:blank","title":"Not Found","status":404,'
        b'"instance":"/immediate/not-found"}',
        request_headers=JSON_ACCEPT,
    ),
    Case(
        "django-permission-denied-as-problem",
        "/immediate/permission-denied",
        403,
        {"Content-Type": PROBLEM, "Vary": "Accept"},
        b'{"type":"about:blank","title":"Forbidden","status":403,'
        b'"instance":"/immediate/permission-denied"}',
        request_headers={"Accept": PROBLEM},
    ),
    Case(
        "django-bad-request-as-problem",
        "/immediate/bad-request",
        400,
        {"Content-Type": PROBLEM, "Vary": "Accept"},
        b'{"type":"about:blank","title":"Bad Request","status":400,'
        b'"instance":"/immediate/bad-request"}',
        request_headers={"Accept": "application/json, text/html;q=0.5"},
    ),
    Case(
        "django-suspicious-operation-as-problem",
        "/immediate/suspicious",
        400,
        {"Content-Type": PROBLEM, "Vary": "Accept"},
        b'{"type":"about:blank","title":"Bad Request","status":400,'
        b'"instance":"/immediate/suspicious"}',
        request_headers=JSON_ACCEPT,
    ),
    Case(
        "django-http404-for-a-browser",
        "/immediate/not-found",
        404,
        {"Content-Type": HTML, "Vary": None},
        b'\n<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n'
        b"<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server."
        b"</p>\n</body>\n</html>\n",
        request_headers=BROWSER_ACCEPT,
    ),
    Case(
        "django-permission-denied-without-accept",
        "/immediate/permission-denied",
        403,
        {"Content-Type": HTML},
        b'\n<!doctype html>\n<html lang="en">\n<head>\n  <title>403 Forbidden</title>\n'
        b"</head>\n<body>\n  <h1>403 Forbidden</h1><p></p>\n</body>\n</html>\n",
    ),
]
"""Plain Django views: sync, with the async-only middleware in the chain."""

ASYNC = [
    Case(
        "async-view-abort-503",
        "/immediate/async/maintenance",
        503,
        {"Retry-After": "120", "Content-Type": HTML, "X-Async-Chain": "seen"},
        b"Down for maintenance.",
    ),
    Case(
        "async-view-abort-problem",
        "/immediate/async/items/7",
        404,
        {"Content-Type": PROBLEM, "X-Async-Chain": "seen"},
        b'{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}',
    ),
    Case(
        "async-view-http404-as-problem",
        "/immediate/async/not-found",
        404,
        {"Content-Type": PROBLEM, "Vary": "Accept", "X-Async-Chain": "seen"},
        b'{"type":"about:blank","title":"Not Found","status":404,'
        b'"instance":"/immediate/async/not-found"}',
        request_headers=JSON_ACCEPT,
    ),
    Case(
        "async-ninja-operation-abort",
        "/ninja/async-maintenance",
        503,
        {"Retry-After": "120", "Content-Type": HTML, "X-Async-Chain": "seen"},
        b"Down for maintenance.",
    ),
]
"""Async views (Django and ninja) through the async-only middleware."""

DRF = [
    Case(
        "throttled",
        "/drf/throttled",
        429,
        # DRF's throttle waits 29.2 s; DRF rounds the wait up in the detail, and so do we.
        {"Retry-After": "30", "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Too Many Requests","status":429,'
        b'"detail":"Request was throttled. Expected available in 30 seconds.",'
        b'"code":"throttled"}',
    ),
    Case(
        "not-authenticated",
        "/drf/private",
        401,
        {"WWW-Authenticate": 'Basic realm="api"', "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Unauthorized","status":401,'
        b'"detail":"Authentication credentials were not provided.","code":"not_authenticated"}',
    ),
    Case(
        "authentication-failed",
        "/drf/private",
        401,
        {"WWW-Authenticate": 'Basic realm="api"', "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Unauthorized","status":401,'
        b'"detail":"Invalid username/password.","code":"authentication_failed"}',
        request_headers={"Authorization": "Basic dXNlcjpwYXNz"},  # user:pass
    ),
    Case(
        "not-authenticated-without-a-challenge-is-403",
        "/drf/session-only",
        403,
        {"WWW-Authenticate": None, "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Forbidden","status":403,'
        b'"detail":"Authentication credentials were not provided.","code":"not_authenticated"}',
    ),
    Case(
        "method-not-allowed",
        "/drf/read-only",
        405,
        {"Allow": "GET, HEAD, OPTIONS", "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Method Not Allowed","status":405,'
        b'"detail":"Method \\"POST\\" not allowed.","code":"method_not_allowed"}',
        method="POST",
        json="{}",
    ),
    Case(
        "validation-error",
        "/drf/validate",
        400,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input.",'
        b'"errors":{"name":["Ensure this field has no more than 5 characters."],'
        b'"count":["Ensure this value is greater than or equal to 1."]}}',
        method="POST",
        json='{"name": "toolong", "count": 0}',
    ),
    Case(
        "validation-error-missing-fields",
        "/drf/validate",
        400,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input.",'
        b'"errors":{"name":["This field is required."],"count":["This field is required."]}}',
        method="POST",
        json="{}",
    ),
    Case(
        "django-http404",
        "/drf/not-found",
        404,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Not Found","status":404,'
        b'"detail":"No Item matches the given query.","code":"not_found"}',
    ),
    Case(
        "django-permission-denied",
        "/drf/permission-denied",
        403,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Forbidden","status":403,"detail":"Staff only.",'
        b'"code":"permission_denied"}',
    ),
    Case(
        "abort-in-a-helper",
        "/drf/abort",
        429,
        {"Retry-After": "30", "Content-Type": HTML},
        b"Slow down.",
    ),
    Case(
        "abort-problem-in-a-service",
        "/drf/items/7",
        404,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}',
    ),
]
"""Django REST framework views with our EXCEPTION_HANDLER."""

NINJA = [
    Case(
        "abort-in-a-helper",
        "/ninja/abort",
        429,
        {"Retry-After": "30", "Content-Type": HTML},
        b"Slow down.",
    ),
    Case(
        "abort-problem-in-a-service",
        "/ninja/items/7",
        404,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7."}',
    ),
    Case(
        "http-error",
        "/ninja/conflict",
        409,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Conflict","status":409,"detail":"The name is taken."}',
    ),
    Case(
        "authentication-error",
        "/ninja/private",
        401,
        {"WWW-Authenticate": 'Bearer realm="api"', "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Unauthorized"}',
    ),
    Case(
        "throttled",
        "/ninja/throttled",
        429,
        # ninja's throttle waits 29.2 s: rounded up (RFC 9110 delta-seconds are whole).
        {"Retry-After": "30", "Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Too Many Requests","status":429,'
        b'"detail":"Too many requests."}',
    ),
    Case(
        "validation-error",
        "/ninja/count?n=abc",
        422,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Unprocessable Content","status":422,'
        b'"detail":"The request is not valid.","errors":[{"type":"int_parsing",'
        b'"loc":["query","n"],'
        b'"msg":"Input should be a valid integer, unable to parse string as an integer"}]}',
    ),
    Case(
        "django-http404",
        "/ninja/missing",
        404,
        {"Content-Type": PROBLEM},
        b'{"type":"about:blank","title":"Not Found","status":404}',
    ),
]
"""django-ninja operations on an API given to ``register()``."""


def mismatches(case: Case, status: int, headers: dict[str, str | None], body: bytes) -> list[str]:
    """How a received response differs from ``case`` (empty when it matches).

    ``headers`` maps each header of ``case.headers`` to the value received, or ``None``.
    """
    problems = []
    if status != case.status:
        problems.append(f"status {status}, expected {case.status}")
    for name, expected in case.headers.items():
        if headers.get(name) != expected:
            problems.append(f"{name}: {headers.get(name)!r}, expected {expected!r}")
    if body != case.body:
        problems.append(f"body {body!r}, expected {case.body!r}")
    return problems
