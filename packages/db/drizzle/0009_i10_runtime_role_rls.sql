-- Issue 10: least privilege and row-level security (ADR 0014, docs/database-roles.md).
-- Migrations run as the owner. A request's transactions run as `opis_runtime`
-- (SET LOCAL ROLE), which reads and writes the tables but has no DDL and cannot change
-- or delete audit rows; row-level security on the person tables then shows it only the
-- caller's rows, from transaction-local settings opis.user_id/role/office/municipality.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'opis_runtime') THEN
    -- The production owner may not create roles: infra/postgres/opis-roles.sql creates it.
    BEGIN
      CREATE ROLE opis_runtime NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'role opis_runtime is missing and % may not create it: run infra/postgres/opis-roles.sql as the superuser', current_user;
    -- Roles belong to the cluster: another database migrating at the same moment may
    -- have created it between the check and here.
    WHEN unique_violation OR duplicate_object THEN NULL;
    END;
  END IF;
END
$$;
--> statement-breakpoint
-- The connecting (owner) role must be a member to SET ROLE; a superuser needs no grant,
-- and an owner that may not grant it gets a clear error at the first request instead.
DO $$
BEGIN
  EXECUTE format('GRANT opis_runtime TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'could not grant opis_runtime to %: %', current_user, SQLERRM;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO opis_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO opis_runtime;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO opis_runtime;
--> statement-breakpoint
-- Tables later migrations add are the runtime's to use too (they run as the same owner).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO opis_runtime;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO opis_runtime;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM opis_runtime;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM opis_runtime;
--> statement-breakpoint
-- May the caller (from the transaction's settings) see this participation? An officer
-- their office's (or, without an office, their own), a coordinator their municipality's,
-- evaluators and project management all (they read aggregates and pseudonyms only).
CREATE OR REPLACE FUNCTION opis_caller_sees_enrolment(
  municipality_code text, office text, officer_user_id uuid
) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('opis.role', true)
    WHEN 'officer' THEN
      (coalesce(current_setting('opis.office', true), '') <> ''
        AND office = current_setting('opis.office', true))
      OR officer_user_id::text = current_setting('opis.user_id', true)
    WHEN 'coordinator' THEN
      coalesce(current_setting('opis.municipality', true), '') <> ''
        AND municipality_code = current_setting('opis.municipality', true)
    WHEN 'evaluator' THEN true
    WHEN 'admin' THEN true
    ELSE false
  END
$$;
--> statement-breakpoint
-- The person's cases in a project, whoever owns them: the intake look-up must tell
-- "active elsewhere" without letting the caller read the other office's rows. Runs as
-- the owner (SECURITY DEFINER) and returns no names and no facts.
CREATE OR REPLACE FUNCTION opis_cases_of_person(person uuid, project text)
RETURNS TABLE (kind text, id uuid, status text, officer_user_id uuid, office text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT 'intake', i.id, i.status, i.officer_user_id, u.office
    FROM intakes i JOIN users u ON u.id = i.officer_user_id
   WHERE i.person_id = person AND i.project_id = project
  UNION ALL
  SELECT 'enrolment', e.id, e.status, e.officer_user_id, e.office
    FROM enrolments e
   WHERE e.person_id = person AND e.project_id = project
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION opis_cases_of_person(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION opis_cases_of_person(uuid, text) TO opis_runtime;
--> statement-breakpoint
ALTER TABLE enrolments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS enrolments_caller_scope ON enrolments;
--> statement-breakpoint
CREATE POLICY enrolments_caller_scope ON enrolments TO opis_runtime
  USING (opis_caller_sees_enrolment(municipality_code, office, officer_user_id))
  WITH CHECK (opis_caller_sees_enrolment(municipality_code, office, officer_user_id));
--> statement-breakpoint
-- An officer finds anyone by personal number (the look-up answers only in three words);
-- a coordinator sees the people of their municipality's participations; evaluators no one.
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
DROP POLICY IF EXISTS people_caller_scope ON people;
--> statement-breakpoint
CREATE POLICY people_caller_scope ON people TO opis_runtime
  USING (
    current_setting('opis.role', true) IN ('officer', 'admin')
    OR (current_setting('opis.role', true) = 'coordinator'
        AND EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = people.id))
  )
  WITH CHECK (current_setting('opis.role', true) IN ('officer', 'admin'));
--> statement-breakpoint
-- Intakes: an officer their office's; others through the participation it led to.
ALTER TABLE intakes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
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
  WITH CHECK (officer_user_id::text = current_setting('opis.user_id', true));
--> statement-breakpoint
-- Everything recorded about one participation follows the participation's visibility
-- (the subquery on enrolments is itself filtered by the policy above).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['activities', 'attendance', 'attendance_totals', 'assessments',
                           'exits', 'follow_ups', 'case_notes', 'joint_plans'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_caller_scope', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO opis_runtime
         USING (EXISTS (SELECT 1 FROM enrolments e WHERE e.id = %I.enrolment_id))
         WITH CHECK (EXISTS (SELECT 1 FROM enrolments e WHERE e.id = %I.enrolment_id))',
      t || '_caller_scope', t, t, t);
  END LOOP;
END
$$;
