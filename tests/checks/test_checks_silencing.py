"""Silencing a rule: ``ALLRESPONSES_CHECKS_IGNORE``, the ``ignore`` decorator on every kind
of view (Django's function and class-based views, Django REST framework's ``APIView``,
``@api_view`` and ``ViewSet``, django-ninja's operations) and ``check_response(ignore=...)``;
an unknown rule name is an error everywhere, and what is silenced is logged at ``DEBUG``.

Every view here answers 401 without ``WWW-Authenticate``, which breaks a MUST of RFC 9110
(Section 15.5.2), as a headless API that uses 401 for "not logged in" does on purpose."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import include, path, resolve
from django.utils.decorators import method_decorator
from django.views import View
from ninja import NinjaAPI
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ViewSet

from django_allresponses import HttpResponseNoContent, check_response
from django_allresponses.checks import ignore
from django_allresponses.checks.silencing import view_name
from django_allresponses.checks.system import check_configuration
from django_allresponses.errors import ResponseValidationError
from django_allresponses.middleware import ResponseChecksMiddleware, ResponseConformanceError
from django_allresponses.tools.playground.settings import DEFAULT_MIDDLEWARE

CHECKS = "django_allresponses.middleware.ResponseChecksMiddleware"
CHALLENGE = "missing-www-authenticate"


def _unauthorized(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"log in first", status=401)


plain = _unauthorized


@ignore(CHALLENGE)
def function_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(b"log in first", status=401)


@ignore(CHALLENGE)
class DecoratedClass(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return _unauthorized(request)


@method_decorator(ignore(CHALLENGE), name="dispatch")
class DecoratedDispatch(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return _unauthorized(request)


class DecoratedHandler(View):
    @ignore(CHALLENGE)
    def get(self, request: HttpRequest) -> HttpResponse:
        return _unauthorized(request)

    def post(self, request: HttpRequest) -> HttpResponse:  # not silenced
        return _unauthorized(request)


class Undecorated(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return _unauthorized(request)


@ignore(CHALLENGE)
class DrfView(APIView):
    def get(self, request: object) -> Response:
        return Response({"detail": "log in first"}, status=401)


@api_view(["GET"])
@ignore(CHALLENGE)
def drf_function_below(request: object) -> Response:
    return Response({"detail": "log in first"}, status=401)


@ignore(CHALLENGE)
@api_view(["GET"])
def drf_function_above(request: object) -> Response:
    return Response({"detail": "log in first"}, status=401)


@ignore(CHALLENGE)
class DrfViewSet(ViewSet):
    def list(self, request: object) -> Response:
        return Response({"detail": "log in first"}, status=401)


class DrfActionSet(ViewSet):
    @ignore(CHALLENGE)
    def list(self, request: object) -> Response:
        return Response({"detail": "log in first"}, status=401)

    def create(self, request: object) -> Response:  # not silenced
        return Response({"detail": "log in first"}, status=401)


api = NinjaAPI(urls_namespace="silencing-tests")


@api.get("/below")
@ignore(CHALLENGE)
def ninja_below(request: HttpRequest) -> HttpResponse:
    return _unauthorized(request)


@ignore(CHALLENGE)
@api.get("/above")
def ninja_above(request: HttpRequest) -> HttpResponse:
    return _unauthorized(request)


@api.get("/plain")
def ninja_plain(request: HttpRequest) -> HttpResponse:
    return _unauthorized(request)


urlpatterns = [
    path("plain/", plain),
    path("function/", function_view),
    path("class/", DecoratedClass.as_view()),
    path("dispatch/", DecoratedDispatch.as_view()),
    path("handler/", DecoratedHandler.as_view()),
    path("as-view/", ignore(CHALLENGE)(Undecorated.as_view())),
    path("undecorated/", Undecorated.as_view()),
    path("drf/", DrfView.as_view()),
    path("drf-below/", drf_function_below),
    path("drf-above/", drf_function_above),
    path("drf-set/", DrfViewSet.as_view({"get": "list"})),
    path("drf-actions/", DrfActionSet.as_view({"get": "list", "post": "create"})),
    path("ninja/", include(api.urls[:2], namespace=api.urls[2])),  # type: ignore[misc]
]

SILENCED = [
    "/function/",
    "/class/",
    "/dispatch/",
    "/handler/",
    "/as-view/",
    "/drf/",
    "/drf-below/",
    "/drf-above/",
    "/drf-set/",
    "/drf-actions/",
    "/ninja/below",
    "/ninja/above",
]


@pytest.fixture(autouse=True)
def _urls() -> Iterator[None]:
    with override_settings(ROOT_URLCONF=__name__, MIDDLEWARE=[*DEFAULT_MIDDLEWARE, CHECKS]):
        yield


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="django_allresponses")
    return caplog


def _client(mode: str) -> Client:
    with override_settings(ALLRESPONSES_CHECKS=mode):
        client = Client(raise_request_exception=True)
        client.handler.load_middleware()  # the mode is read as the chain is built
    return client


def _ours(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [
        (record.levelname, record.getMessage())
        for record in caplog.records
        if record.name == "django_allresponses"
    ]


@pytest.mark.parametrize("url", SILENCED)
def test_a_decorated_view_is_not_raised_for_and_its_finding_is_logged_at_debug(
    url: str, logged: pytest.LogCaptureFixture
) -> None:
    response = _client("raise").get(url)
    assert response.status_code == 401
    [(level, message)] = _ours(logged)
    assert level == "DEBUG"
    assert message.endswith(
        ": ignored error missing-www-authenticate: a 401 (Unauthorized) response must send "
        "a WWW-Authenticate header (RFC 9110, Section 15.5.2)"
    )
    assert f"for GET {url}:" in message
    assert check_response(response) == []  # the view is known from the test client's request


@pytest.mark.parametrize("url", SILENCED)
def test_log_mode_logs_it_at_debug_only(url: str, logged: pytest.LogCaptureFixture) -> None:
    assert _client("log").get(url).status_code == 401
    assert [level for level, _ in _ours(logged)] == ["DEBUG"]


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/plain/"),
        ("get", "/undecorated/"),
        ("post", "/handler/"),  # the decorator is on get() only
        ("post", "/drf-actions/"),  # on the list action only
        ("get", "/ninja/plain"),
    ],
)
def test_the_views_not_decorated_still_raise(method: str, url: str) -> None:
    with pytest.raises(ResponseConformanceError) as raised:
        getattr(_client("raise"), method)(url)
    assert [finding.rule for finding in raised.value.findings] == [CHALLENGE]


def test_the_setting_ignores_a_rule_everywhere(logged: pytest.LogCaptureFixture) -> None:
    with override_settings(ALLRESPONSES_CHECKS_IGNORE=[CHALLENGE]):
        response = _client("raise").get("/plain/")
        assert response.status_code == 401
        assert check_response(response) == []
        assert [rule for rule in check_configuration() if rule.id.startswith("django_all")] == []
    assert [level for level, _ in _ours(logged)] == ["DEBUG"]
    assert [finding.rule for finding in check_response(response)] == [CHALLENGE]


def test_check_response_ignores_what_it_is_told() -> None:
    response = HttpResponse(status=401)
    assert [finding.rule for finding in check_response(response)] == [CHALLENGE]
    assert check_response(response, ignore=[CHALLENGE]) == []
    assert check_response(response, ignore=("missing-allow",)) != []


KNOWN = "the rules are: bodiless-content, bodiless-content-length, "


def test_an_unknown_rule_is_a_value_error_naming_it_and_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"^ignore\(\): unknown rule 'missing-challenge'; ") as e:
        ignore("missing-challenge")
    assert isinstance(e.value, ResponseValidationError)
    assert e.value.argument == "rules"
    assert KNOWN in str(e.value)
    assert "missing-www-authenticate" in str(e.value)
    assert str(e.value).endswith(", undeclared-status, upgrade-without-connection")
    with pytest.raises(ValueError, match=r"^check_response\(ignore=\.\.\.\): unknown rule 'x'; "):
        check_response(HttpResponse(), ignore=["x"])
    with pytest.raises(ValueError, match="not 'missing-allow'"):  # a string is not a list
        check_response(HttpResponse(), ignore="missing-allow")
    with pytest.raises(ResponseValidationError, match=r"give rule names as strings, not \[\["):
        check_response(HttpResponse(), ignore=[["missing-allow"]])
    with pytest.raises(ResponseValidationError, match=r"^ignore\(\): name the rules to silence"):
        ignore()


def test_an_unknown_rule_in_the_setting_is_a_system_check_error_and_stops_the_middleware() -> None:
    with override_settings(ALLRESPONSES_CHECKS_IGNORE=["missing-challenge"]):
        [message] = check_configuration()
        assert message.id == "django_allresponses.E001"
        assert message.level == logging.ERROR
        assert message.msg.startswith(
            "ALLRESPONSES_CHECKS_IGNORE: unknown rule 'missing-challenge'; " + KNOWN
        )
        with pytest.raises(ValueError, match="unknown rule 'missing-challenge'"):
            ResponseChecksMiddleware(_unauthorized)
    with override_settings(ALLRESPONSES_CHECKS_IGNORE="missing-allow"):
        assert [message.id for message in check_configuration()] == ["django_allresponses.E001"]


def test_off_mode_reads_no_setting() -> None:
    with override_settings(ALLRESPONSES_CHECKS="off", ALLRESPONSES_CHECKS_IGNORE=["nope"]):
        middleware = ResponseChecksMiddleware(_unauthorized)
    assert middleware(RequestFactory().get("/")).status_code == 401


def test_a_raise_mode_500_names_the_rules_the_view_and_how_to_silence_them() -> None:
    with pytest.raises(ResponseConformanceError) as raised:
        _client("raise").post("/handler/")
    assert str(raised.value) == (
        "HttpResponse (401 Unauthorized) for POST /handler/ from "
        "tests.checks.test_checks_silencing.DecoratedHandler does not conform:\n"
        "  error missing-www-authenticate: a 401 (Unauthorized) response must send a "
        "WWW-Authenticate header (RFC 9110, Section 15.5.2)\n"
        "If it is meant, silence the rule: "
        'ALLRESPONSES_CHECKS_IGNORE = ["missing-www-authenticate"] everywhere, '
        '@django_allresponses.checks.ignore("missing-www-authenticate") on '
        "tests.checks.test_checks_silencing.DecoratedHandler, or "
        '@pytest.mark.allresponses_ignore("missing-www-authenticate") on a test.'
    )


def test_the_message_names_each_rule_that_raised_once() -> None:
    response = HttpResponse(b"gone", status=204)
    response["Content-Length"] = "4"
    with override_settings(ALLRESPONSES_CHECKS="raise"):
        middleware = ResponseChecksMiddleware(lambda request: response)
    with pytest.raises(ResponseConformanceError) as raised:
        middleware(RequestFactory().delete("/items/7"))
    assert str(raised.value).splitlines()[-1] == (
        "If it is meant, silence the rules: "
        'ALLRESPONSES_CHECKS_IGNORE = ["bodiless-content-length", "bodiless-content"] '
        'everywhere, @django_allresponses.checks.ignore("bodiless-content-length", '
        '"bodiless-content") on the view, or @pytest.mark.allresponses_ignore('
        '"bodiless-content-length", "bodiless-content") on a test.'
    )


@pytest.mark.parametrize(
    ("url", "method", "name"),
    [
        ("/function/", "GET", "function_view"),
        ("/handler/", "POST", "DecoratedHandler"),
        ("/drf/", "GET", "DrfView"),
        ("/drf-below/", "GET", "drf_function_below"),
        ("/drf-actions/", "POST", "DrfActionSet"),
        ("/ninja/plain", "GET", "ninja_plain"),
    ],
)
def test_a_view_is_named_by_its_code_in_reports(url: str, method: str, name: str) -> None:
    assert view_name(resolve(url).func, method) == f"{__name__}.{name}"


def declares_no_content(request: HttpRequest) -> HttpResponseNoContent:
    return HttpResponse(b"gone", status=410)  # type: ignore[return-value]


@ignore("undeclared-status")
def declares_no_content_on_purpose(request: HttpRequest) -> HttpResponseNoContent:
    return HttpResponse(b"gone", status=410)  # type: ignore[return-value]


def test_the_contract_rule_is_silenced_like_the_others() -> None:
    urls = [
        path("declared/", declares_no_content),
        path("declared-on-purpose/", declares_no_content_on_purpose),
    ]
    with override_settings(ROOT_URLCONF=type("urls", (), {"urlpatterns": urls})):
        client = Client()
        kept = check_response(client.get("/declared/"))
        assert [finding.rule for finding in kept] == ["undeclared-status"]
        assert check_response(client.get("/declared-on-purpose/")) == []
