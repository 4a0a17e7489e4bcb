"""serve_file's answers are declarable: a download view returning ServedFile (serve_file's
return type) declares 200, 206, 304, 412 and 416 with their headers; every answer of the
real serve_file, through Django's test client, is one it declares."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.test import Client
from openapi_spec_validator import validate

from django_allresponses import JsonResponseNotFound, ProblemDetails, check_response
from django_allresponses.openapi import ServedFile, openapi_responses, responds
from tests.support.declared import framework_urls

pytestmark = pytest.mark.urls("tests.support.declared.framework_urls")

FILE_HEADERS = ["Accept-Ranges", "Content-Disposition", "Content-Length", "ETag", "Last-Modified"]


def test_the_declaration_of_a_download_view() -> None:
    responses = openapi_responses(framework_urls.download)
    assert sorted(responses) == ["200", "206", "304", "412", "416"]
    assert sorted(responses["200"]["headers"]) == FILE_HEADERS
    assert responses["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert sorted(responses["206"]["headers"]) == sorted(
        [*FILE_HEADERS, "Content-Range", "Content-Location"]
    )
    assert sorted(responses["206"]["content"]) == [
        "application/octet-stream",
        "multipart/byteranges",
    ]
    assert sorted(responses["304"]["headers"]) == ["ETag", "Last-Modified"]
    assert responses["304"].get("content") is None
    assert list(responses["412"]["content"]) == ["application/problem+json"]
    assert responses["416"]["headers"]["Content-Range"]["required"] is True
    assert responses["416"]["description"] == "Range Not Satisfiable"


def test_responds_and_a_union_declare_it_too() -> None:
    @responds(ServedFile)
    def plain(request: HttpRequest) -> HttpResponseBase: ...

    def or_missing(request: HttpRequest) -> ServedFile | JsonResponseNotFound[ProblemDetails]: ...

    assert sorted(openapi_responses(plain)) == ["200", "206", "304", "412", "416"]
    assert sorted(openapi_responses(or_missing)) == ["200", "206", "304", "404", "412", "416"]


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_document_of_a_download_view_is_valid(version: str) -> None:
    components: dict[str, Any] = {}
    responses = openapi_responses(framework_urls.download, schemas=components, openapi=version)
    validate(
        {
            "openapi": version,
            "info": {"title": "Files", "version": "1"},
            "paths": {"/download": {"get": {"responses": responses}}},
            "components": {"schemas": components},
        }
    )


def test_every_answer_of_serve_file_is_declared() -> None:
    client = Client()
    whole = client.get("/download")
    etag = whole["ETag"]
    answers = {
        200: whole,
        206: client.get("/download", HTTP_RANGE="bytes=0-9"),
        304: client.get("/download", HTTP_IF_NONE_MATCH=etag),
        412: client.get("/download", HTTP_IF_MATCH='"other"'),
        416: client.get("/download", HTTP_RANGE="bytes=999999-"),
    }
    for status, response in answers.items():
        assert response.status_code == status
        findings = check_response(response, response.wsgi_request)  # type: ignore[attr-defined]
        assert "undeclared-status" not in [finding.rule for finding in findings], status
    assert answers[206]["Content-Range"].startswith("bytes 0-9/")
    assert answers[416]["Content-Range"].startswith("bytes */")
    for response in answers.values():
        response.close()
