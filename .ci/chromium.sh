#!/usr/bin/env bash
# Installs Debian's Chromium for the Playwright browser tests (tests/Summarizer.Tests/Pages).
# Idempotent: does nothing when /usr/bin/chromium is already there. Playwright's own browser download is not used.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "chromium.sh: needs root or sudo to install chromium" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk
/usr/bin/chromium --version
