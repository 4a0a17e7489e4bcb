"""What an editor shows of the package, checker by checker.

* ``pyright --verifytypes`` (and basedpyright's) scores the public interface 100%:
  every symbol a user can reach has a type no checker may infer differently.
* Each checker's ``reveal_type`` of a constructor names every header argument,
  with no ``*args`` and no ``**kwargs: Any``. Django's keywords are declared once
  (PEP 692, ``**options: Unpack[ContentOptions]``): mypy and ty list them by name,
  pyright, basedpyright and pyrefly print the ``TypedDict``'s name.
* Each language server (pyright, basedpyright, ty, pyrefly), driven over stdio by a
  small JSON-RPC client, lists every keyword by name where a user looks: pyright's
  and basedpyright's signature help, pyrefly's hover, ty's both.
* ``inspect.signature()`` lists every keyword by name.
* Where users type: hover on a JSON twin shows its own docstring, on a class its
  header arguments' ``Args:`` entries, on ``abort`` fewer than 60 lines; completion in
  ``abort(HttpResponseTooManyRequests(`` offers 429's keywords and no other class's.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from django_allresponses import (
    HttpResponseNoContent,
    HttpResponsePartialContent,
    HttpResponseSeeOther,
    HttpResponseTooManyRequests,
    JsonResponseTooManyRequests,
)

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CLASSES = (
    "HttpResponseSeeOther",
    "HttpResponsePartialContent",
    "HttpResponseTooManyRequests",
    "JsonResponseTooManyRequests",
    "HttpResponseNoContent",
)
PROBE = (
    "from typing import reveal_type\n\n"
    f"from django_allresponses import {', '.join(CLASSES)}\n\n"
    + "".join(f"reveal_type({name}.__init__)\n" for name in CLASSES)
)
FIRST_REVEAL = 5  # the line of the first reveal_type in PROBE


def _env() -> dict[str, str]:
    # pyright's --verifytypes finds packages through the interpreter first on PATH.
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


# --- verifytypes ----------------------------------------------------------------------------


@pytest.mark.parametrize("checker", ["pyright", "basedpyright"])
def test_verifytypes_scores_100_percent(checker: str) -> None:
    result = subprocess.run(
        [
            str(BIN / checker),
            "--verifytypes",
            "django_allresponses",
            "--ignoreexternal",
            "--outputjson",
        ],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    completeness = report["typeCompleteness"]
    unclear = [
        f"{symbol['name']}: {diagnostic['message'].splitlines()[0]}"
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"]
        for diagnostic in symbol.get("diagnostics", [])
    ]
    assert completeness["packageRootDirectory"], report["generalDiagnostics"]
    assert completeness["exportedSymbolCounts"]["withAmbiguousType"] == 0, unclear
    assert completeness["exportedSymbolCounts"]["withUnknownType"] == 0, unclear
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 900
    assert completeness["completenessScore"] == 1, unclear
    # every class and function an editor can show has a docstring in the source (the JSON
    # twins and the overriding methods too)
    assert completeness["missingClassDocStringCount"] == 0
    assert completeness["missingFunctionDocStringCount"] == 0


# --- What each checker shows ----------------------------------------------------------------


def _reveal(checker: str, probe: Path) -> list[str]:
    """The revealed type of each ``reveal_type`` of the probe, in order."""
    if checker == "mypy":
        command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
        command += ["--no-incremental", "--output", "json", str(probe)]
    elif checker in ("pyright", "basedpyright"):
        command = [str(BIN / checker), "--outputjson", "--pythonpath", sys.executable, str(probe)]
    elif checker == "ty":
        command = [str(BIN / "ty"), "check", "--python", sys.prefix, "--output-format", "concise"]
        command += [str(probe)]
    else:
        command = [str(BIN / "pyrefly"), "check", "--python-interpreter-path", sys.executable]
        command += ["--config", str(ROOT / "typings" / "config" / "pyrefly.toml")]
        command += ["--preset", "default", "--output-format", "json", "--summary=none", str(probe)]
    result = subprocess.run(
        command, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600
    )
    found: dict[int, str] = {}
    if checker == "mypy":
        for line in result.stdout.splitlines():
            item = json.loads(line)
            if item["severity"] == "note" and item["message"].startswith("Revealed type is"):
                found[item["line"]] = item["message"]
    elif checker in ("pyright", "basedpyright"):
        for item in json.loads(result.stdout)["generalDiagnostics"]:
            if item["message"].startswith("Type of"):
                found[item["range"]["start"]["line"] + 1] = item["message"]
    elif checker == "ty":
        for match in re.finditer(
            r":(\d+):\d+: info\[revealed-type\] Revealed type: `(.*)`", result.stdout
        ):
            found[int(match[1])] = match[2]
    else:
        for item in json.loads(result.stdout)["errors"]:
            if item["name"] == "reveal-type":
                found[item["line"]] = item["description"]
    lines = [FIRST_REVEAL + index for index in range(len(CLASSES))]
    assert sorted(found) == lines, f"{checker}: {result.stdout}\n{result.stderr}"
    return [found[line] for line in lines]


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    probe = tmp_path_factory.mktemp("probe") / "editor_probe.py"
    probe.write_text(PROBE)
    checkers = ("mypy", "pyright", "basedpyright", "ty", "pyrefly")
    return {
        checker: dict(zip(CLASSES, _reveal(checker, probe), strict=True)) for checker in checkers
    }


HEADER_ARGUMENTS = {
    "HttpResponseSeeOther": ("redirect_to: ", "retry_after: "),
    "HttpResponsePartialContent": ("content_range: ", "content_location: "),
    "HttpResponseTooManyRequests": ("retry_after: ",),
    "JsonResponseTooManyRequests": ("data: ", "retry_after: "),  # data: object, or DataT
    "HttpResponseNoContent": ("content: None = None, /",),
}


@pytest.mark.parametrize("checker", ["mypy", "pyright", "basedpyright", "ty", "pyrefly"])
@pytest.mark.parametrize("name", CLASSES)
def test_every_checker_names_the_header_arguments(
    shown: dict[str, dict[str, str]], checker: str, name: str
) -> None:
    text = shown[checker][name]
    for argument in HEADER_ARGUMENTS[name]:
        if checker == "mypy" and argument.startswith("content: None"):
            argument = "None ="  # mypy drops the name of a positional-only parameter
        assert argument in text, text
    assert "*args" not in text and "**kwargs" not in text, text
    assert "**options: Any" not in text and "..." not in text.replace("= ...", ""), text


# Django's keywords, as each checker prints them (a literal taken from its output).
DJANGO_KEYWORDS = {
    "mypy": (
        "**options: **TypedDict(django_allresponses.responses.base.ContentOptions, "
        "{'content_type'?: str | None, 'charset'?: str | None, 'headers'?: "
        "typing.Mapping[str, str] | typing.Iterable[tuple[str, str]] | None, "
        "'reason'?: str | None}, closed=True)"
    ),
    "pyright": "**options: **ContentOptions) -> None",
    "basedpyright": "**options: **ContentOptions) -> None",
    "ty": (
        "charset: str | None = ..., content_type: str | None = ..., headers: "
        "Mapping[str, str] | Iterable[tuple[str, str]] | None = ..., reason: str | None = ..."
    ),
    "pyrefly": "**options: Unpack[ContentOptions]) -> None",
}
JSON_KEYWORDS = {
    "mypy": "'encoder'?: type[json.encoder.JSONEncoder], 'safe'?: bool, 'json_dumps_params'?:",
    "pyright": "**options: **JsonOptions) -> None",
    "basedpyright": "**options: **JsonOptions) -> None",
    "ty": "encoder: type[JSONEncoder] = ..., headers:",
    "pyrefly": "**options: Unpack[JsonOptions]) -> None",
}
BODILESS_KEYWORDS = {
    "mypy": (
        "**options: **TypedDict(django_allresponses.responses.base.BodilessOptions, {'headers'?:"
    ),
    "pyright": "content: None = None, /, **options: **BodilessOptions) -> None",
    "basedpyright": "content: None = None, /, **options: **BodilessOptions) -> None",
    "ty": "content: None = None, /, *, headers: Mapping[str, str] | Iterable[tuple[str, str]]",
    "pyrefly": "content: None = None, /, **options: Unpack[BodilessOptions]) -> None",
}


@pytest.mark.parametrize("checker", ["mypy", "pyright", "basedpyright", "ty", "pyrefly"])
def test_what_each_checker_shows_of_django_s_keywords(
    shown: dict[str, dict[str, str]], checker: str
) -> None:
    assert DJANGO_KEYWORDS[checker] in shown[checker]["HttpResponseTooManyRequests"]
    assert DJANGO_KEYWORDS[checker] in shown[checker]["HttpResponsePartialContent"]
    assert JSON_KEYWORDS[checker] in shown[checker]["JsonResponseTooManyRequests"]
    assert BODILESS_KEYWORDS[checker] in shown[checker]["HttpResponseNoContent"]
    # A bodiless class takes neither content_type nor charset.
    assert "content_type" not in shown[checker]["HttpResponseNoContent"]
    assert "charset" not in shown[checker]["HttpResponseNoContent"]


# --- inspect.signature ----------------------------------------------------------------------


def test_inspect_signature_lists_every_keyword_by_name() -> None:
    assert str(inspect.signature(HttpResponseSeeOther)) == (
        "(redirect_to: 'StrOrPromise', content: 'Content' = b'', *, "
        "retry_after: 'RetryAfter | None' = None, content_type: 'str | None' = None, "
        "charset: 'str | None' = None, headers: 'HeadersInput' = None, "
        "reason: 'str | None' = None) -> 'None'"
    )
    assert list(inspect.signature(HttpResponsePartialContent).parameters) == [
        "content",
        "content_range",
        "content_location",
        "content_type",
        "charset",
        "headers",
        "reason",
    ]
    assert list(inspect.signature(HttpResponseTooManyRequests).parameters) == [
        "content",
        "retry_after",
        "content_type",
        "charset",
        "headers",
        "reason",
    ]
    assert list(inspect.signature(JsonResponseTooManyRequests).parameters) == [
        "data",
        "retry_after",
        "content_type",
        "charset",
        "headers",
        "reason",
        "encoder",
        "safe",
        "json_dumps_params",
    ]
    assert str(inspect.signature(HttpResponseNoContent)) == (
        "(*, headers: 'HeadersInput' = None, reason: 'str | None' = None) -> 'None'"
    )


# --- What each language server shows: signature help and hover ------------------------------

LSP_SERVERS = {
    "pyright": [str(BIN / "pyright-langserver"), "--stdio"],
    "basedpyright": [str(BIN / "basedpyright-langserver"), "--stdio"],
    "ty": [str(BIN / "ty"), "server"],
    "pyrefly": [str(BIN / "pyrefly"), "lsp"],
}
LSP_CALLS = {
    "HttpResponseSeeOther": 'HttpResponseSeeOther("/orders/7/")',
    "HttpResponsePartialContent": 'HttpResponsePartialContent(b"0", content_range=(0, 0, 1))',
    "HttpResponseTooManyRequests": "HttpResponseTooManyRequests(retry_after=30)",
    "JsonResponseTooManyRequests": "JsonResponseTooManyRequests({}, retry_after=30)",
    "HttpResponseNoContent": "HttpResponseNoContent()",
}
LSP_PROBE = f"from django_allresponses import {', '.join(CLASSES)}\n\n" + "".join(
    f"{LSP_CALLS[name]}\n" for name in CLASSES
)


class LanguageServer:
    """A minimal JSON-RPC client of a language server over stdio (LSP base protocol)."""

    def __init__(self, command: list[str], root: Path) -> None:
        env = {**_env(), "VIRTUAL_ENV": sys.prefix}
        self.process = subprocess.Popen(
            command,
            cwd=root,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id = 0

    def send(self, message: dict[str, object]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while (line := self.process.stdout.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        assert length, "the language server closed its output"
        message: dict[str, Any] = json.loads(self.process.stdout.read(length))
        return message

    def request(self, method: str, params: dict[str, object]) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if "method" in message and "id" in message:  # a request of the server's
                items = message.get("params", {}).get("items", [])
                result = [{"pythonPath": sys.executable}] * len(items) or None
                self.send({"id": message["id"], "result": result})
            elif message.get("id") == self.next_id:
                return message.get("result")

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)


def _lsp_views(server: str, root: Path) -> dict[str, tuple[str, str]]:
    """Class name -> (signature help label, hover text) at each call of LSP_PROBE."""
    probe = root / "lsp_probe.py"
    probe.write_text(LSP_PROBE)
    uri = probe.as_uri()
    client = LanguageServer(LSP_SERVERS[server], root)
    try:
        client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {"textDocument": {"hover": {"contentFormat": ["plaintext"]}}},
            },
        )
        client.send({"method": "initialized", "params": {}})
        document = {"uri": uri, "languageId": "python", "version": 1, "text": LSP_PROBE}
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
        views: dict[str, tuple[str, str]] = {}
        for line, name in enumerate(CLASSES, start=2):
            inside = {
                "textDocument": {"uri": uri},
                "position": {"line": line, "character": len(name) + 1},
            }
            on_name = {"textDocument": {"uri": uri}, "position": {"line": line, "character": 2}}
            help_ = client.request("textDocument/signatureHelp", inside)
            hover = client.request("textDocument/hover", on_name)
            views[name] = (
                help_["signatures"][help_.get("activeSignature") or 0]["label"] if help_ else "",
                hover["contents"]["value"] if hover else "",
            )
        return views
    finally:
        client.close()


@pytest.fixture(scope="module")
def lsp_views(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple[str, str]]]:
    return {
        server: _lsp_views(server, tmp_path_factory.mktemp(f"lsp-{server}"))
        for server in LSP_SERVERS
    }


DJANGO_NAMES = (
    "content_type: str | None",
    "charset: str | None",
    "headers: ",
    "reason: str | None",
)
# Where each editor lists Django's keywords by name: pyright's signature help expands
# **options: Unpack[...] (its hover shows **ContentOptions), pyrefly's hover does (its
# signature help shows Unpack[ContentOptions]), ty's both.
NAMES_SHOWN_IN = {
    "pyright": ("signature help",),
    "basedpyright": ("signature help",),
    "ty": ("signature help", "hover"),
    "pyrefly": ("hover",),
}


@pytest.mark.parametrize("server", list(LSP_SERVERS))
@pytest.mark.parametrize("name", CLASSES)
def test_every_editor_lists_every_keyword_by_name(
    lsp_views: dict[str, dict[str, tuple[str, str]]], server: str, name: str
) -> None:
    help_, hover = lsp_views[server][name]
    # pyrefly's hover aligns the colons ("charset     : str | None"): spaces are evened out.
    views = {
        where: re.sub(r" +:", ":", re.sub(r"\s+", " ", text))
        for where, text in (("signature help", help_), ("hover", hover))
    }
    for where in NAMES_SHOWN_IN[server]:
        text = views[where]
        for argument in HEADER_ARGUMENTS[name]:
            assert argument.split(":")[0] in text, (where, text)
        expected: tuple[str, ...] = DJANGO_NAMES
        if name == "HttpResponseNoContent":
            expected = ("headers: ", "reason: str | None")
            assert "content_type" not in text and "charset" not in text, (where, text)
        if name.startswith("Json"):
            expected += ("encoder: ", "safe: bool", "json_dumps_params: ")
        for keyword in expected:
            assert keyword in text, (where, keyword, text)
        assert "*args" not in text and "**kwargs" not in text, (where, text)


def test_where_an_editor_shows_the_typed_dict_s_name_instead(
    lsp_views: dict[str, dict[str, tuple[str, str]]],
) -> None:
    # Literal texts of each server: the other view of the same constructor.
    for server in ("pyright", "basedpyright"):
        hover = lsp_views[server]["HttpResponseTooManyRequests"][1]
        assert "**options: **ContentOptions\n)" in hover, hover
        assert "429 Too Many Requests (RFC 6585)." in hover  # the class's docstring
    help_ = lsp_views["pyrefly"]["HttpResponseTooManyRequests"][0]
    assert help_.endswith("**options: Unpack[ContentOptions]) -> HttpResponseTooManyRequests")
    assert "content_type" not in help_


def test_a_looked_up_class_takes_the_keywords_of_every_class() -> None:
    # type[StatusResponse] (response_class with a computed code) takes, as checkers see
    # it, every keyword some class takes, and nothing else: never status=.
    from django_allresponses import StatusJsonResponse, StatusResponse
    from django_allresponses.responses.base import AnyContentOptions
    from django_allresponses.responses.json import AnyJsonOptions

    def keywords(registry: dict[int, type[Any]]) -> set[str]:
        return {name for cls in registry.values() for name in inspect.signature(cls).parameters}

    http = AnyContentOptions.__optional_keys__
    assert http == keywords(StatusResponse.registry)
    assert AnyJsonOptions.__optional_keys__ == keywords(StatusJsonResponse.registry) - {"data"}
    assert {"content", "redirect_to", "created_document", "retry_after", "charset"} <= http
    assert "status" not in http and "preserve_request" not in http


# --- What an editor offers and shows where users type ----------------------------------------

EDITOR_PROBE = """\
from django_allresponses import (
    HttpResponseCreated, HttpResponseTooManyRequests, JsonResponseOK, JsonResponseTooManyRequests
)
from django_allresponses.immediate import abort


def status_form() -> None:
    abort(429, retry_after=30)


def status_form_completion() -> None:
    abort(429, )


JsonResponseOK({})
JsonResponseTooManyRequests({}, retry_after=30)
HttpResponseCreated("/a")
HttpResponseCreated()
abort(HttpResponseTooManyRequests())
"""
# abort() never returns: what follows it is unreachable, where ty offers no keyword.
# (what, LSP method, line, character) in EDITOR_PROBE
EDITOR_ASKS = (
    ("hover on abort(status, ...)", "textDocument/hover", 7, 6),
    ("completion in abort(429, ", "textDocument/completion", 11, 15),
    ("hover on a twin", "textDocument/hover", 14, 3),
    ("hover on a twin of its own", "textDocument/hover", 15, 3),
    ("hover on an HTTP class", "textDocument/hover", 16, 3),
    ("hover on abort", "textDocument/hover", 18, 2),
    ("completion in abort(response)", "textDocument/completion", 18, 34),
    ("completion in HttpResponseCreated(", "textDocument/completion", 17, 20),
)


def _editor_views(server: str, root: Path) -> dict[str, Any]:
    probe = root / "editor_probe.py"
    probe.write_text(EDITOR_PROBE)
    uri = probe.as_uri()
    client = LanguageServer(LSP_SERVERS[server], root)
    try:
        formats = ["markdown", "plaintext"]
        capabilities = {
            "hover": {"contentFormat": formats},
            "completion": {"completionItem": {"documentationFormat": formats}},
        }
        client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "capabilities": {"textDocument": capabilities},
            },
        )
        client.send({"method": "initialized", "params": {}})
        document = {"uri": uri, "languageId": "python", "version": 1, "text": EDITOR_PROBE}
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
        views: dict[str, Any] = {}
        for what, method, line, character in EDITOR_ASKS:
            at = {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}
            result = client.request(method, at)
            if method == "textDocument/hover":
                views[what] = result["contents"]["value"] if result else ""
            else:
                items = result["items"] if isinstance(result, dict) else result or []
                views[what] = {item["label"] for item in items if item["label"].endswith("=")}
        return views
    finally:
        client.close()


@pytest.fixture(scope="module")
def editor_views(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return {
        server: _editor_views(server, tmp_path_factory.mktemp(f"editor-{server}"))
        for server in LSP_SERVERS
    }


@pytest.mark.parametrize("server", list(LSP_SERVERS))
def test_hover_shows_each_class_s_own_docstring(
    editor_views: dict[str, dict[str, Any]], server: str
) -> None:
    views = editor_views[server]
    # a derived twin's docstring is in the source, where the language servers read it
    assert "200 OK, with a JSON body." in views["hover on a twin"]
    assert "The twin of `HttpResponseOK`." in views["hover on a twin"]
    assert "429 Too Many Requests, with a JSON body." in views["hover on a twin of its own"]
    # and each header argument is described there (ty renders Args: as **location**;
    # pyright writes ``Location`` as `Location`)
    created = views["hover on an HTTP class"]
    assert re.search(r"Sent as the `+Location`+ header \(RFC 9110, Section 10.2.2\)", created)
    assert re.search(r"Sent as the `+Retry-After`+ header", views["hover on a twin of its own"])


@pytest.mark.parametrize("server", list(LSP_SERVERS))
def test_hover_on_abort_is_readable(editor_views: dict[str, dict[str, Any]], server: str) -> None:
    # the first overload, abort(response), and its docstring: not ~150 overloads
    for where in ("hover on abort", "hover on abort(status, ...)"):
        hover = editor_views[server][where]
        assert 0 < len(hover.splitlines()) < 60, hover


@pytest.mark.parametrize("server", list(LSP_SERVERS))
def test_completion_offers_the_class_s_own_keywords(
    editor_views: dict[str, dict[str, Any]], server: str
) -> None:
    views = editor_views[server]
    # abort(HttpResponseTooManyRequests(|)): 429's keywords, Django's, and no other class's
    assert views["completion in abort(response)"] == {
        "content=",
        "retry_after=",
        "content_type=",
        "charset=",
        "headers=",
        "reason=",
    }
    created = views["completion in HttpResponseCreated("]
    assert {"location=", "content_location=", "created_document="} <= created
    assert "retry_after=" not in created


# 429's own keywords in the status form: its content or JSON data, Retry-After, Django's, and
# the JSON twin's (json=True or a ProblemDetails).
STATUS_429_KEYWORDS = {
    "content=",
    "data=",
    "json=",
    "retry_after=",
    "content_type=",
    "charset=",
    "headers=",
    "reason=",
    "encoder=",
    "safe=",
    "json_dumps_params=",
}
# What each server offers after abort(429, | (the pinned releases). Every overload of the
# status form is a candidate for a language server: pyrefly keeps those whose first parameter
# takes 429 (and lists ``status=``, the positional-only name, as it does for any function);
# ty offers the keywords of every overload; pyright and basedpyright offer nothing after a
# number and a comma, for any function (``h(429, |)`` with one signature: no item at all), and
# after a letter the keywords of every overload.
STATUS_FORM_OFFERS = {
    "pyrefly": STATUS_429_KEYWORDS | {"status="},
    "pyright": set(),
    "basedpyright": set(),
}


@pytest.mark.parametrize("server", list(LSP_SERVERS))
def test_completion_after_abort_429(editor_views: dict[str, dict[str, Any]], server: str) -> None:
    offered = editor_views[server]["completion in abort(429, "]
    if server == "ty":
        assert offered >= STATUS_429_KEYWORDS
        assert {"location=", "upgrade=", "permitted_methods="} <= offered  # other statuses'
    else:
        assert offered == STATUS_FORM_OFFERS[server]
