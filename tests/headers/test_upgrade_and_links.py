"""Upgrade (101, 426), Link for 103 Early Hints and 451's blocked-by (RFC 8288, 8297, 7725)."""

from __future__ import annotations

import pytest

from django_allresponses import (
    HttpResponseEarlyHints,
    HttpResponseSwitchingProtocols,
    HttpResponseUnavailableForLegalReasons,
    HttpResponseUpgradeRequired,
    JsonResponseUnavailableForLegalReasons,
    JsonResponseUpgradeRequired,
    Link,
    ResponseValidationError,
)

UPGRADES = [
    lambda upgrade: HttpResponseSwitchingProtocols(upgrade=upgrade),
    lambda upgrade: HttpResponseUpgradeRequired(upgrade=upgrade),
    lambda upgrade: JsonResponseUpgradeRequired({}, upgrade=upgrade),
]


@pytest.mark.parametrize("build", UPGRADES)
@pytest.mark.parametrize(
    ("upgrade", "header"),
    [
        ("websocket", "websocket"),
        ("TLS/1.2", "TLS/1.2"),
        (["HTTP/3.0", "websocket"], "HTTP/3.0, websocket"),
        (("h2c",), "h2c"),
    ],
)
def test_valid_upgrades(build: object, upgrade: object, header: str) -> None:
    response = build(upgrade)  # type: ignore[operator]
    assert response["Upgrade"] == header
    assert response["Connection"] == "Upgrade"


@pytest.mark.parametrize("build", UPGRADES)
@pytest.mark.parametrize(
    ("upgrade", "reason"),
    [
        ("websocket, h2c", "'websocket, h2c' is not one protocol"),
        ("", "'' is not one protocol"),
        ("TLS/", "'TLS/' is not one protocol"),
        ("a/b/c", "'a/b/c' is not one protocol"),
        ([], "at least one protocol is required"),
        (["websocket\r\n"], "is not one protocol"),
        (5, "protocols come as a list, tuple or set, not int"),
        (None, "upgrade=None: this argument is required"),
    ],
)
def test_invalid_upgrades(build: object, upgrade: object, reason: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        build(upgrade)  # type: ignore[operator]
    assert ": upgrade=" in str(caught.value)
    assert reason in str(caught.value)
    assert caught.value.argument == "upgrade"


def test_early_hints_links() -> None:
    response = HttpResponseEarlyHints(
        links=[
            Link(href="/style.css", params={"as": "style"}),
            "/app.js",
            Link(
                href="https://cdn.example/font.woff2",
                rel="preload",
                params={"as": "font", "crossorigin": "anonymous"},
            ),
        ]
    )
    assert response["Link"] == (
        '</style.css>; rel="preload"; as="style", </app.js>; rel="preload", '
        '<https://cdn.example/font.woff2>; rel="preload"; as="font"; crossorigin="anonymous"'
    )
    assert not HttpResponseEarlyHints().has_header("Link")


@pytest.mark.parametrize(
    ("links", "reason"),
    [
        ("/style.css", "a bare string is not a list of links"),
        ([], "at least one link is required"),
        (["/a b"], "whitespace or control characters"),
        (
            [Link.model_construct(href="/x\r\n", rel="preload", params={})],
            "a line break or a control character (U+000D)",
        ),
        ([5], "a URI reference is a string, not int"),
    ],
)
def test_invalid_links(links: object, reason: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseEarlyHints(links=links)  # type: ignore[arg-type]
    assert str(caught.value).startswith("HttpResponseEarlyHints: links=")
    assert reason in str(caught.value)


def test_link_model_rules() -> None:
    with pytest.raises(ValueError, match="whitespace or control characters"):
        Link(href="/a b")
    with pytest.raises(ValueError, match="String should match pattern"):
        Link(href="/a", rel="")
    assert str(Link(href="/next", rel="next")) == '</next>; rel="next"'


def test_a_link_renders_its_own_fields_after_a_copy_or_a_change() -> None:
    link = Link(href="/style.css", params={"as": "style"})
    assert str(link) == '</style.css>; rel="preload"; as="style"'
    assert str(link.model_copy(update={"rel": "prefetch"})) == (
        '</style.css>; rel="prefetch"; as="style"'
    )
    assert str(link) == '</style.css>; rel="preload"; as="style"'
    link.params["as"] = "script"  # type: ignore[index]
    assert str(link) == '</style.css>; rel="preload"; as="script"'


@pytest.mark.parametrize(
    "build",
    [
        lambda **kw: HttpResponseUnavailableForLegalReasons("Blocked", **kw),
        lambda **kw: JsonResponseUnavailableForLegalReasons({"detail": "Blocked"}, **kw),
    ],
)
def test_blocked_by(build: object) -> None:
    response = build(blocked_by="https://authority.example/orders/1")  # type: ignore[operator]
    assert response["Link"] == '<https://authority.example/orders/1>; rel="blocked-by"'
    assert not build().has_header("Link")  # type: ignore[operator]
    with pytest.raises(ResponseValidationError, match="blocked_by='not a uri'"):
        build(blocked_by="not a uri")  # type: ignore[operator]
