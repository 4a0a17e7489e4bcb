"""Which sources may hold a call the command rewrites or reports, told without libcst: the
bytes first, then Python's own parser. A source said to have none is given back as it is;
the others are read with libcst, which decides."""

from __future__ import annotations

import ast
import functools
from collections.abc import Sequence

from ._facts import DJANGO_CLASSES, DJANGO_MODULES

_PLAIN = ("HttpResponse", "JsonResponse")
"""The classes whose call is a plain 200, left to Django, unless a status may be given."""


def mentions_django_responses(source: str) -> bool:
    """Whether ``source`` names one of Django's response classes anywhere (a call, an
    attribute, an import under another name): a source that does not needs no parsing.

    Examples:
        >>> mentions_django_responses("from django.http import HttpResponseGone as G\\n")
        True
        >>> mentions_django_responses("from django.http import StreamingHttpResponse\\n")
        True
        >>> mentions_django_responses("import json\\n")
        False
    """
    return "django" in source and ("HttpResponse" in source or "JsonResponse" in source)


def _aliases(nodes: Sequence[ast.AST]) -> dict[str, set[str]]:
    """Each name an import binds to one of Django's classes under another name (``from
    django.http import HttpResponseNotFound as Missing``) -> the classes it may be."""
    found: dict[str, set[str]] = {}
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module in DJANGO_MODULES:
            for alias in node.names:
                if alias.asname is not None and alias.name in DJANGO_CLASSES:
                    found.setdefault(alias.asname, set()).add(alias.name)
    return found


def _may_send_a_status(call: ast.Call) -> bool:
    """Whether a call of `HttpResponse` or `JsonResponse` may give a status: by keyword,
    third positional argument, ``*args`` or ``**kwargs``."""
    starred = any(isinstance(arg, ast.Starred) for arg in call.args)
    keywords = {keyword.arg for keyword in call.keywords}
    return starred or None in keywords or "status" in keywords or len(call.args) >= 3


def _candidate(call: ast.Call, aliases: dict[str, set[str]]) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name is None:
        return False
    if isinstance(func, ast.Name) and name in aliases:
        if not aliases[name] <= set(_PLAIN):
            return True
        return _may_send_a_status(call)
    if name not in DJANGO_CLASSES:
        return False
    return name not in _PLAIN or _may_send_a_status(call)


@functools.lru_cache(maxsize=1)
def parsed(source: str) -> list[ast.AST] | None:
    """Every node of ``source`` as Python's own parser reads it, the module first, in the
    order `ast.walk` gives them; ``None`` when it cannot (newer syntax, a null byte). The
    last source's are kept, for the reading after `has_candidates`.

    Examples:
        >>> [type(node).__name__ for node in parsed("x = 1\\n") or ()][:2], parsed("x = (\\n")
        (['Module', 'Assign'], None)
    """
    try:
        return list(ast.walk(ast.parse(source)))
    except (SyntaxError, ValueError):
        return None


def has_candidates(source: str) -> bool:
    """Whether ``source`` calls, by a name that may be Django's, one of `DJANGO_CLASSES`
    other than a plain 200: its own name (``HttpResponseGone(...)``,
    ``http.HttpResponseGone(...)``) or one an import gives it (``from django.http import
    HttpResponseGone as Gone``). Python's own parser tells it many times faster than
    libcst's reading, which only those files need. A source Python cannot parse here
    (newer syntax) is read with libcst, which says what is wrong or reads it.

    Examples:
        >>> has_candidates("from django.http import HttpResponse\\nHttpResponse('ok')\\n")
        False
        >>> has_candidates("from django.http import HttpResponse\\nHttpResponse(status=404)\\n")
        True
        >>> has_candidates("from django.http import HttpResponseGone as G\\nG('gone')\\n")
        True
    """
    nodes = parsed(source)
    if nodes is None:
        return True
    aliases = _aliases(nodes)
    return any(isinstance(node, ast.Call) and _candidate(node, aliases) for node in nodes)
