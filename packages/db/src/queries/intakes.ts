import type { IntakeFacts } from "@opis/domain";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, exits, intakes, people, users } from "../schema";
import { type EnrolmentScope, enrolmentScopeCondition } from "./participants";

export async function findPersonByIdentityNumber(db: Executor, canonical: string) {
  const rows = await db
    .select()
    .from(people)
    .where(eq(people.personalIdentityNumber, canonical))
    .limit(1);
  return rows[0];
}

interface CaseRow {
  kind: "intake" | "enrolment";
  id: string;
  status: string;
  officer_user_id: string;
  office: string | null;
}

/**
 * Every intake and participation the person has in the project, whoever owns
 * it. Read through a SECURITY DEFINER function (migration 0009): row-level
 * security hides other offices' rows from the caller, yet the look-up and the
 * start of an intake must know that they exist. Only ids, status and owner.
 */
async function allCasesOfPerson(db: Executor, personId: string, projectId: string) {
  const result = await db.execute(
    sql`select kind, id, status, officer_user_id, office from opis_cases_of_person(${personId}::uuid, ${projectId})`,
  );
  return (result as unknown as { rows: CaseRow[] }).rows;
}

/** The person's cases with the office that owns each, for the look-up's answer. */
export async function casesOfPerson(db: Executor, personId: string, projectId: string) {
  const rows = await allCasesOfPerson(db, personId, projectId);
  return rows.map((r) => ({
    kind: r.kind,
    open: r.kind === "intake" ? r.status === "draft" : r.status === "active",
    office: r.office,
    officerUserId: r.officer_user_id,
  }));
}

/**
 * The person's ended participations in the project within the caller's scope, latest
 * first: only the period and the status at exit (what a look-up shows of a returning person).
 */
export async function endedParticipationsOfPerson(
  db: Executor,
  personId: string,
  projectId: string,
  scope: EnrolmentScope,
) {
  return db
    .select({
      startDate: enrolments.startDate,
      exitDate: exits.exitDate,
      exitStatus: exits.status,
    })
    .from(enrolments)
    .innerJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .where(
      and(
        eq(enrolments.personId, personId),
        eq(enrolments.projectId, projectId),
        eq(enrolments.status, "exited"),
        enrolmentScopeCondition(scope),
      ),
    )
    .orderBy(desc(exits.exitDate));
}

/** The person's intake still being drafted and their active enrolment, if any. */
export async function findOpenCases(db: Executor, personId: string, projectId: string) {
  const rows = await allCasesOfPerson(db, personId, projectId);
  const draft = rows.find((r) => r.kind === "intake" && r.status === "draft");
  const active = rows.find((r) => r.kind === "enrolment" && r.status === "active");
  return {
    draftIntake: draft ? { id: draft.id, officerUserId: draft.officer_user_id } : undefined,
    activeEnrolment: active ? { id: active.id } : undefined,
  };
}

export async function findIntake(db: Executor, intakeId: string) {
  const rows = await db
    .select({ intake: intakes, person: people })
    .from(intakes)
    .innerJoin(people, eq(people.id, intakes.personId))
    .where(eq(intakes.id, intakeId))
    .limit(1);
  return rows[0];
}

export async function updateIntakeFacts(
  db: Executor,
  intakeId: string,
  facts: Partial<IntakeFacts>,
  at: Date,
) {
  await db.update(intakes).set({ facts, updatedAt: at }).where(eq(intakes.id, intakeId));
}

export async function listCoordinators(db: Executor, municipalityCodes: readonly string[]) {
  if (municipalityCodes.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, municipalityCode: users.municipalityCode })
    .from(users)
    .where(
      and(
        eq(users.role, "coordinator"),
        eq(users.active, true),
        inArray(users.municipalityCode, [...municipalityCodes]),
      ),
    )
    .orderBy(users.name);
}
