#!/usr/bin/env bash
# Regenerates every src project's PublicAPI.Unshipped.txt from Microsoft.CodeAnalysis.PublicApiAnalyzers' diagnostics:
#   RS0016 "Symbol '...' is not part of the declared public API"   -> the symbol is added;
#   RS0017 "Symbol '...' is part of the declared API, but is ..."  -> the symbol is removed (it no longer exists).
# The result is sorted, starts with '#nullable enable', and running the script again changes nothing.
# PublicAPI.Shipped.txt is never edited: a symbol RS0017 reports there is a breaking change and is only listed.
# Usage: eng/public-api.sh [-c Debug|Release]   (default Release). Run it after adding or changing public API
# (and after merging main), then review the diff of the PublicAPI.*.txt files like any other code change.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    -c|--configuration) configuration="$2"; shift 2 ;;
    *) echo "usage: $0 [-c Debug|Release]" >&2; exit 2 ;;
  esac
done

# Every packable project: the ones that have a PublicAPI.Unshipped.txt beside their .csproj.
mapfile -t projects < <(for f in src/*/PublicAPI.Unshipped.txt; do ls "$(dirname "$f")"/*.csproj; done)
if [ ${#projects[@]} -eq 0 ]; then
  echo "no src/*/PublicAPI.Unshipped.txt found" >&2
  exit 1
fi

# Order the projects so that each comes after the src projects it references: each is then compiled once, with
# --no-dependencies, instead of recompiling Zoom.Connector for every project that references it.
ordered=()
remaining=("${projects[@]}")
while [ ${#remaining[@]} -gt 0 ]; do
  next=()
  progressed=false
  for project in "${remaining[@]}"; do
    ready=true
    for reference in $(grep -oE 'ProjectReference Include="[^"]+"' "$project" | sed -E 's/.*Include="([^"]+)"/\1/; s#\\#/#g'); do
      name=$(basename "$reference")
      for pending in "${remaining[@]}"; do
        if [ "$(basename "$pending")" = "$name" ] && [ "$pending" != "$project" ]; then ready=false; fi
      done
    done
    if $ready; then ordered+=("$project"); progressed=true; else next+=("$project"); fi
  done
  if ! $progressed; then echo "project references form a loop: ${remaining[*]}" >&2; exit 1; fi
  remaining=("${next[@]+"${next[@]}"}")
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
first=true
for project in "${ordered[@]}"; do
  echo "building $project" >&2
  dependencies=()
  if ! $first; then dependencies=(--no-dependencies); fi
  first=false
  # --no-incremental: an up-to-date project would not be compiled and would report nothing.
  if ! dotnet build "$project" -c "$configuration" --no-incremental "${dependencies[@]}" -nologo \
      -clp:NoSummary -p:TreatWarningsAsErrors=false -p:EnforceCodeStyleInBuild=false >>"$log" 2>&1; then
    grep -E ': error ' "$log" | sort -u >&2 || true
    echo "build of $project failed; the PublicAPI files were not changed" >&2
    exit 1
  fi
done

status=0
for project in "${ordered[@]}"; do
  dir=$(dirname "$project")
  full=$(cd "$dir" && pwd)/$(basename "$project")
  unshipped="$dir/PublicAPI.Unshipped.txt"
  added=$(mktemp); removed=$(mktemp); current=$(mktemp)
  # Diagnostics end with " [<full path of the project>]"; the symbol is the quoted API line of the message.
  grep -F "[$full]" "$log" | grep -E 'warning RS0016: ' \
    | sed -E "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u >"$added" || true
  grep -F "[$full]" "$log" | grep -E 'warning RS0017: ' \
    | sed -E "s/.*warning RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/" \
    | sort -u >"$removed" || true
  grep -vE '^(#nullable enable)?[[:space:]]*$' "$unshipped" | sort -u >"$current" || true
  {
    echo '#nullable enable'
    LC_ALL=C sort -u <(grep -vxF -f "$removed" "$current" || true) "$added"
  } >"$unshipped.new"
  # Symbols RS0017 reports that were not in Unshipped come from Shipped: removing shipped API breaks callers.
  if broken=$(grep -vxF -f "$current" "$removed") && [ -n "$broken" ]; then
    echo "$dir: shipped API no longer exists (a breaking change; PublicAPI.Shipped.txt left as is):" >&2
    echo "$broken" | sed 's/^/  /' >&2
    status=1
  fi
  mv "$unshipped.new" "$unshipped"
  echo "$unshipped: +$(wc -l <"$added") -$(wc -l <"$removed")" >&2
  rm -f "$added" "$removed" "$current"
done
exit "$status"
