"""Every response pickles and copies intact, and Django's cache serves it.

* Every class and JSON twin survives :mod:`pickle` at every protocol,
  :func:`copy.copy` and :func:`copy.deepcopy` with its class, status, reason
  phrase, headers, cookies and content, and keeps its checks: a bad header
  value set on the copy is still refused.
* Django's cache backends store and return every class unchanged: the local
  memory cache, the file-based cache and a real Redis server through Django's
  built-in ``RedisCache`` (Debian's ``redis-server``, started here on a
  loopback port with no persistence, and stopped again).
* ``cache_page`` and the ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware``
  pair, through Django's test client, answer the second request from the
  cache byte for byte as the first. Django's cache middleware stores only
  200 responses (``django.middleware.cache.UpdateCacheMiddleware``), so the
  cacheable classes are ``HttpResponseOK`` and ``JsonResponseOK``.
"""

from __future__ import annotations

import contextlib
import copy
import json as jsonlib
import pickle
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from django.core.cache import caches
from django.http import HttpRequest, HttpResponseBase
from django.http.response import HttpResponseRedirectBase
from django.test import Client, override_settings
from django.urls import path
from django.views.decorators.cache import cache_page

from django_allresponses import (
    STATUSES,
    HttpResponseOK,
    HttpResponseTooManyRequests,
    JsonResponseTooManyRequests,
    ResponseValidationError,
    response_class,
)
from django_allresponses.tools.examples import build
from tests.support.servers import every_class, free_port, stop_process

pytestmark = [pytest.mark.slow]

CLASSES = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
]
FINAL = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class(final=True)
]
CACHEABLE = [
    pytest.param(code, json, id=response_class(code, json=json).__name__)
    for code, json in every_class()
    if code == 200  # the only status UpdateCacheMiddleware stores
]
PROTOCOLS = list(range(pickle.HIGHEST_PROTOCOL + 1))


def snapshot(response: HttpResponseBase) -> dict[str, Any]:
    """Everything a client could see of ``response``, and its class."""
    return {
        "class": type(response),
        "status": response.status_code,
        "reason": response.reason_phrase,
        "headers": list(response.items()),
        "cookies": response.cookies.output(),
        "content": response.content if hasattr(response, "content") else None,
        "url": response.url if isinstance(response, HttpResponseRedirectBase) else None,
    }


def built(code: int, json: bool) -> HttpResponseBase:
    """The class of ``code`` with its example arguments, a cookie and a custom header."""
    response = build(code, json=json)
    response["X-Request-Id"] = "abc-123"
    response.set_cookie("session", "s3cr3t", max_age=60, path="/app", samesite="Lax")
    return response


def assert_checks_intact(response: HttpResponseBase) -> None:
    """Header values set on ``response`` are still checked as on a new one."""
    name = type(response).__name__
    with pytest.raises(ResponseValidationError) as caught:
        response["Retry-After"] = "-5"
    assert str(caught.value).startswith(f"{name}: Retry-After header '-5'")
    with pytest.raises(ResponseValidationError) as caught:
        response["X-Note"] = "a\r\nSet-Cookie: admin=1"
    assert str(caught.value).startswith(f"{name}: X-Note header")
    response["X-Note"] = "fine"
    assert response["X-Note"] == "fine"


# --- pickle and copy ------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_every_class_pickles_at_every_protocol(code: int, json: bool, protocol: int) -> None:
    original = built(code, json)
    restored = pickle.loads(pickle.dumps(original, protocol=protocol))
    assert type(restored) is response_class(code, json=json)
    assert restored.status_code == code
    assert restored.reason_phrase == STATUSES[code].phrase
    assert restored["X-Request-Id"] == "abc-123"
    assert restored.cookies["session"].value == "s3cr3t"
    assert snapshot(restored) == snapshot(original)
    assert_checks_intact(restored)


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy], ids=["copy", "deepcopy"])
@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_every_class_copies(
    code: int, json: bool, duplicate: Callable[[HttpResponseBase], HttpResponseBase]
) -> None:
    original = built(code, json)
    copied = duplicate(original)
    assert type(copied) is response_class(code, json=json)
    assert copied.status_code == code
    assert snapshot(copied) == snapshot(original)
    assert_checks_intact(copied)


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("cls", [HttpResponseTooManyRequests, JsonResponseTooManyRequests])
def test_a_header_set_after_unpickling_is_still_checked(
    cls: type[HttpResponseTooManyRequests], protocol: int
) -> None:
    arguments: dict[str, Any] = {"retry_after": 30}
    if cls is JsonResponseTooManyRequests:
        arguments["data"] = {"error": "slow down"}
    restored = pickle.loads(pickle.dumps(cls(**arguments), protocol=protocol))
    assert restored["Retry-After"] == "30"
    with pytest.raises(ResponseValidationError) as caught:
        restored["Retry-After"] = "-5"
    assert str(caught.value).startswith(f"{cls.__name__}: Retry-After header '-5'")
    assert caught.value.argument == "Retry-After"
    with pytest.raises(ResponseValidationError):
        restored.headers["Retry-After"] = "-5"
    assert restored["Retry-After"] == "30"
    restored["Retry-After"] = "60"
    assert restored["Retry-After"] == "60"


def test_the_reason_phrase_is_checked_after_unpickling() -> None:
    restored = pickle.loads(pickle.dumps(HttpResponseOK("x")))
    with pytest.raises(ResponseValidationError) as caught:
        restored.reason_phrase = "OK\r\nSet-Cookie: admin=1"
    assert "HttpResponseOK" in str(caught.value)
    assert "reason" in str(caught.value)
    assert restored.reason_phrase == "OK"


def test_a_status_refused_at_construction_is_refused_on_an_unpickled_class() -> None:
    cls = pickle.loads(pickle.dumps(HttpResponseOK))
    assert cls is HttpResponseOK
    with pytest.raises(TypeError, match="HttpResponseOK always sends 200 OK"):
        cls("x", status=500)


# --- a Redis server of its own --------------------------------------------------------------

REDIS_START_TIMEOUT = 10.0
"""Seconds redis-server may take to answer PING."""


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """Run Debian's ``redis-server`` on a free loopback port; yield its URL; stop it.

    No snapshots and no append-only file: nothing is written to disk.
    """
    executable = shutil.which("redis-server")
    if executable is None:
        raise RuntimeError("redis-server is missing: run scripts/install-debian.sh")
    port = free_port()
    options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    log = directory / "redis.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [executable, *options, "--dir", str(directory)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1.0)
        deadline = time.monotonic() + REDIS_START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {log.read_text(errors='replace')}")
            try:
                if client.ping():
                    break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        client.close()
        yield f"redis://127.0.0.1:{port}"
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a Redis server that lives as long as this module's tests."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


BACKENDS = ["locmem", "file", "redis"]


@pytest.fixture(params=BACKENDS)
def cache_settings(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[dict[str, dict[str, Any]]]:
    """``CACHES`` with one of Django's backends as the default cache, in force for the test."""
    backend: dict[str, Any]
    if request.param == "locmem":
        backend = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"responses-{request.node.name}",
        }
    elif request.param == "file":
        backend = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    else:
        backend = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": request.getfixturevalue("redis_url"),
        }
    cache_setting = {"default": backend}
    with override_settings(CACHES=cache_setting):
        caches["default"].clear()
        try:
            yield cache_setting
        finally:
            caches["default"].clear()


def test_the_redis_server_is_real(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        info = client.info("persistence")
        assert info["aof_enabled"] == 0
        assert client.config_get("save") == {"save": ""}
        assert client.set("probe", b"1") is True
        assert client.get("probe") == b"1"
        client.delete("probe")
    finally:
        client.close()


# --- Django's cache backends ----------------------------------------------------------------


@pytest.mark.parametrize(("code", "json"), CLASSES)
def test_every_backend_stores_every_class_unchanged(
    cache_settings: dict[str, Any], code: int, json: bool
) -> None:
    cache = caches["default"]
    original = built(code, json)
    cache.set("response", original, 60)
    restored = cache.get("response")
    assert type(restored) is response_class(code, json=json)
    assert snapshot(restored) == snapshot(original)
    assert_checks_intact(restored)


# --- cache_page and the cache middleware ----------------------------------------------------

CALLS: Counter[str] = Counter()
"""How many times each view below ran: a page served from the cache does not run it."""


def _view(request: HttpRequest, code: int, kind: str) -> HttpResponseBase:
    CALLS[request.path] += 1
    return built(code, kind == "json")


urlpatterns = [
    path("page/<int:code>/<str:kind>", cache_page(300)(_view)),
    path("plain/<int:code>/<str:kind>", _view),
]

CACHE_MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    "django.middleware.cache.FetchFromCacheMiddleware",
]
"""The pair alone: other middleware would change the cached response again on its way out."""


def _served_twice(url: str) -> tuple[HttpResponseBase, HttpResponseBase]:
    CALLS.clear()
    client = Client()
    first = client.get(url)
    second = client.get(url)
    assert CALLS[url] == 1, "the second request ran the view: it was not served from the cache"
    return first, second


def _assert_served_unchanged(
    first: HttpResponseBase, second: HttpResponseBase, code: int, json: bool
) -> None:
    cls = response_class(code, json=json)
    assert type(first) is type(second) is cls
    assert first.status_code == second.status_code == 200
    assert first.reason_phrase == second.reason_phrase == "OK"
    # The cache adds the response's age in seconds (RFC 9111, Section 5.1); the rest is
    # what was stored, byte for byte.
    assert second["Age"].isdigit()
    assert not first.has_header("Age")
    del second["Age"]
    assert second.serialize() == first.serialize()  # type: ignore[attr-defined]
    assert second.cookies.output() == first.cookies.output()
    assert second["X-Request-Id"] == "abc-123"
    assert "max-age=" in second["Cache-Control"]
    if json:
        assert jsonlib.loads(second.content) == {"status": 200, "phrase": "OK"}
    else:
        assert second.content == b"OK"
    assert_checks_intact(second)


@pytest.mark.parametrize(("code", "json"), CACHEABLE)
def test_cache_page_serves_every_cacheable_class_from_the_cache(
    cache_settings: dict[str, Any], code: int, json: bool
) -> None:
    with override_settings(ROOT_URLCONF=__name__, MIDDLEWARE=[]):
        first, second = _served_twice(f"/page/{code}/{'json' if json else 'http'}")
    _assert_served_unchanged(first, second, code, json)


@pytest.mark.parametrize(("code", "json"), CACHEABLE)
def test_the_cache_middleware_serves_every_cacheable_class_from_the_cache(
    cache_settings: dict[str, Any], code: int, json: bool
) -> None:
    with override_settings(
        ROOT_URLCONF=__name__,
        MIDDLEWARE=CACHE_MIDDLEWARE,
        CACHE_MIDDLEWARE_SECONDS=300,
        CACHE_MIDDLEWARE_KEY_PREFIX="allresponses",
    ):
        first, second = _served_twice(f"/plain/{code}/{'json' if json else 'http'}")
    _assert_served_unchanged(first, second, code, json)


@pytest.mark.parametrize(("code", "json"), FINAL)
def test_every_final_class_passes_through_cache_page(
    cache_settings: dict[str, Any], code: int, json: bool
) -> None:
    url = f"/page/{code}/{'json' if json else 'http'}"
    CALLS.clear()
    with override_settings(ROOT_URLCONF=__name__):
        first = Client().get(url)
    assert type(first) is response_class(code, json=json)
    assert first.status_code == code
    assert first["X-Request-Id"] == "abc-123"
    assert CALLS[url] == 1
