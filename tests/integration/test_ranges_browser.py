"""serve_file in real headless Chromium (Debian's): a generated WAV file plays and seeks.

The test writes a ten-minute WAV file with the standard library's ``wave``
module, serves it with serve_file under gunicorn (with its access log on), plays
it in an ``<audio>`` element and seeks near its end. Chromium fetches media with
``Range`` requests: the server's log must show them answered 206. The player's
screenshot lands in ``artifacts/ranges-player.png`` (``artifacts/`` is git-ignored).
"""

from __future__ import annotations

import array
import math
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.integration.test_browser import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS
from tests.support.servers import Server, serve

# once: the range pages in a browser check this package's own tool.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "artifacts" / "ranges-player.png"
RATE = 8_000
SECONDS = 600
"""Ten minutes at 8 kHz: 9.6 MB, more than Chromium reads ahead at this bitrate, so a seek
near the end needs a new Range request."""
ACCESS_LOG = '[access] %(m)s %(U)s %(s)s range="%({range}i)s" length=%(B)s'


def write_wav(path: Path) -> int:
    """A 400 Hz tone, 16-bit mono PCM; returns the file's size."""
    period = array.array("h", (int(8000 * math.sin(2 * math.pi * n / 20)) for n in range(20)))
    samples = period * (RATE * SECONDS // 20)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return path.stat().st_size


@pytest.fixture(scope="module")
def tone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("media")
    assert write_wav(folder / "tone.wav") == 9_600_044  # 44-byte header + 600 s x 16,000 B/s
    return folder


@pytest.fixture(scope="module")
def server(tone: Path) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALLRESPONSES_RANGES_FILES", str(tone))
        # gunicorn reads extra options from GUNICORN_CMD_ARGS: an access log with the Range
        patch.setenv("GUNICORN_CMD_ARGS", f"--access-logfile=- --access-logformat='{ACCESS_LOG}'")
        with serve("gunicorn", settings="tests.support.ranges_settings", threads=8) as running:
            yield running


def test_chromium_plays_and_seeks_a_served_file(server: Server, tmp_path: Path) -> None:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run scripts/install-debian.sh"
    statuses: list[int] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            args=[*CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"],
            headless=True,
            viewport={"width": 640, "height": 200},
        )
        browser.set_default_timeout(TIMEOUT_MS)
        try:
            page = browser.new_page()
            page.on(
                "response",
                lambda response: (
                    statuses.append(response.status)
                    if response.url.endswith("/tone.wav")
                    else None
                ),
            )
            page.goto(f"{server.base_url}/ranges/player/tone.wav")
            page.wait_for_function("document.getElementById('audio').readyState >= 1")
            assert page.evaluate("document.getElementById('audio').duration") == SECONDS
            page.evaluate("document.getElementById('audio').play()")
            page.wait_for_function("document.getElementById('audio').currentTime > 0.2")
            page.evaluate(
                """() => new Promise(resolve => {
                    const audio = document.getElementById('audio');
                    audio.addEventListener('seeked', resolve, {once: true});
                    audio.currentTime = 590;
                })"""
            )
            page.wait_for_function("document.getElementById('audio').currentTime > 590.2")
            assert page.evaluate("document.getElementById('audio').error") is None
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    log = server.log.read_text(errors="replace")
    answered = re.findall(
        r"\[access\] GET /ranges/tagged/tone.wav (\d{3}) range=\"([^\"]*)\"", log
    )
    assert answered, log
    assert all(status == "206" for status, _ in answered), answered
    assert 206 in statuses
    starts = [int(match) for _, value in answered for match in re.findall(r"bytes=(\d+)-", value)]
    assert any(start > 9_000_000 for start in starts), f"no request after the seek: {answered}"
