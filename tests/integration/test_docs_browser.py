"""The documentation site and the inspector pages in real headless Chromium (Debian's).

The site is served by ``python -m django_allresponses docs`` (which builds it strictly),
the playground by ``python -m django_allresponses serve``. Three documentation pages and
two inspector pages are opened; the inspector's form is filled with a value the class
refuses, and the library's error appears on the page. Screenshots land in ``artifacts/``
(git-ignored): ``docs-*.png`` and ``inspector-*.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page

from django_allresponses import STATUSES
from tests.integration.test_browser import browser  # noqa: F401  (the Chromium fixture)
from tests.support.servers import running_command
from tests.tools.test_playground import running_playground

# once: the documentation in a browser checks the site, not the versions.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
BUILD_TIMEOUT = 300.0
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def docs_url() -> Iterator[str]:
    """``python -m django_allresponses docs`` on a free loopback port, once it serves."""
    with running_command(
        "docs", timeout=BUILD_TIMEOUT, ready=lambda answer: answer.status_code == 200
    ) as base:
        yield base


@pytest.fixture(scope="module")
def playground_url() -> Iterator[str]:
    with running_playground() as base:
        yield base


def shoot(page: Page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000
    return path


def heading(page: Page) -> str:
    """The page's first h1, without the permalink sign."""
    return page.locator("h1").first.inner_text().strip().removesuffix("¶").strip()


def no_horizontal_scroll(page: Page) -> bool:
    overflow: int = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    return overflow <= 0


def open_page(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    return page


def test_three_documentation_pages(browser: BrowserContext, docs_url: str) -> None:  # noqa: F811
    requested: list[str] = []
    browser.on("request", lambda request: requested.append(request.url))
    home = open_page(browser, docs_url + "/")
    assert heading(home) == "django-allresponses"
    shoot(home, "docs-home")

    status = open_page(browser, docs_url + "/statuses/429/")
    shoot(status, "docs-status-429")
    assert heading(status) == "429 Too Many Requests"
    rfc = status.get_by_role("link", name="RFC 6585, Section 4").first
    assert rfc.get_attribute("href") == "https://www.rfc-editor.org/rfc/rfc6585#section-4"
    status.get_by_role("link", name="HttpResponseTooManyRequests").first.click()
    status.wait_for_url(
        re.compile(r"/reference/responses/#django_allresponses\.HttpResponseTooManyRequests$")
    )
    shoot(status, "docs-reference-429", full_page=False)

    migrating = open_page(browser, docs_url + "/guides/migrating/")
    first_cell = migrating.locator("table tbody tr").first.locator("td").first
    assert first_cell.inner_text().strip() == "HttpResponsePermanentRedirect"
    migrating.set_viewport_size(PHONE)
    assert heading(migrating) == "Migrating"
    shoot(migrating, "docs-migrating-phone")

    assert requested, "the pages were loaded"
    assert all(url.startswith(docs_url) for url in requested), "no request leaves the site"


OVERFLOW = """() => {
  const found = [];
  const width = document.documentElement.clientWidth;
  const selector = ".md-content pre > code, .md-content code, .md-content table, "
    + ".md-content .md-typeset__table, .md-content .md-typeset__scrollwrap";
  for (const element of document.querySelectorAll(selector)) {
    const text = element.textContent.trim().slice(0, 60);
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${element.tagName} scrolls: ${text}`);
    }
    if (element.getBoundingClientRect().right > width + 1) {
      found.push(`${element.tagName} past the edge: ${text}`);
    }
  }
  return found;
}"""
"""What a reader cannot see without scrolling sideways: code or a table wider than its box
or than the window."""
RAW_RST = re.compile(r"\w+::$|:(?:class|func|meth|data|mod|attr|exc|obj):`", re.M)
"""reStructuredText left unrendered: a literal-block marker (``Example::``) or a role."""


def site_pages(context: BrowserContext, docs_url: str) -> list[str]:
    """Every page of the site's navigation (Material renders the whole tree on each page)."""
    home = open_page(context, docs_url + "/")
    links: list[str] = home.evaluate(
        "Array.from(document.querySelectorAll('nav.md-nav--primary a.md-nav__link[href]'))"
        ".map(a => a.href.split('#')[0])"
    )
    home.close()
    return sorted({docs_url + "/", *(link for link in links if link.startswith(docs_url))})


def test_no_page_cuts_code_off(browser: BrowserContext, docs_url: str) -> None:  # noqa: F811
    pages = site_pages(browser, docs_url)
    assert {docs_url + "/reference/", docs_url + "/statuses/429/"} <= set(pages)
    assert len(pages) > len(STATUSES) + 10
    page = browser.new_page()
    cut_off: dict[str, list[str]] = {}
    for url in pages:
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        for width in (1280, PHONE["width"]):
            page.set_viewport_size({"width": width, "height": 900})
            found: list[str] = page.evaluate(OVERFLOW)
            if found:
                cut_off[f"{url} at {width} px"] = found[:3]
    assert cut_off == {}, "code or a table cut off"


MID_TOKEN = """() => {
  const broken = [];
  for (const code of document.querySelectorAll(".md-content code")) {
    if (code.closest("pre")) continue;
    const box = code.parentElement;
    const style = getComputedStyle(box);
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const node of code.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size < 2) continue;
      const probe = document.createElement("code");
      probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
      probe.textContent = node.textContent;
      code.parentElement.appendChild(probe);
      const natural = probe.getBoundingClientRect().width;
      probe.remove();
      if (natural <= room) broken.push(`${code.textContent} breaks inside ${node.textContent}`);
    }
  }
  return broken;
}"""
"""Inline code broken inside a word (a piece between two of its break points) that
would have fitted on a line of its own."""


def test_status_pages_at_phone_width_break_no_name_inside_a_word(
    browser: BrowserContext,  # noqa: F811
    docs_url: str,
) -> None:
    pages = [url for url in site_pages(browser, docs_url) if "/statuses/" in url]
    assert len(pages) == len(STATUSES) + 1  # each status and the index
    page = browser.new_page()
    page.set_viewport_size(PHONE)
    broken: dict[str, list[str]] = {}
    for url in pages:
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        found: list[str] = page.evaluate(MID_TOKEN)
        if found:
            broken[url] = found[:3]
    assert broken == {}, "a name or a string broken inside a word at 390 px"


def test_no_page_shows_restructuredtext(browser: BrowserContext, docs_url: str) -> None:  # noqa: F811
    page = browser.new_page()
    raw: dict[str, list[str]] = {}
    for url in site_pages(browser, docs_url):
        page.goto(url)
        words = page.locator(".md-content").inner_text()
        if RAW_RST.search(words):
            raw[url] = RAW_RST.findall(words)[:5]
    assert raw == {}, "reStructuredText shown as written"


def test_the_reference_shows_no_internals(browser: BrowserContext, docs_url: str) -> None:  # noqa: F811
    index = open_page(browser, docs_url + "/reference/")
    assert heading(index) == "API reference"
    listed = index.locator(".md-content a").evaluate_all("links => links.map(a => a.href)")
    for part in ("responses", "json", "values", "middleware", "command-line"):
        assert f"{docs_url}/reference/{part}/" in listed, part
    responses = open_page(browser, docs_url + "/reference/responses/")
    assert responses.locator('[id="django_allresponses.HttpResponseCreated"]').count() == 1
    assert responses.locator('[id$=".takes"]').count() == 0, "an internal attribute is listed"
    assert "Bases:" not in responses.locator(".md-content").inner_text(), "a base is shown"


def test_an_inspector_page_at_phone_width_shows_the_error(
    browser: BrowserContext,  # noqa: F811
    playground_url: str,
) -> None:
    page = open_page(browser, playground_url + "/inspect/405")
    page.set_viewport_size(PHONE)
    assert page.get_by_role("heading", level=1).inner_text().split() == [
        "405",
        *STATUSES[405].phrase.split(),
    ]
    assert page.locator("pre.wire").inner_text().startswith("HTTP/1.1 405 Method Not Allowed\n")
    assert no_horizontal_scroll(page), "the page fits a phone"
    shoot(page, "inspector-405-phone")

    field = page.get_by_label("permitted_methods")
    assert field.input_value() == "GET,HEAD"
    field.fill("get")
    page.get_by_role("button", name="Build").click()
    page.wait_for_url(re.compile(r"/inspect/405\?permitted_methods=get$"))
    alert = page.get_by_role("alert")
    message = alert.inner_text()
    assert message.startswith("Refused: HttpResponseNotAllowed")
    assert "permitted_methods" in message and "GET" in message
    assert page.get_by_label("permitted_methods").get_attribute("aria-invalid") == "true"
    assert no_horizontal_scroll(page), "the error fits a phone"
    shoot(page, "inspector-405-error-phone")


def test_a_twin_inspector_and_its_live_endpoint(
    browser: BrowserContext,  # noqa: F811
    playground_url: str,
) -> None:
    page = open_page(browser, playground_url + "/inspect/201/json")
    assert "JsonResponseCreated" in page.locator("p.lead").inner_text()
    page.locator("#arg-location").fill("/items/2")
    page.get_by_role("button", name="Build").click()
    page.wait_for_url(re.compile(r"/inspect/201/json\?location="))
    assert "\nLocation: /items/2\n" in page.locator("pre.wire").inner_text()
    shoot(page, "inspector-201-json")
    page.get_by_role("link", name=re.compile(r"^live endpoint")).click()
    page.wait_for_url(re.compile(r"/json/201\?location="))
    assert '"status": 201' in page.locator("body").inner_text()


def test_the_index_fits_a_phone(
    browser: BrowserContext,  # noqa: F811
    playground_url: str,
) -> None:
    page = open_page(browser, playground_url + "/")
    page.set_viewport_size(PHONE)
    assert page.locator("tbody tr").count() == len(STATUSES)
    assert no_horizontal_scroll(page), "no row is cut off at phone width"
    shoot(page, "playground-index-phone", full_page=False)
    page.get_by_role("link", name=STATUSES[429].phrase, exact=True).click()
    page.wait_for_url(re.compile(r"/inspect/429$"))
    assert heading(page).split() == ["429", *STATUSES[429].phrase.split()]
