#!/usr/bin/env bash
# Installs the Debian packages the tests use, each only when its command is missing:
#   chromium      the browser tests (driven by Playwright's Python package)
#   curl          the range tests' command-line client
#   redis-server  the cache tests (the tests start their own server on a loopback port)
# Runs apt-get as root, or through sudo; waits for a package lock held by another apt.
#
# Where there is no apt-get (macOS, Fedora, Alpine, Arch, ...), or neither root nor sudo,
# it installs nothing: it names the commands that are missing and what provides them,
# and exits 1. Install them by hand, then run scripts/test.sh again.
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

by_hand() {
  # $1: why apt-get cannot be used. Names each missing command and what provides it.
  {
    echo "install-debian.sh: $1, so nothing was installed."
    echo "Install these by hand, then run scripts/test.sh again:"
    for package in "${missing[@]}"; do
      case "$package" in
        chromium) echo "  chromium      Chromium or Google Chrome, on PATH as 'chromium' (the browser tests;" \
                       "Homebrew: brew install --cask chromium; Fedora: dnf install chromium)" ;;
        curl) echo "  curl          the curl command-line client (brew, dnf, apk and pacman: curl)" ;;
        redis-server) echo "  redis-server  Redis's server, on PATH as 'redis-server' (the cache tests;" \
                           "brew install redis; dnf install redis; apk add redis)" ;;
      esac
    done
    echo "Or leave those tests out: pytest -m 'not slow' needs none of them."
  } >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || by_hand "apt-get is not available (not a Debian system)"
as_root=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || by_hand "not root, and sudo is not available"
  as_root=(sudo)
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
