-- A decided resource request stays on the requester's to-do list until they open it
-- (issue 14). Idempotent, so a renumbered re-run is harmless.
ALTER TABLE "resource_requests" ADD COLUMN IF NOT EXISTS "decision_seen_at" timestamp with time zone;
