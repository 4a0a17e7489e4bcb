"""upgrade's scopes (`module_scopes`) are those libcst's ``MetadataWrapper`` resolves for
``ScopeProvider``: the same nodes, the same kind of scope for each, the same names bound
in it and the same qualified names for every name and attribute, over real modules."""

from __future__ import annotations

import importlib
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, ScopeProvider

from django_allresponses.tools.upgrade._reading import module_scopes

MODULES = [
    ("django.contrib.admin", "options.py"),
    ("django.contrib.auth", "views.py"),
    ("rest_framework", "exceptions.py"),
    ("rest_framework", "serializers.py"),
]


def _names(scope: object) -> object:
    if scope is None:
        return None
    assert isinstance(scope, cst.metadata.Scope)
    return type(scope).__name__, sorted({assignment.name for assignment in scope.assignments})


@pytest.mark.parametrize(("package", "name"), MODULES, ids=[name for _, name in MODULES])
def test_the_scopes_are_libcsts(package: str, name: str) -> None:
    folder = Path(importlib.import_module(package).__file__ or "").parent
    module = cst.parse_module((folder / name).read_text(encoding="utf-8"))
    theirs = MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)
    ours = module_scopes(module)
    assert ours.keys() == theirs.keys()
    assert len(ours) > 1000
    for node, scope in theirs.items():
        assert _names(ours[node]) == _names(scope)
        if scope is not None and isinstance(node, cst.Name | cst.Attribute):
            mine = ours[node]
            assert mine is not None
            assert mine.get_qualified_names_for(node) == scope.get_qualified_names_for(node)


def test_a_libcst_that_keeps_its_results_elsewhere_gets_the_wrappers_scopes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from django_allresponses.tools.upgrade import _reading

    class Elsewhere(_reading.ExpressionContextProvider):
        @property
        def _computed(self) -> object:
            raise AttributeError("_computed")

    monkeypatch.setattr(_reading, "ExpressionContextProvider", Elsewhere)
    module = cst.parse_module("import os\n\ndef f():\n    return os.sep\n")
    ours = module_scopes(module)
    theirs = MetadataWrapper(module, unsafe_skip_copy=True).resolve(ScopeProvider)
    assert ours.keys() == theirs.keys()
    function = module.body[1]
    assert isinstance(function, cst.FunctionDef)
    assert type(ours[function.body]).__name__ == "FunctionScope"
