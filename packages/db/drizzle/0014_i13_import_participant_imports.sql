-- Historical import (issue 13): facts at start may be unknown, and each import is one
-- event that can be listed and undone. Idempotent, so a renumbered re-run is harmless.
ALTER TABLE "enrolments" ALTER COLUMN "has_disability" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "enrolments" ALTER COLUMN "birth_region" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "enrolments" ALTER COLUMN "language_level_at_start" DROP NOT NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "participant_imports" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "project_id" text NOT NULL,
  "file_name" text NOT NULL,
  "file_sha256" text NOT NULL,
  "row_count" integer NOT NULL,
  "added_count" integer NOT NULL,
  "skipped_count" integer NOT NULL,
  "exits_added" integer NOT NULL,
  "outcomes_added" integer NOT NULL,
  "imported_by" uuid REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "undone_at" timestamp with time zone,
  "undone_by" uuid REFERENCES "users"("id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "participant_imports_project_idx" ON "participant_imports" ("project_id", "created_at");
--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN IF NOT EXISTS "import_id" uuid REFERENCES "participant_imports"("id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "enrolments_import_idx" ON "enrolments" ("import_id");
--> statement-breakpoint
-- The historical import (project management, role admin) writes intakes on behalf of the
-- officers named in the file: the intake policy's check lets the administrator do that too.
DROP POLICY IF EXISTS intakes_caller_scope ON intakes;
--> statement-breakpoint
CREATE POLICY intakes_caller_scope ON intakes TO opis_runtime
  USING (
    current_setting('opis.role', true) IN ('evaluator', 'admin')
    OR officer_user_id::text = current_setting('opis.user_id', true)
    OR (current_setting('opis.role', true) = 'officer'
        AND coalesce(current_setting('opis.office', true), '') <> ''
        AND EXISTS (SELECT 1 FROM users u
                     WHERE u.id = intakes.officer_user_id
                       AND u.office = current_setting('opis.office', true)))
    OR EXISTS (SELECT 1 FROM enrolments e WHERE e.intake_id = intakes.id)
  )
  WITH CHECK (
    officer_user_id::text = current_setting('opis.user_id', true)
    OR current_setting('opis.role', true) = 'admin'
  );
