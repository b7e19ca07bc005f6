#!/usr/bin/env bash
# Installs Debian's chromium for tests/report/test_brief_browser.py when it is missing.
# The browser test skips without it locally, but fails under CI=true, so CI runs this first.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
