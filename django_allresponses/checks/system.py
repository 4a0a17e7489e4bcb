"""Django system checks (``manage.py check``) for the response checks' configuration.

* ``django_allresponses.W001``: `ResponseChecksMiddleware`
  (or `InterimResponseMiddleware`) is in
  ``MIDDLEWARE`` but not last: the middleware listed after it change the
  view's response before it checks it (so a finding no longer says what the
  view returned), and the 500 it answers for a final 1xx skips them
  (``SecurityMiddleware``'s headers, ``CommonMiddleware``'s length).
* ``django_allresponses.W002``: ``ALLRESPONSES_CHECKS`` is not one of
  ``"off"``, ``"log"``, ``"raise"`` (the middleware then logs, as for ``"log"``).
* ``django_allresponses.W003``: ``ALLRESPONSES_CHECKS`` is set but the middleware
  is not in ``MIDDLEWARE``, so the setting has no effect.
* ``django_allresponses.E001``: ``ALLRESPONSES_CHECKS_IGNORE`` names a rule that does
  not exist, or is not a list of rule names.

They run when ``"django_allresponses"`` is in ``INSTALLED_APPS`` (its app
config registers them). The package works without it; the checks are the one
reason to add it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage
from django.core.checks import Error as CheckError
from django.core.checks import Warning as CheckWarning
from django.utils.module_loading import import_string

from .middleware import DEFAULT_MODE, MODES, InterimResponseMiddleware
from .silencing import SETTING, ignored_everywhere


def _is_ours(path: object) -> bool:
    if not isinstance(path, str):
        return False
    try:
        middleware = import_string(path)
    except ImportError:
        return False
    return isinstance(middleware, type) and issubclass(middleware, InterimResponseMiddleware)


def check_configuration(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    """Report a misplaced response checks middleware, an unknown checks mode and an unknown
    rule among those ignored.

    Examples:
        >>> from django.test import override_settings
        >>> with override_settings(MIDDLEWARE=[
        ...     "django_allresponses.middleware.ResponseChecksMiddleware",
        ...     "django.middleware.common.CommonMiddleware",
        ... ], ALLRESPONSES_CHECKS="loud"):
        ...     [message.id for message in check_configuration()]
        ['django_allresponses.W001', 'django_allresponses.W002']
        >>> with override_settings(ALLRESPONSES_CHECKS_IGNORE=["missing-alow"]):
        ...     [message.id for message in check_configuration()]
        ['django_allresponses.E001']
    """
    middleware = list(getattr(settings, "MIDDLEWARE", None) or [])
    ours = [index for index, path in enumerate(middleware) if _is_ours(path)]
    return [*_placement(middleware, ours), *_mode(ours), *_ignored()]


def _placement(middleware: list[Any], ours: list[int]) -> list[CheckMessage]:
    """``W001``: the response checks middleware, where it is not last."""
    return [
        CheckWarning(
            f"{middleware[index]} is not last in MIDDLEWARE: the "
            f"{len(middleware) - index - 1} listed after it (from "
            f"{middleware[index + 1]}) handle the view's response before it does, and "
            "the 500 it answers for a final 1xx does not pass through them.",
            hint="Move it to the end of MIDDLEWARE.",
            id="django_allresponses.W001",
        )
        for index in ours
        if index != len(middleware) - 1
    ]


def _mode(ours: list[int]) -> list[CheckMessage]:
    """``W002``: an unknown mode; ``W003``: a mode set without the middleware."""
    messages: list[CheckMessage] = []
    mode = getattr(settings, "ALLRESPONSES_CHECKS", DEFAULT_MODE)
    if mode not in MODES:
        messages.append(
            CheckWarning(
                f"ALLRESPONSES_CHECKS is {mode!r}; the response checks run as for "
                f"{DEFAULT_MODE!r}.",
                hint="Set it to 'off', 'log' or 'raise'.",
                id="django_allresponses.W002",
            )
        )
    if hasattr(settings, "ALLRESPONSES_CHECKS") and not ours:
        messages.append(
            CheckWarning(
                "ALLRESPONSES_CHECKS is set but no response checks middleware is in "
                "MIDDLEWARE, so it has no effect.",
                hint="Add 'django_allresponses.middleware.ResponseChecksMiddleware' last in "
                "MIDDLEWARE.",
                id="django_allresponses.W003",
            )
        )
    return messages


def _ignored() -> list[CheckMessage]:
    """``E001``: an unknown rule among those ``ALLRESPONSES_CHECKS_IGNORE`` names."""
    try:
        ignored_everywhere()
    except ValueError as error:
        return [
            CheckError(
                str(error),
                hint=f"Name rules of django_allresponses.checks.RULES in {SETTING}, "
                "or 'undeclared-status'.",
                id="django_allresponses.E001",
            )
        ]
    return []
