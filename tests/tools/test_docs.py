"""The documentation site: ``mkdocs build --strict`` succeeds, and the generated pages say
what the code says.

The build runs once per module, in a subprocess, into a temporary folder. Strict mode
turns every warning into a failure: a broken link or reference, a public name without a
docstring (the page generator warns), a missing page.
"""

from __future__ import annotations

import html
import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import django.http
import pytest
from django.http.response import HttpResponseRedirectBase

import django_allresponses
from django_allresponses import STATUSES, response_class

# once: the documentation build checks the site, not the versions.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"<[^>]+>")
PENDING_GUIDE_NAMES = {
    "abort.md": [
        ["ImmediateResponse", "immediate.ImmediateResponse"],
        ["abort", "immediate.abort"],
    ],
    "checks.md": [["check_response"], ["Finding"], ["assert_conforms"]],
    "ranges.md": [
        ["serve_file", "ranges.serve_file"],
        ["evaluate_preconditions", "conditions.evaluate_preconditions"],
    ],
}
"""Objects each guide documents, by their paths under the package, the preferred first."""


def build_environment() -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DISABLE_MKDOCS_2_WARNING": "true",
        "NO_MKDOCS_2_WARNING": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("site")
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        env=build_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-5000:]
    yield folder, completed.stderr


def page(site: tuple[Path, str], path: str) -> str:
    return (site[0] / path / "index.html").read_text(encoding="utf-8")


def text(markup: str) -> str:
    """The words of a page, one space apart."""
    return " ".join(html.unescape(TAG.sub(" ", markup)).split())


def code_text(markup: str) -> str:
    """The characters of a page without its tags: highlighted code reads as written."""
    return html.unescape(TAG.sub("", markup))


def test_the_strict_build_has_no_warning(site: tuple[Path, str]) -> None:
    _, log = site
    assert re.findall(r"^\S*WARNING\S*\s+-.*$", log, re.M) == []
    assert "Documentation built in" in log


@pytest.mark.parametrize("code", list(STATUSES))
def test_every_status_has_its_page(site: tuple[Path, str], code: int) -> None:
    facts = STATUSES[code]
    markup = page(site, f"statuses/{code}")
    assert f'<h1 id="{code}-' in markup
    body = text(markup)
    assert f"{code} {facts.phrase}" in body
    assert f"reason phrase {facts.phrase}" in body
    assert response_class(code).__name__ in body
    if facts.allows_content:
        assert response_class(code, json=True).__name__ in body
        assert "Content is allowed" in body
    else:
        assert "Content is forbidden" in body
        assert "JSON twin none (content is forbidden)" in body
    assert f"HTTP/1.1 {code} {facts.phrase}\n" in code_text(markup), "the example's status line"


@pytest.mark.parametrize(
    ("code", "link"),
    [
        (429, "https://www.rfc-editor.org/rfc/rfc6585#section-4"),
        (308, "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9"),
        (103, "https://www.rfc-editor.org/rfc/rfc8297#section-2"),
        (226, "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1"),
        (511, "https://www.rfc-editor.org/rfc/rfc6585#section-6"),
    ],
)
def test_status_pages_link_the_rfc_section(site: tuple[Path, str], code: int, link: str) -> None:
    assert f'href="{link}"' in page(site, f"statuses/{code}")


def test_a_status_page_shows_header_arguments_and_the_wire(site: tuple[Path, str]) -> None:
    markup = page(site, "statuses/405")
    assert "permitted_methods yes Allow" in text(markup)
    assert "\nAllow: GET, HEAD\n" in code_text(markup)
    markup = page(site, "statuses/201")
    assert "location yes Location" in text(markup)
    assert "content_location no Content-Location" in text(markup)
    assert "\nLocation: /items/1\n" in code_text(markup)


def test_the_status_index_lists_every_status(site: tuple[Path, str]) -> None:
    markup = page(site, "statuses")
    for code in STATUSES:
        assert f'href="{code}/"' in markup


def test_the_api_reference_has_every_public_name_with_its_source(
    site: tuple[Path, str],
) -> None:
    reference = "".join(
        page(site, f"reference/{name}") for name in ("responses", "json", "values")
    )
    for name in django_allresponses.__all__:
        if name.startswith("__"):
            continue
        assert f'id="django_allresponses.{name}"' in reference, name
    assert reference.count("Source code in") >= len(STATUSES)
    assert "HttpResponseTooManyRequests(retry_after=30)" in html.unescape(reference)


def test_the_middleware_and_command_line_are_documented(site: tuple[Path, str]) -> None:
    assert 'id="django_allresponses.middleware.ResponseChecksMiddleware"' in page(
        site, "reference/middleware"
    )
    command_line = page(site, "reference/command-line")
    assert 'id="django_allresponses.tools.catalogue.main"' in command_line
    assert 'id="django_allresponses.tools.docsite.serve_docs"' in command_line


def test_the_migration_table_starts_with_the_permanent_redirect(
    site: tuple[Path, str],
) -> None:
    markup = page(site, "guides/migrating")
    first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", markup, re.S)
    assert first_row is not None
    cells = [text(cell) for cell in re.findall(r"<td>(.*?)</td>", first_row.group(1), re.S)]
    assert cells[:3] == ["HttpResponsePermanentRedirect", "301", "HttpResponseMovedPermanently"]


def test_the_migration_facts_hold() -> None:
    """What the migration page says of the names, checked against Django and the package."""
    assert django.http.HttpResponsePermanentRedirect.status_code == 301
    assert django_allresponses.HttpResponsePermanentRedirect.status_code == 308
    assert issubclass(
        django_allresponses.HttpResponseMovedPermanently, django.http.HttpResponsePermanentRedirect
    )
    assert django_allresponses.HttpResponseRedirect is django_allresponses.HttpResponseFound
    assert (
        django_allresponses.HttpResponseServerError
        is django_allresponses.HttpResponseInternalServerError
    )
    assert (
        django_allresponses.JsonResponseServerError
        is django_allresponses.JsonResponseInternalServerError
    )
    for name in ("HttpResponsePermanentRedirect", "HttpResponseSeeOther",
                 "HttpResponseTemporaryRedirect"):  # fmt: skip
        assert issubclass(getattr(django_allresponses, name), HttpResponseRedirectBase), name
    assert issubclass(
        django_allresponses.HttpResponseNotAllowed, django.http.HttpResponseNotAllowed
    )
    assert not hasattr(django_allresponses, "HttpResponse")


def test_every_django_name_with_another_meaning_is_in_the_migration_table(
    site: tuple[Path, str],
) -> None:
    """A ``django.http`` class name exported here for another status, or as an alias,
    is a row of the table."""
    body = text(page(site, "guides/migrating"))
    for name in dir(django.http):
        ours = getattr(django_allresponses, name, None)
        theirs = getattr(django.http, name)
        if not isinstance(ours, type) or not isinstance(theirs, type):
            continue
        if getattr(theirs, "status_code", None) != ours.status_code or ours.__name__ != name:
            assert f"{name} {theirs.status_code} " in body, name


@pytest.mark.parametrize(("guide", "objects"), PENDING_GUIDE_NAMES.items())
def test_guides_document_the_objects_the_package_has(
    site: tuple[Path, str], guide: str, objects: list[list[str]]
) -> None:
    """The first path that imports is rendered on the guide; the ones before it are
    listed in the build log as not built."""
    markup = page(site, f"guides/{guide.removesuffix('.md')}")
    log = site[1]
    for paths in objects:
        for path in paths:
            module, _, name = f"django_allresponses.{path}".rpartition(".")
            if hasattr(importlib.import_module(module), name):
                assert f'id="django_allresponses.{path}"' in markup, path
                break
            assert f"does not import: guides/{guide}: django_allresponses.{path}" in log, path


def test_the_site_loads_nothing_from_elsewhere(site: tuple[Path, str]) -> None:
    markup = page(site, "")
    assert "fonts.googleapis.com" not in markup
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?:[^"]+)"', markup)
    assert sources == []


def test_the_changelog_starts_with_this_release(site: tuple[Path, str]) -> None:
    body = text(page(site, "changelog"))
    first = re.search(r"Changelog .*? (\d+\.\d+\.\d+)", body)
    assert first is not None and first.group(1) == django_allresponses.__version__ == "2.0.0"
