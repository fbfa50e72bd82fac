-- The audit chain is sealed at COMMIT, not at INSERT (ADR 0027). Migration 0008 chained
-- each row in a BEFORE INSERT trigger that took the chain's lock until the transaction
-- ended: every request that read personal data held the one lock from its audit insert
-- to its COMMIT, including the time its server took to send COMMIT. Under load all
-- requests queued behind one another (the production-shape smoke: p50 7 s, pool time-outs).
-- Now the insert writes the row unsealed, and a deferred constraint trigger seals it
-- (sequence number, previous hash, hash) inside COMMIT: the lock is held only there.
ALTER TABLE "audit_events" ALTER COLUMN "chain_seq" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;
--> statement-breakpoint
-- At insert: the chain columns are the database's to set, never the writer's.
CREATE OR REPLACE FUNCTION opis_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.chain_seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- At commit, for each row the transaction inserted, in insertion order: take the chain's
-- lock (held for the rest of COMMIT), read the last sealed row, seal this one. Runs as
-- the table's owner: the runtime role may not update audit rows (migration 0009).
CREATE OR REPLACE FUNCTION opis_audit_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('opis:audit-chain'));
  SELECT chain_seq, hash INTO last_seq, last_hash
    FROM audit_events WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
  next_seq := coalesce(last_seq, 0) + 1;
  PERFORM set_config('opis.audit_sealing', 'on', true);
  UPDATE audit_events
     SET chain_seq = next_seq,
         prev_hash = last_hash,
         hash = opis_audit_row_hash(last_hash, next_seq, id, at, actor_user_id, action,
                                    subject_type, subject_id, person_ids, details)
   WHERE id = NEW.id;
  PERFORM set_config('opis.audit_sealing', 'off', true);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Updates stay refused, except the seal's own: chain columns of a row not yet sealed
-- (only its own transaction can see such a row), content unchanged.
CREATE OR REPLACE FUNCTION opis_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('opis.audit_sealing', true) = 'on'
     AND OLD.hash IS NULL
     AND (NEW.id, NEW.at, NEW.actor_user_id, NEW.action, NEW.subject_type, NEW.subject_id,
          NEW.person_ids, NEW.details)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.at, OLD.actor_user_id, OLD.action, OLD.subject_type, OLD.subject_id,
          OLD.person_ids, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_events_seal ON audit_events;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_events_seal
  AFTER INSERT ON audit_events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION opis_audit_seal();
