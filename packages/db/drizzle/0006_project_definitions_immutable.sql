-- A registered project definition version never changes: figures computed under it must
-- stay reproducible. A changed definition is inserted as the next version instead.
CREATE OR REPLACE FUNCTION project_definitions_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'project definition % version % cannot be changed; add a new version',
    OLD.project_id, OLD.version USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_definitions_immutable
  BEFORE UPDATE ON project_definitions
  FOR EACH ROW EXECUTE FUNCTION project_definitions_refuse_update();
