#!/usr/bin/env bash
# Seconds from launching `./shanyraq up` to its READY line, on a fresh data folder and then on the same folder
# again (existing database), RUNS times each, with class-data sharing (the default) and without it
# (SHANYRAQ_CDS=off), interleaved so both see the same machine load. Builds the jar first so the build is not
# measured. Stops each server it started by its own PID.   Usage: app/bench/measure-startup.sh [RUNS] [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"; port="${2:-18081}"
./mvnw -q -B -DskipTests -pl app -am package
data="$(mktemp -d)"

measure() {
  local log; log="$(mktemp)"
  local start end pid
  start=$(date +%s.%N)
  ./shanyraq up --port "$port" --data "$data" > "$log" 2>&1 &
  pid=$!
  until grep -q 'READY:' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died:" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%.1f' "$(echo "$end - $start" | bc)"
}

# A warm-up start, not counted: prepares the class-data-sharing archive after a build and fills the page cache.
rm -rf "$data"; mkdir -p "$data"; measure > /dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run  mode      fresh  existing"
for i in $(seq 1 "$runs"); do
  for mode in on off; do
    rm -rf "$data"; mkdir -p "$data"
    export SHANYRAQ_CDS=$mode
    fresh=$(measure); existing=$(measure)
    echo "$i    cds=$mode   $fresh   $existing"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$data"
