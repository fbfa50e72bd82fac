CREATE TABLE "project_definitions" (
	"project_id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_definitions_project_id_version_pk" PRIMARY KEY("project_id","version")
);
