"""The header behaviours several statuses share, declared once for both families.

Each behaviour names its header units (and, for redirects, Django's redirect base);
an ``HttpResponse…`` class and its JSON twin take the same behaviour and differ only
in their signature (``content`` first, or ``data``), which type checkers read from
each class's own ``__init__``.
"""

from __future__ import annotations

from textwrap import wrap
from typing import Any, ClassVar

from django.http.response import HttpResponseRedirectBase

from ..headers.units import LOCATION, REDIRECT_TO, RETRY_AFTER, HeaderUnit


class RetryAfterBehaviour:
    """408, 413, 429 and 503: an optional ``Retry-After`` (RFC 9110, Section 10.2.3).

    Examples:
        >>> from django_allresponses import HttpResponseTooManyRequests
        >>> HttpResponseTooManyRequests(retry_after=30)["Retry-After"]
        '30'
    """

    takes: ClassVar[tuple[HeaderUnit, ...]] = (RETRY_AFTER,)


class LocationBehaviour:
    """300 and 305: an optional ``Location`` (RFC 9110, Section 10.2.2).

    Examples:
        >>> from django_allresponses import HttpResponseUseProxy
        >>> HttpResponseUseProxy(location="/proxy/")["Location"]
        '/proxy/'
    """

    takes: ClassVar[tuple[HeaderUnit, ...]] = (LOCATION,)


class RedirectBehaviour(HttpResponseRedirectBase):
    """301, 302, 303, 307 and 308: the target as ``redirect_to`` (``Location``), and an
    optional ``Retry-After``.

    Built on Django's ``HttpResponseRedirectBase``: the ``url`` attribute,
    ``assertRedirects`` support and ``DisallowedRedirect`` for unsafe schemes.

    Examples:
        >>> from django_allresponses import HttpResponseFound, JsonResponseFound
        >>> HttpResponseFound("/next/").url, JsonResponseFound({}, redirect_to="/next/").url
        ('/next/', '/next/')
    """

    takes: ClassVar[tuple[HeaderUnit, ...]] = (REDIRECT_TO, RETRY_AFTER)


def args_section(takes: tuple[HeaderUnit, ...]) -> str:
    """The ``Args:`` section of a class docstring: an entry for each header argument
    (its header, the RFC, what it takes), where editors show it on hover; empty for a
    class that takes none.

    Examples:
        >>> from django_allresponses import HttpResponseTooManyRequests
        >>> for line in args_section(HttpResponseTooManyRequests.takes).splitlines():
        ...     print(line.strip())
        Args:
        retry_after: Sent as the ``Retry-After`` header (RFC 9110, Section 10.2.3): seconds >= 0
        (int, float or timedelta) or a datetime. Optional: left out, it is not sent.
    """
    if not takes:
        return ""
    lines = ["    Args:"]
    for unit in dict.fromkeys(takes):
        where = f" ({unit.reference})" if unit.reference else ""
        text = f"{unit.argument}: Sent as the ``{unit.header}`` header{where}: {unit.expected}."
        text += " Required." if unit.required else " Optional: left out, it is not sent."
        lines += wrap(
            text, 99, initial_indent=" " * 8, subsequent_indent=" " * 12, break_on_hyphens=False
        )
    return "\n".join(lines) + "\n"


def twin_doc(cls: type[Any]) -> str:
    """The docstring of a JSON twin that only repeats its HTTP class: the status, the
    class it is the twin of, and an example built with its required arguments (each
    unit's own example).

    Examples:
        >>> from django_allresponses import JsonResponseNotAllowed
        >>> twin_doc(JsonResponseNotAllowed).splitlines()[0]
        '405 Method Not Allowed, with a JSON body.'
        >>> "permitted_methods=['GET', 'HEAD']" in twin_doc(JsonResponseNotAllowed)
        True
    """
    facts = cls.facts
    arguments = [
        f'{{"detail": "{facts.phrase}"}}',
        *(f"{unit.argument}={unit.example!r}" for unit in cls.takes if unit.required),
    ]
    call = f"{cls.__name__}({', '.join(arguments)}).status_code"
    if len(call) > 87:  # in the source, 12 columns in: wrapped to fit 99
        call = "".join(f"\n        ...     {argument}," for argument in arguments)
        call = f"{cls.__name__}({call}\n        ... ).status_code"
    args = args_section(cls.takes)
    return (
        f"{facts.code} {facts.phrase}, with a JSON body.\n\n"
        f"    The twin of `HttpResponse{facts.name}`.\n\n"
        + (f"{args}\n" if args else "")
        + "    Examples:\n"
        f"        >>> {call}\n"
        f"        {facts.code}\n"
    )
