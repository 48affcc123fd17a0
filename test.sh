#!/usr/bin/env bash
# Runs every test project of the solution. Extra arguments go to `dotnet test` (e.g. -c Release --no-build).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Zoom.Connector.sln --logger "console;verbosity=minimal" "$@"
