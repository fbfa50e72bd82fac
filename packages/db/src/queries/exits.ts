import type { ExitRecord } from "@opis/domain";
import { and, asc, eq, isNull, lte, type SQL } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, exits, followUps, people } from "../schema";
import { type EnrolmentScope, enrolmentScopeCondition } from "./participants";

/** Ends a participation: the exit row, the enrolment's status and the follow-ups it schedules. */
export async function insertExit(
  db: Executor,
  values: {
    enrolmentId: string;
    exit: ExitRecord;
    recordedBy: string;
    followUps: readonly { ruleId: string; dueDate: string }[];
    at: Date;
  },
) {
  await db.insert(exits).values({
    enrolmentId: values.enrolmentId,
    exitDate: values.exit.exitDate,
    reason: values.exit.reason,
    status: values.exit.status,
    gainedQualification: values.exit.gainedQualification,
    note: values.exit.note ?? null,
    recordedBy: values.recordedBy,
  });
  await db
    .update(enrolments)
    .set({ status: "exited", updatedAt: values.at })
    .where(eq(enrolments.id, values.enrolmentId));
  if (values.followUps.length > 0) {
    await db
      .insert(followUps)
      .values(values.followUps.map((f) => ({ enrolmentId: values.enrolmentId, ...f })));
  }
}

export async function findExit(db: Executor, enrolmentId: string) {
  const [row] = await db.select().from(exits).where(eq(exits.enrolmentId, enrolmentId));
  return row;
}

export interface ListFollowUpsOptions {
  scope: EnrolmentScope;
  /** Only follow-ups not yet recorded whose due date is on or before this day. */
  dueOnOrBefore?: string | undefined;
  onlyOpen?: boolean | undefined;
  limit: number;
}

/** Follow-ups of the scope's participants, soonest due first. */
export async function listFollowUps(db: Executor, options: ListFollowUpsOptions) {
  const conditions = [
    enrolmentScopeCondition(options.scope),
    options.onlyOpen ? isNull(followUps.recordedOn) : undefined,
    options.dueOnOrBefore ? lte(followUps.dueDate, options.dueOnOrBefore) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return db
    .select({
      followUpId: followUps.id,
      ruleId: followUps.ruleId,
      dueDate: followUps.dueDate,
      outcome: followUps.outcome,
      source: followUps.source,
      recordedOn: followUps.recordedOn,
      enrolmentId: enrolments.id,
      projectId: enrolments.projectId,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      municipalityCode: enrolments.municipalityCode,
      exitDate: exits.exitDate,
      exitReason: exits.reason,
    })
    .from(followUps)
    .innerJoin(enrolments, eq(enrolments.id, followUps.enrolmentId))
    .innerJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .innerJoin(people, eq(people.id, enrolments.personId))
    .where(and(...conditions))
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(options.limit);
}

export async function findFollowUp(db: Executor, followUpId: string) {
  const [row] = await db
    .select({ followUp: followUps, exitDate: exits.exitDate })
    .from(followUps)
    .innerJoin(exits, eq(exits.enrolmentId, followUps.enrolmentId))
    .where(eq(followUps.id, followUpId));
  return row;
}

/** One participation's follow-ups after its exit, soonest due first. */
export async function listFollowUpsOfEnrolment(db: Executor, enrolmentId: string) {
  return db
    .select({
      ruleId: followUps.ruleId,
      dueDate: followUps.dueDate,
      recordedOn: followUps.recordedOn,
    })
    .from(followUps)
    .where(eq(followUps.enrolmentId, enrolmentId))
    .orderBy(asc(followUps.dueDate), asc(followUps.id));
}
