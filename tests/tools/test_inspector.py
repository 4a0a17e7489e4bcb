"""The playground's inspector pages, served by ``python -m django_allresponses serve``.

Every status has one (``/inspect/<code>``), and every status that allows content one for
its JSON twin (``/inspect/<code>/json``). Expectations come from ``STATUSES``, the classes
and the responses ``build()`` makes, never from a list of codes.
"""

from __future__ import annotations

import html
import inspect
import re
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest

from django_allresponses import STATUSES, response_class
from django_allresponses.tools.examples import build, header_arguments
from tests.tools.test_playground import running_playground

pytestmark = [pytest.mark.once]  # once: the inspector pages are this package's own tool

CONTENT = [code for code, facts in STATUSES.items() if facts.allows_content]
FORBIDDEN = [code for code, facts in STATUSES.items() if not facts.allows_content]
FINAL = [code for code, facts in STATUSES.items() if facts.status_class != 1]


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with running_playground() as base, httpx.Client(base_url=base, timeout=10.0) as client:
        yield client


def unescaped(response: httpx.Response) -> str:
    return html.unescape(response.text)


@pytest.mark.parametrize("code", list(STATUSES))
def test_every_status_has_an_inspector_page(client: httpx.Client, code: int) -> None:
    response = client.get(f"/inspect/{code}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = unescaped(response)
    cls = response_class(code)
    facts = STATUSES[code]
    assert f'<h1><span class="pill g{code // 100}">{code}</span> {facts.phrase}</h1>' in page
    assert f"<pre>{cls.__name__}(" in page, "the constructor call"
    built = build(code)
    status_line = (
        rf"<pre class=\"wire\">HTTP/1\.1 {code} {re.escape(built.reason_phrase)}(\n|</pre>)"
    )
    assert re.search(status_line, page), "the status line"
    for name, value in built.items():
        assert f"\n{name}: {value}" in page, name
    doc = re.search(r'<div class="doc card">(.*?)</div>', page, re.S)
    assert doc is not None, "the docstring"
    first = (inspect.getdoc(cls) or "").splitlines()[0]
    assert first.replace("``", "") in re.sub(r"</?code>", "", doc.group(1)), "its first line"
    assert "<h3>Examples</h3>" in doc.group(1) and "<pre>>>> " in doc.group(1)
    assert not re.search(r"::|``|:(?:class|func|meth|data|attr):", doc.group(1)), (
        "reStructuredText shown as written"
    )
    assert f'href="/status/{code}"' in response.text, "the live endpoint"
    assert f'href="http://127.0.0.1:8001/statuses/{code}/"' in response.text, "the docs page"
    for name in header_arguments(cls):
        assert f'name="{name}"' in response.text, name


@pytest.mark.parametrize("code", FINAL)
def test_the_wire_shows_what_the_live_endpoint_sends(client: httpx.Client, code: int) -> None:
    """Framing added by Django's middleware (Content-Length) is on the page as on the wire."""
    page = unescaped(client.get(f"/inspect/{code}"))
    live = client.get(f"/status/{code}")
    for name in ("Content-Length", "X-Frame-Options", "X-Content-Type-Options"):
        if name in live.headers:
            assert f"\n{name}: {live.headers[name]}" in page, name
        else:
            assert f"\n{name}: " not in page, name


@pytest.mark.parametrize("code", CONTENT)
def test_every_twin_has_an_inspector_page(client: httpx.Client, code: int) -> None:
    response = client.get(f"/inspect/{code}/json")
    assert response.status_code == 200
    page = unescaped(response)
    cls = response_class(code, json=True)
    assert f"<pre>{cls.__name__}(" in page
    assert f"\nContent-Type: {build(code, json=True)['Content-Type']}" in page
    assert f'href="/json/{code}"' in response.text


@pytest.mark.parametrize("code", FORBIDDEN)
def test_a_status_without_content_has_no_twin_inspector(client: httpx.Client, code: int) -> None:
    assert client.get(f"/inspect/{code}/json").status_code == 404
    assert "none (content is forbidden)" in client.get(f"/inspect/{code}").text


def test_an_unassigned_code_has_no_inspector(client: httpx.Client) -> None:
    response = client.get("/inspect/418")
    assert response.status_code == 404
    assert "418 is not an assigned HTTP status code" in response.text


@pytest.mark.parametrize(
    ("path", "argument", "message"),
    [
        (
            "/inspect/405?permitted_methods=get",
            "permitted_methods",
            "HttpResponseNotAllowed",
        ),
        ("/inspect/429?retry_after=-5", "retry_after", "HttpResponseTooManyRequests"),
        ("/inspect/201/json?location=" + quote("/a b"), "location", "JsonResponseCreated"),
    ],
)
def test_a_refused_value_is_shown_inline(
    client: httpx.Client, path: str, argument: str, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == 400
    alert = re.search(r'<p class="error" role="alert">(.*?)</p>', response.text, re.S)
    assert alert is not None
    text = html.unescape(re.sub(r"<[^>]+>", "", alert.group(1)))
    live = client.get(path.replace("/inspect/", "/status/").replace("/json?", "?"))
    if "/json" in path:
        live = client.get(path.replace("/inspect/", "/json/").replace("/json?", "?"))
    assert live.status_code == 400
    assert text == "Refused: " + live.text, "the library's own message"
    assert message in text and argument in text
    assert f'id="arg-{argument}" name="{argument}"' in response.text
    field = re.search(rf'<input [^>]*name="{argument}"[^>]*>', response.text)
    assert field is not None and 'aria-invalid="true"' in field.group(0)


def test_a_valid_value_rebuilds_the_response(client: httpx.Client) -> None:
    page = unescaped(client.get("/inspect/429?retry_after=30"))
    assert "<pre>HttpResponseTooManyRequests(content='Too Many Requests', retry_after=30)" in page
    assert "\nRetry-After: 30\n" in page
    assert 'href="/status/429?retry_after=30"' in page


def test_the_form_is_filled_with_the_example(client: httpx.Client) -> None:
    text = client.get("/inspect/405").text
    assert 'name="permitted_methods" value="GET,HEAD"' in text
    text = client.get("/inspect/429").text
    assert 'name="retry_after" value="120"' in text
    text = client.get("/inspect/206").text
    assert 'name="content_range" value="bytes 0-9/100"' in text


def test_the_index_links_every_inspector(client: httpx.Client) -> None:
    text = client.get("/").text
    for code, facts in STATUSES.items():
        assert text.count(f'href="/inspect/{code}"') == 2, code
        assert text.count(f'href="/inspect/{code}/json"') == (1 if facts.allows_content else 0)
