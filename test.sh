#!/usr/bin/env bash
# Runs every test project of the solution. Extra arguments go to `dotnet test` (e.g. -c Release --no-build).
# Prints one closing line with the totals over all test projects: "Tests: N passed, N failed, N skipped".
# Before the tests, it runs the README's first command exactly as written (see below).
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
readme_dir=$(mktemp -d)
trap 'rm -rf "$log" "$readme_dir"' EXIT

# The README's first command, read from README.md (the first `dotnet run` line of a code block) and run exactly as
# written from the repository root, as a new user types it: it builds and runs the sample on the built-in emulator.
# Its emulator state and support log go to a temporary folder through the environment, so the work tree stays clean.
readme_command=$(awk '/^```/ { fenced = !fenced; next } fenced && /^dotnet run / { print; exit }' README.md)
readme_status=0
if [ -z "$readme_command" ]; then
  echo "README first command: FAILED, README.md has no 'dotnet run' line in a code block."
  readme_status=1
elif Zoom__Emulator__DataPath="$readme_dir/state" Zoom__SupportLog__Directory="$readme_dir/support-log" \
  MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 \
  timeout 900 bash -c "$readme_command" >"$readme_dir/stdout" 2>"$readme_dir/stderr" \
  && grep -q '^Meeting scheduled:' "$readme_dir/stdout"; then
  echo "README first command: passed ($readme_command)"
else
  echo "README first command: FAILED ($readme_command)"
  cat "$readme_dir/stdout" "$readme_dir/stderr"
  readme_status=1
fi

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
if [ "$status" -eq 0 ]; then
  status=$readme_status
fi
exit "$status"
