"""Misuse that no type checker can express is refused when the response is built.

Each case here is a call that type-checks under every checker (content and data are
``object``, ``write`` takes ``str | bytes``) or that only some checkers refuse; each
gets a ``ResponseValidationError`` (or a documented subclass) naming the class, the
argument, what was wrong and what is allowed.
"""

from __future__ import annotations

from typing import Any

import pytest

from django_allresponses import (
    HttpResponseCreated,
    HttpResponseNoContent,
    HttpResponseNotModified,
    HttpResponseOK,
    HttpResponsePartialContent,
    HttpResponseTooManyRequests,
    JsonResponseNotFound,
    JsonResponseOK,
    ResponseValidationError,
    StatusJsonResponse,
    StatusResponse,
    response_class,
)
from django_allresponses.errors import (
    ContentNotAllowedError,
    FixedStatusError,
    NoStatusError,
)

# --- A dict as the content of an HttpResponse… class ----------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: HttpResponseOK({"id": 1}),
            "HttpResponseOK: content is a dict, which Django would send as its keys run "
            "together; give str or bytes, or use JsonResponseOK for JSON",
        ),
        (
            lambda: HttpResponseTooManyRequests({"error": "slow down"}, retry_after=30),
            "HttpResponseTooManyRequests: content is a dict, which Django would send as its "
            "keys run together; give str or bytes, or use JsonResponseTooManyRequests for JSON",
        ),
        (
            lambda: HttpResponseCreated("/items/1", created_document={"id": 1}),
            "HttpResponseCreated: content is a dict, which Django would send as its keys run "
            "together; give str or bytes, or use JsonResponseCreated for JSON",
        ),
        (
            lambda: HttpResponsePartialContent({"a": 1}, content_range=(0, 0, 1)),
            "HttpResponsePartialContent: content is a dict, which Django would send as its "
            "keys run together; give str or bytes, or use JsonResponsePartialContent for JSON",
        ),
    ],
)
def test_a_dict_as_content_is_refused_naming_the_json_twin(build: Any, message: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        build()
    assert str(caught.value) == message
    assert caught.value.argument == "content"


def test_a_dict_subclass_or_a_list_is_still_content_as_django_takes_it() -> None:
    # Only a plain dict is refused (the check is one identity test); Django iterates
    # any other iterable, as it always has.
    assert HttpResponseOK([b"a", b"b"]).content == b"ab"
    assert JsonResponseOK({"id": 1}).content == b'{"id": 1}'


# --- Non-dict data to a JSON twin without safe=False ----------------------------------------


def test_non_dict_data_needs_safe_false() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        JsonResponseNotFound([1, 2])
    assert isinstance(caught.value, TypeError)  # as Django's own JsonResponse
    assert str(caught.value) == (
        "JsonResponseNotFound: data is a list, not a dict. In order to allow non-dict "
        "objects to be serialized set the safe parameter to False."
    )
    assert caught.value.argument == "data"
    assert JsonResponseNotFound([1, 2], safe=False).content == b"[1, 2]"


# --- content and created_document both given to 201 -----------------------------------------


def test_created_takes_content_or_created_document_not_both() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        HttpResponseCreated("/items/1", "<p>made</p>", created_document='{"id": 1}')
    assert str(caught.value) == "HttpResponseCreated: give created_document or content, not both"
    assert caught.value.argument == "created_document"


# --- write() on a bodiless response ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["write", "writelines"])
def test_writing_to_a_bodiless_response_is_refused(verb: str) -> None:
    response = HttpResponseNotModified()
    with pytest.raises(ContentNotAllowedError) as caught:
        if verb == "write":
            response.write("x")
        else:
            response.writelines(["x"])
    assert str(caught.value) == "You cannot write content to a 304 (Not Modified) response"
    assert caught.value.response_class == "HttpResponseNotModified"
    assert HttpResponseNoContent().content == b""


# --- status= on a class looked up with a computed code --------------------------------------


def test_status_on_a_looked_up_class_is_refused() -> None:
    code = int("404")  # not a literal: checkers see type[StatusResponse]
    with pytest.raises(FixedStatusError) as caught:
        response_class(code)(status=410)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    assert str(caught.value) == (
        "HttpResponseNotFound always sends 404 Not Found; it takes no 'status' argument. "
        "Use response_class(code) for the class of another status."
    )
    with pytest.raises(FixedStatusError, match=r"^JsonResponseNotFound always sends 404"):
        response_class(code, json=True)({}, status=410)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


# --- The public bases -----------------------------------------------------------------------


def test_the_public_bases_refuse_construction() -> None:
    build: Any = StatusResponse
    with pytest.raises(NoStatusError) as caught:
        build(status=404)
    assert isinstance(caught.value, ResponseValidationError)
    assert isinstance(caught.value, TypeError)
    assert str(caught.value) == (
        "StatusResponse has no status of its own; build one of its classes, such as "
        "HttpResponseOK, or the class of response_class(code)"
    )
    assert caught.value.response_class == "StatusResponse"
    build = StatusJsonResponse
    with pytest.raises(NoStatusError) as caught:
        build({"detail": "x"})
    assert str(caught.value) == (
        "StatusJsonResponse has no status of its own; build one of its twins, such as "
        "JsonResponseOK, or the class of response_class(code, json=True)"
    )
