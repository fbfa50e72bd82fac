// Retention: pseudonymising the people of projects past their retention period (ADR 0016).
// What statistics read (enrolments with their facts at start, exits, follow-ups,
// assessments, attendance, intake outcomes) stays, keyed by ids that no longer lead to
// anyone; names, numbers and free text about the person go.
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../database";
import {
  caseNotes,
  enrolments,
  exits,
  intakes,
  jointPlans,
  people,
  personCorrections,
  resourceRequests,
  sharingConsents,
} from "../schema";

/**
 * People not yet pseudonymised whose every intake belongs to one of `projectIds` (projects
 * past retention): someone still in a live project keeps their data until that one is due.
 */
export async function findPeopleDueForRetention(
  db: Executor,
  projectIds: readonly string[],
): Promise<string[]> {
  if (projectIds.length === 0) return [];
  const due = sql`array[${sql.join(
    projectIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        isNull(people.pseudonymisedAt),
        sql`exists (select 1 from ${intakes} where ${intakes.personId} = ${people.id} and ${intakes.projectId} = any(${due}))`,
        sql`not exists (select 1 from ${intakes} where ${intakes.personId} = ${people.id} and not (${intakes.projectId} = any(${due})))`,
      ) as SQL,
    );
  return rows.map((row) => row.id);
}

export interface PseudonymisedCounts {
  people: number;
  caseNotes: number;
  jointPlans: number;
  personCorrections: number;
  sharingConsents: number;
}

/**
 * Replaces the people's identity by a pseudonym (name "Pseudonymiserad", number
 * "pseudonym:<id>", birth date the 1st of January of the year) and erases what is only
 * about them as persons: case notes, plans, corrections (old names and numbers),
 * consents, and free text in intakes, exits and resource requests.
 */
export async function pseudonymisePeople(
  db: Executor,
  personIds: readonly string[],
  now: Date,
): Promise<PseudonymisedCounts> {
  const counts: PseudonymisedCounts = {
    people: 0,
    caseNotes: 0,
    jointPlans: 0,
    personCorrections: 0,
    sharingConsents: 0,
  };
  if (personIds.length === 0) return counts;
  const ids = [...personIds];
  const enrolmentIds = db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(inArray(enrolments.personId, ids));
  counts.caseNotes = (
    await db
      .delete(caseNotes)
      .where(inArray(caseNotes.enrolmentId, enrolmentIds))
      .returning({ id: caseNotes.id })
  ).length;
  counts.jointPlans = (
    await db
      .delete(jointPlans)
      .where(inArray(jointPlans.enrolmentId, enrolmentIds))
      .returning({ id: jointPlans.id })
  ).length;
  counts.personCorrections = (
    await db
      .delete(personCorrections)
      .where(inArray(personCorrections.personId, ids))
      .returning({ id: personCorrections.id })
  ).length;
  counts.sharingConsents = (
    await db
      .delete(sharingConsents)
      .where(inArray(sharingConsents.personId, ids))
      .returning({ id: sharingConsents.id })
  ).length;
  await db
    .update(intakes)
    .set({ declineNote: null, exceptionJustification: null })
    .where(inArray(intakes.personId, ids));
  await db.update(exits).set({ note: null }).where(inArray(exits.enrolmentId, enrolmentIds));
  await db
    .update(resourceRequests)
    .set({ forWhom: null })
    .where(inArray(resourceRequests.enrolmentId, enrolmentIds));
  counts.people = (
    await db
      .update(people)
      .set({
        givenName: "Pseudonymiserad",
        familyName: "–",
        personalIdentityNumber: sql`'pseudonym:' || ${people.id}::text`,
        birthDate: sql`date_trunc('year', ${people.birthDate})::date`,
        pseudonymisedAt: now,
        updatedAt: now,
      })
      .where(and(inArray(people.id, ids), isNull(people.pseudonymisedAt)) as SQL)
      .returning({ id: people.id })
  ).length;
  return counts;
}

/** Whether a person row has been pseudonymised (for tests and the admin screen). */
export async function isPseudonymised(db: Executor, personId: string): Promise<boolean> {
  const rows = await db
    .select({ at: people.pseudonymisedAt })
    .from(people)
    .where(eq(people.id, personId));
  return rows[0]?.at != null;
}
