-- Consent to share between AF and the municipality, the art. 13 information and the legal
-- bases, recorded at intake (ADR 0016).
CREATE TABLE IF NOT EXISTS "sharing_consents" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "person_id" uuid NOT NULL REFERENCES "people"("id"),
  "intake_id" uuid NOT NULL REFERENCES "intakes"("id"),
  "informed_on" date NOT NULL,
  "notice_version" text NOT NULL,
  "status" text NOT NULL CHECK ("status" IN ('given', 'declined', 'withdrawn')),
  "decided_on" date NOT NULL,
  "health_data_basis" text NOT NULL CHECK ("health_data_basis" IN ('explicitConsent', 'notRecorded')),
  "legal_bases" jsonb NOT NULL,
  "recorded_by_user_id" uuid NOT NULL REFERENCES "users"("id"),
  "recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
  "withdrawn_on" date,
  "withdrawn_by_user_id" uuid REFERENCES "users"("id"),
  "withdrawn_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "sharing_consents_withdrawal_complete" CHECK (
    ("status" = 'withdrawn') = ("withdrawn_on" IS NOT NULL)
  )
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "sharing_consents_intake_uq" ON "sharing_consents" USING btree ("intake_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sharing_consents_person_idx" ON "sharing_consents" USING btree ("person_id");
