"""The playground's range page, in process and from the playground's own server."""

from __future__ import annotations

import httpx
import pytest
from django.test import Client

from tests.support.ranges_cases import parse_multipart
from tests.tools.test_playground import running_playground


@pytest.mark.urls("django_allresponses.tools.playground.urls")
def test_the_page_links_the_samples() -> None:
    response = Client().get("/ranges/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert '<audio id="tone" controls preload="auto" src="tone.wav"></audio>' in page
    assert 'data-range="bytes=0-0,-1"' in page
    assert "curl -i -H 'Range: bytes=0-9' http://testserver/ranges/alphabet.txt" in page


@pytest.mark.urls("django_allresponses.tools.playground.urls")
def test_an_unknown_sample_is_404() -> None:
    assert Client().get("/ranges/missing.bin").status_code == 404


def test_the_samples_from_the_playground_server() -> None:
    with running_playground() as base, httpx.Client(base_url=base, timeout=10.0) as client:
        assert client.get("/ranges/").status_code == 200
        one = client.get("/ranges/alphabet.txt", headers={"Range": "bytes=95-104"})
        assert one.status_code == 206
        assert one.headers["content-range"] == "bytes 95-104/2600"
        assert one.content == b"AAAAABBBBB"
        two = client.get("/ranges/alphabet.txt", headers={"Range": "bytes=0-0,-1"})
        assert two.status_code == 206
        assert parse_multipart(two.headers["content-type"], two.content) == [
            ("text/plain", "bytes 0-0/2600", b"A"),
            ("text/plain", "bytes 2599-2599/2600", b"Z"),
        ]
        none = client.get("/ranges/alphabet.txt", headers={"Range": "bytes=5000-"})
        assert none.status_code == 416
        assert none.headers["content-range"] == "bytes */2600"
        cached = client.get("/ranges/tone.wav", headers={"If-None-Match": '"playground-v1"'})
        assert cached.status_code == 304
        tone = client.get("/ranges/tone.wav", headers={"Range": "bytes=0-3"})
        assert (tone.status_code, tone.content) == (206, b"RIFF")
        assert tone.headers["content-type"] in ("audio/wav", "audio/x-wav")
