"""A real consumer of the documents: openapi-python-client generates a client from the
sample catalogue's documents (drf-spectacular's defaults, OpenAPI 3.0.3; drf-spectacular
with OpenAPI 3.1.0; django-ninja) with no error and no warning, and the generated models
read what the views send."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.contrib.test_openapi_generators import _catalogue, _drf_document, _plain
from tests.support.declared.project.catalog.ninja_api import api

pytestmark = pytest.mark.slow

GENERATOR = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))


def _document(name: str) -> dict[str, Any]:
    if name == "ninja":
        return _plain(api.get_openapi_schema(path_prefix="/ninja"))
    return _drf_document(
        _catalogue, {} if name == "spectacular_defaults" else {"OAS_VERSION": "3.1.0"}
    )


@pytest.mark.skipif(GENERATOR is None, reason="openapi-python-client is not installed")
@pytest.mark.parametrize("name", ["spectacular_defaults", "spectacular_31", "ninja"])
def test_openapi_python_client_generates_a_clean_client(name: str, tmp_path: Path) -> None:
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(_document(name)))
    config = tmp_path / "config.yml"
    config.write_text("post_hooks: []\n")  # no formatter run on the generated code
    package = f"catalogue_client_{name}"
    finished = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            f"--path={document}",
            f"--config={config}",
            "--meta=none",
            f"--output-path={tmp_path / package}",
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = finished.stdout + finished.stderr
    assert finished.returncode == 0, output
    assert "Warning" not in output, output
    assert "Error" not in output, output
    models = {path.name for path in (tmp_path / package / "models").glob("*.py")}
    assert {"item.py", "tag.py", "problem_details.py"} <= models

    sys.path.insert(0, str(tmp_path))
    try:
        generated = importlib.import_module(f"{package}.models")
        item = generated.Item.from_dict(
            {"id": 1, "name": "Lamp", "kind": "item", "tags": [{"slug": "light"}], "note": None}
        )
        problem = generated.ProblemDetails.from_dict(
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No item 9."}
        )
    finally:
        sys.path.remove(str(tmp_path))
    assert (item.name, item.tags[0].slug, item.note) == ("Lamp", "light", None)
    assert (problem.status, problem.detail) == (404, "No item 9.")
