"""``import django_allresponses`` imports a name's module on its first use (PEP 562), and
every public name is still there: the same object as in its module, in ``dir()``, for
``from django_allresponses import *``, and for type checkers (the imports under
``TYPE_CHECKING``, which the names at run time must match)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import django_allresponses

ROOT = Path(__file__).resolve().parents[2]
INIT = ROOT / "django_allresponses" / "__init__.py"


def _checked_imports() -> dict[str, str]:
    """Each name the ``if TYPE_CHECKING:`` block of ``__init__.py`` imports, and its module."""
    found: dict[str, str] = {}
    for node in ast.parse(INIT.read_text()).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom), ast.unparse(statement)
                for alias in statement.names:
                    found[alias.asname or alias.name] = f"django_allresponses.{statement.module}"
    return found


def _fresh(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_checkers_see_every_public_name_but_the_eager_ones() -> None:
    checked = _checked_imports()
    assert sorted(checked) == sorted(
        set(django_allresponses.__all__) - {"ResponseValidationError", "__version__"}
    )


@pytest.mark.parametrize("name", sorted(_checked_imports()))
def test_a_name_at_run_time_is_the_one_checkers_see(name: str) -> None:
    module = importlib.import_module(_checked_imports()[name])
    assert getattr(django_allresponses, name) is getattr(module, name)


def test_dir_lists_every_public_name_loaded_or_not() -> None:
    assert set(django_allresponses.__all__) <= set(dir(django_allresponses))


def test_an_unknown_name_is_an_attribute_error() -> None:
    message = "module 'django_allresponses' has no attribute 'Nope'"
    with pytest.raises(AttributeError, match=message):
        django_allresponses.Nope  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(django_allresponses, "_module_of_nothing")


@pytest.mark.slow
def test_the_import_loads_no_class_and_no_pydantic() -> None:
    loaded = _fresh(
        "import sys, django_allresponses\n"
        "print(sorted(m for m in sys.modules if m.startswith(('django_allresponses', "
        "'pydantic'))))"
    )
    assert loaded == "['django_allresponses', 'django_allresponses.errors']"


@pytest.mark.slow
def test_a_class_loads_its_family_only() -> None:
    code = (
        "import sys\n"
        "from django.conf import settings\n"
        "settings.configure()\n"
        "from django_allresponses import {name}\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
        "if m.startswith('django_allresponses.responses.')), 'pydantic' in sys.modules)"
    )
    http = _fresh(code.format(name="HttpResponseNotFound"))
    assert "'http'" in http and "'json'" not in http and http.endswith("False")
    json = _fresh(code.format(name="JsonResponseOK"))
    assert "'json'" in json and json.endswith("False")


@pytest.mark.slow
def test_every_way_in_finds_every_class() -> None:
    # The registries are filled whichever module is imported first.
    code = (
        "from django.conf import settings\n"
        "settings.configure()\n"
        "{first}\n"
        "print(response_class(404).__name__, response_class(429, json=True).__name__)"
    )
    for first in (
        "from django_allresponses import response_class",
        "from django_allresponses.responses.lookup import response_class",
        "from django_allresponses import StatusResponse, response_class\n"
        "assert StatusResponse.registry[404].__name__ == 'HttpResponseNotFound'",
    ):
        assert _fresh(code.format(first=first)) == (
            "HttpResponseNotFound JsonResponseTooManyRequests"
        )


def test_a_projects_subclass_made_before_the_classes_never_takes_their_code() -> None:
    # A project's class of a code, defined from the base module before the package's
    # classes are loaded, is not what response_class(200) or the registry answer.
    code = (
        "from django.conf import settings\n"
        "settings.configure()\n"
        "from django_allresponses.responses.base import StatusResponse\n"
        "class Mine(StatusResponse):\n"
        "    status_code = 200\n"
        "from django_allresponses import response_class\n"
        "print(response_class(200).__name__, StatusResponse.registry[200].__name__)"
    )
    assert _fresh(code) == "HttpResponseOK HttpResponseOK"


@pytest.mark.slow
def test_star_import_binds_every_public_name() -> None:
    code = (
        "from django.conf import settings\n"
        "settings.configure()\n"
        "from django_allresponses import *\n"
        "import django_allresponses\n"
        "print(all(globals()[n] is getattr(django_allresponses, n) "
        "for n in django_allresponses.__all__))"
    )
    assert _fresh(code) == "True"


def test_an_attribute_error_while_importing_is_an_import_error_naming_the_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(name: str) -> object:
        raise AttributeError("module 'x' has no attribute 'y'")

    monkeypatch.setattr(importlib, "import_module", broken)
    monkeypatch.delitem(vars(django_allresponses), "HttpResponseGone", raising=False)
    with pytest.raises(ImportError) as caught:
        django_allresponses.HttpResponseGone  # noqa: B018
    assert str(caught.value) == (
        "django_allresponses.responses.http failed to import, for HttpResponseGone: "
        "AttributeError(\"module 'x' has no attribute 'y'\")"
    )
    assert isinstance(caught.value.__cause__, AttributeError)
