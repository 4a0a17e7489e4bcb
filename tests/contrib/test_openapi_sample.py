"""The declared-responses sample (tests/support/declared/project): a catalogue API written
with Django REST framework and with django-ninja, whose views declare their responses in
their return types. Its own suite runs with the plugin on: a declared status passes, an
undeclared one (a status raised with abort() and not added with @responds) fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

PROJECT = Path(__file__).resolve().parents[1] / "support" / "declared" / "project"

pytestmark = pytest.mark.slow


def test_the_sample_suite_fails_only_on_undeclared_statuses(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    report = tmp_path / "report.xml"
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", f"--junitxml={report}"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={
            name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"
        },
    )
    outcomes = {}
    for case in ElementTree.parse(report).iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        outcomes[case.attrib["name"]] = "failed" if failed else "passed"
    assert outcomes == {
        "test_item[/drf]": "passed",
        "test_item[/ninja]": "passed",
        "test_missing_item[/drf]": "passed",
        "test_missing_item[/ninja]": "passed",
        "test_redirect": "passed",
        "test_delete[/drf]": "passed",
        "test_delete[/ninja]": "passed",
        "test_delete_on_order[/drf]": "passed",
        "test_delete_on_order[/ninja]": "passed",
        "test_retired_item[/drf]": "failed",
        "test_retired_item[/ninja]": "failed",
        "test_openapi_documents": "passed",
    }, finished.stdout[-3000:]
    assert (
        "  error undeclared-status: ItemView.get answered 410, which it does not declare "
        "(it declares 200, 303, 404) (the view's declared responses: its return type and "
        "@responds)"
    ) in finished.stdout.splitlines()
    assert (
        "  error undeclared-status: item answered 410, which it does not declare "
        "(it declares 200, 404) (the view's declared responses: its return type and @responds)"
    ) in finished.stdout.splitlines()
