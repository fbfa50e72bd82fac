import type { IntakeFacts } from "@opis/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, intakes, people, users } from "../schema";

export async function findPersonByIdentityNumber(db: Executor, canonical: string) {
  const rows = await db
    .select()
    .from(people)
    .where(eq(people.personalIdentityNumber, canonical))
    .limit(1);
  return rows[0];
}

/**
 * Every intake and participation the person has in the project, with the
 * office that owns it, for the look-up's answer (which reveals none of it).
 */
export async function casesOfPerson(db: Executor, personId: string, projectId: string) {
  const intakeRows = await db
    .select({
      status: intakes.status,
      officerUserId: intakes.officerUserId,
      office: users.office,
    })
    .from(intakes)
    .innerJoin(users, eq(users.id, intakes.officerUserId))
    .where(and(eq(intakes.personId, personId), eq(intakes.projectId, projectId)));
  const enrolmentRows = await db
    .select({
      status: enrolments.status,
      officerUserId: enrolments.officerUserId,
      office: enrolments.office,
    })
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), eq(enrolments.projectId, projectId)));
  return [
    ...intakeRows.map((r) => ({
      kind: "intake" as const,
      open: r.status === "draft",
      office: r.office,
      officerUserId: r.officerUserId,
    })),
    ...enrolmentRows.map((r) => ({
      kind: "enrolment" as const,
      open: r.status === "active",
      office: r.office,
      officerUserId: r.officerUserId,
    })),
  ];
}

/** The person's intake still being drafted and their active enrolment, if any. */
export async function findOpenCases(db: Executor, personId: string, projectId: string) {
  const [draft] = await db
    .select({ id: intakes.id, officerUserId: intakes.officerUserId })
    .from(intakes)
    .where(
      and(
        eq(intakes.personId, personId),
        eq(intakes.projectId, projectId),
        eq(intakes.status, "draft"),
      ),
    )
    .limit(1);
  const [active] = await db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.personId, personId),
        eq(enrolments.projectId, projectId),
        eq(enrolments.status, "active"),
      ),
    )
    .limit(1);
  return { draftIntake: draft, activeEnrolment: active };
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
