"""The playground's views: the index, every HTTP class, every JSON twin.

The pages are rendered by a template engine of their own (templates beside this
module), so the site needs no ``TEMPLATES`` setting, and are sent with this
library's own classes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from django.core.exceptions import DisallowedRedirect
from django.http import HttpRequest, HttpResponseBase
from django.template import Context, Engine
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.csrf import csrf_exempt

from ..catalogue import CatalogueEntry, catalogue, description, example_call, summary
from ..errors import ResponseValidationError
from ..examples import example_arguments
from ..lookup import response_class
from ..responses import HttpResponseBadRequest, HttpResponseNotFound, HttpResponseOK
from ..statuses import STATUSES
from .queries import parse_query

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

URLCONF: Final = "django_allresponses.playground.urls"
_LITERAL: Final = re.compile(r"``(.+?)``")


def page_url(code: int, *, json: bool = False) -> str:
    """The playground's address of the class of ``code``, or of its JSON twin.

    Example::

        >>> page_url(429), page_url(429, json=True)
        ('/status/429', '/json/429')
    """
    return reverse("json" if json else "status", urlconf=URLCONF, args=[code])


def render(template: str, context: dict[str, Any]) -> str:
    """Render one of the playground's templates.

    Example::

        >>> "<title>Not found" in render("not_found.html", {"message": "gone"})
        True
    """
    return ENGINE.get_template(template).render(Context(context))


def rich(text: str) -> SafeString:
    """Escape docstring text and show its ````literals```` as ``<code>``.

    Example::

        >>> rich("Pass ``retry_after`` <now>")
        'Pass <code>retry_after</code> &lt;now&gt;'
    """
    return mark_safe(_LITERAL.sub(r"<code>\1</code>", escape(text)))


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the index shows of one status.

    Example::

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

    @classmethod
    def of(cls, entry: CatalogueEntry) -> IndexRow:
        """The row of one catalogue entry.

        Example::

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
        )


@dataclass(frozen=True, slots=True)
class IndexGroup:
    """One class of status codes (1xx … 5xx) on the index.

    Example::

        >>> [group.title for group in index_groups()][:2]
        ['1xx Informational', '2xx Successful']
    """

    digit: int
    name: str
    rows: tuple[IndexRow, ...]

    @property
    def title(self) -> str:
        """``"4xx Client Error"`` and so on.

        Example::

            >>> index_groups()[3].title
            '4xx Client Error'
        """
        return f"{self.digit}xx {self.name}"

    @property
    def anchor(self) -> str:
        """The id of the group's section on the index.

        Example::

            >>> index_groups()[0].anchor
            'status-1xx'
        """
        return f"status-{self.digit}xx"


def index_groups() -> tuple[IndexGroup, ...]:
    """The catalogue grouped by first digit, each group in ascending order.

    Example::

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
            "groups": index_groups(),
            "count": len(STATUSES),
            "json_count": sum(entry.json_class is not None for entry in catalogue()),
        },
    )


def index(request: HttpRequest) -> HttpResponseBase:
    """``/``: every status, grouped by class, with links to its classes.

    Example::

        >>> from django.test import RequestFactory
        >>> index(RequestFactory().get("/")).status_code
        200
    """
    return HttpResponseOK(_index_html())


def not_found_page(message: str) -> HttpResponseBase:
    """The playground's 404 page, saying ``message``.

    Example::

        >>> not_found_page("No such status.").status_code
        404
    """
    return HttpResponseNotFound(render("not_found.html", {"message": message}))


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponseBase:
    """The ``handler404`` of the playground: a path it does not serve.

    Example::

        >>> from django.test import RequestFactory
        >>> page_not_found(RequestFactory().get("/nowhere")).status_code
        404
    """
    return not_found_page(f"There is no page at {request.path}.")


def _respond(request: HttpRequest, code: int, *, json: bool) -> HttpResponseBase:
    facts = STATUSES.get(code)
    if facts is None:
        return not_found_page(
            f"{code} is not an assigned HTTP status code, so no class of "
            "django-allresponses sends it (306 and 418 are unused)."
        )
    if json and not facts.allows_content:
        return not_found_page(
            f"{code} {facts.phrase} forbids content, so it has no JSON twin; "
            f"its class is at {page_url(code)}."
        )
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
                },
            ),
            headers={"X-Informational-Status": str(code)},
        )
    return response


@csrf_exempt
def status(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/status/<code>``: the ``HttpResponse…`` class of ``code``, built with
    :func:`~django_allresponses.examples.example_arguments` and the query's overrides.

    A 1xx status gets a 200 page describing it (a 1xx cannot be a final response).

    Example::

        >>> from django.test import RequestFactory
        >>> status(RequestFactory().get("/status/429?retry_after=30"), 429)["Retry-After"]
        '30'
    """
    return _respond(request, code, json=False)


@csrf_exempt
def json(request: HttpRequest, code: int) -> HttpResponseBase:
    """``/json/<code>``: the ``JsonResponse…`` twin of ``code``, like :func:`status`.

    Example::

        >>> from django.test import RequestFactory
        >>> json(RequestFactory().get("/json/404"), 404)["Content-Type"]
        'application/problem+json'
    """
    return _respond(request, code, json=True)
