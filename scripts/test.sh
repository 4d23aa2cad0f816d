#!/usr/bin/env bash
# `npm test`: typecheck and lint (the production build made beside the lint),
# then the unit and end-to-end suites at the same time.
#
# Why at the same time: the end-to-end suite keeps about one core of two busy
# (a test is a chain of browser, server and back, each one process; neither
# more workers nor a second server raised it), and the lint and typecheck
# leave part of the second core idle too (docs/decisions/0006). Every suite's
# timeouts are sized for a loaded machine already. Outputs are shown whole,
# one after the other; the exit status fails if any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."

logs="$(mktemp -d -t sanctions-tracker-test.XXXXXX)"
trap 'rm -rf "$logs"' EXIT

# Typecheck first: the build writes next-env.d.ts, which tsc would then read half-made.
npm run typecheck
typecheck_status=$?

# The build the end-to-end servers start from (scripts/start.ts builds only when it is stale).
NEXT_TELEMETRY_DISABLED=1 npx next build >"$logs/build" 2>&1 &
build_pid=$!

npm run lint
lint_status=$?
wait "$build_pid"
build_status=$?
if [ "$build_status" -ne 0 ]; then
  echo "[test] the production build failed:"
  cat "$logs/build"
fi
if [ "$lint_status" -ne 0 ] || [ "$typecheck_status" -ne 0 ] || [ "$build_status" -ne 0 ]; then
  exit 1
fi

npm run test:unit >"$logs/unit" 2>&1 &
unit_pid=$!
echo "[test] unit tests running beside the end-to-end tests (their output follows)"

npm run test:e2e
e2e_status=$?

wait "$unit_pid"
unit_status=$?
echo
echo "[test] unit tests:"
cat "$logs/unit"

echo "[test] unit: $([ "$unit_status" -eq 0 ] && echo passed || echo "FAILED ($unit_status)"); end-to-end: $([ "$e2e_status" -eq 0 ] && echo passed || echo "FAILED ($e2e_status)")"
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
