-- A draft intake keeps what was entered even when it is not yet a valid fact (a "Ja" on the
-- assessment question whose date is still empty) and the decision as far as it was filled in
-- (issue 14). Idempotent, so a renumbered re-run is harmless.
ALTER TABLE "intakes" ADD COLUMN IF NOT EXISTS "draft_entries" jsonb DEFAULT '{}'::jsonb NOT NULL;
