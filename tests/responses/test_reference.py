"""Every name of the API reference exists and every example runs as written."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django import http
from django.http import HttpResponseBase, JsonResponse
from django.test import RequestFactory

import django_allresponses
from django_allresponses import STATUSES
from tests.support.spec import ReferenceEntry, module_examples, reference_entries

ENTRIES = reference_entries()
REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_reference_was_read() -> None:
    names = {entry.name for entry in ENTRIES}
    assert len(ENTRIES) == 59
    assert {"HttpResponseCreated", "JsonResponseServerError", "retry_after_value"} <= names
    assert sum(len(entry.examples) for entry in ENTRIES) == 37


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_every_reference_name_imports_from_the_package(entry: ReferenceEntry) -> None:
    assert entry.name in django_allresponses.__all__
    assert callable(getattr(django_allresponses, entry.name))


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.status is not None], ids=lambda entry: entry.name
)
def test_reference_status_and_django_base(entry: ReferenceEntry) -> None:
    cls = getattr(django_allresponses, entry.name)
    assert cls.status_code == entry.status
    assert entry.bases is not None
    if entry.bases.startswith("_"):
        assert issubclass(cls, JsonResponse)
    else:
        assert issubclass(cls, getattr(http, entry.bases))


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.name.startswith("JsonResponse")], ids=lambda e: e.name
)
def test_reference_json_names_are_json_responses_of_the_right_status(
    entry: ReferenceEntry,
) -> None:
    cls = getattr(django_allresponses, entry.name)
    suffix = entry.name.removeprefix("JsonResponse")
    expected = 500 if suffix == "ServerError" else _code_named(suffix)
    assert issubclass(cls, JsonResponse)
    assert cls.status_code == expected


def _code_named(suffix: str) -> int:
    return next(code for code, facts in STATUSES.items() if facts.name == suffix)


def _free_names() -> dict[str, Any]:
    """What the reference's examples use without defining it."""
    resource = SimpleNamespace(
        get_absolute_url=lambda: "/items/1",
        get_created_document=lambda: '{"id": 1}',
    )
    deleted: list[bool] = []
    return {
        "request": RequestFactory().post("/items/"),
        "obj": resource,
        "new_url": "/new/",
        "redirect_to": "/target/",
        "do_delete": lambda: deleted.append(True),
        "create_resource": lambda: resource,
        "item": SimpleNamespace(delete=lambda: deleted.append(True)),
        "queue_export_task": lambda project_id: None,
        "project_id": 7,
        "partial_bytes": bytes(1024),
        "resource_size": 47022,
        "transformed_content": "<p>transformed</p>",
        "validation_errors": ["name is required"],
        "json": json,
        **{name: getattr(django_allresponses, name) for name in django_allresponses.__all__},
    }


EXAMPLES = [(entry, example) for entry in ENTRIES for example in entry.examples]


@pytest.mark.parametrize(
    ("entry", "example"), EXAMPLES, ids=[f"{e.name}-{i}" for i, (e, _) in enumerate(EXAMPLES)]
)
def test_reference_example_runs_as_written(entry: ReferenceEntry, example: str) -> None:
    namespace = _free_names()
    body = "\n".join("    " + line for line in example.splitlines())
    exec(f"def example():\n{body}\n", namespace)
    result = namespace["example"]()
    if example.lstrip().startswith("return"):
        assert isinstance(result, HttpResponseBase)
        called = example.split("return", 1)[1].strip().split("(")[0]
        if called == entry.name:
            assert result.status_code == entry.status


def test_module_examples_run_as_written() -> None:
    http_example, json_example = module_examples()
    namespace = _free_names()
    exec(http_example, namespace)
    exec(json_example, namespace)
    factory = RequestFactory()
    assert namespace["my_view"](factory.get("/")).status_code == 200
    assert namespace["my_view"](factory.delete("/")).status_code == 204
    created = namespace["my_view"](factory.post("/"))
    assert (created.status_code, created["Location"], created.content) == (
        201,
        "/items/1",
        b'{"id": 1}',
    )
    api = namespace["api_view"](factory.post("/api/items/"))
    assert (api.status_code, api["Location"]) == (201, "/api/items/1")
    assert json.loads(api.content) == {"id": 1, "name": "New"}


def test_reference_aliases() -> None:
    assert django_allresponses.HttpResponsePermanentRedirect308 is (
        django_allresponses.HttpResponsePermanentRedirect
    )
    assert django_allresponses.HttpResponseRedirect is django_allresponses.HttpResponseFound
    assert django_allresponses.HttpResponseServerError is (
        django_allresponses.HttpResponseInternalServerError
    )
    assert django_allresponses.JsonResponseServerError is (
        django_allresponses.JsonResponseInternalServerError
    )


def test_permanent_redirect_is_a_308_and_says_so() -> None:
    ours = django_allresponses.HttpResponsePermanentRedirect("/new/")
    assert ours.status_code == 308
    assert http.HttpResponsePermanentRedirect("/new/").status_code == 301
    doc = django_allresponses.HttpResponsePermanentRedirect.__doc__ or ""
    assert "This is a 308" in doc and "301" in doc
    migrating = (REPOSITORY / "docs" / "guides" / "migrating.md").read_text()
    assert "`django_allresponses.HttpResponsePermanentRedirect` is a **308" in migrating
    assert (
        "`HttpResponsePermanentRedirect` is a **308** here"
        in (REPOSITORY / "README.md").read_text()
    )


def test_works_without_being_an_installed_app() -> None:
    from django.conf import settings

    assert "django_allresponses" not in settings.INSTALLED_APPS
    assert django_allresponses.HttpResponseOK("x").status_code == 200
