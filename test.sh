#!/usr/bin/env bash
# Runs every test project of the solution. Extra arguments go to `dotnet test` (e.g. -c Release --no-build).
# Prints one closing line with the totals over all test projects: "Tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
if command -v redis-server >/dev/null 2>&1; then
  echo "Redis tests: will run (each run starts its own redis-server on a free loopback port)."
elif [ "${CI:-}" = "true" ]; then
  echo "Redis tests: redis-server is not on PATH and CI=true, so they will FAIL (apt-get install -y redis-server)."
else
  echo "Redis tests: will be SKIPPED, redis-server is not on PATH (apt-get install -y redis-server to run them)."
fi
if [ -x /usr/bin/chromium ]; then
  echo "Web sample browser tests: will run (headless /usr/bin/chromium)."
elif [ "${CI:-}" = "true" ]; then
  echo "Web sample browser tests: /usr/bin/chromium is missing and CI=true, so they will FAIL (apt-get install -y chromium)."
else
  echo "Web sample browser tests: will be IGNORED, /usr/bin/chromium is missing (apt-get install -y chromium to run them)."
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# A test that hangs is stopped after 3 minutes and named as the one that hung (no dump), so a run fails fast with the
# culprit instead of waiting out the CI limit.
dotnet test Zoom.Connector.sln --logger "console;verbosity=minimal" --blame-hang --blame-hang-timeout 3m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
awk '
  /(Passed|Failed)!  *- *Failed:/ {
    gsub(/,/, "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1);
      if ($i == "Passed:") p += $(i + 1);
      if ($i == "Skipped:") s += $(i + 1);
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
exit "$status"
