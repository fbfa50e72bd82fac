-- Issue 10: the audit log is append-only and tamper-evident (ADR 0013).
-- Each row carries the SHA-256 of the previous row's hash and its own content, in the
-- order of chain_seq; inserts are serialised by a transaction-level advisory lock, so
-- two transactions never chain to the same predecessor. `npm run opis -- audit verify`
-- recomputes the chain and names the first row that does not match.
ALTER TABLE "audit_events" ADD COLUMN IF NOT EXISTS "chain_seq" bigint;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN IF NOT EXISTS "prev_hash" text;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN IF NOT EXISTS "hash" text;
--> statement-breakpoint
-- The row's content as hashed: a JSON array, so field boundaries are unambiguous, with the
-- time in UTC whatever the session's time zone.
CREATE OR REPLACE FUNCTION opis_audit_row_hash(
  prev_hash text, chain_seq bigint, id bigint, at timestamptz, actor_user_id uuid,
  action text, subject_type text, subject_id text, person_ids uuid[], details jsonb
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    coalesce(prev_hash, '') || '|' || jsonb_build_array(
      chain_seq, id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      actor_user_id, action, subject_type, subject_id, person_ids, details
    )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Rows written before the chain existed are chained in id order, once.
DO $$
DECLARE
  r record;
  previous text := NULL;
  seq bigint := 0;
BEGIN
  IF EXISTS (SELECT 1 FROM audit_events WHERE hash IS NOT NULL) THEN
    RETURN;
  END IF;
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    seq := seq + 1;
    UPDATE audit_events
      SET chain_seq = seq, prev_hash = previous,
          hash = opis_audit_row_hash(previous, seq, r.id, r.at, r.actor_user_id, r.action,
                                     r.subject_type, r.subject_id, r.person_ids, r.details)
      WHERE id = r.id
      RETURNING hash INTO previous;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_seq" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "audit_events_chain_seq_uq" ON "audit_events" ("chain_seq");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_events_person_ids_idx" ON "audit_events" USING gin ("person_ids");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION opis_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  -- Held to the end of the transaction: the next writer waits, then sees this row.
  PERFORM pg_advisory_xact_lock(hashtext('opis:audit-chain'));
  SELECT chain_seq, hash INTO last_seq, last_hash
    FROM audit_events ORDER BY chain_seq DESC LIMIT 1;
  NEW.chain_seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.hash := opis_audit_row_hash(NEW.prev_hash, NEW.chain_seq, NEW.id, NEW.at,
    NEW.actor_user_id, NEW.action, NEW.subject_type, NEW.subject_id, NEW.person_ids,
    NEW.details);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_events_chain ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION opis_audit_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION opis_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION opis_audit_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION opis_audit_refuse_change();
