#!/usr/bin/env bash
# Whole-process runs of the console host, in CPU seconds (user + system, every thread) and wall seconds, with the
# load average beside each: start-up (--help), first result (one 9 KB fixture), and a 10 MB text document (the
# fixtures repeated), the last also with start-up and first result subtracted (steady state).
# Usage: tests/Ingest.Benchmarks/host-runs.sh HOST_DIR [REPEATS]
#   HOST_DIR: a published host, e.g. dotnet publish samples/Ingest.ConsoleHost -c Release -r linux-x64 -o /tmp/host
# Extra runtime settings can be tried through the environment (DOTNET_TieredCompilation=0, DOTNET_TieredPGO=1, ...).
set -euo pipefail
host="${1:?usage: host-runs.sh HOST_DIR [REPEATS]}"
repeats="${2:-3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fixture="$(ls "$repo"/tests/Fixtures/*.txt | head -n 1)"
large="$work/large.txt"
while [ "$(stat -c %s "$large" 2>/dev/null || echo 0)" -lt 10000000 ]; do
  cat "$repo"/tests/Fixtures/*.txt >> "$large"
done
large_mb=$(awk -v b="$(stat -c %s "$large")" 'BEGIN { printf "%.2f", b / 1e6 }')

# Prints "cpu wall" of one run of the host with the given arguments.
measure() {
  local TIMEFORMAT='%U %S %R'
  { time "$host/Ingest.ConsoleHost" "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f %.3f", $1 + $2, $3 }'
}

load() { cut -d' ' -f1 /proc/loadavg; }

echo "| run | CPU s | wall s | load |"
echo "|---|---:|---:|---:|"
for i in $(seq "$repeats"); do
  read -r cpu wall <<< "$(measure --help)"
  echo "| start-up (--help) | $cpu | $wall | $(load) |"
  read -r first_cpu first_wall <<< "$(measure --out "$work/first.jsonl" "$fixture")"
  echo "| first result (one fixture, $(stat -c %s "$fixture") bytes) | $first_cpu | $first_wall | $(load) |"
  read -r large_cpu large_wall <<< "$(measure --out "$work/large.jsonl" "$large")"
  echo "| $large_mb MB text | $large_cpu | $large_wall | $(load) |"
  awk -v mb="$large_mb" -v c="$large_cpu" -v f="$first_cpu" \
    'BEGIN { printf "| %s MB text, first result subtracted: MB per CPU-s | %.2f | | |\n", mb, mb / (c - f) }'
done
