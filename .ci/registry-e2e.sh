#!/usr/bin/env bash
# One registry for every command (issue 23): on one embedded data folder, and on one external PostgreSQL owned by a
# non-superuser, run generate → up (health, a family read) → stop → recompute → up again (the run is listed) →
# an import through the API → recompute again. Usage: .ci/registry-e2e.sh embedded | external JDBC-URL
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?embedded or external}"
port="${E2E_PORT:-18080}"
work="$(mktemp -d)"
log="$work/server.log"
server=""
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi' EXIT

say() { echo "registry-e2e [$mode]: $*"; }
fail() { echo "registry-e2e [$mode]: FAILED: $*" >&2; [ -f "$log" ] && tail -40 "$log" >&2; exit 1; }

if [ "$mode" = embedded ]; then
  data="$work/data"
  where=(--data "$data")
  up_args=(--data "$data")
else
  url="${2:?external needs a JDBC URL}"
  where=(--database "$url?user=shanyraq_owner&password=${E2E_OWNER_PASSWORD:?}")
  up_args=(--database "$url")
  # The server signs in as the least-privilege role; migrations run as the schema owner.
  export SPRING_DATASOURCE_USERNAME=shanyraq_app SPRING_DATASOURCE_PASSWORD="${E2E_APP_PASSWORD:?}"
  export SPRING_FLYWAY_USER=shanyraq_owner SPRING_FLYWAY_PASSWORD="$E2E_OWNER_PASSWORD"
  # demo users on the generated registry, so that the check can sign in
  export SPRING_PROFILES_ACTIVE=demo
fi

start_server() {
  : > "$log"
  ./shanyraq up --port "$port" "${up_args[@]}" > "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do
    if curl -fsS "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$server" 2>/dev/null || fail "the server exited while starting"
    sleep 1
  done
  fail "the server was not healthy within 4 minutes"
}

stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

say "generate"
./shanyraq generate --scale 0.002 --seed 3 "${where[@]}" || fail "generate"

say "up on the generated registry"
start_server
iin="$(grep -o 'Demo: a family to look up in district KZ-59-01 (consultant.sko), IIN [0-9]*' "$log" | head -1 | grep -o '[0-9]*$' || true)"
[ -n "$iin" ] || fail "no family of KZ-59-01 named in the log"
code="$(curl -s -o "$work/person.json" -w '%{http_code}' -u consultant.sko:shanyraq-demo -H 'X-Purpose: entitlement-check' "localhost:$port/api/persons/$iin")"
[ "$code" = 200 ] || fail "reading a person of the generated registry answered $code: $(cat "$work/person.json")"
stop_server

say "recompute of a past date (inside the synthetic country's two years of history)"
./shanyraq recompute --on 2025-11-01 "${where[@]}" --threads 2 | tee "$work/recompute1.txt" || fail "recompute"
grep -q '^families=' "$work/recompute1.txt" || fail "recompute printed no summary"

say "up again: the run is listed"
start_server
curl -fsS -u analyst:shanyraq-demo "localhost:$port/api/recompute/runs" > "$work/runs.json" || fail "runs"
grep -q '"2025-11-01"' "$work/runs.json" || fail "the published run is not listed: $(cat "$work/runs.json")"

say "import through the API"
code="$(curl -s -o "$work/import.json" -w '%{http_code}' -u operator:shanyraq-demo -H 'Content-Type: text/csv' \
  --data-binary @ingest/src/test/resources/samples/persons.csv "localhost:$port/api/imports/persons?batchId=e2e-persons-1")"
[ "$code" = 201 ] || fail "import answered $code: $(cat "$work/import.json")"
stop_server

say "recompute again"
./shanyraq recompute --on 2026-10-01 "${where[@]}" --threads 2 | tee "$work/recompute2.txt" || fail "second recompute"
grep -q '^families=' "$work/recompute2.txt" || fail "second recompute printed no summary"
say "passed"
rm -rf "$work"
