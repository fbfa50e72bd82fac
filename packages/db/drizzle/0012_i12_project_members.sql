-- Issue 12: a user belongs to one or more projects (ADR 0028). Every call about a project
-- checks that its caller is a member; the apps keep the active project in the URL.
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "project_ids" text[] NOT NULL DEFAULT '{}';
--> statement-breakpoint
-- Users that exist already keep what they could do: every project with a definition or data.
UPDATE "users" SET "project_ids" = (
  SELECT coalesce(array_agg(DISTINCT p.project_id ORDER BY p.project_id), '{}')
    FROM (SELECT project_id FROM project_definitions
          UNION SELECT project_id FROM enrolments
          UNION SELECT project_id FROM intakes) p
) WHERE "project_ids" = '{}';
