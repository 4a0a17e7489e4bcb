"""`EventStreamResponse` read by Chromium's ``EventSource`` (Debian's ``/usr/bin/chromium``,
driven by Playwright), from uvicorn and gunicorn with ``GZipMiddleware``.

The view ``/streams/resume`` sends ``retry: 100`` and three events after the
``Last-Event-ID`` it is given, then ends the stream. The browser dispatches them, waits
100 ms, reconnects on its own with ``Last-Event-ID`` set to the last ``id`` it saw, and
the view resumes from there: seven events over three connections, each saying which
``Last-Event-ID`` its connection sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Request, sync_playwright

from tests.integration.test_browser import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS
from tests.support.servers import Server, ServerKind, serve

pytestmark = [pytest.mark.slow, pytest.mark.once]


@pytest.fixture(scope="module", params=["uvicorn-h11", "gunicorn"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    kind: ServerKind = request.param
    with serve(kind, settings="tests.support.settings_streams", threads=4) as running:
        yield running


def test_event_source_receives_reconnects_and_resumes(server: Server, tmp_path: Path) -> None:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run scripts/install-debian.sh"
    sent: list[str | None] = []

    def note(request: Request) -> None:
        if request.url.endswith("/streams/resume"):
            sent.append(request.all_headers().get("last-event-id"))

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            page = context.new_page()
            page.on("request", note)
            response = page.goto(server.base_url + "/streams/page")
            assert response is not None and response.status == 200
            page.wait_for_function("window.received.length >= 7")
            received = page.evaluate("window.received")
            opened = page.evaluate("window.opened")
        finally:
            context.close()

    assert received == [
        {"data": "event 1\nfrom the start", "id": "e1"},
        {"data": "event 2\nfrom the start", "id": "e2"},
        {"data": "event 3\nfrom the start", "id": "e3"},
        {"data": "event 4\nfrom e3", "id": "e4"},
        {"data": "event 5\nfrom e3", "id": "e5"},
        {"data": "event 6\nfrom e3", "id": "e6"},
        {"data": "event 7\nfrom e6", "id": "e7"},
    ]
    assert opened >= 3
    assert sent[:3] == [None, "e3", "e6"]
