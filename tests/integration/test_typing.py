"""The static-typing suite: typings/ under every checker a user may run.

The checkers: mypy --strict with django-stubs, mypy --strict as a project without
django-stubs sees Django (``typings/config/mypy-without-stubs.ini``), basedpyright
strict, pyright basic (an editor's default), ty and pyrefly. Each runs once per
session. The package must be clean under mypy and basedpyright (strict); the
other four report on typings/ only, as a user's checker reports on the user's code.
typings/pass must be clean under all six; in typings/fail every marked line must
produce exactly the marked error codes and no unmarked line may produce an error
(the marker syntax is described in typings/README.md).
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
import re
import subprocess
import sys
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

import django_allresponses
from django_allresponses import StatusJsonResponse, StatusResponse

# once: the static checkers read the same files whatever Django runs.
pytestmark = [pytest.mark.slow, pytest.mark.once]

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "django_allresponses"
TYPINGS = ROOT / "typings"
PASS = TYPINGS / "pass"
FAIL = TYPINGS / "fail"
GENERATOR = ROOT / "scripts" / "generate_overloads.py"
FAIL_FILES = sorted(FAIL.glob("*.py"))


@dataclass(frozen=True)
class Diagnostic:
    """One error or warning of a checker, on a 1-based line."""

    path: Path
    line: int
    code: str
    message: str


# --- Running the checkers -------------------------------------------------------------------

CONFIG = TYPINGS / "config"
MYPY_WITHOUT_STUBS = CONFIG / "mypy-without-stubs.ini"
PYRIGHT_BASIC = CONFIG / "pyright-basic.json"
PYREFLY = CONFIG / "pyrefly.toml"
BIN = Path(sys.executable).parent


def _targets() -> list[str]:
    return [str(PACKAGE), str(GENERATOR), str(PASS), str(FAIL)]


def _user_targets() -> list[str]:
    """What a user's checker reports on: their code, not the installed library."""
    return [str(PASS), str(FAIL)]


def _mypy_command(cache_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "--cache-dir",
        str(cache_dir),
        "--output",
        "json",
        *_targets(),
    ]


def _mypy_without_stubs_command(cache_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(MYPY_WITHOUT_STUBS),
        "--cache-dir",
        str(cache_dir),
        "--output",
        "json",
        *_user_targets(),
    ]


def _pyright_command() -> list[str]:
    return [
        sys.executable,
        "-m",
        "basedpyright",
        "--outputjson",
        "--pythonpath",
        sys.executable,
        "--project",
        str(ROOT / "pyproject.toml"),
        *_targets(),
    ]


def _pyright_basic_command() -> list[str]:
    return [
        str(BIN / "pyright"),
        "--outputjson",
        "--pythonpath",
        sys.executable,
        "--project",
        str(PYRIGHT_BASIC),
        *_user_targets(),
    ]


def _ty_command() -> list[str]:
    return [
        str(BIN / "ty"),
        "check",
        "--python",
        sys.prefix,
        "--output-format",
        "gitlab",
        *_user_targets(),
    ]


def _pyrefly_command() -> list[str]:
    return [
        str(BIN / "pyrefly"),
        "check",
        "--config",
        str(PYREFLY),
        "--preset",
        "default",
        "--python-interpreter-path",
        sys.executable,
        "--output-format",
        "json",
        "--summary=none",
        # Files by glob: pyrefly 1.5 checks no file of a directory given without a config.
        *(str(Path(target) / "*.py") for target in _user_targets()),
    ]


def parse_mypy(output: str) -> list[Diagnostic]:
    """Errors from ``mypy --output json`` (one object a line); notes are left out."""
    found: list[Diagnostic] = []
    for line in output.splitlines():
        if not line.startswith("{"):
            continue
        item = json.loads(line)
        if item["severity"] != "error":
            continue
        found.append(
            Diagnostic(
                (ROOT / (item["file"] or "")).resolve(),
                item["line"],
                item["code"] or "<no code>",
                item["message"],
            )
        )
    return found


def parse_pyright(output: str) -> list[Diagnostic]:
    """Errors and warnings from ``basedpyright``/``pyright --outputjson`` (0-based lines)."""
    report = json.loads(output)
    return [
        Diagnostic(
            Path(item["file"]).resolve(),
            item["range"]["start"]["line"] + 1,
            item.get("rule") or "<no rule>",
            item["message"],
        )
        for item in report["generalDiagnostics"]
        if item["severity"] in ("error", "warning")
    ]


def parse_ty(output: str) -> list[Diagnostic]:
    """Errors and warnings from ``ty check --output-format gitlab`` (1-based lines)."""
    return [
        Diagnostic(
            (ROOT / item["location"]["path"]).resolve(),
            item["location"]["positions"]["begin"]["line"],
            item["check_name"],
            item["description"],
        )
        for item in json.loads(output or "[]")
    ]


def parse_pyrefly(output: str) -> list[Diagnostic]:
    """Errors and warnings from ``pyrefly check --output-format json`` (1-based lines)."""
    return [
        Diagnostic(
            (ROOT / item["path"]).resolve(), item["line"], item["name"], item["description"]
        )
        for item in json.loads(output)["errors"]
        if item["severity"] in ("error", "warn", "warning")  # pyrefly 1.5 says "warn"
    ]


PARSERS = {
    "mypy": parse_mypy,
    "mypy-nostubs": parse_mypy,
    "pyright": parse_pyright,
    "pyright-basic": parse_pyright,
    "ty": parse_ty,
    "pyrefly": parse_pyrefly,
}


def run_checkers(
    commands: Mapping[str, list[str]], cwd: Path = ROOT
) -> dict[str, list[Diagnostic]]:
    """Run the checkers side by side; each exits with 0 or 1 (1 when it reports errors)."""
    running = {
        checker: subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for checker, command in commands.items()
    }
    found: dict[str, list[Diagnostic]] = {}
    for checker, process in running.items():
        stdout, stderr = process.communicate(timeout=600)
        if process.returncode not in (0, 1):
            pytest.fail(
                f"{checker} failed to run ({process.returncode}): "
                f"{' '.join(commands[checker])}\n{stdout}\n{stderr}"
            )
        found[checker] = PARSERS[checker](stdout)
    return found


@pytest.fixture(scope="module")
def diagnostics(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, list[Diagnostic]]:
    """Run every checker once on everything it checks."""
    return run_checkers(
        {
            "mypy": _mypy_command(tmp_path_factory.mktemp("mypy-cache")),
            "mypy-nostubs": _mypy_without_stubs_command(tmp_path_factory.mktemp("mypy-cache")),
            "pyright": _pyright_command(),
            "pyright-basic": _pyright_basic_command(),
            "ty": _ty_command(),
            "pyrefly": _pyrefly_command(),
        }
    )


def _under(path: Path, *places: Path) -> bool:
    return any(path == place or place in path.parents for place in places)


def _describe(found: Iterable[Diagnostic]) -> str:
    return "\n".join(
        f"  {d.path.relative_to(ROOT)}:{d.line}: [{d.code}] {d.message.splitlines()[0]}"
        for d in found
    )


# --- Markers --------------------------------------------------------------------------------

CHECKERS = ("mypy", "mypy-nostubs", "pyright", "pyright-basic", "ty", "pyrefly")
REQUIRED = ("mypy", "pyright", "ty", "pyrefly")
"""Named in every marker; a variant left out expects what its base expects."""
VARIANT_OF = {"mypy-nostubs": "mypy", "pyright-basic": "pyright"}
GAP = "-"

_MARKER = re.compile(r"#\s*E:(?P<body>.*)")
_CHECKER_CODES = re.compile(
    r"\s*(?P<checker>[\w-]+)\[(?P<codes>[^\]]*)\](?:\s*\((?P<reason>[^)]*)\))?\s*"
)
_WITHOUT_STUBS = re.compile(r"#\s*without-stubs\[(?P<codes>[^\]]+)\]")


def parse_marker(comment: str) -> dict[str, frozenset[str]] | None:
    """``# E: mypy[call-arg] pyright[reportCallIssue] ty[…] pyrefly[…]`` -> each checker's codes.

    Returns ``None`` for a comment that is not a marker; raises ``ValueError`` for
    a malformed one. ``mypy``, ``pyright``, ``ty`` and ``pyrefly`` must be named;
    ``mypy-nostubs`` and ``pyright-basic`` expect their base's codes unless named.
    ``checker[-] (reason)`` says the checker cannot reject the line, and why: it
    must then report nothing there. At least one checker must reject the line.
    """
    match = _MARKER.fullmatch(comment.strip())
    if match is None:
        return None
    body, expected = match["body"], {}
    position = 0
    while position < len(body):
        part = _CHECKER_CODES.match(body, position)
        if part is None or part.end() == position:
            raise ValueError(f"malformed marker {comment!r}: expected checker[code, …]")
        checker = part["checker"]
        if checker not in CHECKERS or checker in expected:
            raise ValueError(f"marker {comment!r}: unknown or repeated checker {checker!r}")
        codes = frozenset(code.strip() for code in part["codes"].split(",") if code.strip())
        if codes == {GAP}:
            if not (part["reason"] or "").strip():
                raise ValueError(f"marker {comment!r}: {checker}[-] needs a (reason)")
            codes = frozenset()
        elif not codes or GAP in codes:
            raise ValueError(
                f"marker {comment!r}: {checker}[] lists no code; say {checker}[-] (why)"
            )
        elif part["reason"] is not None:
            raise ValueError(f"marker {comment!r}: only {checker}[-] takes a reason")
        expected[checker] = codes
        position = part.end()
    if missing := [checker for checker in REQUIRED if checker not in expected]:
        raise ValueError(f"marker {comment!r} must name {', '.join(missing)}")
    for variant, base in VARIANT_OF.items():
        expected.setdefault(variant, expected[base])
    if not any(expected.values()):
        raise ValueError(f"marker {comment!r}: no checker rejects the line")
    return expected


def parse_without_stubs(comment: str) -> frozenset[str] | None:
    """``# without-stubs[assert-type]`` on a must-pass line: what ``mypy-nostubs``
    reports there, for a type that comes from Django itself and is ``Any`` without stubs."""
    match = _WITHOUT_STUBS.fullmatch(comment.strip())
    if match is None:
        return None
    return frozenset(code.strip() for code in match["codes"].split(","))


def markers(path: Path) -> dict[int, dict[str, frozenset[str]]]:
    """Line number -> expected codes per checker, from the comments of ``path``."""
    found: dict[int, dict[str, frozenset[str]]] = {}
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.COMMENT:
                expected = parse_marker(token.string)
                if expected is None:
                    codes = parse_without_stubs(token.string)
                    if codes is not None:
                        expected = {checker: frozenset[str]() for checker in CHECKERS}
                        expected["mypy-nostubs"] = codes
                if expected is not None:
                    found[token.start[0]] = expected
    return found


def mismatches(
    path: Path,
    checker: str,
    expected: Mapping[int, Mapping[str, frozenset[str]]],
    found: Iterable[Diagnostic],
) -> list[str]:
    """Marked lines whose codes differ from the marker, and unmarked lines with errors."""
    actual: dict[int, set[str]] = defaultdict(set)
    messages: dict[int, list[str]] = defaultdict(list)
    for diagnostic in found:
        if diagnostic.path == path:
            actual[diagnostic.line].add(diagnostic.code)
            messages[diagnostic.line].append(diagnostic.message.splitlines()[0])
    lines = path.read_text().splitlines()
    problems: list[str] = []
    for line in sorted(set(expected) | set(actual)):
        want = expected[line][checker] if line in expected else frozenset[str]()
        got = actual.get(line, set())
        if got != want:
            problems.append(
                f"{path.name}:{line}: {checker} expected {sorted(want)}, got {sorted(got)}"
                f" {messages[line]}\n    {lines[line - 1].strip()}"
            )
    return problems


def test_marker_syntax() -> None:
    same = {"mypy": {"call-arg"}, "mypy-nostubs": {"call-arg"}, "ty": {"missing-argument"}}
    assert parse_marker(
        "# E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] "
        "pyrefly[bad-argument-count]"
    ) == {
        **same,
        "pyright": {"reportCallIssue"},
        "pyright-basic": {"reportCallIssue"},
        "pyrefly": {"bad-argument-count"},
    }
    assert parse_marker(
        "#E: pyright[a, b]  mypy[c] mypy-nostubs[-] (Django is Any) ty[-] (no overloads) "
        "pyright-basic[a] pyrefly[d]"
    ) == {
        "mypy": {"c"},
        "mypy-nostubs": set(),
        "pyright": {"a", "b"},
        "pyright-basic": {"a"},
        "ty": set(),
        "pyrefly": {"d"},
    }
    assert parse_marker("# an ordinary comment") is None
    assert parse_without_stubs("# without-stubs[assert-type, misc]") == {"assert-type", "misc"}
    for bad in (
        "# E: mypy[call-arg] pyright[x] ty[y]",  # pyrefly left out
        "# E: mypy[x] pyright[y] ty[z] pyrefly[w] mypy[z]",  # repeated
        "# E: mypy[x] pyrite[y] ty[z] pyrefly[w]",  # unknown checker
        "# E: mypy[x] pyright[y] ty[z] pyrefly[w] trailing words",
        "# E: mypy[] pyright[y] ty[z] pyrefly[w]",  # a gap must be [-] with a reason
        "# E: mypy[-] pyright[y] ty[z] pyrefly[w]",  # no reason
        "# E: mypy[x] (why) pyright[y] ty[z] pyrefly[w]",  # a reason for a code
        "# E: mypy[-] (a) pyright[-] (b) ty[-] (c) pyrefly[-] (d)",  # nobody rejects it
    ):
        with pytest.raises(ValueError):
            parse_marker(bad)


def test_a_case_that_stops_failing_is_reported(tmp_path: Path) -> None:
    case = tmp_path / "case.py"
    case.write_text(
        "f()  # E: mypy[call-arg] pyright[reportCallIssue] ty[missing-argument] pyrefly[x]\ng()\n"
    )
    expected = markers(case)
    assert mismatches(case, "mypy", expected, [Diagnostic(case, 1, "call-arg", "m")]) == []
    stopped = mismatches(case, "mypy", expected, [])
    assert len(stopped) == 1 and "expected ['call-arg'], got []" in stopped[0]
    other_code = mismatches(case, "mypy", expected, [Diagnostic(case, 1, "arg-type", "m")])
    assert len(other_code) == 1
    unmarked = mismatches(
        case,
        "mypy",
        expected,
        [Diagnostic(case, 1, "call-arg", "m"), Diagnostic(case, 2, "name-defined", "m")],
    )
    assert len(unmarked) == 1 and "case.py:2" in unmarked[0]


def test_every_fail_file_has_cases() -> None:
    assert FAIL_FILES, "typings/fail holds no cases"
    for path in FAIL_FILES:
        assert markers(path), f"{path.name} has no '# E:' marker"


def test_typings_module_names_are_unique() -> None:
    # Both checkers see typings/pass and typings/fail in one run, as top-level modules.
    stems = [path.stem for path in [GENERATOR, *PASS.glob("*.py"), *FAIL_FILES]]
    assert len(stems) == len(set(stems)), sorted(stems)


# --- The checkers' verdicts -----------------------------------------------------------------


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_package_is_clean(diagnostics: Mapping[str, list[Diagnostic]], checker: str) -> None:
    found = [d for d in diagnostics[checker] if _under(d.path, PACKAGE, GENERATOR)]
    assert not found, f"{checker} reports on the package:\n{_describe(found)}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_pass_is_clean(diagnostics: Mapping[str, list[Diagnostic]], checker: str) -> None:
    # Only a ``# without-stubs[...]`` line may give an error, and only under
    # mypy without django-stubs (a type read from Django itself, Any there).
    paths = sorted(PASS.glob("*.py"))
    assert paths, "typings/pass holds no code"
    problems = [
        problem
        for path in paths
        for problem in mismatches(path.resolve(), checker, markers(path), diagnostics[checker])
    ]
    assert not problems, f"{checker} rejects code that must type-check:\n" + "\n".join(problems)


def test_pass_has_no_fail_markers() -> None:
    for path in PASS.glob("*.py"):
        for line, expected in markers(path).items():
            others = {checker for checker, codes in expected.items() if codes} - {"mypy-nostubs"}
            assert not others, f"{path.name}:{line}: a must-pass line expects errors"


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize("path", FAIL_FILES, ids=[path.name for path in FAIL_FILES])
def test_fail_cases_are_rejected_as_marked(
    diagnostics: Mapping[str, list[Diagnostic]], checker: str, path: Path
) -> None:
    problems = mismatches(path.resolve(), checker, markers(path), diagnostics[checker])
    assert not problems, "\n".join(problems)


def test_no_diagnostics_outside_the_checked_files(
    diagnostics: Mapping[str, list[Diagnostic]],
) -> None:
    stray = [
        d
        for found in diagnostics.values()
        for d in found
        if not _under(d.path, PACKAGE, GENERATOR, PASS, FAIL)
    ]
    assert not stray, _describe(stray)


# --- Every required header argument is left out in a must-fail case -------------------------


def _required(cls: type) -> set[str]:
    """Required arguments of the constructor, other than the JSON twins' ``data``."""
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    return {
        p.name
        for p in parameters
        if p.default is inspect.Parameter.empty
        and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        and p.name != "data"
    }


def _left_out(call: ast.Call) -> tuple[type, set[str]]:
    assert isinstance(call.func, ast.Name), ast.unparse(call)
    cls = getattr(django_allresponses, call.func.id)
    signature = inspect.signature(cls.__init__)
    bound = signature.bind_partial(
        None, *[None] * len(call.args), **{k.arg: None for k in call.keywords if k.arg}
    )
    return cls, _required(cls) - set(bound.arguments)


def test_every_required_header_argument_has_a_missing_argument_case() -> None:
    path = FAIL / "missing_required.py"
    marked = markers(path)
    covered: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and node.lineno in marked:
            cls, missing = _left_out(node)
            assert missing, f"line {node.lineno} leaves out no required argument of {cls}"
            covered |= {(cls.__name__, name) for name in missing}
    classes = [*StatusResponse.registry.values(), *StatusJsonResponse.registry.values()]
    required = {(cls.__name__, name) for cls in classes for name in _required(cls)}
    assert required, "no class has a required header argument: the check is broken"
    assert required <= covered, f"no must-fail case leaves out: {sorted(required - covered)}"


# --- The overloads of response_class are generated ------------------------------------------


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_overloads", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LOOKUP_STUB = PACKAGE / "responses" / "_lookup_overloads.pyi"
ABORT_STUB = PACKAGE / "immediate" / "_abort_overloads.pyi"


def test_response_class_overloads_are_up_to_date() -> None:
    generator = _generator()
    assert LOOKUP_STUB.read_text() == generator.stub(LOOKUP_STUB), (
        f"{LOOKUP_STUB.relative_to(ROOT)}: the response_class overloads are stale; "
        "run python scripts/generate_overloads.py"
    )


def test_a_stub_edited_by_hand_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --check compares each committed stub with the generator's output: a hand edit fails it.
    generator = _generator()
    edited = tmp_path / ABORT_STUB.name
    edited.write_text(
        ABORT_STUB.read_text().replace("retry_after: RetryAfter | None", "retry_after: int", 1)
    )
    assert edited.read_text() != ABORT_STUB.read_text()
    monkeypatch.setitem(generator.HEADERS, edited, generator.HEADERS[ABORT_STUB])
    monkeypatch.setitem(generator.BLOCKS, edited, generator.BLOCKS[ABORT_STUB])
    monkeypatch.delitem(generator.BLOCKS, ABORT_STUB)
    assert generator.main(["--check"]) == 1
    edited.write_text(generator.stub(edited))
    assert generator.main(["--check"]) == 0


def test_the_overloads_are_not_loaded_at_run_time() -> None:
    # Checkers read the stubs; the runtime modules neither hold nor import them.
    for module in ("responses/lookup.py", "immediate/abort.py"):
        source = (PACKAGE / module).read_text()
        assert "BEGIN generated" not in source, module
        assert "Literal[" not in source, module  # no per-status signature at run time
    # Beside each stub, a module without code, so that editors find a source for it.
    for stub in (LOOKUP_STUB, ABORT_STUB):
        tree = ast.parse(stub.with_suffix(".py").read_text())
        assert [type(node) for node in tree.body] == [ast.Expr], stub  # a docstring only
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, django_allresponses.immediate.abort; "
            "print(sorted(name for name in sys.modules if name.endswith('_overloads')))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert loaded.stdout.strip() == "[]"
    assert inspect.signature(django_allresponses.abort).parameters["status"].kind is (
        inspect.Parameter.POSITIONAL_ONLY
    )
    assert list(inspect.signature(django_allresponses.response_class).parameters) == [
        "status",
        "json",
    ]


def test_response_class_overloads_name_every_class() -> None:
    block = _generator().overload_block()
    for code, cls in StatusResponse.registry.items():
        assert f"responses.{cls.__name__}]" in block, code
    for code, cls in StatusJsonResponse.registry.items():
        assert f"jsonresponses.{cls.__name__}]" in block, code


# --- The overloads of abort are generated too -----------------------------------------------

ABORT_429_HTTP = """@overload
def abort(
    status: Literal[429, HTTPStatus.TOO_MANY_REQUESTS],
    /,
    content: Content = ...,
    *,
    json: Literal[False] | None = ...,
    retry_after: RetryAfter | None = ...,
    content_type: str | None = ...,
    charset: str | None = ...,
    headers: HeadersInput = ...,
    reason: str | None = ...,
) -> NoReturn: ..."""

ABORT_405_PROBLEM = """@overload
def abort(
    status: Literal[405, HTTPStatus.METHOD_NOT_ALLOWED],
    /,
    data: ProblemDetails,
    *,
    json: Literal[True] | None = ...,
    permitted_methods: PermittedMethods,
"""


def test_abort_overloads_are_up_to_date() -> None:
    generator = _generator()
    assert ABORT_STUB.read_text() == generator.stub(ABORT_STUB), (
        f"{ABORT_STUB.relative_to(ROOT)}: the abort overloads are stale; "
        "run python scripts/generate_overloads.py"
    )
    assert generator.main(["--check"]) == 0


def test_abort_overloads_take_each_class_s_own_arguments() -> None:
    block = _generator().abort_block()
    assert ABORT_429_HTTP in block
    assert ABORT_405_PROBLEM in block
    # 201's HTTP class takes the location first; its twin takes data first, location by name.
    assert "Literal[201, HTTPStatus.CREATED],\n    /,\n    location: StrOrPromise,\n" in block
    assert "    data: object = ...,\n    *,\n    json: Literal[True],\n    location:" in block


@pytest.mark.parametrize("code", sorted(django_allresponses.STATUSES))
def test_abort_has_an_overload_for_each_status_with_content(code: int) -> None:
    block = _generator().abort_block()
    name = _generator().member_name(code)
    overloads = block.count(f"status: Literal[{code}, HTTPStatus.{name}],")
    facts = django_allresponses.STATUSES[code]
    if not facts.allows_content:
        assert overloads == 0  # 1xx, 204, 205, 304: abort refuses them
    else:
        # the HTTP class, the JSON twin, and for errors the twin with a ProblemDetails
        assert overloads == (3 if code >= 400 else 2)


def _abort_calls(function: str) -> set[int]:
    """The literal status of every ``abort(...)`` call in ``function`` of pass/abort.py."""
    tree = ast.parse((PASS / "abort.py").read_text())
    [body] = [
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == function
    ]
    codes: set[int] = set()
    for node in ast.walk(body):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "abort"
            and isinstance(node.args[0], ast.Constant)
        ):
            codes.add(node.args[0].value)
    return codes


def test_the_pass_file_calls_abort_for_every_status_with_content() -> None:
    statuses = django_allresponses.STATUSES
    with_content = {code for code, facts in statuses.items() if facts.allows_content}
    assert len(with_content) == 54  # 61 assigned codes less 100-103, 204, 205 and 304
    assert _abort_calls("http_classes") == with_content
    assert _abort_calls("json_twins") == with_content
    assert _abort_calls("problem_details") == {code for code in with_content if code >= 400}


def test_every_required_argument_of_abort_has_a_missing_argument_case() -> None:
    # Each status whose class or twin requires an argument (data aside) is called without it,
    # in each form, on a marked line of fail/abort_misuse.py.
    path = FAIL / "abort_misuse.py"
    marked = markers(path)
    forms: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "abort"
            and node.lineno in marked
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            keywords = {k.arg for k in node.keywords}
            second = node.args[1] if len(node.args) > 1 else None
            problem = isinstance(second, ast.Call) and ast.unparse(second.func) == "ProblemDetails"
            form = "problem" if problem else "json" if "json" in keywords else "http"
            forms.add((node.args[0].value, form))
    required = {
        (code, form)
        for code, cls in StatusResponse.registry.items()
        if code >= 200 and _required(cls)
        for form in ("http", "json", "problem")
        if form != "problem" or code >= 400
    }
    assert required == {
        *((code, form) for code in (201, 301, 302, 303, 307, 308) for form in ("http", "json")),
        *((code, form) for code in (405, 426) for form in ("http", "json", "problem")),
    }
    assert required <= forms, f"no must-fail abort case for: {sorted(required - forms)}"


def test_every_json_twin_has_a_docstring_in_the_source() -> None:
    # Editors read the source, not the run time's __doc__: each twin's is written there,
    # by the generator where it only repeats the HTTP class.
    tree = ast.parse((PACKAGE / "responses" / "json.py").read_text())
    documented = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef) and ast.get_docstring(node) is not None
    }
    twins = {cls.__name__ for cls in StatusJsonResponse.registry.values()}
    assert len(twins) == 54
    assert twins <= documented, sorted(twins - documented)
    derived = {cls.__name__ for cls in StatusJsonResponse.registry.values() if cls.derived_doc}
    assert len(derived) == 47  # the other seven have a docstring of their own


def test_a_twin_s_docstring_left_out_is_stale(tmp_path: Path) -> None:
    generator = _generator()
    text = generator.JSON.read_text()
    start = text.index('class JsonResponseOK(JsonContentResponse[DataT]):\n    """')
    end = text.index('    """\n\n', start + 60) + len('    """\n\n')
    stripped = text[:start] + "class JsonResponseOK(JsonContentResponse[DataT]):\n" + text[end:]
    assert generator.twin_docstrings(stripped) == text


def test_every_header_argument_has_an_args_entry_in_the_source() -> None:
    # Hover shows the class's docstring (pyright, basedpyright, ty, pyrefly): each header
    # argument is described there, in the source that editors read.
    docstrings: dict[str, str] = {}
    for module in ("http.py", "json.py"):
        for node in ast.parse((PACKAGE / "responses" / module).read_text()).body:
            if isinstance(node, ast.ClassDef):
                docstrings[node.name] = ast.get_docstring(node) or ""
    missing = [
        f"{cls.__name__}: {unit.argument}"
        for registry in (StatusResponse.registry, StatusJsonResponse.registry)
        for cls in registry.values()
        for unit in cls.takes
        if f"\n    {unit.argument}: Sent as the ``{unit.header}`` header"
        not in "\n" + docstrings[cls.__name__].partition("Args:\n")[2]
    ]
    assert not missing
    assert (
        "    location: Sent as the ``Location`` header (RFC 9110, Section 10.2.2)"
        in (docstrings["HttpResponseCreated"])
    )
