"""ProblemDetailsMiddleware under hostile paths and ``Accept`` headers: the status Django gives.

A view raising Django's exceptions under a path holding percent-encoded bytes (a space, a
``%``, a tab, NUL, CR LF, U+2028) stays the 404, 403 or 400 Django answers, and its problem
details name the path as a valid URI reference. A property test sends any path and any
``Accept`` header through the middleware and through the same project without it: the
statuses must be equal. ``ALLRESPONSES_FUZZ=1`` runs it with many more examples.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from django.test import Client, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import settings_hardening

EXAMPLES = 2000 if os.environ.get("ALLRESPONSES_FUZZ") else 150
"""Examples per property test: a few in the normal run, many with ALLRESPONSES_FUZZ=1."""

WITHOUT = [name for name in settings_hardening.MIDDLEWARE if "ProblemDetails" not in name]
"""The same project without ProblemDetailsMiddleware: what Django answers by itself."""


def _client(middleware: list[str]) -> Client:
    """A test client whose handler has loaded ``middleware`` (it keeps the chain it loaded)."""
    with override_settings(MIDDLEWARE=middleware):
        client = Client(raise_request_exception=False)
        client.get("/hostile/not-found/warm-up")
    return client


@pytest.fixture(autouse=True)
def project() -> Iterator[None]:
    with override_settings(
        ROOT_URLCONF=settings_hardening.ROOT_URLCONF,
        MIDDLEWARE=settings_hardening.MIDDLEWARE,
        REST_FRAMEWORK=settings_hardening.REST_FRAMEWORK,
    ):
        yield


ENCODED = ["a%20b", "%25", "%09", "%00", "%0D%0A", "%E2%80%A8", "%C3%A9", "a%2Fb", "%FF"]
"""Percent-encoded bytes a client may put in a path, each a 500 before."""

INSTANCE = {
    "a%20b": "/hostile/{kind}/a%20b",
    "%25": "/hostile/{kind}/%25",
    "%09": "/hostile/{kind}/%09",
    "%00": "/hostile/{kind}/%00",
    "%0D%0A": "/hostile/{kind}/%0D%0A",
    "%E2%80%A8": "/hostile/{kind}/%E2%80%A8",
    "%C3%A9": "/hostile/{kind}/%C3%A9",
    "a%2Fb": "/hostile/{kind}/a/b",  # WSGI decodes %2F before Django sees the path
    "%FF": "/hostile/{kind}/%25FF",  # not UTF-8: Django keeps it encoded, then it is quoted
}
"""The ``instance`` member each path gets: the path Django decoded, percent-encoded again."""

KINDS = {"not-found": 404, "forbidden": 403, "bad-request": 400, "suspicious": 400}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("encoded", ENCODED)
def test_an_encoded_path_keeps_django_s_status(kind: str, encoded: str) -> None:
    path = f"/hostile/{kind}/{encoded}"
    django = _client(WITHOUT).get(path, headers={"Accept": "application/json"})
    ours = Client(raise_request_exception=False).get(path, headers={"Accept": "application/json"})
    assert django.status_code == KINDS[kind]
    assert ours.status_code == KINDS[kind]
    assert ours["Content-Type"] == "application/problem+json"
    assert json.loads(ours.content)["instance"] == INSTANCE[encoded].format(kind=kind)


def test_the_problem_names_the_path_percent_encoded() -> None:
    response = Client().get(
        "/hostile/not-found/items/a%20b", headers={"Accept": "application/json"}
    )
    assert response.status_code == 404
    assert json.loads(response.content) == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": "/hostile/not-found/items/a%20b",
    }


def test_html_clients_keep_django_s_page_under_an_encoded_path() -> None:
    response = Client().get("/hostile/not-found/a%00b", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response["Content-Type"] == "text/html; charset=utf-8"


PATH_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40).map(
    lambda text: quote(text, safe="/")
)
"""Any text, percent-encoded as a client must send it (the request line is ASCII)."""

RAW_ESCAPES = st.lists(
    st.one_of(
        st.sampled_from(["%", "%2", "%zz", "%25", "%00", "%0A", "%FF", "%C3", "%E2%80%A8", "//"]),
        st.text(st.sampled_from("abc-._~!$&'()*+,;=:@"), min_size=1, max_size=4),
    ),
    max_size=8,
).map("".join)
"""Escapes a hostile client writes by hand, broken ones included."""

ACCEPT = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "application/json",
            "application/problem+json",
            "text/html,*/*;q=0.8",
            "*/*",
            "application/json;q=0",
            "text/html;q=0.1, application/json;q=0.9",
            "application/*",
            ";;;,,,",
            "application/json;q=abc",
            "*/*;q=1, application/problem+json;q=1.0",
        ]
    ),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60),
)
"""``Accept`` values, from browsers, API clients and fuzzers."""


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    prefix=st.sampled_from(
        [
            "/hostile/not-found/",
            "/hostile/forbidden/",
            "/hostile/suspicious/",
            "/",
            "/immediate/items/",
        ]
    ),
    rest=st.one_of(PATH_TEXT, RAW_ESCAPES),
    accept=ACCEPT,
)
def test_any_path_and_accept_get_the_status_django_gives(
    clients: tuple[Client, Client], prefix: str, rest: str, accept: str | None
) -> None:
    ours, django = clients
    headers = {} if accept is None else {"Accept": accept}
    expected = django.get(prefix + rest, headers=headers).status_code
    if prefix == "/immediate/items/" and re.fullmatch("[0-9]+", rest) and int(rest) != 1:
        expected = 404  # the view aborts with a 404, which Django alone answers with a 500
    received = ours.get(prefix + rest, headers=headers)
    assert received.status_code == expected
    if received["Content-Type"] == "application/problem+json":
        assert json.loads(received.content)["status"] == expected


@pytest.fixture(scope="module")
def clients() -> Iterator[tuple[Client, Client]]:
    with override_settings(
        ROOT_URLCONF=settings_hardening.ROOT_URLCONF,
        MIDDLEWARE=settings_hardening.MIDDLEWARE,
        REST_FRAMEWORK=settings_hardening.REST_FRAMEWORK,
    ):
        yield _client(settings_hardening.MIDDLEWARE), _client(WITHOUT)
