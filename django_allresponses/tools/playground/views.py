"""The playground's views: the index, every HTTP class, every JSON twin.

The pages are rendered by a template engine of their own (templates beside this
module), so the site needs no ``TEMPLATES`` setting, and are sent with this
library's own classes.
"""

from __future__ import annotations

import inspect as pyinspect
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from django.conf import settings
from django.core.exceptions import DisallowedRedirect
from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponseBase
from django.template import Context, Engine
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.csrf import csrf_exempt

from ...errors import ResponseValidationError
from ...responses.http import HttpResponseBadRequest, HttpResponseNotFound, HttpResponseOK
from ...responses.lookup import response_class
from ...rfc.statuses import STATUSES
from ..catalogue import (
    CatalogueEntry,
    catalogue,
    catalogue_entry,
    description,
    example_call,
    reference_url,
    summary,
    unassigned,
    wire_text,
)
from ..examples import example_arguments, header_arguments
from .queries import parse_query, query_text

ENGINE: Final = Engine(dirs=[str(Path(__file__).with_name("templates"))], autoescape=True)
"""The playground's own template engine."""

STATUS_CLASSES: Final[Mapping[int, str]] = {
    1: "Informational",
    2: "Successful",
    3: "Redirection",
    4: "Client Error",
    5: "Server Error",
}
"""The five classes of status code, by first digit, as RFC 9110 Section 15 names them."""

URLCONF: Final = "django_allresponses.tools.playground.urls"
_LITERAL: Final = re.compile(r"``(.+?)``")


def docs_url(path: str = "") -> str:
    """The address of a page of the documentation site (``PLAYGROUND_DOCS_URL`` + ``path``).

    Examples:
        >>> docs_url("statuses/429/")
        'http://127.0.0.1:8001/statuses/429/'
    """
    base = str(getattr(settings, "PLAYGROUND_DOCS_URL", "http://127.0.0.1:8001/"))
    return base.rstrip("/") + "/" + path


def inspect_url(code: int, *, json: bool = False) -> str:
    """The playground's inspector page of the class of ``code``, or of its JSON twin.

    Examples:
        >>> inspect_url(429), inspect_url(429, json=True)
        ('/inspect/429', '/inspect/429/json')
    """
    return reverse("inspect-json" if json else "inspect", urlconf=URLCONF, args=[code])


def page_url(code: int, *, json: bool = False) -> str:
    """The playground's address of the class of ``code``, or of its JSON twin.

    Examples:
        >>> page_url(429), page_url(429, json=True)
        ('/status/429', '/json/429')
    """
    return reverse("json" if json else "status", urlconf=URLCONF, args=[code])


def render(template: str, context: dict[str, Any]) -> str:
    """Render one of the playground's templates.

    Examples:
        >>> "<title>Not found" in render("not_found.html", {"message": "gone"})
        True
    """
    return ENGINE.get_template(template).render(Context(context))


_INLINE: Final = re.compile(r"(?::[a-z]+:)?``?(?:~)?([^`]+?)``?")
"""A literal, in reStructuredText (````x````, ```x```) or Markdown (```x```)."""
_SECTION: Final = re.compile(r"^(?P<title>[A-Z][A-Za-z ]*?)(?: \((?P<note>[^)]*)\))?::?$")
"""A section title of a docstring: Google style's ``Examples:``, or ``Example::``."""


def _inline(text: str) -> str:
    return _INLINE.sub(lambda found: f"<code>{found.group(1)}</code>", escape(text))


_ENTRIES: Final = frozenset({"Args", "Arguments", "Attributes", "Raises"})
"""Google style's sections of ``name: description`` entries."""


def _entries_html(lines: list[str]) -> str:
    """A section's ``name: description`` entries (a description may go on over more
    indented lines) as a definition list."""
    body = textwrap.dedent("\n".join(lines)).splitlines()
    entries: list[list[str]] = []
    for line in body:
        if line and not line.startswith(" ") and ":" in line:
            entries.append([line])
        elif entries:
            entries[-1].append(line.strip())
    items: list[str] = []
    for entry in entries:
        name, _, first = entry[0].partition(":")
        description = " ".join([first.strip(), *entry[1:]]).strip()
        items.append(
            f"<dt><code>{escape(name.strip())}</code></dt><dd>{_inline(description)}</dd>"
        )
    return f"<dl>{''.join(items)}</dl>"


def docstring_html(text: str) -> SafeString:
    r"""A docstring as the documentation renders it: paragraphs with their literals as
    ``<code>``, section titles (``Examples:``, or reStructuredText's ``Example::``) as
    headings, ``Args:`` entries as a definition list, and indented or ``>>>`` lines as
    code.

    Examples:
        >>> str(docstring_html("Use `HttpResponseOK`.\n\nExamples:\n    >>> 1\n    1"))
        '<p>Use <code>HttpResponseOK</code>.</p>\n<h3>Examples</h3>\n<pre>&gt;&gt;&gt; 1\n1</pre>'
        >>> str(docstring_html("Args:\n    up: ``Upgrade``\n        header."))
        '<h3>Args</h3>\n<dl><dt><code>up</code></dt><dd><code>Upgrade</code> header.</dd></dl>'
    """
    parts: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        title = _SECTION.match(lines[0].strip()) if lines else None
        if title is not None and not lines[0].startswith(" "):
            note = title.group("note")
            parts.append(f"<h3>{escape(title.group('title'))}</h3>")
            if note:
                parts.append(f"<p>{_inline(note.capitalize())}:</p>")
            lines = lines[1:]
        if not lines:
            continue
        if title is not None and title.group("title") in _ENTRIES:
            parts.append(_entries_html(lines))
            continue
        code = [line for line in lines if line.strip()]
        if all(line.startswith(" ") for line in code) or code[0].lstrip().startswith(">>>"):
            body = textwrap.dedent("\n".join(lines))
            if body.startswith("```"):
                body = "\n".join(body.splitlines()[1:-1])
            parts.append(f"<pre>{escape(body)}</pre>")
        else:
            parts.append(f"<p>{_inline(' '.join(line.strip() for line in lines))}</p>")
    return mark_safe("\n".join(parts))


def rich(text: str) -> SafeString:
    """Escape docstring text and show its ````literals```` as ``<code>``.

    Examples:
        >>> rich("Pass ``retry_after`` <now>")
        'Pass <code>retry_after</code> &lt;now&gt;'
    """
    return mark_safe(_LITERAL.sub(r"<code>\1</code>", escape(text)))


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the index shows of one status.

    Examples:
        >>> IndexRow.of(catalogue()[0]).http_url
        '/status/100'
    """

    entry: CatalogueEntry
    summary: str
    description: SafeString
    arguments: tuple[tuple[str, bool], ...]
    http_name: str
    http_url: str
    json_name: str | None
    json_url: str | None
    inspect_url: str
    json_inspect_url: str | None

    @classmethod
    def of(cls, entry: CatalogueEntry) -> IndexRow:
        """The row of one catalogue entry.

        Examples:
            >>> IndexRow.of(catalogue()[-1]).json_url
            '/json/511'
        """
        code = entry.code
        return cls(
            entry=entry,
            summary=summary(entry.http_class),
            description=rich(description(entry.http_class)),
            arguments=(
                *((name, True) for name in entry.required),
                *((name, False) for name in entry.optional),
            ),
            http_name=entry.http_class.__name__,
            http_url=page_url(code),
            json_name=None if entry.json_class is None else entry.json_class.__name__,
            json_url=None if entry.json_class is None else page_url(code, json=True),
            inspect_url=inspect_url(code),
            json_inspect_url=None if entry.json_class is None else inspect_url(code, json=True),
        )


@dataclass(frozen=True, slots=True)
class IndexGroup:
    """One class of status codes (1xx … 5xx) on the index.

    Examples:
        >>> [group.title for group in index_groups()][:2]
        ['1xx Informational', '2xx Successful']
    """

    digit: int
    name: str
    rows: tuple[IndexRow, ...]

    @property
    def title(self) -> str:
        """``"4xx Client Error"`` and so on.

        Examples:
            >>> index_groups()[3].title
            '4xx Client Error'
        """
        return f"{self.digit}xx {self.name}"

    @property
    def anchor(self) -> str:
        """The id of the group's section on the index.

        Examples:
            >>> index_groups()[0].anchor
            'status-1xx'
        """
        return f"status-{self.digit}xx"


def index_groups() -> tuple[IndexGroup, ...]:
    """The catalogue grouped by first digit, each group in ascending order.

    Examples:
        >>> sum(len(group.rows) for group in index_groups()) == len(STATUSES)
        True
    """
    return tuple(
        IndexGroup(
            digit=digit,
            name=name,
            rows=tuple(
                IndexRow.of(entry) for entry in catalogue() if entry.facts.status_class == digit
            ),
        )
        for digit, name in STATUS_CLASSES.items()
    )


@cache
def _index_html() -> str:
    return render(
        "index.html",
        {
            "docs_url": docs_url(),
            "groups": index_groups(),
            "count": len(STATUSES),
            "json_count": sum(entry.json_class is not None for entry in catalogue()),
        },
    )


def index(request: HttpRequest) -> HttpResponseBase:
    """``/``: every status, grouped by class, with links to its classes.

    Examples:
        >>> from django.test import RequestFactory
        >>> index(RequestFactory().get("/")).status_code
        200
    """
    return HttpResponseOK(_index_html())


def not_found_page(message: str) -> HttpResponseBase:
    """The playground's 404 page, saying ``message``.

    Examples:
        >>> not_found_page("No such status.").status_code
        404
    """
    return HttpResponseNotFound(
        render("not_found.html", {"message": message, "docs_url": docs_url()})
    )


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponseBase:
    """The ``handler404`` of the playground: a path it does not serve.

    Examples:
        >>> from django.test import RequestFactory
        >>> page_not_found(RequestFactory().get("/nowhere")).status_code
        404
    """
    return not_found_page(f"There is no page at {request.path}.")


def _missing(code: int, *, json: bool, class_url: str) -> HttpResponseBase | None:
    """The page for a code with no class here (``class_url``: where the HTTP class is),
    or ``None`` when there is one."""
    facts = STATUSES.get(code)
    if facts is None:
        return not_found_page(f"{unassigned(code)}, so no class of django-allresponses sends it.")
    if json and not facts.allows_content:
        return not_found_page(
            f"{code} {facts.phrase} forbids content, so it has no JSON twin; "
            f"its class is at {class_url}."
        )
    return None


def _respond(request: HttpRequest, code: int, *, json: bool) -> HttpResponseBase:
    missing = _missing(code, json=json, class_url=page_url(code))
    if missing is not None:
        return missing
    facts = STATUSES[code]
    cls = response_class(code, json=json)
    try:
        arguments: dict[str, Any] = {
            **example_arguments(code, json=json),
            **parse_query(cls, request.GET),
        }
        response = cls(**arguments)
    except (ResponseValidationError, DisallowedRedirect) as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    if facts.status_class == 1:
        return HttpResponseOK(
            render(
                "informational.html",
                {
                    "facts": facts,
                    "class_name": cls.__name__,
                    "description": rich(description(cls)),
                    "call": example_call(cls, arguments),
                    "status_line": f"HTTP/1.1 {response.status_code} {response.reason_phrase}",
                    "headers": list(response.items()),
                    "inspect_url": inspect_url(code),
                    "docs_url": docs_url(),
                },
            ),
            headers={"X-Informational-Status": str(code)},
        )
    return response


@csrf_exempt
def status(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/status/<code>``: the ``HttpResponse…`` class of ``code``, built with
    `example_arguments` and the query's overrides.

    A 1xx status gets a 200 page describing it (a 1xx cannot be a final response).

    Examples:
        >>> from django.test import RequestFactory
        >>> status(RequestFactory().get("/status/429?retry_after=30"), 429)["Retry-After"]
        '30'
    """
    return _respond(request, code, json=False)


@csrf_exempt
def json(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/json/<code>``: the ``JsonResponse…`` twin of ``code``, like `status`.

    Examples:
        >>> from django.test import RequestFactory
        >>> json(RequestFactory().get("/json/404"), 404)["Content-Type"]
        'application/problem+json'
    """
    return _respond(request, code, json=True)


@dataclass(frozen=True, slots=True)
class FormField:
    """One header argument of the inspector's form.

    Examples:
        >>> FormField("retry_after", "120", required=False, invalid=False).label
        'retry_after'
    """

    name: str
    value: str
    required: bool
    invalid: bool

    @property
    def label(self) -> str:
        """The argument's name, as the form shows it.

        Examples:
            >>> FormField("location", "/x", required=True, invalid=False).label
            'location'
        """
        return self.name


@cache
def _site_handler() -> BaseHandler:
    """Django's request handler with the site's middleware, to run a request in-process."""
    handler = BaseHandler()
    handler.load_middleware()
    return handler


def live_response(path: str) -> HttpResponseBase:
    """The response the playground sends for ``path``, through its whole middleware chain.

    Examples:
        >>> live_response("/status/204").status_code
        204
    """
    request = RequestFactory(SERVER_NAME="127.0.0.1").get(path)
    request.urlconf = URLCONF
    response = _site_handler().get_response(request)
    response.close()
    return response


def _inspect(request: HttpRequest, code: int, *, json: bool) -> HttpResponseBase:
    missing = _missing(code, json=json, class_url=inspect_url(code))
    if missing is not None:
        return missing
    facts = STATUSES[code]
    cls = response_class(code, json=json)
    arguments: dict[str, Any] = example_arguments(code, json=json)
    error: str | None = None
    invalid: str | None = None
    response: HttpResponseBase | None = None
    try:
        arguments = {**arguments, **parse_query(cls, request.GET)}
        response = cls(**arguments)
    except (ResponseValidationError, DisallowedRedirect) as refused:
        error = str(refused)
        invalid = getattr(refused, "argument", None)
    query = request.GET.urlencode()
    live = page_url(code, json=json) + (f"?{query}" if query else "")
    if response is None:
        wire = ""
        note = "The live endpoint answers this with 400 Bad Request and the message above."
    elif facts.status_class == 1:
        wire = wire_text(response, limit=4000)
        note = (
            "A 1xx is an interim response, never a final one: this is the response the "
            "class builds; the live endpoint answers with a page describing it."
        )
    else:
        wire = wire_text(live_response(live), limit=4000)
        note = (
            "As the playground sends it, through Django's default middleware; the server "
            "adds Date and Server."
        )
    examples = example_arguments(code, json=json)
    fields = [
        FormField(
            name=name,
            value=(
                ",".join(request.GET.getlist(name))
                if name in request.GET
                else query_text(name, examples[name])
            ),
            required=required,
            invalid=name == invalid,
        )
        for name, required in header_arguments(cls).items()
    ]
    entry = catalogue_entry(code)
    page = render(
        "inspect.html",
        {
            "facts": facts,
            "entry": entry,
            "json": json,
            "class_name": cls.__name__,
            "other_url": (
                inspect_url(code, json=not json) if json or entry.json_class is not None else None
            ),
            "other_name": (
                entry.http_class.__name__
                if json
                else (None if entry.json_class is None else entry.json_class.__name__)
            ),
            "reference_url": reference_url(facts.reference),
            "call": example_call(cls, arguments) if error is None else None,
            "docstring": docstring_html(pyinspect.getdoc(cls) or ""),
            "wire": wire,
            "note": note,
            "error": error,
            "fields": fields,
            "action": inspect_url(code, json=json),
            "live_url": live,
            "docs_url": docs_url(),
            "docs_page": docs_url(f"statuses/{code}/"),
        },
    )
    if error is not None:
        return HttpResponseBadRequest(page)
    return HttpResponseOK(page)


def inspect(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/inspect/<code>``: the inspector page of the ``HttpResponse…`` class of ``code``.

    The constructor call, the response as it goes on the wire, the docstring, a form to
    try header arguments (a value the class refuses is shown inline, with status 400), a
    link to the live endpoint and to the status's documentation page.

    Examples:
        >>> from django.test import RequestFactory
        >>> page = inspect(RequestFactory().get("/inspect/429?retry_after=-5"), 429)
        >>> page.status_code, b'role="alert"' in page.content
        (400, True)
    """
    return _inspect(request, code, json=False)


def inspect_json(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/inspect/<code>/json``: the inspector page of the JSON twin of ``code``.

    Examples:
        >>> from django.test import RequestFactory
        >>> inspect_json(RequestFactory().get("/inspect/404/json"), 404).status_code
        200
    """
    return _inspect(request, code, json=True)
