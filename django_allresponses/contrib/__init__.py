"""Optional integrations, each imported only when used.

* `django_allresponses.contrib.drf`: Django REST framework
  (the ``drf`` extra: ``pip install '/path/to/django-allresponses[drf]'``).
* `django_allresponses.contrib.ninja`: django-ninja
  (the ``ninja`` extra: ``pip install '/path/to/django-allresponses[ninja]'``).
"""

from __future__ import annotations

import functools
import inspect

from django.http.response import HttpResponseBase


@functools.cache
def takes(cls: type[HttpResponseBase], argument: str) -> bool:
    """Whether the constructor of ``cls`` has a parameter named ``argument``.

    Examples:
        >>> from django_allresponses import JsonResponseTooManyRequests
        >>> takes(JsonResponseTooManyRequests, "retry_after")
        True
    """
    return argument in inspect.signature(cls).parameters
