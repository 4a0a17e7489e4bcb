"""What the command reports: each call seen, rewritten or left alone, and a source's result."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """One call: rewritten (``after`` is its new text) or left alone (``reason`` says why).

    Examples:
        >>> change = Change("views.py", 3, "HttpResponse(status=204)", "HttpResponseNoContent()")
        >>> print(change.describe())
        views.py:3: HttpResponse(status=204) -> HttpResponseNoContent()
    """

    path: str
    line: int
    before: str
    after: str | None = None
    reason: str | None = None

    @property
    def rewritten(self) -> bool:
        """Whether the call is rewritten.

        Examples:
            >>> Change("a.py", 1, "HttpResponse(status=n)", reason="computed status").rewritten
            False
        """
        return self.after is not None

    def describe(self) -> str:
        """One line: ``file:line: before -> after``, or ``file:line: left alone: reason``.

        Examples:
            >>> print(Change("a.py", 1, "HttpResponse(status=n)", reason="x").describe())
            a.py:1: left alone: HttpResponse(status=n): x
        """
        before = one_line(self.before)
        if self.after is None:
            return f"{self.path}:{self.line}: left alone: {before}: {self.reason}"
        return f"{self.path}:{self.line}: {before} -> {one_line(self.after)}"


@dataclass(frozen=True, slots=True)
class Upgraded:
    """The result of `upgrade_source`: the new source and every call seen.

    Examples:
        >>> from django_allresponses.tools.upgrade import upgrade_source
        >>> upgrade_source("x = 1\\n").source
        'x = 1\\n'
    """

    source: str
    changes: tuple[Change, ...]

    @property
    def rewritten(self) -> tuple[Change, ...]:
        """The calls rewritten.

        Examples:
            >>> Upgraded("x = 1\\n", ()).rewritten
            ()
        """
        return tuple(change for change in self.changes if change.rewritten)

    @property
    def left_alone(self) -> tuple[Change, ...]:
        """The calls left alone, each with its reason.

        Examples:
            >>> Upgraded("x = 1\\n", ()).left_alone
            ()
        """
        return tuple(change for change in self.changes if not change.rewritten)


class UnkeptSource(ValueError):
    """A source whose bytes the rewrite could not keep exactly (libcst does not give back
    some rare layouts, such as a form feed at the start of a line): left alone whole.

    Examples:
        >>> str(UnkeptSource("libcst cannot give back this file's bytes exactly"))
        "libcst cannot give back this file's bytes exactly"
    """


def one_line(text: str) -> str:
    """``text`` with every run of white space, line breaks included, as one space."""
    return " ".join(text.split())
