"""URI references, CR/LF/NUL in any header argument, and headers set later."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.urls import reverse_lazy

from django_allresponses import (
    STATUSES,
    HttpResponseCreated,
    HttpResponseMultipleChoices,
    HttpResponseOK,
    HttpResponseServiceUnavailable,
    HttpResponseUseProxy,
    ResponseValidationError,
    response_class,
    set_content_location,
)
from django_allresponses.tools.examples import (
    ARGUMENT_EXAMPLES,
    example_arguments,
    header_arguments,
)

INJECTIONS = ["\r\nSet-Cookie: owned=1", "\nX: y", "\rX: y", "\x00"]


def _argument_cases() -> list[tuple[int, bool, str]]:
    cases = []
    for code, facts in STATUSES.items():
        for json in (False, True) if facts.allows_content else (False,):
            for name in header_arguments(response_class(code, json=json)):
                cases.append((code, json, name))
    return cases


def _poisoned(value: object, injection: str) -> object:
    """The example value with a CR, LF or NUL inside every string it holds."""
    if isinstance(value, str):
        return value + injection
    if isinstance(value, list):
        return [_poisoned(item, injection) for item in value]
    if isinstance(value, tuple):
        return f"bytes 0-9/100{injection}"
    if hasattr(value, "model_dump"):
        return str(value) + injection
    return f"{value}{injection}"


@pytest.mark.parametrize(("code", "json", "name"), _argument_cases())
@pytest.mark.parametrize("injection", INJECTIONS, ids=["crlf", "lf", "cr", "nul"])
def test_cr_lf_nul_in_any_header_argument_is_refused(
    code: int, json: bool, name: str, injection: str
) -> None:
    cls = response_class(code, json=json)
    arguments = example_arguments(code, json=json)
    arguments[name] = _poisoned(ARGUMENT_EXAMPLES[name], injection)
    with pytest.raises(ResponseValidationError) as caught:
        cls(**arguments)
    assert str(caught.value).startswith(f"{cls.__name__}: {name}=")
    assert caught.value.argument == name


def test_every_class_with_a_header_argument_is_covered() -> None:
    covered = {(code, json) for code, json, _ in _argument_cases()}
    assert len(covered) == 40  # 21 HTTP classes and 19 JSON twins take header arguments


@pytest.mark.parametrize(
    ("build", "header"),
    [
        (lambda uri: HttpResponseCreated(uri), "Location"),
        (lambda uri: HttpResponseMultipleChoices(location=uri), "Location"),
        (lambda uri: HttpResponseUseProxy(location=uri), "Location"),
        (lambda uri: HttpResponseCreated("/x", content_location=uri), "Content-Location"),
    ],
    ids=["201-location", "300-location", "305-location", "201-content-location"],
)
def test_uri_references(build: object, header: str) -> None:
    for value, expected in [
        ("/items/1", "/items/1"),
        ("https://example.com/a?b=c#d", "https://example.com/a?b=c#d"),
        ("urn:isbn:0451450523", "urn:isbn:0451450523"),
        ("../up", "../up"),
        ("//cdn.example/x", "//cdn.example/x"),
        ("/ünïcode", "/%C3%BCn%C3%AFcode"),
        ("http://[::1]:8000/", "http://[::1]:8000/"),
        (reverse_lazy("status", args=[201]), "/status/201"),
    ]:
        assert build(value)[header] == expected  # type: ignore[operator]


@pytest.mark.parametrize("value", [None, ""])
def test_a_required_location_is_never_left_out(value: object) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseCreated(value)  # type: ignore[arg-type]
    assert str(caught.value).startswith(f"HttpResponseCreated: location={value!r}")


def test_headers_given_both_ways_are_an_error() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseServiceUnavailable(retry_after=5, headers={"retry-after": "10"})
    assert str(caught.value) == (
        "HttpResponseServiceUnavailable: the Retry-After header is set by an argument; "
        "do not also pass it in headers="
    )


def test_headers_argument_is_checked_too() -> None:
    with pytest.raises(ResponseValidationError, match="Retry-After header '-5'"):
        HttpResponseOK("x", headers={"Retry-After": "-5"})
    with pytest.raises(ResponseValidationError, match="X-Custom header"):
        HttpResponseOK("x", headers={"X-Custom": "a\r\nb"})
    assert HttpResponseOK("x", headers={"Retry-After": "5"})["Retry-After"] == "5"


@pytest.mark.parametrize(
    ("header", "good", "bad", "reason"),
    [
        ("Retry-After", "120", "-5", "not delay-seconds or an IMF-fixdate"),
        ("Retry-After", "Fri, 02 Jan 2026 03:04:05 GMT", "tomorrow", "not delay-seconds"),
        ("Location", "/ok", "/not ok", "whitespace or control characters"),
        ("Content-Location", "/ok", "/%zz", "not a URI reference"),
        ("Content-Range", "bytes 0-9/100", "bytes 9-0/100", "must not be greater than end"),
        ("Content-Range", "bytes */100", "bytes */*", "not a Content-Range"),
        ("Allow", "GET, HEAD", "get", "methods are case-sensitive"),
        ("Allow", "", "GET HEAD", "is not a method token"),
        ("Upgrade", "websocket, h2c", "websocket h2c", "is not one protocol"),
        (
            "WWW-Authenticate",
            'Basic realm="x"',
            "=",
            "it is not a list of challenges (RFC 9110, Section 11.2)",
        ),
        (
            "Proxy-Authenticate",
            "Bearer",
            '"quoted"',
            "it is not a list of challenges (RFC 9110, Section 11.2)",
        ),
        ("Link", '</a>; rel="next", </b>; rel=prev', "</a> rel=next", "not a list of link-values"),
        ("Link", '</a>; rel="next"', '</a b>; rel="next"', "whitespace or control characters"),
    ],
)
def test_headers_set_later_are_checked_as_the_constructor_checks_them(
    header: str, good: str, bad: str, reason: str
) -> None:
    for code in STATUSES:
        if code == 204:
            continue
        response = response_class(code)(**example_arguments(code))
        response[header] = good
        assert response[header] == good
        with pytest.raises(ResponseValidationError) as caught:
            response[header] = bad
        assert str(caught.value).startswith(
            f"{type(response).__name__}: {header} header {bad!r}: "
        )
        assert reason in str(caught.value)
        with pytest.raises(ResponseValidationError):
            response.headers[header] = bad
        del response[header]
        with pytest.raises(ResponseValidationError):
            response.headers.setdefault(header, bad)


def test_python_values_set_later_are_rendered_as_arguments_are() -> None:
    response = HttpResponseServiceUnavailable()
    response["Retry-After"] = 1.5  # type: ignore[assignment]
    assert response["Retry-After"] == "2"
    response["Retry-After"] = datetime(2026, 1, 2, 3, 4, 5)  # type: ignore[assignment]
    assert response["Retry-After"] == "Fri, 02 Jan 2026 03:04:05 GMT"
    with pytest.raises(ResponseValidationError, match="retry_after=True"):
        response["Retry-After"] = True


@pytest.mark.parametrize("name", ["X A", "X-A\r\nB", "", "X:A", "Ünï"])
def test_header_names_must_be_tokens(name: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseOK("x", headers={name: "v"})
    assert str(caught.value) == (
        f"HttpResponseOK: {name!r} is not a header field name (RFC 9110, Section 5.1)"
    )
    with pytest.raises(ResponseValidationError, match="is not a header field name"):
        HttpResponseOK("x")[name] = "v"


def test_bytes_values_are_checked_too() -> None:
    with pytest.raises(ResponseValidationError, match="a line break or a control character"):
        HttpResponseOK("x", headers={"X-A": b"a\x00b"})  # type: ignore[dict-item]


def test_any_header_refuses_cr_lf_nul() -> None:
    response = HttpResponseOK("x")
    for value in ("a\r\nb", "a\nb", "a\x00b"):
        with pytest.raises(ResponseValidationError, match="a line break or a control character"):
            response["X-Anything"] = value


def test_set_content_location() -> None:
    response = set_content_location(HttpResponseOK("hello"), "/greetings/en")
    assert response["Content-Location"] == "/greetings/en"
    with pytest.raises(ResponseValidationError) as caught:
        set_content_location(HttpResponseOK("hello"), "/a b")
    assert str(caught.value).startswith("HttpResponseOK: content_location='/a b'")
    from django.http import HttpResponse

    plain = set_content_location(HttpResponse("x"), reverse_lazy("status", args=[200]))
    assert plain["Content-Location"] == "/status/200"
