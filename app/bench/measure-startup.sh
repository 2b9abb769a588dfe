#!/usr/bin/env bash
# Seconds from launching `./shanyraq up` to its READY line, on a fresh data folder and then on the same folder
# again (existing database), RUNS times each. Builds the jar first so the build is not measured. Stops each server
# it started by its own PID.   Usage: app/bench/measure-startup.sh [RUNS] [PORT]
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
  echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  rm -rf "$data"; mkdir -p "$data"
  echo "run $i: fresh data folder    $(measure) s"
  echo "run $i: existing data folder $(measure) s"
done
rm -rf "$data"
