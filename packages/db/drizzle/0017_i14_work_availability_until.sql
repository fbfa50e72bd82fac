-- Issue 14: the participant's work availability (arbetsutbud) can end on a date (an AF decision);
-- null means open-ended. Idempotent, so a renumbered re-run is harmless. Table-level grants and
-- the enrolments policy (0009) already cover the new column.
ALTER TABLE "enrolments" ADD COLUMN IF NOT EXISTS "work_availability_until" date;
--> statement-breakpoint
-- A changed percent is a correction of a saved figure (ADR 0021), kept with its reason and old value.
ALTER TABLE "record_corrections" DROP CONSTRAINT IF EXISTS "record_corrections_type_check";
--> statement-breakpoint
ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_type_check" CHECK ("record_type" IN ('attendance', 'assessment', 'activity', 'exit', 'followUp', 'workAvailability'));
