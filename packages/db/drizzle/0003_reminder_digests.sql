CREATE TABLE "reminder_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"overdue" integer NOT NULL,
	"due_soon" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reminder_digests" ADD CONSTRAINT "reminder_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_digests_user_day_uq" ON "reminder_digests" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "reminder_digests_day_idx" ON "reminder_digests" USING btree ("day");