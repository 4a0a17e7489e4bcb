"""An opt-in JSON encoder that serializes with pydantic-core's compiled serializer.

`FastJSONEncoder` is a `DjangoJSONEncoder` whose ``encode`` hands the whole value to
``pydantic_core.to_json``: dicts, lists, strings and numbers, ``datetime``, ``date``,
``time``, ``Decimal``, ``UUID`` and pydantic models are written by compiled code, and only
the values pydantic-core does not know (lazy translation strings, for example) come
back to Django's ``default``. It is several times faster than Django's encoder on large
data, for any response that takes an ``encoder``: this library's JSON twins and
Django's own ``JsonResponse``. Nothing imports this module unless asked to, so it costs
nothing when unused.

The bytes differ from Django's in the ways the JSON guide lists (no spaces after ``,``
and ``:``, microseconds kept in times, and a few more); they parse to the same values
except where the guide says otherwise. What the encoder cannot write as Django does
(``sort_keys``, a string ``indent``, ``separators``, ``skipkeys``) is written by
Django's encoder instead, and NaN and Infinity are refused whenever ``allow_nan`` is
false, as this library's JSON twins ask.

Examples:
    >>> from datetime import date
    >>> from django_allresponses import JsonResponseOK
    >>> JsonResponseOK({"due": date(2025, 1, 31), "ids": [1, 2]}, encoder=FastJSONEncoder).content
    b'{"due":"2025-01-31","ids":[1,2]}'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, Literal

from django.core.serializers.json import DjangoJSONEncoder
from pydantic_core import PydanticSerializationError, to_json

__all__ = ["FastJSONEncoder"]

_NOT_FINITE: Final = (b"NaN", b"Infinity")
"""What pydantic-core writes for a float that JSON cannot hold (RFC 8259, Section 6)."""


class FastJSONEncoder(DjangoJSONEncoder):
    """`DjangoJSONEncoder` that encodes through pydantic-core's compiled serializer.

    Give it as ``encoder=`` to a JSON twin or to Django's ``JsonResponse``. It takes
    ``json.JSONEncoder``'s arguments: ``ensure_ascii`` (Django's default, true, escapes
    non-ASCII text as ``\\uXXXX``), ``allow_nan`` and an ``int`` ``indent`` are honoured
    by pydantic-core; ``sort_keys``, ``skipkeys``, ``separators`` or a string ``indent``
    make it encode as Django's encoder does. A value neither knows is a ``TypeError``
    and NaN or Infinity with ``allow_nan=False`` a ``ValueError``, as with
    ``json.dumps``.

    Examples:
        >>> from decimal import Decimal
        >>> from django.http import JsonResponse
        >>> JsonResponse({"price": Decimal("9.99")}, encoder=FastJSONEncoder).content
        b'{"price":"9.99"}'
        >>> FastJSONEncoder(indent=2).encode({"a": [1]})
        '{\\n  "a": [\\n    1\\n  ]\\n}'
    """

    def __init__(
        self,
        *,
        skipkeys: bool = False,
        ensure_ascii: bool = True,
        check_circular: bool = True,
        allow_nan: bool = True,
        sort_keys: bool = False,
        indent: int | str | None = None,
        separators: tuple[str, str] | None = None,
        default: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(
            skipkeys=skipkeys,
            ensure_ascii=ensure_ascii,
            check_circular=check_circular,
            allow_nan=allow_nan,
            sort_keys=sort_keys,
            indent=indent,
            separators=separators,
            default=default,
        )
        self._compiled = not (skipkeys or sort_keys or separators or isinstance(indent, str))
        self._indent = indent if isinstance(indent, int) else None

    def encode(self, o: Any) -> str:
        """``o`` as JSON text, written by pydantic-core where it can write it.

        Examples:
            >>> FastJSONEncoder().encode({"name": "café"})
            '{"name":"caf\\\\u00e9"}'
        """
        if not self._compiled:
            return super().encode(o)
        try:
            text = self._written(o, "constants")
        except PydanticSerializationError:
            # A value neither knows, or text pydantic-core cannot write (a lone
            # surrogate): Django's encoder gives its own error, or writes it.
            return super().encode(o)
        # The words may be inside a string: written again with such floats as null, the
        # text changes only if there was one, which Django's encoder then refuses with
        # json's own ValueError.
        if (
            not self.allow_nan
            and (_NOT_FINITE[0] in text or _NOT_FINITE[1] in text)
            and self._written(o, "null") != text
        ):
            return super().encode(o)
        return text.decode()

    def _written(self, o: Any, not_finite: Literal["constants", "null"]) -> bytes:
        """``o`` written by pydantic-core with this encoder's settings, a float that is
        not finite written as ``not_finite`` says (``NaN``/``Infinity``, or ``null``)."""
        return to_json(
            o,
            indent=self._indent,
            ensure_ascii=self.ensure_ascii,
            fallback=self.default,
            inf_nan_mode=not_finite,
        )
