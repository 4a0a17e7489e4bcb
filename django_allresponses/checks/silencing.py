"""Silencing a rule where a team means what the checks find: everywhere, for a view, a test
or a call, never without a count.

* ``settings.ALLRESPONSES_CHECKS_IGNORE``: rule names ignored everywhere (the system check
  ``django_allresponses.E001`` reports an unknown one);
* `ignore` (``django_allresponses.checks.ignore``): a decorator for a view, a class-based
  view, a Django REST framework view or viewset, or a django-ninja operation;
* the pytest marker ``allresponses_ignore(*rules)``;
* ``check_response(response, request, ignore=...)``.

An unknown rule name is an error wherever it is given. The findings silenced are counted
and shown: in the pytest plugin's summary, and on the ``django_allresponses`` logger at
``DEBUG`` level in the middleware's ``"log"`` and ``"raise"`` modes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar, cast

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from ..errors import ResponseValidationError
from .engine import check_within
from .rules import (
    RULES,
    Finding,
    request_of,
)

ATTRIBUTE: Final = "allresponses_ignore"
"""The attribute `ignore` sets on a view: the frozenset of the rule names it silences."""

SETTING: Final = "ALLRESPONSES_CHECKS_IGNORE"
"""The setting that names the rules ignored everywhere."""

CONTRACT_RULES: Final = ("undeclared-status",)
"""The rules on a view's contract (its declared responses), not on the RFC, so not in
`RULES`: ``undeclared-status``."""

_V = TypeVar("_V")


def known_rules() -> tuple[str, ...]:
    """Every rule name that can be silenced, in alphabetical order.

    Examples:
        >>> "missing-www-authenticate" in known_rules(), "undeclared-status" in known_rules()
        (True, True)
    """
    return tuple(sorted([*RULES, *CONTRACT_RULES]))


def rule_names(rules: object, where: str) -> frozenset[str]:
    """``rules`` (an iterable of rule names) as a frozenset, every name checked.

    Raises `ResponseValidationError` (a ``ValueError``) naming ``where`` the names were
    given, the unknown name and the known ones.

    Examples:
        >>> sorted(rule_names(["missing-allow"], "ignore()"))
        ['missing-allow']
        >>> rule_names(["missing-alow"], "ignore()")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: ignore(): unknown rule \
'missing-alow'; the rules are: bodiless-content, ...
    """
    if isinstance(rules, str | bytes) or not isinstance(rules, Iterable):
        raise ResponseValidationError(
            f"{where}: give rule names as a list of strings, not {rules!r}",
            argument="rules",
        )
    try:
        names = frozenset(cast("Iterable[object]", rules))
    except TypeError:  # an unhashable item: no rule name
        raise ResponseValidationError(
            f"{where}: give rule names as strings, not {rules!r}", argument="rules"
        ) from None
    known = known_rules()
    for name in sorted(names, key=repr):
        if name not in known:
            raise ResponseValidationError(
                f"{where}: unknown rule {name!r}; the rules are: {', '.join(known)}",
                argument="rules",
            )
    return cast("frozenset[str]", names)


def ignore(*rules: str) -> Callable[[_V], _V]:
    """A decorator that silences ``rules`` for a view, wherever the checks run on its
    responses (the middleware, the pytest plugin, `check_response` given the request).

    It works on a function view, a class-based view (the class, its ``dispatch`` or a
    handler such as ``get``, or what ``as_view()`` returns), a Django REST framework
    ``APIView``, ``@api_view`` function or ``ViewSet`` (the class or an action), and a
    django-ninja operation (above or below ``@api.get(...)``). An unknown rule name
    raises ``ValueError`` at once.

    Examples:
        >>> from django.http import HttpResponse
        >>> @ignore("missing-www-authenticate")
        ... def private(request):
        ...     return HttpResponse(status=401)
        >>> sorted(private.allresponses_ignore)
        ['missing-www-authenticate']
        >>> ignore("missing-www-authentication")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        django_allresponses.errors.ResponseValidationError: ignore(): unknown rule ...
    """
    names = rule_names(rules, "ignore()")
    if not names:
        raise ResponseValidationError(
            "ignore(): name the rules to silence, e.g. ignore('missing-www-authenticate')",
            argument="rules",
        )

    def decorate(view: _V) -> _V:
        before: object = getattr(view, ATTRIBUTE, None)
        known = (
            cast("frozenset[str]", before) if isinstance(before, frozenset) else frozenset[str]()
        )
        setattr(view, ATTRIBUTE, known | names)
        return view

    return decorate


_SETTING_SEEN: dict[tuple[object, ...], frozenset[str]] = {}
"""The setting's values seen, checked; bounded."""


def ignored_everywhere() -> frozenset[str]:
    """``settings.ALLRESPONSES_CHECKS_IGNORE``, checked: the rule names ignored everywhere
    (none when it is not set, or when Django's settings are not configured).

    Raises `ResponseValidationError` (a ``ValueError``) for an unknown rule name.

    Examples:
        >>> from django.test import override_settings
        >>> ignored_everywhere()
        frozenset()
        >>> with override_settings(ALLRESPONSES_CHECKS_IGNORE=["missing-allow"]):
        ...     ignored_everywhere()
        frozenset({'missing-allow'})
    """
    if not settings.configured:
        return frozenset()
    value: object = getattr(settings, SETTING, ())
    key: tuple[object, ...] = (value,)
    if type(value) in (list, tuple):  # the same names in a list or a tuple: one key each
        key = (type(value), *cast("Iterable[object]", value))
    try:
        known = _SETTING_SEEN.get(key)
    except TypeError:  # unhashable: checked each time
        return rule_names(value, SETTING)
    if known is None:
        known = rule_names(value, SETTING)
        if len(_SETTING_SEEN) < 64:
            _SETTING_SEEN[key] = known
    return known


def _handler(view_class: Any, method: str, actions: object) -> Any:
    name = method.lower()
    if isinstance(actions, Mapping):
        name = str(cast("Mapping[str, object]", actions).get(name, name))
    handler: Any = getattr(view_class, name, None)
    if handler is None and name == "head":
        handler = getattr(view_class, "get", None)
    return handler


def _closure(func: object, name: str) -> object:
    """The variable ``name`` that the function ``func`` closes over, if any."""
    if not inspect.isfunction(func) or not func.__closure__:
        return None
    try:
        return inspect.getclosurevars(func).nonlocals.get(name)
    except (TypeError, ValueError):
        return None


def _parts(view: object, method: str) -> list[object]:
    """What may carry `ignore`'s attribute for ``view`` answering ``method``: the view;
    the class of a class-based view, its ``dispatch`` and the handler of ``method`` (with
    the function ``@api_view`` wraps); the function of a django-ninja operation."""
    parts: list[object] = [view]
    view_class: Any = view if isinstance(view, type) else None
    actions: object = getattr(view, "actions", None)
    if view_class is None and not callable(view):  # a view instance: DRF's, called directly
        view_class, actions = type(view), getattr(view, "action_map", None)
    if view_class is None:
        view_class = getattr(view, "cls", None) or getattr(view, "view_class", None)
    if view_class is not None:
        handler = _handler(view_class, method, actions)
        parts += [view_class, getattr(view_class, "dispatch", None), handler]
        parts.append(_closure(handler, "func"))  # @api_view's function
        return parts
    owner = getattr(view, "__self__", None) or _closure(view, "self")  # ninja's PathView
    operations: object = getattr(owner, "operations", None)
    if isinstance(operations, list):
        for operation in operations:  # pyright: ignore[reportUnknownVariableType]
            if method in getattr(operation, "methods", ()):  # pyright: ignore[reportUnknownArgumentType]
                parts.append(getattr(operation, "view_func", None))  # pyright: ignore[reportUnknownArgumentType]
                break
    return parts


_BY_VIEW: dict[tuple[object, str], frozenset[str]] = {}
"""The rules each view (and method) silences; bounded."""


def ignored_by_view(view: object, method: str | None) -> frozenset[str]:
    """The rules `ignore` silences for ``view`` (the function a URL names, or a view class)
    answering ``method``; a Django REST framework view instance, for a view a test
    calls directly.

    Examples:
        >>> from django.views import View
        >>> @ignore("missing-allow")
        ... class Items(View):
        ...     pass
        >>> ignored_by_view(Items.as_view(), "GET")
        frozenset({'missing-allow'})
    """
    method = method or "GET"
    if not (isinstance(view, type) or callable(view)):  # an instance, made for one request
        return _silenced_by(view, method)
    try:
        known = _BY_VIEW.get((view, method))
    except TypeError:  # an unhashable view: looked up each time
        return _silenced_by(view, method)
    if known is None:
        known = _silenced_by(view, method)
        if len(_BY_VIEW) < 2048:
            _BY_VIEW[view, method] = known
    return known


def _silenced_by(view: object, method: str) -> frozenset[str]:
    found: set[str] = set()
    try:
        for part in _parts(view, method):
            names: Any = getattr(part, ATTRIBUTE, None)
            if isinstance(names, frozenset):
                found.update(str(name) for name in cast("frozenset[object]", names))
    except Exception:  # a view whose attributes cannot be read silences nothing
        return frozenset()
    return frozenset(found)


def view_of(request: object) -> object:
    """The view that answered ``request``, as its URL names it; ``None`` if none is known.

    Examples:
        >>> from django.test import RequestFactory
        >>> view_of(RequestFactory().get("/"))
    """
    match = getattr(request, "resolver_match", None)
    return None if match is None else getattr(match, "func", None)


def split(findings: list[Finding], ignored: frozenset[str]) -> tuple[list[Finding], list[Finding]]:
    """``findings`` parted into those kept and those whose rule is in ``ignored``.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import check_response
        >>> found = check_response(HttpResponse(status=405))
        >>> kept, ignored = split(found, frozenset({"missing-allow"}))
        >>> kept, [finding.rule for finding in ignored]
        ([], ['missing-allow'])
    """
    if not ignored or not findings:
        return findings, []
    kept = [finding for finding in findings if finding.rule not in ignored]
    return kept, [finding for finding in findings if finding.rule in ignored]


def silenced(
    request: object, extra: frozenset[str] = frozenset(), view: object = None
) -> frozenset[str]:
    """Every rule silenced for a response to ``request``: the setting's, the view's
    (``view``, or the one ``request``'s URL names) and ``extra``.

    Examples:
        >>> silenced(None, frozenset({"missing-allow"}))
        frozenset({'missing-allow'})
    """
    names = ignored_everywhere() | extra
    if view is None:
        view = view_of(request)
    if view is not None:
        names |= ignored_by_view(view, getattr(request, "method", None))
    return names


def check_split(
    response: HttpResponseBase,
    request: HttpRequest | None,
    extra: frozenset[str] = frozenset(),
    view: object = None,
) -> tuple[list[Finding], list[Finding]]:
    """`check_response`'s findings on ``response``, parted into those kept and those
    silenced (by the setting, the view, ``extra``), for whoever counts the silenced ones.

    Examples:
        >>> from django.http import HttpResponse
        >>> allow = frozenset({"missing-allow"})
        >>> kept, ignored = check_split(HttpResponse(status=405), None, allow)
        >>> kept, [finding.rule for finding in ignored]
        ([], ['missing-allow'])
    """
    if request is None:
        request = request_of(response)
    findings = check_within(response, request, None)
    if not findings:
        return findings, []
    return split(findings, silenced(request, extra, view))


def _dotted(obj: object) -> str | None:
    module, name = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    return f"{module}.{name}" if isinstance(module, str) and isinstance(name, str) else None


def view_name(view: object, method: str | None) -> str | None:
    """The dotted name of the code that answered ``method`` for ``view`` (the function a URL
    names, a view class or instance): the class of a class-based view, the function of an
    ``@api_view`` or of a django-ninja operation, the function view itself; ``None`` for
    none.

    Examples:
        >>> from django.views import View
        >>> class Items(View):
        ...     pass
        >>> view_name(Items.as_view(), "GET")
        'django_allresponses.checks.silencing.Items'
    """
    if view is None:
        return None
    try:
        parts = _parts(view, method or "GET")
        if len(parts) == 5:  # a class-based view: its class, or @api_view's function
            return _dotted(parts[4]) or _dotted(parts[1])
        return _dotted(parts[-1]) or _dotted(view)
    except Exception:  # a view whose attributes cannot be read
        return None
