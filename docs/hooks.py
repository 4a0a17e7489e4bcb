"""MkDocs hook: the status pages in the navigation, grouped by class, derived from STATUSES."""

from __future__ import annotations

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
