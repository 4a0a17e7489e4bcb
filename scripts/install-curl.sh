#!/usr/bin/env bash
# Installs Debian's curl for the range tests, when it is not there yet.
set -euo pipefail
if [ -x /usr/bin/curl ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
else
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
fi
