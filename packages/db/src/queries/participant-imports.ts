import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { participantImports, users } from "../schema";

/** An officer a row's officerEmail may name. */
export interface ImportOfficer {
  id: string;
  email: string;
  office: string;
}

/** Active officers by lower-case e-mail: the owners an imported participation can have. */
export async function loadImportOfficers(db: Executor): Promise<Map<string, ImportOfficer>> {
  const rows = await db
    .select({ id: users.id, email: users.email, office: users.office })
    .from(users)
    .where(and(eq(users.role, "officer"), eq(users.active, true)));
  const byEmail = new Map<string, ImportOfficer>();
  for (const r of rows) {
    if (r.email)
      byEmail.set(r.email.toLowerCase(), { id: r.id, email: r.email, office: r.office ?? "" });
  }
  return byEmail;
}

/** "personnummer|start date" of every participation the project already has: what an import skips. */
export async function loadParticipationKeys(db: Executor, projectId: string): Promise<Set<string>> {
  const result = (await db.execute(sql`
    SELECT p.personal_identity_number || '|' || e.start_date::text AS key
    FROM enrolments e JOIN people p ON p.id = e.person_id
    WHERE e.project_id = ${projectId}`)) as unknown as { rows: { key: string }[] };
  return new Set(result.rows.map((r) => r.key));
}

/** Ids of the people with these personal identity numbers who already exist. */
export async function findPeopleIds(
  db: Executor,
  personalIdentityNumbers: readonly string[],
): Promise<Map<string, string>> {
  if (personalIdentityNumbers.length === 0) return new Map();
  const result = (await db.execute(sql`
    SELECT id, personal_identity_number AS pin FROM people
    WHERE personal_identity_number = ANY(${sql.param([...personalIdentityNumbers])}::text[])`)) as unknown as {
    rows: { id: string; pin: string }[];
  };
  return new Map(result.rows.map((r) => [r.pin, r.id]));
}

/** Columns of one batch of imported rows, one array per column (written with unnest: one statement per table). */
export interface ImportBatch {
  people: {
    id: string[];
    personalIdentityNumber: string[];
    identityKind: string[];
    givenName: string[];
    familyName: string[];
    gender: string[];
    birthDate: string[];
  };
  participations: {
    intakeId: string[];
    enrolmentId: string[];
    personId: string[];
    officerUserId: string[];
    office: string[];
    municipalityCode: string[];
    startDate: string[];
    status: string[];
    gender: string[];
    birthDate: string[];
    hasDisability: (boolean | null)[];
    birthRegion: (string | null)[];
    educationLevel: string[];
    monthsRegistered: number[];
    /** Priority group ids joined by "|" (unnest cannot carry an array of arrays). */
    priorityGroups: string[];
    /** Intake facts as JSON text. */
    facts: string[];
  };
  exits: {
    enrolmentId: string[];
    exitDate: string[];
    reason: string[];
    status: string[];
    recordedBy: string[];
  };
  followUps: {
    enrolmentId: string[];
    ruleId: string[];
    dueDate: string[];
    outcome: (string | null)[];
    recordedOn: (string | null)[];
    recordedBy: (string | null)[];
  };
}

export function emptyImportBatch(): ImportBatch {
  return {
    people: {
      id: [],
      personalIdentityNumber: [],
      identityKind: [],
      givenName: [],
      familyName: [],
      gender: [],
      birthDate: [],
    },
    participations: {
      intakeId: [],
      enrolmentId: [],
      personId: [],
      officerUserId: [],
      office: [],
      municipalityCode: [],
      startDate: [],
      status: [],
      gender: [],
      birthDate: [],
      hasDisability: [],
      birthRegion: [],
      educationLevel: [],
      monthsRegistered: [],
      priorityGroups: [],
      facts: [],
    },
    exits: { enrolmentId: [], exitDate: [], reason: [], status: [], recordedBy: [] },
    followUps: {
      enrolmentId: [],
      ruleId: [],
      dueDate: [],
      outcome: [],
      recordedOn: [],
      recordedBy: [],
    },
  };
}

const p = (values: readonly unknown[]) => sql.param([...values]);

/**
 * Writes one batch: people, decided intakes, enrolments, exits and follow-ups,
 * one INSERT … SELECT FROM unnest(…) per table. An intake's decision time is
 * noon (Swedish time) of the start date, so as-of reports place it on that day.
 */
export async function insertImportBatch(
  db: Executor,
  options: { projectId: string; importId: string; batch: ImportBatch },
): Promise<void> {
  const { people, participations: e, exits, followUps } = options.batch;
  if (people.id.length > 0) {
    await db.execute(sql`
      INSERT INTO people (id, personal_identity_number, identity_kind, given_name, family_name, gender, birth_date)
      SELECT * FROM unnest(${p(people.id)}::uuid[], ${p(people.personalIdentityNumber)}::text[],
        ${p(people.identityKind)}::text[], ${p(people.givenName)}::text[], ${p(people.familyName)}::text[],
        ${p(people.gender)}::text[], ${p(people.birthDate)}::date[])`);
  }
  if (e.enrolmentId.length === 0) return;
  await db.execute(sql`
    INSERT INTO intakes (id, project_id, person_id, officer_user_id, status, facts, decided_at)
    SELECT id, ${options.projectId}, person_id, officer, 'enrolled', facts,
      (start_date::timestamp + interval '12 hours') AT TIME ZONE 'Europe/Stockholm'
    FROM unnest(${p(e.intakeId)}::uuid[], ${p(e.personId)}::uuid[], ${p(e.officerUserId)}::uuid[],
      ${p(e.facts)}::jsonb[], ${p(e.startDate)}::date[]) AS t(id, person_id, officer, facts, start_date)`);
  await db.execute(sql`
    INSERT INTO enrolments (id, project_id, person_id, intake_id, municipality_code, officer_user_id, office,
      start_date, status, by_exception, gender, birth_date, has_disability, birth_region, education_level,
      work_availability_percent, language_level_at_start, months_registered_at_start, priority_groups, import_id)
    SELECT id, ${options.projectId}, person_id, intake_id, municipality_code, officer, office,
      start_date, status, false, gender, birth_date, has_disability, birth_region, education_level,
      100, NULL, months, CASE WHEN groups = '' THEN '{}'::text[] ELSE string_to_array(groups, '|') END,
      ${options.importId}::uuid
    FROM unnest(${p(e.enrolmentId)}::uuid[], ${p(e.personId)}::uuid[], ${p(e.intakeId)}::uuid[],
      ${p(e.municipalityCode)}::text[], ${p(e.officerUserId)}::uuid[], ${p(e.office)}::text[],
      ${p(e.startDate)}::date[], ${p(e.status)}::text[], ${p(e.gender)}::text[], ${p(e.birthDate)}::date[],
      ${p(e.hasDisability)}::boolean[], ${p(e.birthRegion)}::text[], ${p(e.educationLevel)}::text[],
      ${p(e.monthsRegistered)}::int[], ${p(e.priorityGroups)}::text[])
      AS t(id, person_id, intake_id, municipality_code, officer, office, start_date, status, gender,
        birth_date, has_disability, birth_region, education_level, months, groups)`);
  if (exits.enrolmentId.length > 0) {
    await db.execute(sql`
      INSERT INTO exits (enrolment_id, exit_date, reason, status, gained_qualification, recorded_by)
      SELECT enrolment_id, exit_date, reason, status, false, recorded_by
      FROM unnest(${p(exits.enrolmentId)}::uuid[], ${p(exits.exitDate)}::date[], ${p(exits.reason)}::text[],
        ${p(exits.status)}::text[], ${p(exits.recordedBy)}::uuid[])
        AS t(enrolment_id, exit_date, reason, status, recorded_by)`);
  }
  if (followUps.enrolmentId.length > 0) {
    await db.execute(sql`
      INSERT INTO follow_ups (enrolment_id, rule_id, due_date, outcome, recorded_on, recorded_by)
      SELECT * FROM unnest(${p(followUps.enrolmentId)}::uuid[], ${p(followUps.ruleId)}::text[],
        ${p(followUps.dueDate)}::date[], ${p(followUps.outcome)}::text[], ${p(followUps.recordedOn)}::date[],
        ${p(followUps.recordedBy)}::uuid[])`);
  }
}

export type ParticipantImportRecord = typeof participantImports.$inferSelect;

export async function insertParticipantImport(
  db: Executor,
  values: typeof participantImports.$inferInsert,
): Promise<ParticipantImportRecord> {
  const [row] = await db.insert(participantImports).values(values).returning();
  if (!row) throw new Error("participant import insert returned nothing");
  return row;
}

export async function listParticipantImports(
  db: Executor,
  projectId: string,
): Promise<(ParticipantImportRecord & { importedByName: string | null })[]> {
  const rows = await db
    .select({ i: participantImports, importedByName: users.name })
    .from(participantImports)
    .leftJoin(users, eq(users.id, participantImports.importedBy))
    .where(eq(participantImports.projectId, projectId))
    .orderBy(desc(participantImports.createdAt));
  return rows.map((r) => ({ ...r.i, importedByName: r.importedByName }));
}

export async function findParticipantImport(
  db: Executor,
  importId: string,
): Promise<ParticipantImportRecord | null> {
  const [row] = await db
    .select()
    .from(participantImports)
    .where(eq(participantImports.id, importId))
    .for("update");
  return row ?? null;
}

/**
 * What was added to an import's participations since it was written: rows in
 * any table that names an enrolment (looked up in the catalog, so tables added
 * later count too), exits or recorded outcomes beyond the import's own, and
 * enrolments changed since (a new officer, say). Empty = the import can be undone.
 */
export async function changesSinceImport(
  db: Executor,
  record: ParticipantImportRecord,
): Promise<string[]> {
  const tables = (await db.execute(sql`
    SELECT table_name AS name FROM information_schema.columns
    WHERE column_name = 'enrolment_id' AND table_schema = current_schema()
      AND table_name NOT IN ('exits', 'follow_ups')
    ORDER BY table_name`)) as unknown as { rows: { name: string }[] };
  const changed: string[] = [];
  for (const { name } of tables.rows) {
    const found = (await db.execute(sql`
      SELECT 1 FROM ${sql.identifier(name)} t JOIN enrolments e ON e.id = t.enrolment_id
      WHERE e.import_id = ${record.id} LIMIT 1`)) as unknown as { rows: unknown[] };
    if (found.rows.length > 0) changed.push(name);
  }
  const counts = (await db.execute(sql`
    SELECT
      (SELECT count(*)::int FROM exits x JOIN enrolments e ON e.id = x.enrolment_id WHERE e.import_id = ${record.id}) AS exits,
      (SELECT count(*)::int FROM follow_ups f JOIN enrolments e ON e.id = f.enrolment_id
         WHERE e.import_id = ${record.id} AND f.outcome IS NOT NULL) AS outcomes,
      (SELECT count(*)::int FROM enrolments e WHERE e.import_id = ${record.id}
         AND e.updated_at > (SELECT created_at FROM participant_imports WHERE id = ${record.id})) AS changed`)) as unknown as {
    rows: { exits: number; outcomes: number; changed: number }[];
  };
  const c = counts.rows[0];
  if (c && c.exits !== record.exitsAdded) changed.push("exits");
  if (c && c.outcomes !== record.outcomesAdded) changed.push("follow_ups");
  if (c && c.changed > 0) changed.push("enrolments");
  return changed;
}

/**
 * Deletes what the import wrote: its enrolments (exits and follow-ups go with
 * them), their intakes, and the people who are left with no intake at all.
 * Returns the ids of the people whose participations were removed.
 */
export async function deleteImportedParticipations(
  db: Executor,
  record: ParticipantImportRecord,
  undoneBy: string | null,
): Promise<string[]> {
  const removed = (await db.execute(sql`
    DELETE FROM enrolments WHERE import_id = ${record.id}
    RETURNING person_id, intake_id`)) as unknown as {
    rows: { person_id: string; intake_id: string }[];
  };
  const intakeIds = removed.rows.map((r) => r.intake_id);
  const personIds = [...new Set(removed.rows.map((r) => r.person_id))];
  if (intakeIds.length > 0) {
    await db.execute(sql`DELETE FROM intakes WHERE id = ANY(${p(intakeIds)}::uuid[])`);
    await db.execute(sql`
      DELETE FROM people WHERE id = ANY(${p(personIds)}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM intakes i WHERE i.person_id = people.id)
        AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = people.id)`);
  }
  await db
    .update(participantImports)
    .set({ undoneAt: sql`now()`, undoneBy })
    .where(and(eq(participantImports.id, record.id), isNull(participantImports.undoneAt)));
  return personIds;
}
