-- The database roles of the production shape, run once on a new cluster by its superuser:
-- compose.yaml's init script (init-opis.sh) and the production-shape smoke run this file.
-- psql variables: opis_password, replicator_password.
--
-- The server connects as `opis`. It owns the `opis` database, so the migrations it runs at
-- start can create tables and pg-boss its schema, but it is no superuser: it cannot create
-- roles or databases, read other databases, change server settings or bypass row security.
-- `replicator` may only stream WAL to the replicas.
-- `opis_runtime` is what a request's transactions run as (SET LOCAL ROLE, ADR 0014): no
-- login, no DDL, no edits of the audit log, subject to row-level security. Migration 0009
-- grants it its table privileges; `opis` must be a member to switch to it.
CREATE ROLE opis LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'opis_password';
CREATE DATABASE opis OWNER opis;
REVOKE ALL ON DATABASE opis FROM PUBLIC;
CREATE ROLE opis_runtime NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
GRANT opis_runtime TO opis;
CREATE ROLE replicator LOGIN REPLICATION PASSWORD :'replicator_password';
