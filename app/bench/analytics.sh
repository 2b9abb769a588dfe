#!/usr/bin/env bash
# Analytics timings against a running server (docs/analytics.md, BENCHMARKS.md "Analytics"):
#   ./shanyraq up --data DIR --port PORT   (after ./shanyraq recompute on DIR), then
#   app/bench/analytics.sh PORT MONTH [RUNS]
# Prints each request's wall time (curl's time_total) and the median and maximum: a month's national dashboard,
# a region's dashboard, the map, and the month's report (PDF and XLSX rendered, in ru and kk).
set -euo pipefail
port=${1:?port}; month=${2:?month YYYY-MM}; runs=${3:-10}
base="http://127.0.0.1:$port/api/analytics"
auth=(-u analyst:shanyraq-demo)
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.3f s, max %.3f s (n=%d)\n", a[int((NR+1)/2)], a[NR], NR}'; }
time_get() { curl -s -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$1"; }
curl -s -o /dev/null "${auth[@]}" "$base/dashboard?month=$month"   # warm-up (and capture check)
for what in "dashboard?month=$month" "dashboard?month=$month&region=KZ-61" "map?month=$month&figure=coverage&key=targeted-social-assistance"; do
  echo -n "GET $what: "
  for i in $(seq "$runs"); do time_get "$base/$what"; done | stats
done
for lang in ru kk; do
  echo -n "POST reports?month=$month&language=$lang (PDF + XLSX): "
  for i in $(seq 3); do curl -s -o /dev/null -w '%{time_total}\n' -X POST "${auth[@]}" "$base/reports?month=$month&language=$lang"; done | stats
done
