"""``python -m django_allresponses upgrade``: a literal before and after for each pattern
it rewrites, and for each case it leaves alone, with the reason it gives."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from django_allresponses.tools.cli import main
from django_allresponses.tools.upgrade import upgrade_source


def rewrite(before: str) -> str:
    result = upgrade_source(textwrap.dedent(before))
    assert all(change.rewritten for change in result.changes), result.changes
    again = upgrade_source(result.source)
    assert again.source == result.source  # a second run changes nothing
    assert again.rewritten == ()
    return result.source


def left_alone(before: str) -> str:
    source = textwrap.dedent(before)
    result = upgrade_source(source)
    assert result.source == source
    assert result.rewritten == ()
    (change,) = result.left_alone
    assert change.reason is not None
    return change.reason


# --- Rewritten ----------------------------------------------------------------------------------


def test_status_literal() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            return HttpResponse("no such page", status=404)  # the comment stays
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNotFound


        def view(request):
            return HttpResponseNotFound("no such page")  # the comment stays
        """
    )


def test_httpstatus_member() -> None:
    assert rewrite(
        """\
        from http import HTTPStatus

        from django.http import HttpResponse


        def view(request):
            return HttpResponse(status=HTTPStatus.NO_CONTENT)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNoContent


        def view(request):
            return HttpResponseNoContent()
        """
    )


def test_httpstatus_through_the_module() -> None:
    assert rewrite(
        """\
        import http

        from django.http import HttpResponse


        def view(request):
            return HttpResponse("<p>gone</p>", status=http.HTTPStatus.GONE)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseGone


        def view(request):
            return HttpResponseGone("<p>gone</p>")
        """
    )


def test_rest_framework_status_constant() -> None:
    assert rewrite(
        """\
        from django.http import JsonResponse
        from rest_framework import status


        def view(request):
            return JsonResponse({"detail": "no"}, status=status.HTTP_403_FORBIDDEN)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import JsonResponseForbidden


        def view(request):
            return JsonResponseForbidden({"detail": "no"})
        """
    )


def test_json_response_becomes_its_twin() -> None:
    assert rewrite(
        """\
        from django.http import JsonResponse


        def view(request):
            return JsonResponse({"detail": "version conflict"}, status=409)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import JsonResponseConflict


        def view(request):
            return JsonResponseConflict({"detail": "version conflict"})
        """
    )


def test_permanent_redirect_is_a_301_moved_permanently() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponsePermanentRedirect


        def view(request):
            return HttpResponsePermanentRedirect("/new/")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseMovedPermanently


        def view(request):
            return HttpResponseMovedPermanently("/new/")
        """
    )


def test_redirect_is_a_302_found() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponseRedirect


        def view(request):
            return HttpResponseRedirect("/there/")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseFound


        def view(request):
            return HttpResponseFound("/there/")
        """
    )


def test_redirect_with_another_status() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponseRedirect


        def view(request):
            return HttpResponseRedirect("/result/", status=303)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseSeeOther


        def view(request):
            return HttpResponseSeeOther("/result/")
        """
    )


def test_preserve_request_is_a_307_or_a_308() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect


        def view(request):
            if request.GET:
                return HttpResponseRedirect("/keep/", preserve_request=True)
            return HttpResponsePermanentRedirect("/v2/", preserve_request=True)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import (
            HttpResponsePermanentRedirect,
            HttpResponseTemporaryRedirect,
        )


        def view(request):
            if request.GET:
                return HttpResponseTemporaryRedirect("/keep/")
            return HttpResponsePermanentRedirect("/v2/")
        """
    )


def test_not_allowed_keeps_its_name_from_this_library() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse, HttpResponseNotAllowed


        def view(request):
            if request.method != "GET":
                return HttpResponseNotAllowed(["GET", "HEAD"])
            return HttpResponse("ok")
        """
    ) == textwrap.dedent(
        """\
        from django.http import HttpResponse
        from django_allresponses import HttpResponseNotAllowed


        def view(request):
            if request.method != "GET":
                return HttpResponseNotAllowed(["GET", "HEAD"])
            return HttpResponse("ok")
        """
    )


def test_server_error_and_an_alias() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse as Response
        from django.http import HttpResponseServerError


        def view(request):
            if request.GET:
                return Response("no", status=403)
            return HttpResponseServerError("oops")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseForbidden, HttpResponseInternalServerError


        def view(request):
            if request.GET:
                return HttpResponseForbidden("no")
            return HttpResponseInternalServerError("oops")
        """
    )


def test_through_django_http_module() -> None:
    assert rewrite(
        """\
        from django import http


        def view(request):
            return http.HttpResponseNotFound("missing")
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNotFound


        def view(request):
            return HttpResponseNotFound("missing")
        """
    )


def test_retry_after_set_after_becomes_an_argument() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            response = HttpResponse("slow down", status=429)
            response["Retry-After"] = "30"
            return response
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseTooManyRequests


        def view(request):
            response = HttpResponseTooManyRequests("slow down", retry_after=30)
            return response
        """
    )


def test_location_set_after_gives_a_201_its_location() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            response = HttpResponse(status=201)
            response["Location"] = "/items/7"
            return response
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseCreated


        def view(request):
            response = HttpResponseCreated(location="/items/7")
            return response
        """
    )


def test_allow_set_after_becomes_permitted_methods() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            response = HttpResponse(status=405)
            response["Allow"] = "GET, HEAD"
            return response
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNotAllowed


        def view(request):
            response = HttpResponseNotAllowed(permitted_methods=['GET', 'HEAD'])
            return response
        """
    )


def test_a_header_not_proven_stays_where_it_is() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request, seconds):
            response = HttpResponse("busy", status=503)
            response["Retry-After"] = str(seconds)
            return response
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseServiceUnavailable


        def view(request, seconds):
            response = HttpResponseServiceUnavailable("busy")
            response["Retry-After"] = str(seconds)
            return response
        """
    )


def test_positional_content_type_becomes_a_keyword_and_layout_stays() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            return HttpResponse(
                "maintenance",  # the body
                "text/plain",
                status=503,
            )
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseServiceUnavailable


        def view(request):
            return HttpResponseServiceUnavailable(
                "maintenance",  # the body
                content_type="text/plain",
            )
        """
    )


def test_last_argument_removed_keeps_the_comment_before_it() -> None:
    assert rewrite(
        """\
        from django.http import JsonResponse


        def view(request):
            return JsonResponse(
                {"detail": "taken"},  # the error
                status=409
            )
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import JsonResponseConflict


        def view(request):
            return JsonResponseConflict(
                {"detail": "taken"},  # the error
            )
        """
    )


def test_empty_content_and_its_type_on_a_204_are_dropped() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse


        def view(request):
            return HttpResponse("", content_type="text/plain", status=204)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseNoContent


        def view(request):
            return HttpResponseNoContent()
        """
    )


def test_an_existing_import_of_this_library_is_extended() -> None:
    assert rewrite(
        """\
        from django.http import HttpResponse

        from django_allresponses import HttpResponseOK


        def view(request):
            if request.GET:
                return HttpResponseOK("fine")
            return HttpResponse("gone", status=410)
        """
    ) == textwrap.dedent(
        """\
        from django_allresponses import HttpResponseGone, HttpResponseOK


        def view(request):
            if request.GET:
                return HttpResponseOK("fine")
            return HttpResponseGone("gone")
        """
    )


def test_a_removed_import_leaves_its_blank_lines_and_comments() -> None:
    assert rewrite(
        """\
        import math

        # Django
        from django.http import HttpResponse
        from django.utils import timezone


        def view(request):
            return HttpResponse(str(math.pi), status=202)
        """
    ) == textwrap.dedent(
        """\
        import math

        # Django
        from django.utils import timezone
        from django_allresponses import HttpResponseAccepted


        def view(request):
            return HttpResponseAccepted(str(math.pi))
        """
    )


# --- Left alone -------------------------------------------------------------------------------


def test_computed_status() -> None:
    assert left_alone(
        """\
        from django.http import HttpResponse


        def view(request, code):
            return HttpResponse(status=code)
        """
    ) == ("the status is computed: it is not known before the view runs")


def test_a_name_that_is_not_the_import_is_computed() -> None:
    assert left_alone(
        """\
        from django.http import HttpResponse
        from rest_framework import status


        def view(request, status):
            return HttpResponse(status=status.HTTP_404_NOT_FOUND)
        """
    ) == ("the status is computed: it is not known before the view runs")
    assert left_alone(
        """\
        from django.http import HttpResponse


        class HTTPStatus:
            NOT_FOUND = 200


        def view(request):
            return HttpResponse(status=HTTPStatus.NOT_FOUND)
        """
    ) == ("the status is computed: it is not known before the view runs")


def test_a_201_without_a_location() -> None:
    assert (
        left_alone(
            """\
        from django.http import JsonResponse


        def view(request):
            return JsonResponse({"id": 1}, status=201)
        """
        )
        == "a 201 without location: JsonResponseCreated requires it (201 Created)"
    )


def test_a_201_whose_location_is_computed() -> None:
    assert (
        left_alone(
            """\
        from django.http import HttpResponse


        def view(request, item):
            response = HttpResponse(status=201)
            response["Location"] = item.get_absolute_url()
            return response
        """
        )
        == "a 201 without location: HttpResponseCreated requires it (201 Created)"
    )


def test_content_on_a_bodiless_status() -> None:
    assert (
        left_alone(
            """\
        from django.http import HttpResponse


        def view(request):
            return HttpResponse("ignored", status=204)
        """
        )
        == "content on a bodiless status: 204 No Content forbids content"
    )
    assert (
        left_alone(
            """\
        from django.http import JsonResponse


        def view(request):
            return JsonResponse({}, status=304)
        """
        )
        == "content on a bodiless status: 304 Not Modified forbids content"
    )


def test_content_set_later_on_a_bodiless_status() -> None:
    assert left_alone(
        """\
        from django.http import HttpResponse


        def view(request):
            response = HttpResponse(status=204)
            response.content = b"late"
            return response
        """
    ) == (
        "content on a bodiless status: response gets content or a Content-Type later, "
        "which HttpResponseNoContent refuses"
    )


def test_keyword_splat() -> None:
    assert (
        left_alone(
            """\
        from django.http import HttpResponse


        def view(request, **options):
            return HttpResponse("x", **options)
        """
        )
        == "*args or **kwargs: the arguments cannot be seen"
    )


def test_status_code_set_later() -> None:
    assert (
        left_alone(
            """\
        from django.http import HttpResponse


        def view(request):
            response = HttpResponse("first", status=200)
            response.status_code = 500
            return response
        """
        )
        == "response.status_code is set later: HttpResponseOK fixes it"
    )


def test_unassigned_status() -> None:
    assert (
        left_alone(
            """\
        from django.http import HttpResponse


        def view(request):
            return HttpResponse("short and stout", status=418)
        """
        )
        == "418 is not an assigned status code"
    )


def test_a_literal_the_class_refuses() -> None:
    assert left_alone(
        """\
        from django.http import HttpResponseNotAllowed


        def view(request):
            return HttpResponseNotAllowed(["get"])
        """
    ) == (
        "HttpResponseNotAllowed refuses it: HttpResponseNotAllowed: permitted_methods=['get']: "
        "methods are case-sensitive: write 'GET', not 'get'; give a list, tuple or set of "
        "method tokens or http.HTTPMethod members"
    )


def test_a_name_still_used_as_djangos_class() -> None:
    assert left_alone(
        """\
        from django.http import HttpResponseNotFound


        def view(request, response):
            if isinstance(response, HttpResponseNotFound):
                return response
            return HttpResponseNotFound("missing")
        """
    ) == (
        "HttpResponseNotFound is another name here, still in use; "
        "HttpResponseNotFound would shadow it"
    )


def test_a_comment_on_the_status_argument() -> None:
    assert (
        left_alone(
            """\
        from django.http import JsonResponse


        def view(request):
            return JsonResponse(
                {"detail": "taken"},
                status=409,  # why 409
            )
        """
        )
        == "a comment on an argument that would be removed"
    )


def test_plain_200_is_not_touched() -> None:
    source = textwrap.dedent(
        """\
        from django.http import HttpResponse, JsonResponse


        def view(request):
            return HttpResponse("fine") if request.GET else JsonResponse({"ok": True})
        """
    )
    result = upgrade_source(source)
    assert (result.source, result.changes) == (source, ())


# --- The command line ---------------------------------------------------------------------------

VIEW = (
    "from django.http import HttpResponse\n\n\n"
    'def view(request):\n    return HttpResponse("x", status=410)\n'
)


def test_check_lists_and_exits_1_then_0_after_the_rewrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)
    assert main(["upgrade", "--check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == f'{views}:5: HttpResponse("x", status=410) -> HttpResponseGone("x")\n'
    assert err.startswith("1 files, 1 calls to rewrite, 0 left alone (")
    assert views.read_text() == VIEW  # --check changes nothing
    assert main(["upgrade", str(views)]) == 1  # files rewritten: 1, as django-upgrade's
    assert views.read_text() == VIEW.replace(
        "from django.http import HttpResponse", "from django_allresponses import HttpResponseGone"
    ).replace('HttpResponse("x", status=410)', 'HttpResponseGone("x")')
    capsys.readouterr()
    assert main(["upgrade", "--check", str(views)]) == 0
    assert capsys.readouterr().out == ""


def test_diff_prints_a_unified_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)
    assert main(["upgrade", "--diff", str(views)]) == 1
    out = capsys.readouterr().out
    name = views.as_posix().lstrip("/")
    assert f"--- a/{name}\n+++ b/{name}\n" in out
    assert '-    return HttpResponse("x", status=410)\n+    return HttpResponseGone("x")\n' in out
    assert views.read_text() == VIEW


def test_left_alone_is_listed_and_does_not_fail_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW.replace("status=410", "status=request.code"))
    assert main(["upgrade", "--check", str(views)]) == 0
    assert capsys.readouterr().out == (
        f'{views}:5: left alone: HttpResponse("x", status=request.code): '
        "the status is computed: it is not known before the view runs\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["upgrade"], "the following arguments are required: PATH"),
        (["upgrade", "/no/such/file.py"], "/no/such/file.py: no such file or directory"),
    ],
)
def test_usage_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_a_file_that_is_not_python_is_reported_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("from django.http import HttpResponse\nHttpResponse(status=404\n")
    assert main(["upgrade", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{broken}:")
    assert "cannot be parsed" in err
    assert "Traceback" not in err


def test_a_file_that_cannot_be_written_is_one_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    views = tmp_path / "views.py"
    views.write_text(VIEW)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("django_allresponses.tools.upgrade._files.os.replace", refuse)
    assert main(["upgrade", str(views)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"{views}: cannot be written: Permission denied"
    assert "Traceback" not in err
    assert views.read_text() == VIEW
    assert [path.name for path in tmp_path.iterdir()] == ["views.py"]  # no temporary left


def test_without_libcst_the_command_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "django_allresponses.tools.upgrade")
    monkeypatch.setitem(sys.modules, "libcst", None)  # import libcst raises ModuleNotFoundError
    assert main(["upgrade", "src"]) == 1
    assert capsys.readouterr().err == (
        "python -m django_allresponses: error: upgrade needs libcst, which it rewrites source "
        "with: pip install 'libcst>=1.1'\n"
    )


def test_the_pre_commit_hook_runs_this_command_with_libcst() -> None:
    import tomllib

    import yaml

    root = Path(__file__).resolve().parents[2]
    (hook,) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "django-allresponses-upgrade"
    assert hook["language"] == "python"
    assert hook["types"] == ["python"]
    assert hook["entry"] == "django-allresponses upgrade"
    scripts = tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"django-allresponses": "django_allresponses.tools.cli:main"}
    extras = tomllib.loads((root / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert hook["additional_dependencies"] == extras["upgrade"] == ["libcst>=1.1"]
    assert "libcst>=1.1" in extras["dev"]
