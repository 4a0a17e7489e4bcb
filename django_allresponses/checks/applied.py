"""The checks as a project has configured them: `check_response`, `assert_conforms` and
`ResponseConformanceMixin` apply every rule of `RULES`, less those the project silenced
(the ``ALLRESPONSES_CHECKS_IGNORE`` setting, the view's `ignore` decorator, ``ignore=``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.http.response import HttpResponseBase

from .rules import Finding, conformance_report
from .silencing import check_split, rule_names

if TYPE_CHECKING:
    from unittest import TestCase

    _MixinBase = TestCase
else:
    _MixinBase = object


def check_response(
    response: HttpResponseBase, request: HttpRequest | None = None, *, ignore: Iterable[str] = ()
) -> list[Finding]:
    """Check ``response`` against the rules of `RULES`; return what does not conform.

    The rules named in ``ignore``, in ``settings.ALLRESPONSES_CHECKS_IGNORE`` and by the
    view's `django_allresponses.checks.ignore` decorator (the view that answered
    ``request``) are left out; an unknown rule name in ``ignore`` raises ``ValueError``.

    Works on any Django response, whatever it holds, and never raises. ``request``
    (found on responses from Django's test client when not given) tells a ``HEAD``
    response, whose ``Content-Length`` may be the ``GET``'s, from the rest.

    Only the head is checked, never the content, of streaming responses (sync or
    async: their content is never read) and of template responses not rendered
    yet (``TemplateResponse``, Django REST framework's ``Response`` returned by a
    view called directly): rendering is left to whoever asked for it. A JSON
    document nested deeper than Python's parser goes is not checked either.
    The responses of this library's classes passed their checks as they were built
    and as each header was set later; for them only the rules that tie the head to
    the content, or that a removed header breaks, are applied again, and content
    their class serialized is not parsed again.

    Django's test client empties the content of 1xx, 204, 304 and ``HEAD``
    responses before returning them, as servers do; the pytest plugin and
    `ResponseChecksMiddleware` check
    responses before that.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import HttpResponseNoContent
        >>> check_response(HttpResponseNoContent())
        []
        >>> [finding.rule for finding in check_response(HttpResponse("gone", status=204))]
        ['bodiless-content']
        >>> odd = HttpResponse(headers={"Content-Length": "²"})
        >>> [finding.rule for finding in check_response(odd)]
        ['invalid-content-length']
        >>> check_response(HttpResponse(status=405), ignore=["missing-allow"])
        []
    """
    extra = rule_names(ignore, "check_response(ignore=...)") if ignore else frozenset[str]()
    return check_split(response, request, extra)[0]


def assert_conforms(
    response: HttpResponseBase, *, warnings: bool = False, request: HttpRequest | None = None
) -> None:
    """Fail with every error `check_response` finds (and every warning, if asked).

    Raises `AssertionError` listing the findings, one per line.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django_allresponses import HttpResponseCreated
        >>> assert_conforms(HttpResponseCreated(location="/items/1"))
        >>> assert_conforms(HttpResponse(status=416))  # a warning only
        >>> assert_conforms(HttpResponse(status=416), warnings=True)
        ... # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
        Traceback (most recent call last):
        ...
        AssertionError: HttpResponse (416 ...) does not conform:
          warning missing-content-range: a 416 (Range Not Satisfiable) response should send a
          Content-Range header (RFC 9110, Section 15.5.17)
    """
    findings = [
        finding
        for finding in check_response(response, request)
        if warnings or finding.severity == "error"
    ]
    if findings:
        raise AssertionError(conformance_report(response, findings, request=request))


class ResponseConformanceMixin(_MixinBase):
    """``assertResponseConforms`` for Django's (or unittest's) ``TestCase``.

    Examples:
        >>> from django.http import HttpResponse
        >>> from django.test import SimpleTestCase
        >>> class PagesTests(ResponseConformanceMixin, SimpleTestCase):
        ...     def runTest(self) -> None:
        ...         self.assertResponseConforms(HttpResponse(status=405))
        >>> PagesTests().run().failures[0][1].splitlines()[-2]
        'AssertionError: HttpResponse (405 Method Not Allowed) does not conform:'
    """

    def assertResponseConforms(  # unittest's spelling
        self, response: HttpResponseBase, *, warnings: bool = False, msg: str | None = None
    ) -> None:
        """Fail the test with what `check_response` finds, like `assert_conforms`."""
        findings = [
            finding
            for finding in check_response(response)
            if warnings or finding.severity == "error"
        ]
        if findings:
            report = conformance_report(response, findings)
            self.fail(report if msg is None else f"{msg}: {report}")
