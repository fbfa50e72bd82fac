-- Issue 14: corrections and withdrawals of saved case records, with the reason and the old value.
CREATE TABLE IF NOT EXISTS "record_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_key" text NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"previous" jsonb NOT NULL,
	"current" jsonb,
	"corrected_by" uuid NOT NULL,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_corrections_action_check" CHECK ("action" IN ('corrected', 'withdrawn')),
	CONSTRAINT "record_corrections_type_check" CHECK ("record_type" IN ('attendance', 'assessment', 'activity', 'exit', 'followUp'))
);
--> statement-breakpoint
DO $$ BEGIN
	ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
	ALTER TABLE "record_corrections" ADD CONSTRAINT "record_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "record_corrections_enrolment_idx" ON "record_corrections" USING btree ("enrolment_id","corrected_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "record_corrections_record_idx" ON "record_corrections" USING btree ("record_type","record_key");
