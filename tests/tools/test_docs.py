"""The documentation site: ``mkdocs build --strict`` succeeds, and the generated pages say
what the code says.

The build runs once per module, in a subprocess, into a temporary folder. Strict mode
turns every warning into a failure: a broken link or reference, a public name without a
docstring (the page generator warns), a missing page.
"""

from __future__ import annotations

import ast
import contextlib
import doctest
import html
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

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
    """The words of a page, one space apart (a ``<wbr>`` break point joins its word)."""
    return " ".join(html.unescape(TAG.sub(" ", markup.replace("<wbr>", ""))).split())


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


EXAMPLE = re.compile(
    r"<pre>(.*?)</pre></div>\s*<p>sends:</p>\s*<div class=\"highlight\"><pre>(.*?)</pre>", re.S
)
PASTED = """
import json, sys
import django
from django.conf import settings
settings.configure()
django.setup()
results = []
for source in json.load(sys.stdin):
    *body, last = source.rstrip().splitlines()
    namespace = {"__name__": "__main__"}  # a fresh interpreter's globals
    try:
        exec("\\n".join(body), namespace)
        response = eval(last, namespace)
    except Exception as error:
        results.append([f"{type(error).__name__}: {error}"])
        continue
    head = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}"]
    results.append(head + [f"{name}: {value}" for name, value in response.items()])
json.dump(results, sys.stdout)
"""
"""Runs each example in a new namespace of an interpreter where only Django is configured,
and answers the head of the response its last line builds."""


def status_examples(site: tuple[Path, str]) -> list[tuple[int, str, list[str]]]:
    """Every example of every status page: its code, and the head the page says it sends."""
    found: list[tuple[int, str, list[str]]] = []
    for code in STATUSES:
        section = page(site, f"statuses/{code}").split('id="example"', 1)[1]
        for source, wire in EXAMPLE.findall(section):
            head = code_text(wire).split("\n\n", 1)[0].strip().splitlines()
            found.append((code, code_text(source), head))
    return found


def test_every_status_page_example_runs_when_pasted(site: tuple[Path, str]) -> None:
    examples = status_examples(site)
    assert len(examples) == len(STATUSES) + sum(
        1 for facts in STATUSES.values() if facts.allows_content
    )
    env = {key: value for key, value in build_environment().items() if key != "PYTHONPATH"}
    completed = subprocess.run(
        [sys.executable, "-c", PASTED],
        input=json.dumps([source for _, source, _ in examples]),
        env=env,
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    results = json.loads(completed.stdout)
    failures = [
        (code, source, result)
        for (code, source, head), result in zip(examples, results, strict=True)
        if result != head
    ]
    assert failures == []


def test_status_pages_show_no_type_variable(site: tuple[Path, str]) -> None:
    for code in (200, 404, 429):
        markup = code_text(page(site, f"statuses/{code}"))
        assert "DataT" not in markup
        assert "mappingproxy" not in markup
    assert "data: object = {}," in code_text(page(site, "statuses/201"))
    assert "JsonResponseCreated[Item]" in text(page(site, "statuses/201"))


def test_the_status_index_lists_every_status(site: tuple[Path, str]) -> None:
    markup = page(site, "statuses")
    for code in STATUSES:
        assert f'href="{code}/"' in markup


def test_the_api_reference_has_every_public_name_with_its_source(
    site: tuple[Path, str],
) -> None:
    reference = "".join(page(site, f"reference/{name}") for name in REFERENCE_GROUPS)
    for name in django_allresponses.__all__:
        if name.startswith("__"):
            continue
        assert f'id="django_allresponses.{name}"' in reference, name
    assert reference.count("Source code in") >= len(STATUSES)
    assert "HttpResponseTooManyRequests(retry_after=30)" in html.unescape(reference)


REFERENCE_GROUPS = {
    "responses": ["HttpResponseOK", "StatusResponse", "response_class"],
    "json": ["JsonResponseOK", "ProblemDetails", "ModelJSONEncoder", "fast_json.FastJSONEncoder"],
    "raising": ["abort", "ImmediateResponse", "ProblemDetailsMiddleware"],
    "checks": ["check_response", "assert_conforms", "RULES", "ResponseChecksMiddleware"],
    "files": ["serve_file", "conditional", "evaluate_preconditions"],
    "streams": ["EventStreamResponse", "ServerSentEvent", "last_event_id", "JsonLinesResponse"],
    "values": ["STATUSES", "ResponseValidationError", "Challenge", "RetryAfter"],
}
"""The API reference's pages of package-level names, each with names it must hold."""

MODULE_REFERENCE = {
    "openapi": ["openapi"],
    "integrations": [
        "contrib",
        *(
            f"contrib.{path.stem}"
            for path in sorted((ROOT / "django_allresponses" / "contrib").glob("*.py"))
            if not path.stem.startswith("_")
        ),
    ],
}
"""The API reference's pages of whole modules."""


def module_public_names(module: str) -> list[str]:
    """The names a module defines at its top level (functions, classes, assignments), not
    private and not a one-letter type variable: what its reference must show."""
    path = ROOT / "django_allresponses" / (module.replace(".", "/"))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    names: list[str] = []
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
    return [n for n in names if not n.startswith("_") and not re.fullmatch("[A-Z]", n)]


def test_the_api_reference_is_grouped_by_what_users_do(site: tuple[Path, str]) -> None:
    for group, names in REFERENCE_GROUPS.items():
        markup = page(site, f"reference/{group}")
        for name in names:
            assert f'id="django_allresponses.{name}"' in markup, (group, name)
    values = page(site, "reference/values")
    for name in ("serve_file", "abort", "check_response", "EventStreamResponse"):
        assert f'id="django_allresponses.{name}"' not in values, name
    index = text(page(site, "reference"))
    for title in ("Raising a response", "Conformance checks", "Files, ranges and "
                  "preconditions", "Streams", "OpenAPI", "Integrations", "Settings"):  # fmt: skip
        assert title in index, title


@pytest.mark.parametrize(
    "module", [module for modules in MODULE_REFERENCE.values() for module in modules]
)
def test_the_api_reference_has_every_public_name_of_openapi_and_contrib(
    site: tuple[Path, str], module: str
) -> None:
    group = next(group for group, modules in MODULE_REFERENCE.items() if module in modules)
    markup = page(site, f"reference/{group}")
    names = module_public_names(module)
    assert names, module
    missing = [n for n in names if f'id="django_allresponses.{module}.{n}"' not in markup]
    assert missing == []


def test_the_integrations_reference_names_what_users_set(site: tuple[Path, str]) -> None:
    markup = page(site, "reference/integrations")
    for path in ("contrib.drf.exception_handler", "contrib.spectacular.AutoSchema",
                 "contrib.ninja.register"):  # fmt: skip
        assert f'id="django_allresponses.{path}"' in markup, path
    assert "django_allresponses.contrib.drf.AutoSchema" in text(markup)
    from django_allresponses.contrib import drf, spectacular

    assert drf.AutoSchema is spectacular.AutoSchema  # what the page says


def test_the_middleware_and_command_line_are_documented(site: tuple[Path, str]) -> None:
    assert 'id="django_allresponses.middleware.ResponseChecksMiddleware"' in page(
        site, "reference/middleware"
    )
    command_line = page(site, "reference/command-line")
    assert 'id="django_allresponses.tools.cli.main"' in command_line
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
    tags = re.findall(r"<(?:script|link)\b[^>]*>", markup)
    loaded = [tag for tag in tags if 'rel="canonical"' not in tag]  # names, loads nothing
    sources = [re.findall(r'(?:src|href)="(https?:[^"]+)"', tag) for tag in loaded]
    assert [source for source in sources if source] == []
    canonical = [tag for tag in tags if 'rel="canonical"' in tag]
    assert canonical == [
        '<link rel="canonical" href="https://django-allresponses.readthedocs.io/en/latest/">'
    ]


def test_the_changelog_starts_with_this_release(site: tuple[Path, str]) -> None:
    body = text(page(site, "changelog"))
    first = re.search(r"Changelog .*? (\d+\.\d+\.\d+)", body)
    assert first is not None and first.group(1) == django_allresponses.__version__ == "3.3.0"


# --- every guide's code runs ------------------------------------------------------------

DOCS = ROOT / "docs"
GUIDES = sorted([DOCS / "index.md", *(DOCS / "guides").glob("*.md")])
FENCE = re.compile(r"^```(python|pycon)\n(.*?)^```$", re.M | re.S)
ERROR_LINE = re.compile(r"#\s*error\b")
"""A line of a guide's example marked ``# error``: it must raise (a type checker
rejects it too)."""


def guide_blocks() -> list[tuple[str, int, str, str]]:
    """Every ``python`` and ``pycon`` block of the guides: (guide, index, language, code)."""
    blocks = []
    for guide in GUIDES:
        found = FENCE.findall(guide.read_text(encoding="utf-8"))
        for index, (language, code) in enumerate(found):
            blocks.append((str(guide.relative_to(DOCS)), index, language, code))
    return blocks


class _Found:
    """A model instance the guides fetch: every field they read."""

    def __init__(self, pk: int, file: Path) -> None:
        self.pk = pk
        self.file = str(file)
        self.etag = '"v1"'
        self.checksum = '"v1"'
        self.updated_at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        self.owner = "someone else"

    def readable_by(self, user: object) -> bool:
        return False

    def get_absolute_url(self) -> str:
        return f"/items/{self.pk}"

    def delete(self) -> None:
        pass


class _Manager:
    def __init__(self, file: Path) -> None:
        self.file = file

    def get(self, pk: int = 1, **_: object) -> _Found:
        return _Found(pk, self.file)

    def create(self, **_: object) -> _Found:
        return _Found(1, self.file)

    def filter(self, **_: object) -> _Found:
        return _Found(1, self.file)


def guide_namespace(tmp_path: Path) -> dict[str, Any]:
    """What the guides' examples use without defining it: models, a user, helpers."""
    file = tmp_path / "report.pdf"
    file.write_bytes(b"%PDF-1.4 " + bytes(1000))
    model = type("Model", (), {"objects": _Manager(file), "DoesNotExist": LookupError})
    return {name: model for name in ("Item", "Document", "Report", "Article", "Clip")} | {
        "delete": lambda pk: None,
        "create": lambda: _Found(1, file),
        "__name__": "guide",
    }


CALL_ARGUMENTS = {
    "pk": 7,
    "user": SimpleNamespace(requests_this_minute=101, over_quota=True, is_staff=False),
}
"""The arguments the harness gives a function an example defines, besides the request."""


def call_examples(namespace: dict[str, Any], before: set[str]) -> list[str]:
    """Call each function the block defined whose parameters the harness can fill: it must
    answer with a response, or raise ImmediateResponse (which is what ``abort`` does)."""
    from django.http import HttpResponseBase
    from django.test import RequestFactory

    from django_allresponses.immediate import ImmediateResponse

    called = []
    for name, value in list(namespace.items()):
        if name in before or not inspect.isfunction(value) or value.__module__ != "guide":
            continue
        parameters = list(inspect.signature(value).parameters)
        if not parameters or not set(parameters) <= {"request", *CALL_ARGUMENTS}:
            continue
        method = "delete" if "delete" in name else "post" if "create" in name else "get"
        arguments = {
            key: getattr(RequestFactory(), method)("/items/7") if key == "request" else
            CALL_ARGUMENTS[key]
            for key in parameters
        }  # fmt: skip
        try:
            answer = value(**arguments)
        except ImmediateResponse as raised:
            answer = raised.response
        if "request" in parameters:
            assert isinstance(answer, HttpResponseBase), (name, answer)
        called.append(name)
    return called


def run_block(name: str, language: str, code: str, tmp_path: Path) -> None:
    """Run one example as a reader would: a ``pycon`` block as a doctest; a ``python``
    block as a module, then each function it defines with a request, and each line
    marked ``# error`` alone, which must raise."""
    from django_allresponses.immediate import ImmediateResponse

    namespace = guide_namespace(tmp_path)
    if language == "pycon":
        test = doctest.DocTestParser().get_doctest(code, namespace, name, name, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test, out=lambda _: None)
        assert test.examples and runner.failures == 0, f"{name}: the doctest fails"
        return
    lines = code.splitlines()
    before = set(namespace)
    kept = "\n".join(line for line in lines if not ERROR_LINE.search(line))
    with contextlib.suppress(ImmediateResponse):  # the example raises what it shows
        exec(compile(kept, name, "exec"), namespace)
    call_examples(namespace, before)
    for line in (line for line in lines if ERROR_LINE.search(line)):
        with pytest.raises((TypeError, ValueError)):
            exec(compile(line.strip(), name, "exec"), dict(namespace))


@pytest.mark.parametrize(
    ("guide", "index", "language", "code"),
    guide_blocks(),
    ids=[f"{guide}-{index}" for guide, index, _, _ in guide_blocks()],
)
def test_every_guide_example_runs(
    guide: str, index: int, language: str, code: str, tmp_path: Path
) -> None:
    run_block(f"{guide}-{index}", language, code, tmp_path)


def test_the_guides_have_examples_to_run() -> None:
    blocks = guide_blocks()
    guides = {guide for guide, _, _, _ in blocks}
    assert {"index.md", "guides/getting-started.md", "guides/abort.md", "guides/ranges.md",
            "guides/json.md", "guides/typing.md", "guides/classes.md"} <= guides  # fmt: skip
    assert sum(language == "pycon" for _, _, language, _ in blocks) >= 2


def test_a_wrong_example_fails(tmp_path: Path) -> None:
    """The harness can fail: a call that raises, a wrong doctest, an error line that runs,
    a view that answers with something other than a response."""
    imports = "from django_allresponses import HttpResponseCreated, HttpResponseOK\n"
    with pytest.raises(TypeError):
        run_block("wrong", "python", imports + "HttpResponseCreated()\n", tmp_path)
    with pytest.raises(AssertionError, match="the doctest fails"):
        run_block("wrong", "pycon", ">>> 1 + 1\n3\n", tmp_path)
    with pytest.raises(pytest.fail.Exception):
        run_block("wrong", "python", imports + 'HttpResponseOK("x")  # error\n', tmp_path)
    with pytest.raises(AssertionError):
        run_block("wrong", "python", "def view(request):\n    return 'ok'\n", tmp_path)


# --- the README, the docs extra, Read the Docs --------------------------------------------

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_the_readme_fits_a_screen_or_two_and_links_what_the_repository_holds() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150
    for text in (readme, (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")):
        for target in LINK.findall(text):
            if not target.startswith("https://"):
                assert (ROOT / target).exists(), target
    assert "HttpResponse(status=429)" in readme
    assert "HttpResponseTooManyRequests(retry_after=30)" in readme
    assert "python -m django_allresponses serve" in readme
    assert "bash scripts/test.sh" in readme


def test_nothing_cites_a_document_the_repository_does_not_hold() -> None:
    paths = [
        ROOT / "README.md",
        ROOT / "CONTRIBUTING.md",
        ROOT / "noxfile.py",
        ROOT / "mkdocs.yml",
    ]
    for folder in ("docs", "benchmarks", "scripts", "tests", "typings", "django_allresponses"):
        paths += [path for path in (ROOT / folder).rglob("*") if path.is_file()]
    citing = [
        str(path.relative_to(ROOT))
        for path in paths
        if path.suffix in {".md", ".py", ".pyi", ".sh", ".yml", ".css", ".txt"}
        and re.search(r"\bSPEC(?:\.md| sections?\b)", path.read_text(encoding="utf-8"))
    ]
    assert citing == []


def benchmark_parts() -> set[str]:
    """The names ``benchmarks/run.py --parts`` accepts, read from its source."""
    tree = ast.parse((ROOT / "benchmarks" / "run.py").read_text(encoding="utf-8"))
    values = {
        target.id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id in {"PARTS", "PART_ALIASES"}
    }
    return set(values["PARTS"]) | set(values["PART_ALIASES"])


def test_every_benchmark_command_the_docs_give_names_real_parts() -> None:
    texts = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *DOCS.rglob("*.md")]
    asked = {
        part
        for path in texts
        for parts in re.findall(r"benchmarks/run\.py --parts ([\w,-]+)", path.read_text())
        for part in parts.split(",")
    }
    assert "middleware" in asked
    assert asked <= benchmark_parts()


def requirement_closure(requirements: list[str]) -> set[str]:
    """The distributions ``requirements`` install, with their own requirements (and extras),
    as installed here."""
    from importlib.metadata import PackageNotFoundError, requires

    from packaging.requirements import Requirement

    seen: set[str] = set()
    pending = [Requirement(text) for text in requirements]
    while pending:
        requirement = pending.pop()
        key = requirement.name.lower().replace("_", "-")
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        first = key not in seen
        seen.add(key)
        try:
            declared = [Requirement(text) for text in requires(requirement.name) or []]
        except PackageNotFoundError:
            continue
        for child in declared:
            wanted = child.marker is None or any(
                child.marker.evaluate({"extra": extra}) for extra in ("", *requirement.extras)
            )
            if wanted and (first or requirement.extras):
                child.marker = None  # decided here, for the extras asked of its parent
                pending.append(child)
    return seen


def test_the_docs_extra_holds_everything_the_site_uses() -> None:
    """Every plugin, theme and Markdown extension of ``mkdocs.yml`` comes with the ``docs``
    extra alone (the package's own requirements aside)."""
    from importlib.metadata import entry_points, packages_distributions

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    closure = requirement_closure(project["optional-dependencies"]["docs"])
    config = (ROOT / "mkdocs.yml").read_text()
    plugins = {"search", "gen-files", "autorefs", "mkdocstrings"}
    assert all(f"  - {name}" in config for name in plugins)
    providers = {ep.name: ep.dist.name for ep in entry_points(group="mkdocs.plugins") if ep.dist}
    themes = {ep.name: ep.dist.name for ep in entry_points(group="mkdocs.themes") if ep.dist}
    modules = packages_distributions()
    needed = {providers[name] for name in plugins} | {themes["material"]}
    needed |= {modules["pymdownx"][0], modules["markdown"][0]}
    normal = {name.lower().replace("_", "-") for name in needed}
    assert normal <= closure, normal - closure
    assert "mkdocs-gen-files" in closure and "mkdocstrings-python" in closure
    assert not {"pytest", "mypy", "playwright", "djangorestframework"} & closure


def test_read_the_docs_builds_the_site_with_the_docs_extra() -> None:
    import yaml

    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text())
    assert config["version"] == 2
    assert config["python"]["install"] == [
        {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    ]
    assert config["mkdocs"] == {"configuration": "mkdocs.yml", "fail_on_warning": True}
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]
    assert urls["Documentation"] == "https://django-allresponses.readthedocs.io/en/latest/"
    assert urls["Changelog"].startswith(urls["Documentation"])


def test_without_mkdocs_the_docs_command_names_the_docs_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from django_allresponses.tools import docsite

    monkeypatch.setitem(sys.modules, "mkdocs.commands.build", None)
    with pytest.raises(docsite.DocsUnavailableError) as caught:
        docsite.build_site(tmp_path / "site")
    assert str(caught.value) == (
        "MkDocs is not installed; install the docs extra: pip install -e '.[docs]'"
    )


README_NAMES = {
    "djangorestframework": "Django REST framework",
    "djangorestframework-stubs": "djangorestframework-stubs",
    "pyright": "pyright",
    "mkdocstrings": "mkdocstrings",
    "mkdocs": "MkDocs",
    "mkdocs-material": "Material",
    "pydantic": "pydantic",
    "bitstring": "bitstring",
}
"""How the README names a distribution, where it is not by its distribution name."""
UNNAMED = {"pytest", "pytest-django", "hypothesis", "nox", "hatchling", "ruff", "pre-commit"}
"""The common tools the README need not name."""


def test_the_readme_names_every_tool_an_extra_adds() -> None:
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").lower()
    names = {
        Requirement(text).name.lower()
        for requirements in [project["dependencies"], *project["optional-dependencies"].values()]
        for text in requirements
    }
    missing = sorted(
        name for name in names - UNNAMED if README_NAMES.get(name, name).lower() not in readme
    )
    assert missing == []
