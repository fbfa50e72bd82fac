-- Corrections of a person's name or number with the old value kept (GDPR art. 16), and
-- the day a person's data were pseudonymised under the retention rule (ADR 0016).
CREATE TABLE IF NOT EXISTS "person_corrections" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "person_id" uuid NOT NULL REFERENCES "people"("id"),
  "field" text NOT NULL CHECK ("field" IN ('givenName', 'familyName', 'personalIdentityNumber')),
  "old_value" text NOT NULL,
  "new_value" text NOT NULL,
  "reason" text NOT NULL,
  "corrected_by_user_id" uuid REFERENCES "users"("id"),
  "corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "person_corrections_person_idx" ON "person_corrections" USING btree ("person_id", "corrected_at");
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN IF NOT EXISTS "pseudonymised_at" timestamp with time zone;
