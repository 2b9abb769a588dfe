#!/usr/bin/env bash
# Starts Debian's packaged PostgreSQL, makes a database owned by a non-superuser role and a least-privilege role for
# the server (docs/server.md, "An external PostgreSQL"), and runs the registry end-to-end check against it.
set -euo pipefail
cd "$(dirname "$0")/.."
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
pg_lsclusters | grep -q "^$version *main" || pg_createcluster "$version" main
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
port="$(pg_lsclusters | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
owner_pw="owner-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
app_pw="app-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
db="shanyraq_e2e_$$"
su postgres -c "psql -q -p $port" <<SQL
drop database if exists $db;
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = 'shanyraq_owner') then create role shanyraq_owner login; end if;
  if not exists (select 1 from pg_roles where rolname = 'shanyraq_app') then create role shanyraq_app login; end if;
end \$\$;
alter role shanyraq_owner nosuperuser nocreatedb nocreaterole password '$owner_pw';
alter role shanyraq_app nosuperuser nocreatedb nocreaterole password '$app_pw';
create database $db owner shanyraq_owner;
SQL
echo "external PostgreSQL $version on port $port, database $db owned by shanyraq_owner (no superuser)"
E2E_OWNER_PASSWORD="$owner_pw" E2E_APP_PASSWORD="$app_pw" \
  .ci/registry-e2e.sh external "jdbc:postgresql://localhost:$port/$db"
su postgres -c "psql -q -p $port -c 'drop database $db'"
