-- The database roles of the production shape, run once on a new cluster by its superuser:
-- compose.yaml's init script (init-opis.sh) and the production-shape smoke run this file.
-- psql variables: opis_password, replicator_password.
--
-- The server connects as `opis`. It owns the `opis` database, so the migrations it runs at
-- start can create tables and pg-boss its schema, but it is no superuser: it cannot create
-- roles or databases, read other databases, change server settings or bypass row security.
-- `replicator` may only stream WAL to the replicas.
CREATE ROLE opis LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'opis_password';
CREATE DATABASE opis OWNER opis;
REVOKE ALL ON DATABASE opis FROM PUBLIC;
CREATE ROLE replicator LOGIN REPLICATION PASSWORD :'replicator_password';
