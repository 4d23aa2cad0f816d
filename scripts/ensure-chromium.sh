#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests (playwright.config.ts
# uses /usr/bin/chromium or $CHROMIUM_PATH when present, else Playwright's own).
# On a Debian/Ubuntu machine where we are root (CI), installs Debian's chromium,
# with fonts-noto-cjk so Hangul renders; otherwise says how and stops.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "Chromium: $CHROMIUM_PATH"
    exit 0
  fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then
  echo "Chromium: /usr/bin/chromium"
  exit 0
fi

# A laptop with Playwright's own browser needs nothing else.
if node -e '
  const { chromium } = require("@playwright/test");
  process.exit(require("node:fs").existsSync(chromium.executablePath()) ? 0 : 1);
' 2>/dev/null; then
  echo "Chromium: Playwright's own browser"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium (and fonts-noto-cjk for Hangul)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium fonts-noto-cjk
  exit 0
fi

cat >&2 <<'MSG'
No Chromium found for the end-to-end tests. Either:
  - install Debian's:       sudo apt-get install -y chromium fonts-noto-cjk
  - or Playwright's own:    npx playwright install chromium
  - or point to one:        CHROMIUM_PATH=/path/to/chromium npm run test:e2e
MSG
exit 1
