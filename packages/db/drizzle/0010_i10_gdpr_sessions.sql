-- Sessions: an idle timeout besides the absolute lifetime, a handle the user may see and end
-- (the id is the token's hash and never leaves the server), and what the list shows.
ALTER TABLE "sessions" ADD COLUMN IF NOT EXISTS "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN IF NOT EXISTS "handle" uuid DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN IF NOT EXISTS "user_agent" text;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN IF NOT EXISTS "acr" text;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "sessions_handle_idx" ON "sessions" USING btree ("handle");
--> statement-breakpoint
-- Login CSRF: the SHA-256 of a random secret kept in the browser that started the login.
ALTER TABLE "auth_requests" ADD COLUMN IF NOT EXISTS "browser_binding" text;
