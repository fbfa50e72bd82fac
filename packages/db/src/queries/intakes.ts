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
