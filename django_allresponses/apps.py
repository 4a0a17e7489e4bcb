"""The app config, for the system checks: add ``"django_allresponses"`` to ``INSTALLED_APPS``.

The package needs no app registration otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.core import checks

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise  # pyright: ignore[reportPrivateUsage]


class AllResponsesConfig(AppConfig):
    """Registers `check_configuration`.

    Examples:
        >>> AllResponsesConfig.name
        'django_allresponses'
    """

    name = "django_allresponses"
    verbose_name: _StrOrPromise = "django-allresponses"

    def ready(self) -> None:
        """Register the system checks of the response checks' configuration."""
        from .checks.system import check_configuration

        checks.register(check_configuration)
