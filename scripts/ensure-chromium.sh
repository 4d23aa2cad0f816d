#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests. playwright.config.ts
# uses $CHROMIUM_PATH when set, else Debian's headless shell
# (/usr/bin/chromium-headless-shell), else Debian's full browser
# (/usr/bin/chromium), else Playwright's own.
# On a Debian/Ubuntu machine where we are root (CI) and none is there, installs
# Debian's headless shell with fonts for Latin text and Hangul; otherwise says
# how and stops.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "Chromium: $CHROMIUM_PATH"
    exit 0
  fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi

for candidate in /usr/bin/chromium-headless-shell /usr/bin/chromium; do
  if [[ -x "$candidate" ]]; then
    echo "Chromium: $candidate"
    exit 0
  fi
done

# A laptop with Playwright's own browser needs nothing else.
if node -e '
  const { chromium } = require("@playwright/test");
  process.exit(require("node:fs").existsSync(chromium.executablePath()) ? 0 : 1);
' 2>/dev/null; then
  echo "Chromium: Playwright's own browser"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium-headless-shell, fonts-liberation (Latin) and fonts-noto-cjk (Hangul)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # The headless shell, not the desktop browser: the same engine, a smaller
  # install, and about 40% less time for the suite. No recommended packages
  # (printing, sound, power, notifications): a headless browser uses none.
  apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation fonts-noto-cjk
  exit 0
fi

cat >&2 <<'MSG'
No Chromium found for the end-to-end tests. Either:
  - install Debian's:       sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation fonts-noto-cjk
  - or Playwright's own:    npx playwright install chromium
  - or point to one:        CHROMIUM_PATH=/path/to/chromium npm run test:e2e
MSG
exit 1
