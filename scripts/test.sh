#!/usr/bin/env bash
# The whole test suite, from a fresh clone: creates .venv, installs the package
# with its development tools, installs Debian's Chromium (browser tests), curl
# (range tests) and Redis server (cache tests), runs ruff, then pytest (unit, typing,
# wire, browser, cache, benchmark smoke), then the version matrix (Python
# 3.11-3.13 x Django 5.2/6.0/6.1) with nox.
#
#   bash scripts/test.sh                 everything
#   bash scripts/test.sh --no-matrix     pytest in .venv only
#   bash scripts/test.sh -- -k redirect  extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

matrix=1
pytest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-matrix) matrix=0 ;;
    --) shift; pytest_args+=("$@"); break ;;
    *) pytest_args+=("$1") ;;
  esac
  shift
done

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
.venv/bin/pyright --version >/dev/null  # fetches pyright's own package on first use
bash scripts/install-debian.sh

.venv/bin/ruff check .
.venv/bin/ruff format --check django_allresponses tests typings benchmarks docs scripts noxfile.py conftest.py
.venv/bin/python -m pytest "${pytest_args[@]}"
if [ "$matrix" = 1 ]; then
  .venv/bin/python -m nox
fi
