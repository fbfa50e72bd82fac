CREATE TABLE "attendance_totals" (
	"enrolment_id" uuid PRIMARY KEY NOT NULL,
	"planned_minutes" integer NOT NULL,
	"present_minutes" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance_totals" ADD CONSTRAINT "attendance_totals_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Recomputes the totals of the given enrolments from their attendance rows. Enrolments
-- that no longer exist (a cascading delete) are skipped; their totals go with them.
CREATE FUNCTION "attendance_totals_recompute"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "attendance_totals" ("enrolment_id", "planned_minutes", "present_minutes")
  SELECT e."id", coalesce(sum(a."planned_minutes"), 0), coalesce(sum(a."present_minutes"), 0)
  FROM "enrolments" e LEFT JOIN "attendance" a ON a."enrolment_id" = e."id"
  WHERE e."id" = ANY(ids)
  GROUP BY e."id"
  ON CONFLICT ("enrolment_id") DO UPDATE
    SET "planned_minutes" = excluded."planned_minutes", "present_minutes" = excluded."present_minutes";
$$;
--> statement-breakpoint
-- One statement-level trigger per operation: each sees the rows it changed as a
-- transition table and recomputes only those enrolments, once per statement.
CREATE FUNCTION "attendance_totals_after_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "attendance_totals_recompute"(ARRAY(SELECT DISTINCT "enrolment_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "attendance_totals_recompute"(ARRAY(SELECT DISTINCT "enrolment_id" FROM old_rows));
  ELSE
    PERFORM "attendance_totals_recompute"(ARRAY(
      SELECT "enrolment_id" FROM old_rows UNION SELECT "enrolment_id" FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "attendance_totals_insert" AFTER INSERT ON "attendance"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_totals_after_change"();
--> statement-breakpoint
CREATE TRIGGER "attendance_totals_update" AFTER UPDATE ON "attendance"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_totals_after_change"();
--> statement-breakpoint
CREATE TRIGGER "attendance_totals_delete" AFTER DELETE ON "attendance"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "attendance_totals_after_change"();
--> statement-breakpoint
-- ALWAYS: bulk loads (the demo seed, benchmarks) run with session_replication_role =
-- replica to skip foreign-key checks; derived totals must be kept even then.
ALTER TABLE "attendance" ENABLE ALWAYS TRIGGER "attendance_totals_insert";
--> statement-breakpoint
ALTER TABLE "attendance" ENABLE ALWAYS TRIGGER "attendance_totals_update";
--> statement-breakpoint
ALTER TABLE "attendance" ENABLE ALWAYS TRIGGER "attendance_totals_delete";
--> statement-breakpoint
-- Existing attendance, summed once.
INSERT INTO "attendance_totals" ("enrolment_id", "planned_minutes", "present_minutes")
SELECT "enrolment_id", sum("planned_minutes"), sum("present_minutes")
FROM "attendance" GROUP BY "enrolment_id";
