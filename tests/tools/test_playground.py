"""The playground site, served by ``python -m django_allresponses serve`` in a subprocess.

Every expectation is derived from ``STATUSES``, ``response_class()`` and the
responses ``build()`` makes in this process.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from django.http import HttpResponse
from django.utils.http import http_date

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import build, example_arguments, header_arguments
from django_allresponses.tools.playground.queries import parse_value
from django_allresponses.tools.playground.settings import DEFAULT_DOCS_URL
from tests.support.servers import running_command

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0
CONTENT = [code for code, facts in STATUSES.items() if facts.allows_content]
INFORMATIONAL = [code for code in STATUSES if code < 200]
FINAL = [code for code in STATUSES if code >= 200]
FRAMING = ("content-length", "transfer-encoding")
"""Headers the server adds itself: compared separately."""


def running_playground() -> contextlib.AbstractContextManager[str]:
    """``python -m django_allresponses serve`` on a free loopback port; its URL."""
    return running_command("serve", timeout=START_TIMEOUT)


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with running_playground() as base, httpx.Client(base_url=base, timeout=10.0) as client:
        yield client


class Links(HTMLParser):
    """Every ``href`` of a page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


@pytest.fixture(scope="module")
def index(client: httpx.Client) -> httpx.Response:
    return client.get("/")


def test_the_index_is_an_html_page(index: httpx.Response) -> None:
    assert index.status_code == 200
    assert index.headers["content-type"] == "text/html; charset=utf-8"
    assert "<title>django-allresponses playground</title>" in index.text
    local = index.text.replace(DEFAULT_DOCS_URL, "")
    assert "http://" not in local and "https://" not in local, "no external assets"


def test_the_index_links_every_status_and_twin_once(index: httpx.Response) -> None:
    parser = Links()
    parser.feed(index.text)
    for code, facts in STATUSES.items():
        assert parser.hrefs.count(f"/status/{code}") == 1, code
        assert parser.hrefs.count(f"/json/{code}") == (1 if facts.allows_content else 0), code
    linked = {
        int(href.rsplit("/", 1)[1]) for href in parser.hrefs if re.fullmatch(r"/status/\d+", href)
    }
    assert linked == set(STATUSES)


def test_the_index_groups_the_statuses_by_class(index: httpx.Response) -> None:
    text = index.text
    positions = []
    for digit in sorted({code // 100 for code in STATUSES}):
        heading = re.search(rf'<section id="status-{digit}xx"', text)
        assert heading is not None, digit
        positions.append(heading.start())
        codes = [code for code in STATUSES if code // 100 == digit]
        assert f"{len(codes)} statuses" in text[heading.start() :][:400]
    assert positions == sorted(positions)
    rows = [int(code) for code in re.findall(r'<tr id="status-(\d+)">', text)]
    assert rows == list(STATUSES)


@pytest.mark.parametrize("code", list(STATUSES))
def test_the_index_shows_the_header_arguments(index: httpx.Response, code: int) -> None:
    row = re.search(rf'<tr id="status-{code}">(.*?)</tr>', index.text, re.S)
    assert row is not None
    cls = response_class(code)
    assert f">{cls.__name__}</a>" in row[1]
    assert html.escape(STATUSES[code].phrase) in row[1]
    # 206's content_range has a default (a multipart/byteranges body goes without it),
    # and is required of every other 206.
    needed = {name for name, required in header_arguments(cls).items() if required}
    needed |= {"content_range"} if code == 206 else set()
    for name in header_arguments(cls):
        required = name in needed
        marker = ' class="required"' if required else ""
        assert f"<code{marker}" in row[1] and f">{name}</code>" in row[1], name
        assert bool(re.search(rf'<code class="required"[^>]*>{name}</code>', row[1])) == required


def assert_same_response(response: httpx.Response, expected_code: int, *, json: bool) -> None:
    built = build(expected_code, json=json)
    assert isinstance(built, HttpResponse)
    assert response.status_code == expected_code
    for name, value in built.items():
        if name.lower() not in FRAMING:
            assert response.headers.get(name) == value, name
    assert response.content == built.content
    if not STATUSES[expected_code].allows_content:
        assert "content-length" not in response.headers or expected_code == 205
        assert "content-type" not in response.headers


@pytest.mark.parametrize("code", FINAL)
def test_status_pages_send_the_class(client: httpx.Client, code: int) -> None:
    assert_same_response(client.get(f"/status/{code}"), code, json=False)


@pytest.mark.parametrize("code", CONTENT)
def test_json_pages_send_the_twin(client: httpx.Client, code: int) -> None:
    response = client.get(f"/json/{code}")
    assert_same_response(response, code, json=True)
    assert response.headers["content-type"].startswith(
        ("application/json", "application/problem+json")
    )


@pytest.mark.parametrize("code", INFORMATIONAL)
def test_informational_statuses_are_described_on_a_200_page(
    client: httpx.Client, code: int
) -> None:
    response = client.get(f"/status/{code}")
    assert response.status_code == 200
    assert response.headers["x-informational-status"] == str(code)
    text = html.unescape(response.text)
    built = build(code)
    assert f"HTTP/1.1 {code} {STATUSES[code].phrase}" in text
    assert response_class(code).__name__ in text
    for name, value in built.items():
        assert f"{name}: {value}" in text


@pytest.mark.parametrize("code", [code for code in STATUSES if code not in CONTENT])
def test_statuses_without_content_have_no_json_page(client: httpx.Client, code: int) -> None:
    response = client.get(f"/json/{code}")
    assert response.status_code == 404
    assert "no JSON twin" in response.text


@pytest.mark.parametrize(
    ("path", "header", "value"),
    [
        ("/status/429?retry_after=30", "Retry-After", "30"),
        ("/status/429?retry_after=1.2", "Retry-After", "2"),
        ("/status/301?redirect_to=/x", "Location", "/x"),
        ("/json/308?redirect_to=/y&retry_after=5", "Location", "/y"),
        ("/status/405?permitted_methods=GET,POST", "Allow", "GET, POST"),
        ("/status/405?permitted_methods=GET&permitted_methods=PATCH", "Allow", "GET, PATCH"),
        ("/status/405?permitted_methods=", "Allow", ""),
        ("/status/426?upgrade=h2c,websocket", "Upgrade", "h2c, websocket"),
        ("/status/416?total_length=7", "Content-Range", "bytes */7"),
        (
            '/json/401?www_authenticate=Bearer realm="api"',
            "WWW-Authenticate",
            'Bearer realm="api"',
        ),
        (
            "/json/503?retry_after=2030-01-01T00:00:00Z",
            "Retry-After",
            http_date(datetime(2030, 1, 1, tzinfo=UTC).timestamp()),
        ),
    ],
)
def test_query_parameters_override_header_arguments(
    client: httpx.Client, path: str, header: str, value: str
) -> None:
    response = client.get(path)
    assert response.status_code == int(path.split("?")[0].rsplit("/", 1)[1]), response.text
    assert response.headers[header] == value


def test_an_empty_value_leaves_an_optional_header_out(client: httpx.Client) -> None:
    assert "retry-after" in client.get("/status/503").headers
    response = client.get("/status/503?retry_after=")
    assert response.status_code == 503
    assert "retry-after" not in response.headers


@pytest.mark.parametrize(
    ("path", "code", "override"),
    [
        ("/status/429?retry_after=-5", 429, {"retry_after": -5}),
        ("/status/429?retry_after=soon", 429, {"retry_after": "soon"}),
        ("/json/429?retry_after=-5", 429, {"retry_after": -5}),
        ("/status/405?permitted_methods=get", 405, {"permitted_methods": ["get"]}),
        ("/status/301?redirect_to=/a b", 301, {"redirect_to": "/a b"}),
        ("/status/206?content_range=bytes 0-4/100", 206, {"content_range": "bytes 0-4/100"}),
        ("/status/101?upgrade=", 101, {"upgrade": ""}),
    ],
)
def test_refused_values_get_400_with_the_message(
    client: httpx.Client, path: str, code: int, override: dict[str, object]
) -> None:
    json = path.startswith("/json/")
    with pytest.raises(ResponseValidationError) as refused:
        response_class(code, json=json)(**{**example_arguments(code, json=json), **override})
    response = client.get(path)
    assert response.status_code == 400
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text == str(refused.value)


def test_an_argument_the_class_does_not_take_gets_400(client: httpx.Client) -> None:
    response = client.get("/status/404?retry_after=3")
    assert response.status_code == 400
    assert "HttpResponseNotFound takes no header argument 'retry_after'" in response.text


def test_an_unsafe_redirect_gets_400(client: httpx.Client) -> None:
    response = client.get("/status/302?redirect_to=javascript:alert(1)")
    assert response.status_code == 400
    assert "Unsafe redirect" in response.text


@pytest.mark.parametrize(
    "path", ["/status/999", "/status/418", "/json/999", "/status/abc", "/nowhere"]
)
def test_unknown_codes_and_paths_get_a_404_page(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<a href="/">' in response.text
    code = path.rsplit("/", 1)[1]
    if code == "999":
        assert "999 is not an HTTP status code" in response.text
    elif code.isdigit():
        assert f"{code} is not an assigned HTTP status code" in response.text


@pytest.mark.parametrize(
    ("argument", "values", "expected"),
    [
        ("retry_after", ["30"], 30),
        ("retry_after", ["2.5"], 2.5),
        (
            "retry_after",
            ["Sun, 06 Nov 1994 08:49:37 GMT"],
            datetime(1994, 11, 6, 8, 49, 37, tzinfo=UTC),
        ),
        ("retry_after", ["2030-01-01T00:00:00+00:00"], datetime(2030, 1, 1, tzinfo=UTC)),
        ("retry_after", ["later"], "later"),
        ("retry_after", [""], None),
        ("total_length", ["12"], 12),
        ("permitted_methods", ["GET, HEAD", "POST"], ["GET", "HEAD", "POST"]),
        ("permitted_methods", [""], []),
        ("upgrade", ["websocket"], "websocket"),
        ("www_authenticate", ['Basic realm="a, b"'], 'Basic realm="a, b"'),
        ("www_authenticate", ["Basic", "Bearer"], ["Basic", "Bearer"]),
        ("location", ["/a", "/b"], "/b"),
    ],
)
def test_query_values_are_parsed_into_python_types(
    argument: str, values: list[str], expected: object
) -> None:
    parsed = parse_value(argument, values)
    assert parsed == expected
    assert type(parsed) is type(expected)


def as_read(markup: str) -> list[str]:
    """The lines a reader sees: each block element (a row, a cell, a div) on its own line,
    inline elements run together as a browser runs them."""
    blocks = re.sub(r"</?(?:div|td|th|tr|p|li|h\d|section|table)\b[^>]*>", "\n", markup)
    words = html.unescape(re.sub(r"<[^>]+>", "", blocks))
    return [" ".join(line.split()) for line in words.splitlines() if line.strip()]


def test_every_row_reads_each_class_and_link_apart(index: httpx.Response) -> None:
    lines = as_read(index.text)
    assert not [line for line in lines if "inspectno" in line or "inspectJson" in line]
    bodiless = [code for code in STATUSES if code not in CONTENT]
    assert lines.count("no JSON twin") == len(bodiless)
    assert lines.count("HttpResponseNoContent inspect") == 1
    assert lines.count("JsonResponseTooManyRequests inspect") == 1


def test_the_index_links_the_ranges_page_which_looks_like_the_rest(
    client: httpx.Client, index: httpx.Response
) -> None:
    assert 'href="/ranges/"' in index.text
    ranges = client.get("/ranges/")
    assert ranges.status_code == 200
    style = re.search(r"<style>(.*?)</style>", index.text, re.S)
    assert style is not None
    assert style.group(1).split("{% block style %}")[0][:400] in ranges.text
    assert "<footer>django-allresponses playground" in ranges.text
    assert 'href="/"' in ranges.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/status/999", "999 is not an HTTP status code (they run from 100 to 599), so no "),
        ("/json/600", "600 is not an HTTP status code (they run from 100 to 599), so no "),
        ("/status/418", "418 is not an assigned HTTP status code (the IANA registry marks it "),
        ("/status/299", "299 is not an assigned HTTP status code, so no class"),
    ],
)
def test_an_unassigned_code_is_explained_for_what_it_is(
    client: httpx.Client, path: str, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == 404
    text = " ".join(html.unescape(response.text).split())
    assert message in text
    assert "306 and 418" not in text
