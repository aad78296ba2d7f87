#!/usr/bin/env bash
# Process for process: the console host over a folder of PDFs (one process) against pdftotext run once per file over
# the same files (issue 18's speed target: Ingest >= 1.5x pdftotext pages per second). Prints pages, wall and CPU
# seconds (user + system of every thread and child), pages per CPU-second, the ratio to pdftotext, and the load average.
# Usage: tests/Ingest.Benchmarks/pdf-host-vs-pdftotext.sh FOLDER [HOST_DIR ...]
#   FOLDER: PDFs (*.pdf, not recursive), e.g. ../shared/dev-data/pdf
#   HOST_DIR: published hosts to compare side by side; none: the host is published from this checkout the way
#             docs/performance.md tells users to (dotnet publish -c Release -r linux-x64: the self-contained ReadyToRun
#             composite); with FRAMEWORK_DEPENDENT=1 also the framework-dependent ReadyToRun host
#             (-p:IngestCompositeHost=false), side by side.
# REPEATS (default 3) runs alternate the engines so that load changes touch each alike. Pages come from pdfinfo. Files
# pdftotext does not finish within PDFTOTEXT_LIMIT seconds (default 10) are left out of both sides, and listed.
# Extra runtime settings go through the environment (DOTNET_TieredCompilation=0, DOTNET_TieredPGO=1, ...).
set -euo pipefail
folder="${1:?usage: pdf-host-vs-pdftotext.sh FOLDER [HOST_DIR ...]}"
shift
repeats="${REPEATS:-3}"
limit="${PDFTOTEXT_LIMIT:-10}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v pdftotext > /dev/null && command -v pdfinfo > /dev/null || { echo "needs pdftotext and pdfinfo (poppler-utils)" >&2; exit 2; }

hosts=("$@")
# Publishes the host into $work/$1 with any extra publish arguments.
publish() {
  local name="$1"
  shift
  echo "publishing the host (dotnet publish samples/Ingest.ConsoleHost -c Release -r linux-x64 $*) ..." >&2
  dotnet publish "$repo/samples/Ingest.ConsoleHost" -c Release -r linux-x64 "$@" -o "$work/$name" > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  hosts+=("$work/$name")
}
if [ "${#hosts[@]}" -eq 0 ]; then
  # The default platform publish: the self-contained composite (compiles the whole framework: minutes).
  publish host
  # FRAMEWORK_DEPENDENT=1: also the framework-dependent ReadyToRun host (49 MB, a quick publish).
  if [ "${FRAMEWORK_DEPENDENT:-0}" = 1 ]; then
    publish host-framework-dependent -p:IngestCompositeHost=false
  fi
fi

# The set both sides read: every *.pdf that pdftotext finishes in time, copied into one folder (the host does not
# follow links out of its input folder).
mkdir "$work/set"
pages=0
files=0
left_out=()
for f in "$folder"/*.pdf; do
  if timeout "$limit" pdftotext -q "$f" /dev/null 2> /dev/null || [ $? -ne 124 ]; then
    cp "$f" "$work/set/"
    p=$(pdfinfo "$f" 2> /dev/null | awk '/^Pages:/ { print $2 }' || true)
    pages=$((pages + ${p:-0}))
    files=$((files + 1))
  else
    left_out+=("$(basename "$f")")
  fi
done
echo "files: $files, pages (pdfinfo): $pages; left out (pdftotext over ${limit} s): ${left_out[*]:-none}"

# Prints "cpu wall" of the given command (bash's time counts every waited-for child).
measure() {
  local TIMEFORMAT='%U %S %R'
  { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f %.3f", $1 + $2, $3 }'
}

pdftotext_each() {
  for f in "$work"/set/*.pdf; do
    pdftotext -q "$f" - > /dev/null || true
  done
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# One untimed run per host first: it shows the outcome counts and warms the file cache for both sides.
for h in "${hosts[@]}"; do
  echo "$h: $("$h/Ingest.ConsoleHost" --out "$work/out.jsonl" "$work/set" 2>&1 | tail -n 1)"
done
pdftotext_each

echo
echo "| run | engine | wall s | CPU s | pages per wall-s | pages per CPU-s | x pdftotext (CPU) | load (1/5/15 min) |"
echo "|---:|---|---:|---:|---:|---:|---:|---|"
for i in $(seq "$repeats"); do
  read -r ref_cpu ref_wall <<< "$(measure pdftotext_each)"
  awk -v i="$i" -v p="$pages" -v c="$ref_cpu" -v w="$ref_wall" -v l="$(load)" \
    'BEGIN { printf "| %d | pdftotext, one process per file | %.2f | %.2f | %.1f | %.1f | 1.00 | %s |\n", i, w, c, p / w, p / c, l }'
  for h in "${hosts[@]}"; do
    read -r cpu wall <<< "$(measure "$h/Ingest.ConsoleHost" --out "$work/out.jsonl" "$work/set")"
    awk -v i="$i" -v h="$h" -v p="$pages" -v c="$cpu" -v w="$wall" -v r="$ref_cpu" -v l="$(load)" \
      'BEGIN { printf "| %d | host %s | %.2f | %.2f | %.1f | %.1f | **%.2f** | %s |\n", i, h, w, c, p / w, p / c, r / c, l }'
  done
done
