#!/usr/bin/env bash
# Runs once in the postgres image's docker-entrypoint-initdb.d on an empty data directory:
# the roles of infra/postgres/opis-roles.sql, and streaming replication for `replicator`.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v opis_password="$OPIS_DB_PASSWORD" -v replicator_password="$REPLICATION_PASSWORD" \
  -f /opis/opis-roles.sql
echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
