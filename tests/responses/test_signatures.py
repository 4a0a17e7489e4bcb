"""Public signatures and docstrings.

Completion should list every argument a class takes: Django's keywords are
spelled out, nothing hides behind ``*args``/``**kwargs``, every parameter is
annotated, no class takes ``status``, and every public class and function has a
docstring with an example.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Mapping
from typing import Any

import pytest

import django_allresponses
from django_allresponses import STATUSES, StatusJsonResponse, StatusResponse

DJANGO_KEYWORDS = ("content_type", "charset", "headers", "reason")
JSON_KEYWORDS = ("encoder", "safe", "json_dumps_params")
BODILESS_KEYWORDS = ("headers", "reason")
FIXED_STATUS = ("status", "preserve_request")
# The reference lets data be left out for these twins; the others require it.
DATA_OPTIONAL = (201, 405)
# The defining argument comes before content.
FIRST_ARGUMENT = {
    201: "location",
    301: "redirect_to",
    302: "redirect_to",
    303: "redirect_to",
    307: "redirect_to",
    308: "redirect_to",
    405: "permitted_methods",
}

# Public classes and functions, each once (aliases such as HttpResponseRedirect are the
# same object as the class they name).
_PUBLIC: dict[int, tuple[str, Any]] = {}
for _name in django_allresponses.__all__:
    _obj = getattr(django_allresponses, _name)
    if inspect.isclass(_obj) or inspect.isfunction(_obj):
        _PUBLIC.setdefault(id(_obj), (_name, _obj))
PUBLIC = sorted(_PUBLIC.values(), key=lambda item: item[0])
FUNCTIONS = [(name, obj) for name, obj in PUBLIC if inspect.isfunction(obj)]

HTTP_CLASSES = sorted(StatusResponse.registry.items())
JSON_CLASSES = sorted(StatusJsonResponse.registry.items())
RESPONSE_CLASSES = [cls for _, cls in HTTP_CLASSES + JSON_CLASSES]


def _ids(classes: list[type]) -> list[str]:
    return [cls.__name__ for cls in classes]


def parameters(callable_: Callable[..., object]) -> list[inspect.Parameter]:
    """The parameters a caller gives: ``self`` of a constructor left out."""
    found = list(inspect.signature(callable_).parameters.values())
    return found[1:] if found and found[0].name == "self" else found


def constructor(cls: type) -> list[inspect.Parameter]:
    return parameters(cls.__init__)


def test_the_registries_hold_every_status() -> None:
    assert [code for code, _ in HTTP_CLASSES] == list(STATUSES)
    assert [code for code, _ in JSON_CLASSES] == [
        code for code, facts in STATUSES.items() if facts.allows_content
    ]
    public = {id(obj) for _, obj in PUBLIC}
    assert all(id(cls) in public for cls in RESPONSE_CLASSES)


# --- Docstrings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "obj"),
    [
        pytest.param(
            name,
            obj,
            id=name,
        )
        for name, obj in PUBLIC
    ],
)
def test_public_docstring_has_an_example(name: str, obj: object) -> None:
    # The object's own docstring: a class does not inherit its base's __doc__.
    doc = obj.__doc__ or ""
    assert re.search(r"^\s*Examples?:$", doc, re.MULTILINE) and ">>>" in doc, (
        f"{name} needs a docstring with an 'Example:' section and a '>>>' line"
    )


# --- No hidden arguments, everything annotated ----------------------------------------------


def _callables() -> list[tuple[str, Callable[..., object]]]:
    found: list[tuple[str, Callable[..., object]]] = [
        (f"{cls.__name__}.__init__", cls.__init__) for cls in RESPONSE_CLASSES
    ]
    # abort takes the arguments of the class of its status, which its overloads spell out per
    # status for type checkers; at run time it forwards them to that class, which checks them.
    return found + [(name, obj) for name, obj in FUNCTIONS if name != "abort"]


CALLABLES = _callables()


@pytest.mark.parametrize(("name", "callable_"), CALLABLES, ids=[name for name, _ in CALLABLES])
def test_no_var_arguments(name: str, callable_: Callable[..., object]) -> None:
    hidden = [p.name for p in parameters(callable_) if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    assert not hidden, f"{name} hides its arguments behind {hidden}"


@pytest.mark.parametrize(("name", "callable_"), CALLABLES, ids=[name for name, _ in CALLABLES])
def test_every_parameter_is_annotated(name: str, callable_: Callable[..., object]) -> None:
    signature = inspect.signature(callable_)
    missing = [p.name for p in parameters(callable_) if p.annotation is p.empty]
    assert not missing, f"{name}: parameters without a type: {missing}"
    assert signature.return_annotation is not signature.empty, f"{name}: no return type"


# --- Django's keywords, content and the fixed status ----------------------------------------


@pytest.mark.parametrize("cls", RESPONSE_CLASSES, ids=_ids(RESPONSE_CLASSES))
def test_no_status_parameter(cls: type) -> None:
    names = {p.name for p in constructor(cls)}
    assert not names & set(FIXED_STATUS), f"{cls.__name__} takes {names & set(FIXED_STATUS)}"


@pytest.mark.parametrize("cls", RESPONSE_CLASSES, ids=_ids(RESPONSE_CLASSES))
def test_django_keywords_are_spelled_out(cls: type) -> None:
    by_name = {p.name: p for p in constructor(cls)}
    facts = STATUSES[cls.status_code]
    if facts.allows_content:
        wanted = DJANGO_KEYWORDS + (JSON_KEYWORDS if issubclass(cls, StatusJsonResponse) else ())
        forbidden: tuple[str, ...] = ()
    else:
        wanted, forbidden = BODILESS_KEYWORDS, ("content", "content_type", "charset")
    missing = [name for name in wanted if name not in by_name]
    assert not missing, f"{cls.__name__} does not spell out {missing}"
    positional = [name for name in wanted if by_name[name].kind is not by_name[name].KEYWORD_ONLY]
    assert not positional, f"{cls.__name__}: {positional} must be keyword-only"
    present = [name for name in forbidden if name in by_name]
    assert not present, f"{cls.__name__} forbids content but takes {present}"


@pytest.mark.parametrize(("code", "cls"), HTTP_CLASSES, ids=_ids([c for _, c in HTTP_CLASSES]))
def test_http_positional_order(code: int, cls: type) -> None:
    """``content`` first, as in Django, except where the defining argument comes first."""
    positional = [p.name for p in constructor(cls) if p.kind is p.POSITIONAL_OR_KEYWORD]
    if not STATUSES[code].allows_content:
        assert positional == []
    elif code in FIRST_ARGUMENT:
        assert positional == [FIRST_ARGUMENT[code], "content"]
    else:
        assert positional == ["content"]


@pytest.mark.parametrize(("code", "cls"), JSON_CLASSES, ids=_ids([c for _, c in JSON_CLASSES]))
def test_json_data_first_and_required_unless_the_reference_omits_it(code: int, cls: type) -> None:
    params = constructor(cls)
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == ["data"], f"{cls.__name__}: data first, then keyword-only arguments"
    data = params[0]
    if code in DATA_OPTIONAL:
        assert isinstance(data.default, Mapping) and not data.default, "data defaults to {}"
    else:
        assert data.default is data.empty, f"{cls.__name__}: data is required"


# --- A JSON twin takes its HTTP class's header arguments ------------------------------------

_NOT_HEADER_ARGUMENTS = {"content", "data", "created_document"}
_NOT_HEADER_ARGUMENTS |= set(DJANGO_KEYWORDS + JSON_KEYWORDS)


def _header_arguments(cls: type) -> dict[str, tuple[object, bool]]:
    """Header argument -> (annotation, required)."""
    return {
        p.name: (p.annotation, p.default is p.empty)
        for p in constructor(cls)
        if p.name not in _NOT_HEADER_ARGUMENTS
    }


@pytest.mark.parametrize(("code", "twin"), JSON_CLASSES, ids=_ids([c for _, c in JSON_CLASSES]))
def test_json_twin_takes_the_same_header_arguments(code: int, twin: type) -> None:
    http = StatusResponse.registry[code]
    assert _header_arguments(twin) == _header_arguments(http), (
        f"{twin.__name__} and {http.__name__} differ in header arguments, their types "
        "or which are required"
    )
    keyword_only = [p.name for p in constructor(twin) if p.name in _header_arguments(twin)]
    assert all(p.kind is p.KEYWORD_ONLY for p in constructor(twin) if p.name in keyword_only), (
        f"{twin.__name__}: header arguments are keyword-only"
    )
