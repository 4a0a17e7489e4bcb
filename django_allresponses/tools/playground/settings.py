"""Settings of the playground site, configured in-process: no user project needed.

The middleware is Django's default list, as ``startproject`` writes it, so the
playground shows the responses as a real project would send them. The apps are
the ones that middleware needs; the database is in memory and never touched.
"""

from __future__ import annotations

import secrets
from typing import Any, Final

DEFAULT_MIDDLEWARE: Final = (
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
)
"""Django's default ``MIDDLEWARE``, as ``django-admin startproject`` writes it."""

_ANY_INTERFACE: Final = frozenset({"", "0.0.0.0", "::"})


def allowed_hosts(host: str) -> list[str]:
    """The ``ALLOWED_HOSTS`` for a server bound to ``host``.

    Loopback names always; the bound address too; any host when bound to every
    interface, where the name clients use cannot be known.

    Examples:
        >>> allowed_hosts("127.0.0.1")
        ['localhost', '127.0.0.1', '[::1]']
        >>> allowed_hosts("0.0.0.0")
        ['*']
    """
    if host in _ANY_INTERFACE:
        return ["*"]
    hosts = ["localhost", "127.0.0.1", "[::1]"]
    bound = f"[{host}]" if ":" in host else host
    if bound not in hosts:
        hosts.append(bound)
    return hosts


DEFAULT_DOCS_URL: Final = "http://127.0.0.1:8001/"
"""Where ``python -m django_allresponses docs`` serves the documentation site."""


def playground_settings(host: str = "127.0.0.1", *, docs_url: str | None = None) -> dict[str, Any]:
    """The settings of the playground, for ``settings.configure(**...)``.

    DEBUG is off: the pages are what a production project would send.
    ``PLAYGROUND_DOCS_URL`` is where the pages link to the documentation site.

    Examples:
        >>> options = playground_settings()
        >>> options["DEBUG"], options["ROOT_URLCONF"]
        (False, 'django_allresponses.tools.playground.urls')
    """
    return {
        "DEBUG": False,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": allowed_hosts(host),
        "ROOT_URLCONF": "django_allresponses.tools.playground.urls",
        "INSTALLED_APPS": [
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
        ],
        "MIDDLEWARE": list(DEFAULT_MIDDLEWARE),
        "DATABASES": {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        "USE_TZ": True,
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "PLAYGROUND_DOCS_URL": docs_url or DEFAULT_DOCS_URL,
    }
