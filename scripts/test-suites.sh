#!/usr/bin/env bash
# The unit and end-to-end suites of `npm test`, at the same time.
#
# The end-to-end suite keeps about one core of two busy (a test is a chain of
# browser, server and back, each one process; neither more workers nor a
# second server raised it), so the unit tests run beside it instead of before
# it. Each suite's timeouts are sized for a loaded machine already. The unit
# tests' output is shown after the end-to-end tests', whole; the exit status
# fails if either suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."

unit_log="$(mktemp -t sanctions-tracker-unit.XXXXXX)"
trap 'rm -f "$unit_log"' EXIT

npm run test:unit >"$unit_log" 2>&1 &
unit_pid=$!
echo "[test] unit tests running beside the end-to-end tests (output below when they end)"

npm run test:e2e
e2e_status=$?

wait "$unit_pid"
unit_status=$?
echo
echo "[test] unit tests:"
cat "$unit_log"

echo "[test] unit: $([ "$unit_status" -eq 0 ] && echo passed || echo "FAILED ($unit_status)"); end-to-end: $([ "$e2e_status" -eq 0 ] && echo passed || echo "FAILED ($e2e_status)")"
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
