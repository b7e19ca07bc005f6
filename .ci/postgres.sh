#!/usr/bin/env bash
# A local PostgreSQL for the store's PostgreSQL tests: install it from Debian's packages
# when missing, start it on localhost when it is not running, and create the role and
# database the tests use.  Prints the URL to export as MULTIVECTOR_TEST_PG.
# Needs root (as CI and the developers' machines run).  Safe to run again.
set -euo pipefail
PG_USER=multivector
PG_PASSWORD=multivector
PG_DB=multivector_test

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h | grep -q .; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$version" main >/dev/null
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 1
done
as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'\"")" != "1" ]; then
  as_postgres "-c \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'\""
fi
if [ "$(as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'\"")" != "1" ]; then
  as_postgres "-c \"CREATE DATABASE $PG_DB OWNER $PG_USER\""
fi
echo "postgresql://$PG_USER:$PG_PASSWORD@localhost:$port/$PG_DB"
