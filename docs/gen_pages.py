"""Generate the documentation pages that derive from the code, at build time.

Run by the ``gen-files`` plugin of MkDocs. Nothing written here is committed:

* ``statuses/index.md`` and ``statuses/<code>.md``: one page per status of
  ``STATUSES`` (reason, RFC section with a link, HTTP class and JSON twin,
  header arguments, body rules, an example with the response it sends);
* ``reference/*.md``: the API reference, an index then one ``:::`` block per
  public name of the package (``__all__``), rendered by mkdocstrings with its source;
* the reference sections of the guides, for the names that the package has:
  a name that does not import is left out and listed in the build log
  (:data:`SKIPPED`), so that the strict build never points at a missing object;
* ``changelog.md`` from ``CHANGELOG.md``.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import re
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import mkdocs_gen_files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure()

import django_allresponses  # noqa: E402
from django_allresponses.headers.units import ARGUMENT_UNITS  # noqa: E402
from django_allresponses.tools.catalogue import (  # noqa: E402
    catalogue,
    description,
    example_call,
    reference_url,
    wire_text,
    wrapped_signature,
)
from django_allresponses.tools.examples import build, example_arguments  # noqa: E402

log = logging.getLogger("mkdocs.plugins.django_allresponses")

CLASS_NAMES = {1: "Informational", 2: "Successful", 3: "Redirection", 4: "Client Error",
               5: "Server Error"}  # fmt: skip

HEADER_OF_ARGUMENT = {name: unit.label for name, unit in ARGUMENT_UNITS.items()}
"""The header field each header argument sets."""

GUIDE_REFERENCES: dict[str, list[str]] = {
    "guides/abort.md": [
        "ImmediateResponse",
        "immediate.ImmediateResponse",
        "abort",
        "immediate.abort",
        "immediate.ImmediateResponseMiddleware",
        "immediate.ProblemDetailsMiddleware",
    ],
    "guides/checks.md": [
        "check_response",
        "Finding",
        "assert_conforms",
        "ResponseConformanceMixin",
    ],
    "guides/ranges.md": [
        "serve_file",
        "ranges.serve_file",
        "evaluate_preconditions",
        "conditions.evaluate_preconditions",
        "conditional",
        "conditions.conditional",
        "FileResponsePartialContent",
    ],
    "guides/integrations.md": [
        "contrib.drf.exception_handler",
        "contrib.ninja.register",
    ],
    "guides/streams.md": [
        "EventStreamResponse",
        "ServerSentEvent",
        "last_event_id",
        "JsonLinesResponse",
    ],
    "guides/openapi.md": [
        "openapi.openapi_responses",
        "openapi.responds",
        "openapi.declared_responses",
        "openapi.undeclared_status",
        "contrib.spectacular.AutoSchema",
    ],
}
"""The objects each guide shows in its Reference section, as paths under the package.

For a guide, the first path of each name that imports is used (``serve_file`` at
the top level, else in ``ranges``); the others are skipped."""

SKIPPED: list[str] = []
"""The guide references that did not import in this build."""


def resolve(path: str) -> object | None:
    """The object at ``django_allresponses.<path>``, or ``None`` when it does not import."""
    module_name, _, attribute = ("django_allresponses." + path).rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, attribute, None)


def public_names() -> list[str]:
    """Every public name of the package: its ``__all__``."""
    return [name for name in django_allresponses.__all__ if not name.startswith("__")]


def _check_docstring(name: str, value: object) -> None:
    if (inspect.isclass(value) or inspect.isfunction(value)) and not inspect.getdoc(value):
        log.warning("django_allresponses.%s has no docstring", name)


def derived_doc(cls: type) -> str:
    """A twin's derived docstring (built when the class is, so the static reader of
    ``:::`` blocks does not see it) as Markdown, after its ``:::`` block."""
    summary, twin, example = (inspect.getdoc(cls) or "").split("\n\n", 2)
    code = example.removeprefix("Examples:\n")
    twin = re.sub(r"`(\w+)`", r"[`\1`][django_allresponses.\1]", twin)
    return f"{summary}\n\n{twin}\n\nExample:\n\n```pycon\n{textwrap.dedent(code)}\n```\n"


def directive(path: str, **options: Any) -> str:
    lines = [f"::: django_allresponses.{path}"]
    if options:
        lines.append("    options:")
        lines.extend(f"      {key}: {value}" for key, value in options.items())
    return "\n".join(lines) + "\n"


RAISING = ["abort", "ImmediateResponse", "ImmediateResponseMiddleware", "ProblemDetailsMiddleware"]
CHECKS = ["check_response", "assert_conforms", "ResponseConformanceMixin", "Finding", "RULES",
          "ResponseChecksMiddleware", "InterimResponseMiddleware", "checks.ignore", "checks.Rule",
          "checks.Severity", "checks.conformance_report"]  # fmt: skip
FILES = ["serve_file", "FileResponsePartialContent", "conditional", "evaluate_preconditions"]
STREAMS = ["EventStreamResponse", "ServerSentEvent", "last_event_id", "JsonLinesResponse"]
JSON_EXTRA = [
    "StatusJsonResponse",
    "ModelJSONEncoder",
    "fast_json.FastJSONEncoder",
    "ProblemDetails",
]
RESPONSES_EXTRA = ["StatusResponse", "response_class", "set_content_location"]
MODULE_FILTERS = '["!^_", "!^[A-Z]$"]'
"""Module pages leave out private names and one-letter type variables (``F``, ``E``)."""


def reference_pages(
    names: list[str], values: dict[str, object]
) -> dict[str, tuple[str, str, list[str]]]:
    """The API reference, grouped by what users do: page path, then title, lead and the
    paths under the package its ``:::`` blocks render. Every name of ``__all__`` is on
    one page; a name no group claims goes to the values page."""
    http = [n for n in names if n.startswith("HttpResponse") and inspect.isclass(values[n])]
    json = [n for n in names if n.startswith("JsonResponse") and inspect.isclass(values[n])]
    grouped = {*http, *json, *RAISING, *CHECKS, *FILES, *STREAMS, *JSON_EXTRA, *RESPONSES_EXTRA}
    other = [n for n in names if n not in grouped]
    return {
        "reference/responses.md": (
            "Response classes",
            "Every `HttpResponse…` class, in the order of the package's `__all__`, then "
            "the base class and the lookup by status. Aliases (`HttpResponseRedirect`, "
            "`HttpResponseServerError`, `HttpResponsePermanentRedirect308`) point at the "
            "class they name.",
            [*http, *RESPONSES_EXTRA],
        ),
        "reference/json.md": (
            "JSON twins and problem details",
            "Every `JsonResponse…` class: `data` first, then the header arguments of the "
            "HTTP class of the same status; their base class, the encoders (the default "
            "and the opt-in `fast_json.FastJSONEncoder`) and `ProblemDetails` (RFC 9457).",
            [*json, *JSON_EXTRA],
        ),
        "reference/raising.md": (
            "Raising a response",
            "`abort` and `ImmediateResponse` raise a response from anywhere below a view; "
            "the middleware answers with it (see [Raising with abort](../guides/abort.md)).",
            RAISING,
        ),
        "reference/checks.md": (
            "Conformance checks",
            "Check any response against RFC 9110, in tests and in the middleware, and "
            "silence a rule where it is meant (see [Conformance checks](../guides/checks.md) "
            "and [Settings](settings.md)).",
            CHECKS,
        ),
        "reference/files.md": (
            "Files, ranges and preconditions",
            "`serve_file` answers 200, 206, 304, 412 and 416 for a file; a view returning "
            "it declares them with `django_allresponses.openapi.ServedFile` "
            "([OpenAPI](openapi.md)).",
            FILES,
        ),
        "reference/streams.md": (
            "Streams",
            "Server-sent events and JSON Lines, typed by their items (see [Streams, "
            "server-sent events and JSON Lines](../guides/streams.md)).",
            STREAMS,
        ),
        "reference/values.md": (
            "Header values, status facts and errors",
            "The status facts, the header value types and the error every class raises.",
            other,
        ),
    }


def contrib_modules() -> list[str]:
    """``contrib`` and each of its public modules, as paths under the package."""
    import pkgutil

    import django_allresponses.contrib as contrib

    found = [m.name for m in pkgutil.iter_modules(contrib.__path__) if not m.name.startswith("_")]
    return ["contrib", *(f"contrib.{name}" for name in sorted(found))]


MODULE_PAGES: dict[str, tuple[str, str, list[str]]] = {
    "reference/openapi.md": (
        "OpenAPI",
        "`django_allresponses.openapi`: a view's declared responses, its OpenAPI 3.1 or "
        "3.0 responses and the `undeclared-status` rule (see [Declared responses and "
        "OpenAPI](../guides/openapi.md)).",
        ["openapi"],
    ),
    "reference/integrations.md": (
        "Integrations",
        "Django REST framework (`contrib.drf.exception_handler`), drf-spectacular "
        "(`contrib.spectacular.AutoSchema`, also importable as "
        "`django_allresponses.contrib.drf.AutoSchema`) and django-ninja "
        "(`contrib.ninja.register`), each imported only when used (see [DRF and "
        "django-ninja](../guides/integrations.md)).",
        contrib_modules(),
    ),
}
"""The pages that render whole modules, public member by member."""


def write_reference() -> None:
    names = public_names()
    values = {name: getattr(django_allresponses, name) for name in names}
    for name, value in values.items():
        _check_docstring(name, value)
    pages = reference_pages(names, values)
    _write_reference_index({**pages, **MODULE_PAGES})
    for path, (title, lead, members) in pages.items():
        with mkdocs_gen_files.open(path, "w") as page:
            page.write(f"# {title}\n\n{lead}\n\n")
            for name in members:
                page.write(directive(name) + "\n")
                value = values.get(name)
                if isinstance(value, type) and value.__dict__.get("derived_doc"):
                    page.write(derived_doc(value) + "\n")
        mkdocs_gen_files.set_edit_path(path, "gen_pages.py")
    for path, (title, lead, modules) in MODULE_PAGES.items():
        with mkdocs_gen_files.open(path, "w") as page:
            page.write(f"# {title}\n\n{lead}\n\n")
            for module in modules:
                page.write(directive(module, filters=MODULE_FILTERS) + "\n")
        mkdocs_gen_files.set_edit_path(path, "gen_pages.py")
    with mkdocs_gen_files.open("reference/middleware.md", "w") as page:
        page.write("# Middleware\n\n")
        page.write(directive("middleware", show_root_heading="false", heading_level=2))
    with mkdocs_gen_files.open("reference/command-line.md", "w") as page:
        page.write(
            "# Command line\n\n`django-allresponses` (or `python -m django_allresponses`): "
            "the catalogue, one status in full, the playground, the documentation site and "
            "`upgrade`.\n\n"
        )
        for module in ("tools.cli", "tools.catalogue", "tools.docsite", "tools.examples"):
            page.write(directive(module, heading_level=2) + "\n")


def _write_reference_index(pages: dict[str, tuple[str, str, list[str]]]) -> None:
    with mkdocs_gen_files.open("reference/index.md", "w") as page:
        page.write(
            "# API reference\n\nEvery public name of the package, from its docstrings, with "
            "its source, grouped by what it is used for.\n\n"
        )
        for path, (title, lead, _) in pages.items():
            page.write(f"- [{title}]({path.removeprefix('reference/')}): {lead}\n")
        page.write(
            "- [Middleware](middleware.md): every middleware, under the path `MIDDLEWARE` "
            "names.\n"
            "- [Settings](settings.md): every setting, and the pytest plugin's options.\n"
            "- [Command line](command-line.md): the catalogue, the playground and the "
            "documentation site.\n"
        )
    mkdocs_gen_files.set_edit_path("reference/index.md", "gen_pages.py")


def _arguments_table(entry: Any) -> list[str]:
    rows = [(name, "yes") for name in entry.required] + [(n, "no") for n in entry.optional]
    if not rows:
        return ["This status takes no header argument.", ""]
    lines = ["| argument | required | sets |", "|---|---|---|"]
    lines += [
        f"| `{name}` | {req} | `{HEADER_OF_ARGUMENT.get(name, name)}` |" for name, req in rows
    ]
    return [*lines, ""]


def _body_rules(entry: Any) -> list[str]:
    code = entry.code
    if entry.facts.allows_content:
        lines = [
            "Content is allowed. The HTTP class takes `content` (text or bytes); the JSON "
            f"twin, `{entry.json_class.__name__}`, takes `data` and serializes it, pydantic "
            "models included.",
        ]
        if code >= 400:
            lines.append(
                "As a 4xx or 5xx status, its twin also takes `ProblemDetails` (RFC 9457), sent "
                "as `application/problem+json` (see [JSON and problem details]"
                "(../guides/json.md))."
            )
        return [*lines, ""]
    return [
        "Content is forbidden (see [the status's RFC section](#reference)). The class takes no "
        "`content`; setting it later (`.content = …`, `write()`) raises "
        "`ResponseValidationError`, which is also an `AttributeError`. No `Content-Type` is "
        "sent, and there is no JSON twin.",
        "",
    ]


def write_status_pages() -> None:
    entries = catalogue()
    with mkdocs_gen_files.open("statuses/index.md", "w") as page:
        page.write("# Statuses\n\nEvery assigned HTTP status code, one page each.\n\n")
        page.write("| code | reason | HTTP class | JSON twin | content |\n|---|---|---|---|---|\n")
        for entry in entries:
            twin = "—" if entry.json_class is None else f"`{entry.json_class.__name__}`"
            page.write(
                f"| [{entry.code}]({entry.code}.md) | {entry.facts.phrase} | "
                f"`{entry.http_class.__name__}` | {twin} | {entry.facts.body.value} |\n"
            )
    for entry in entries:
        write_status_page(entry)


def readable_signature(cls: type) -> str:
    """The class's signature as a status page shows it: no type variable's name (the JSON
    twins' ``DataT`` reads ``object``, what an unparametrised twin takes) and the empty
    mapping default written as ``{}``."""
    text = wrapped_signature(cls, width=80)
    return re.sub(r"\bDataT\b", "object", text).replace("mappingproxy({})", "{}")


def _types_in(value: object) -> Iterable[type]:
    """The types of ``value`` and of what it holds: containers' items, models' fields."""
    yield type(value)
    if isinstance(value, dict):
        for key, item in value.items():  # pyright: ignore[reportUnknownVariableType]
            yield from _types_in(key)  # pyright: ignore[reportUnknownArgumentType]
            yield from _types_in(item)  # pyright: ignore[reportUnknownArgumentType]
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:  # pyright: ignore[reportUnknownVariableType]
            yield from _types_in(item)  # pyright: ignore[reportUnknownArgumentType]
    elif hasattr(type(value), "model_fields"):
        for item in vars(value).values():
            yield from _types_in(item)


def example_imports(cls: type, arguments: dict[str, Any]) -> list[str]:
    """The imports an example needs to run when pasted: the class, and the type of every
    value its ``repr`` names (``datetime.timedelta``, ``ProblemDetails``, ``Challenge``).

    A type the package exports is imported from it; another, not a builtin, by its module
    (``import datetime``, as its ``repr`` spells it ``datetime.timedelta``)."""
    ours = {cls.__name__}
    modules: set[str] = set()
    for value in arguments.values():
        for kind in _types_in(value):
            if kind.__module__ == "builtins":
                continue
            if getattr(django_allresponses, kind.__name__, None) is kind:
                ours.add(kind.__name__)
            else:
                modules.add(kind.__module__)
    lines = [f"import {module}" for module in sorted(modules)]
    return [*lines, f"from django_allresponses import {', '.join(sorted(ours))}"]


def write_status_page(entry: Any) -> None:
    facts = entry.facts
    code = entry.code
    url = reference_url(facts.reference)
    reference = f"[{facts.reference}]({url})" if url else facts.reference
    digit = facts.status_class
    http = entry.http_class.__name__
    lines = [
        f"# {code} {facts.phrase}",
        "",
        description(entry.http_class) or "",
        "",
        "| fact | value |",
        "|---|---|",
        f"| reason phrase | {facts.phrase} |",
        f"| class of status | {digit}xx {CLASS_NAMES[digit]} |",
        f"| defined in | {reference} |",
        f"| HTTP class | [`{http}`][django_allresponses.{http}] |",
    ]
    if entry.json_class is None:
        lines.append("| JSON twin | none (content is forbidden) |")
    else:
        twin = entry.json_class.__name__
        lines.append(f"| JSON twin | [`{twin}`][django_allresponses.{twin}] |")
    lines += ["", "## Reference", "", f"{facts.reference}: {url or 'no link'}", ""]
    lines += ["## Header arguments", "", *_arguments_table(entry)]
    lines += ["## Body", "", *_body_rules(entry)]
    lines += ["## Signature", ""]
    for cls in entry.classes:
        lines += ["```python", readable_signature(cls), "```", ""]
    if entry.json_class is not None:
        lines += [
            f"`data` is the twin's type argument: `{entry.json_class.__name__}[Item]` takes an "
            "`Item`; without one, any data `ModelJSONEncoder` encodes (Django's JSON types, "
            "pydantic models, `ProblemDetails`).",
            "",
        ]
    lines += ["## Example", ""]
    for json in (False, True) if entry.json_class is not None else (False,):
        cls = entry.json_class if json else entry.http_class
        arguments = example_arguments(code, json=json)
        lines += [
            "```python",
            *example_imports(cls, arguments),
            "",
            example_call(cls, arguments),
            "```",
            "",
            "sends:",
            "",
            "```http",
            wire_text(build(code, json=json)),
            "```",
            "",
        ]
    path = f"statuses/{code}.md"
    with mkdocs_gen_files.open(path, "w") as page:
        page.write("\n".join(lines))
    mkdocs_gen_files.set_edit_path(path, "gen_pages.py")


def write_guide_references(guides: dict[str, list[str]]) -> None:
    for guide, paths in guides.items():
        shown: list[str] = []
        seen: set[str] = set()
        for path in paths:
            short = path.rpartition(".")[2]
            if short in seen:
                continue
            if resolve(path) is None:
                SKIPPED.append(f"{guide}: django_allresponses.{path}")
                continue
            seen.add(short)
            shown.append(path)
        if not shown:
            continue
        with mkdocs_gen_files.open(guide, "a") as page:
            page.write("\n## Reference\n\n")
            for path in shown:
                page.write(directive(path, heading_level=3, show_source="false") + "\n")


def write_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    with mkdocs_gen_files.open("changelog.md", "w") as page:
        page.write(text.replace("](docs/", "]("))


def report(skipped: Iterable[str]) -> None:
    for item in skipped:
        log.info("reference not built, the object does not import: %s", item)


write_reference()
write_status_pages()
write_guide_references(GUIDE_REFERENCES)
write_changelog()
report(SKIPPED)
