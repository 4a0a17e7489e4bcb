"""upgrade's qualified names (`Names`) are libcst's: told from what Python's parser says of
the names a module binds where that is certain (without computing libcst's scopes), and
asked of libcst's scopes everywhere else."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, ScopeProvider

from django_allresponses.tools.upgrade._names import Names
from django_allresponses.tools.upgrade._reading import places

# (source, the expression asked about, its qualified name, told without libcst's scopes)
CASES = [
    (
        "from django.http import HttpResponseGone\ndef f():\n    return HttpResponseGone()\n",
        "HttpResponseGone",
        "django.http.HttpResponseGone",
        True,
    ),
    (
        "from django.http import HttpResponse, HttpResponseGone as Gone\nGone()\n",
        "Gone",
        "django.http.HttpResponseGone",
        True,
    ),
    (
        "from django import http\nhttp.HttpResponseGone()\n",
        "http.HttpResponseGone",
        "django.http.HttpResponseGone",
        True,
    ),
    (
        "from rest_framework import status\ndef f():\n    g(status.HTTP_404_NOT_FOUND)\n",
        "status.HTTP_404_NOT_FOUND",
        "rest_framework.status.HTTP_404_NOT_FOUND",
        True,
    ),
    ("def f():\n    return HttpResponseGone()\n", "HttpResponseGone", None, True),
    # read before its import, in the same scope: not the import
    (
        "HttpResponseGone()\nfrom django.http import HttpResponseGone\n",
        "HttpResponseGone",
        None,
        False,
    ),
    # a parameter of the same name
    (
        "from django.http import HttpResponseGone\n"
        "def f(HttpResponseGone):\n    return HttpResponseGone()\n",
        "HttpResponseGone",
        "f.<locals>.HttpResponseGone",
        False,
    ),
    # two imports of the name: one each
    (
        "try:\n    from django.http import HttpResponseGone\n"
        "except ImportError:\n    from other import HttpResponseGone\n"
        "def f():\n    return HttpResponseGone()\n",
        "HttpResponseGone",
        None,
        False,
    ),
    # an import inside a function is not the module's
    (
        "def g():\n    from django.http import HttpResponseGone\n"
        "def f():\n    return HttpResponseGone()\n",
        "HttpResponseGone",
        None,
        False,
    ),
    ("from django.http import *\nHttpResponseGone()\n", "HttpResponseGone", None, False),
]


def _asked(module: cst.Module, text: str) -> tuple[cst.BaseExpression, int]:
    found = places(module)
    for call, (line, _, _) in found.calls.items():
        for node in [call.func, *(arg.value for arg in call.args)]:
            if module.code_for_node(node) == text:
                return node, line
    raise AssertionError(text)


@pytest.mark.parametrize(("source", "text", "expected", "without_scopes"), CASES)
def test_the_qualified_name_is_libcsts(
    source: str, text: str, expected: str | None, without_scopes: bool
) -> None:
    module = cst.parse_module(source)
    node, line = _asked(module, text)
    names = Names(module, list(ast.walk(ast.parse(source))))
    assert names.qualified(node, line) == expected
    assert (names._scopes is None) is without_scopes  # pyright: ignore[reportPrivateUsage]
    scope = MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)[node]
    assert scope is not None
    theirs = [name.name for name in scope.get_qualified_names_for(node)]
    assert (theirs[0] if len(theirs) == 1 else None) == expected


def test_a_source_python_cannot_parse_is_asked_of_the_scopes() -> None:
    source = "from django.http import HttpResponseGone\nHttpResponseGone()\n"
    module = cst.parse_module(source)
    node, line = _asked(module, "HttpResponseGone")
    names = Names(module, None)
    assert names.qualified(node, line) == "django.http.HttpResponseGone"
    assert names._scopes is not None  # pyright: ignore[reportPrivateUsage]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("package", "name"),
    [("django.contrib.admin", "options.py"), ("rest_framework", "exceptions.py")],
)
def test_every_call_of_a_real_module_is_named_as_libcst_names_it(package: str, name: str) -> None:
    folder = Path(importlib.import_module(package).__file__ or "").parent
    source = (folder / name).read_text(encoding="utf-8")
    module = cst.parse_module(source)
    scopes = MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)
    names = Names(module, list(ast.walk(ast.parse(source))))
    for call, (line, _, _) in places(module).calls.items():
        for node in [call.func, *(arg.value for arg in call.args)]:
            if not isinstance(node, cst.Name | cst.Attribute):
                continue
            scope = scopes.get(node)
            theirs = set() if scope is None else scope.get_qualified_names_for(node)
            one = next(iter(theirs)).name if len(theirs) == 1 else None
            assert _imported(names.qualified(node, line)) == _imported(one), node


def _imported(name: str | None) -> str | None:
    """A builtin is never an import, as the command reads names: ``None`` either way."""
    return None if name is None or name.startswith("builtins.") else name
