"""1xx, 204, 205 and 304 forbid content."""

from __future__ import annotations

import pytest
from django import http

from django_allresponses import STATUSES, ResponseValidationError, response_class
from django_allresponses.tools.examples import example_arguments

BODILESS = [code for code, facts in STATUSES.items() if not facts.allows_content]


def _build(code: int) -> http.HttpResponse:
    return response_class(code)(**example_arguments(code))


def test_the_bodiless_statuses_are_1xx_204_205_304() -> None:
    assert BODILESS == [100, 101, 102, 103, 204, 205, 304]


@pytest.mark.parametrize("code", BODILESS)
@pytest.mark.parametrize("content", [b"x", "x", b"", [b"chunk"]])
def test_content_given_positionally_is_refused(code: int, content: object) -> None:
    cls = response_class(code)
    facts = STATUSES[code]
    with pytest.raises(ResponseValidationError) as caught:
        cls(content, **example_arguments(code))
    message = str(caught.value)
    assert message.startswith(f"{cls.__name__}: {code} ({facts.phrase}) forbids content")
    assert facts.reference in message
    assert caught.value.argument == "content"
    assert isinstance(caught.value, AttributeError)


@pytest.mark.parametrize("code", BODILESS)
def test_content_given_by_keyword_is_refused(code: int) -> None:
    with pytest.raises(ResponseValidationError, match=rf"{code} \(.*\) forbids content"):
        response_class(code)(content="<p>hi</p>", **example_arguments(code))


@pytest.mark.parametrize("code", BODILESS)
def test_setting_content_later_is_refused_in_djangos_words(code: int) -> None:
    response = _build(code)
    phrase = STATUSES[code].phrase
    with pytest.raises(AttributeError) as caught:
        response.content = b"late"
    assert str(caught.value) == f"You cannot set content to a {code} ({phrase}) response"
    assert isinstance(caught.value, ResponseValidationError)
    response.content = b""  # empty content is no content
    assert response.content == b""


@pytest.mark.parametrize("code", BODILESS)
def test_write_and_writelines_are_refused(code: int) -> None:
    response = _build(code)
    phrase = STATUSES[code].phrase
    expected = f"You cannot write content to a {code} ({phrase}) response"
    with pytest.raises(ResponseValidationError) as caught:
        response.write(b"x")
    assert str(caught.value) == expected and isinstance(caught.value, AttributeError)
    with pytest.raises(
        ResponseValidationError, match=expected.replace("(", r"\(").replace(")", r"\)")
    ):
        response.writelines([b"x"])
    assert response.content == b""
    assert list(response) == []


@pytest.mark.parametrize("code", BODILESS)
def test_no_content_type_is_sent(code: int) -> None:
    response = _build(code)
    assert not response.has_header("Content-Type")
    assert b"Content-Type" not in response.serialize_headers()


def test_djangos_own_304_still_accepts_write_ours_does_not() -> None:
    theirs = http.HttpResponseNotModified()
    theirs.write(b"oops")
    assert theirs.content == b"oops"
    with pytest.raises(AttributeError):
        response_class(304)().write(b"oops")


@pytest.mark.parametrize("code", [100, 101, 102, 103, 204])
def test_no_framing_headers_on_1xx_and_204(code: int) -> None:
    response = _build(code)
    response["Content-Length"] = "0"  # what CommonMiddleware adds: dropped
    assert not response.has_header("Content-Length")
    with pytest.raises(
        ResponseValidationError, match=r"Content-Length header of .5. is not allowed"
    ):
        response["Content-Length"] = "5"
    with pytest.raises(
        ResponseValidationError, match=r"Transfer-Encoding header of .chunked. is not allowed"
    ):
        response["Transfer-Encoding"] = "chunked"


@pytest.mark.parametrize("code", [100, 101, 102, 103, 204, 205, 304])
@pytest.mark.parametrize("spelling", ["Content-Length", "content-length", "CONTENT-LENGTH"])
def test_framing_rules_hold_after_the_same_header_was_set_on_any_response(
    code: int, spelling: str
) -> None:
    """A name the store has seen on a 200 (where any length goes) is still checked on a
    status with framing rules, in every spelling."""
    ok = response_class(200)("abcde")
    ok[spelling] = "5"
    ok["Transfer-Encoding"] = "chunked"
    assert ok["Content-Length"] == "5"
    response = _build(code)
    if code == 304:
        response[spelling] = "5"
        assert response["Content-Length"] == "5"
    else:
        with pytest.raises(
            ResponseValidationError, match=r"Content-Length header of .5. is not allowed"
        ):
            response[spelling] = "5"
    with pytest.raises(
        ResponseValidationError, match=r"Transfer-Encoding header of .chunked. is not allowed"
    ):
        response["Transfer-Encoding"] = "chunked"


def test_205_signals_empty_content() -> None:
    response = response_class(205)()
    assert response["Content-Length"] == "0"
    assert response.content == b""


def test_304_keeps_the_length_the_200_would_have_had_but_not_a_zero() -> None:
    response = response_class(304)()
    response["Content-Length"] = "0"
    assert not response.has_header("Content-Length")
    response["Content-Length"] = "1234"
    assert response["Content-Length"] == "1234"
    with pytest.raises(ResponseValidationError, match="Transfer-Encoding"):
        response["Transfer-Encoding"] = "chunked"


def test_304_is_djangos_304() -> None:
    assert isinstance(response_class(304)(), http.HttpResponseNotModified)


@pytest.mark.parametrize("code", BODILESS)
def test_framing_headers_given_at_construction_follow_the_same_rules(code: int) -> None:
    cls = response_class(code)
    arguments = example_arguments(code)
    zero = cls(**arguments, headers={"Content-Length": "0"})
    assert zero.has_header("Content-Length") is (code == 205)
    with pytest.raises(ResponseValidationError, match="Transfer-Encoding header of 'chunked'"):
        cls(**arguments, headers={"Transfer-Encoding": "chunked"})
    if code == 304:
        assert cls(headers={"Content-Length": "1234"})["Content-Length"] == "1234"
    else:
        with pytest.raises(ResponseValidationError, match="Content-Length header of '5'"):
            cls(**arguments, headers={"Content-Length": "5"})


@pytest.mark.parametrize("keyword", ["reason", "content_type", "charset"])
def test_djangos_text_keywords_refuse_cr_lf_nul(keyword: str) -> None:
    for bad in ("OK\r\nSet-Cookie: x=1", "a\nb", "a\x00b"):
        with pytest.raises(ResponseValidationError) as caught:
            response_class(200)("x", **{keyword: bad})
        # Each is refused by the name it was given by, content_type= included.
        assert str(caught.value).startswith(f"HttpResponseOK: {keyword}=")
        assert caught.value.argument == keyword
