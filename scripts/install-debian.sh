#!/usr/bin/env bash
# Installs the Debian packages the tests use, each only when its command is missing:
#   chromium      the browser tests (driven by Playwright's Python package)
#   curl          the range tests' command-line client
#   redis-server  the cache tests (the tests start their own server on a loopback port)
# Runs apt-get as root, or through sudo; waits for a package lock held by another apt.
set -euo pipefail
missing=()
for wanted in chromium:chromium curl:curl redis-server:redis-server; do
  command="${wanted%%:*}"
  package="${wanted##*:}"
  command -v "$command" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
