"""The playground's index in real headless Chromium (Debian's, never a downloaded build).

Chromium comes from ``scripts/install-debian.sh``; without it this test fails.
The screenshots land in ``artifacts/playground-index.png`` (the first screen) and
``artifacts/playground-index-full.png`` (the whole page); ``artifacts/`` is git-ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, sync_playwright

from django_allresponses import STATUSES, response_class
from django_allresponses.tools.playground.views import STATUS_CLASSES
from tests.tools.test_playground import running_playground

# once: the playground in a browser checks this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "artifacts" / "playground-index.png"
"""The first screen of the index, as a person opening it sees it."""
FULL_SCREENSHOT = ROOT / "artifacts" / "playground-index-full.png"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_playground() as base:
        yield base


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[BrowserContext]:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run scripts/install-debian.sh"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


def open_index(browser: BrowserContext, base_url: str, requested: list[str]) -> Page:
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(base_url + "/")
    assert response is not None and response.status == 200
    return page


def test_the_index_in_chromium(browser: BrowserContext, base_url: str) -> None:
    requested: list[str] = []
    page = open_index(browser, base_url, requested)

    assert page.title() == "django-allresponses playground"
    assert page.get_by_role("heading", level=1).inner_text() == "django-allresponses playground"
    headings = [text.split() for text in page.get_by_role("heading", level=2).all_inner_texts()]
    for digit in sorted({code // 100 for code in STATUSES}):
        count = sum(1 for code in STATUSES if code // 100 == digit)
        expected = [f"{digit}xx", *STATUS_CLASSES[digit].split(), str(count), "statuses"]
        assert expected in headings, (digit, headings)
    assert page.locator("tbody tr").count() == len(STATUSES)
    cells = page.locator("td.classes").all_inner_texts()
    assert not [cell for cell in cells if "inspectno" in cell or "inspectJson" in cell]
    bodiless = page.locator("tr#status-204 td.classes").inner_text().splitlines()
    assert [line.strip() for line in bodiless] == ["HttpResponseNoContent inspect", "no JSON twin"]
    ranges = page.get_by_role("link", name="Ranges", exact=True)
    assert ranges.get_attribute("href") == "/ranges/"
    assert all(url.startswith(base_url) for url in requested), "no external assets"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page fits the window: no horizontal scrolling"

    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    page.screenshot(path=str(FULL_SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000

    not_found = response_class(404).__name__
    page.get_by_role("link", name=not_found, exact=True).click()
    page.wait_for_url(re.compile(r"/status/404$"))
    assert page.locator("body").inner_text().strip() == STATUSES[404].phrase


def test_an_informational_link_shows_its_description(
    browser: BrowserContext, base_url: str
) -> None:
    page = open_index(browser, base_url, [])
    code = min(STATUSES)
    page.get_by_role("link", name=response_class(code).__name__, exact=True).click()
    page.wait_for_url(re.compile(rf"/status/{code}$"))
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading.split() == [str(code), *STATUSES[code].phrase.split()]
    assert "informational (1xx)" in page.locator("main").inner_text()
