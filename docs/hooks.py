"""MkDocs hook: the status pages in the navigation, grouped by class, derived from STATUSES."""

from __future__ import annotations

import re
from typing import Any

from django_allresponses.rfc.statuses import STATUSES

CLASS_NAMES = {
    1: "Informational",
    2: "Successful",
    3: "Redirection",
    4: "Client Error",
    5: "Server Error",
}
"""The five classes of status code, as RFC 9110, Section 15 names them."""


def status_nav() -> list[Any]:
    """The navigation of the status pages: the index, then one section per class."""
    sections: list[Any] = [{"All statuses": "statuses/index.md"}]
    for digit, name in CLASS_NAMES.items():
        pages = [
            {f"{code} {facts.phrase}": f"statuses/{code}.md"}
            for code, facts in STATUSES.items()
            if facts.status_class == digit
        ]
        sections.append({f"{digit}xx {name}": pages})
    return sections


def on_config(config: Any) -> Any:
    nav = config["nav"]
    for index, item in enumerate(nav):
        if isinstance(item, dict) and "Statuses" in item:
            nav[index] = {"Statuses": status_nav()}
    return config


_PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
_INLINE_CODE = re.compile(r"<code>([^<]*)</code>")
_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[./_+,=(\[-])(?=[^\s./_+,=(\[-])|(?<=\s)(?=\S)")
"""Where an identifier or a string in inline code may break at phone width: between the
words of a CamelCase name, after a dot, a slash, an underscore, a hyphen and the like,
and after a space (where a line may break anyway)."""


def wrap_points(text: str) -> str:
    """``text`` with a ``<wbr>`` at each place `_BREAK` allows, so that a long class name
    or string wraps between its words, never inside one.

    Examples:
        >>> wrap_points("HttpResponseTooManyRequests")
        'Http<wbr>Response<wbr>Too<wbr>Many<wbr>Requests'
        >>> wrap_points("application/problem+json")
        'application/<wbr>problem+<wbr>json'
    """
    return _BREAK.sub("<wbr>", text)


def _inline_code(html: str) -> str:
    return _INLINE_CODE.sub(lambda found: f"<code>{wrap_points(found[1])}</code>", html)


def on_page_content(html: str, **_: Any) -> str:
    """Inline code outside ``<pre>`` blocks gets its break points (`wrap_points`)."""
    parts: list[str] = []
    last = 0
    for block in _PRE.finditer(html):
        parts += [_inline_code(html[last : block.start()]), block.group(0)]
        last = block.end()
    parts.append(_inline_code(html[last:]))
    return "".join(parts)
