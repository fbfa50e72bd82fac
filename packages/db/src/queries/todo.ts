import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, intakes, people } from "../schema";
import { type EnrolmentScope, enrolmentScopeCondition } from "./participants";

/** An officer's intakes still being drafted. */
export async function listDraftIntakes(db: Executor, officerUserId: string) {
  return db
    .select({
      intakeId: intakes.id,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      updatedAt: intakes.updatedAt,
    })
    .from(intakes)
    .innerJoin(people, eq(people.id, intakes.personId))
    .where(and(eq(intakes.officerUserId, officerUserId), eq(intakes.status, "draft")))
    .orderBy(asc(intakes.updatedAt));
}

/** The scope's active enrolments with names, for the to-do computation. */
export async function listActiveCases(db: Executor, scope: EnrolmentScope) {
  return db
    .select({
      enrolmentId: enrolments.id,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      startDate: enrolments.startDate,
      status: enrolments.status,
      projectId: enrolments.projectId,
      priorityGroups: enrolments.priorityGroups,
      workAvailabilityUntil: enrolments.workAvailabilityUntil,
    })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .where(and(enrolmentScopeCondition(scope), eq(enrolments.status, "active")));
}
