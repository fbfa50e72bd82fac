import type {
  AssessmentPhase,
  CorrectableRecord,
  CorrectionAction,
  ExitRecord,
  FollowUpSource,
} from "@opis/domain";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../database";
import {
  activities,
  assessments,
  enrolments,
  exits,
  followUps,
  recordCorrections,
  users,
} from "../schema";

/** Keeps a correction's old value, new value and reason; in the caller's transaction. */
export async function insertCorrection(
  db: Executor,
  values: {
    enrolmentId: string;
    recordType: CorrectableRecord;
    recordKey: string;
    action: CorrectionAction;
    reason: string;
    previous: Record<string, unknown>;
    current: Record<string, unknown> | null;
    correctedBy: string;
    correctedAt: Date;
  },
) {
  await db.insert(recordCorrections).values(values);
}

/** A participant's corrections, newest first; optionally of one kind of record or one record. */
export async function listCorrections(
  db: Executor,
  enrolmentId: string,
  filter: { recordType?: CorrectableRecord; recordKey?: string } = {},
) {
  return db
    .select({
      id: recordCorrections.id,
      recordType: recordCorrections.recordType,
      recordKey: recordCorrections.recordKey,
      action: recordCorrections.action,
      reason: recordCorrections.reason,
      previous: recordCorrections.previous,
      current: recordCorrections.current,
      correctedAt: recordCorrections.correctedAt,
      correctedByName: users.name,
      correctedByOrganisation: users.organisation,
    })
    .from(recordCorrections)
    .innerJoin(users, eq(users.id, recordCorrections.correctedBy))
    .where(
      and(
        eq(recordCorrections.enrolmentId, enrolmentId),
        filter.recordType ? eq(recordCorrections.recordType, filter.recordType) : undefined,
        filter.recordKey ? eq(recordCorrections.recordKey, filter.recordKey) : undefined,
      ),
    )
    .orderBy(desc(recordCorrections.correctedAt));
}

/** One assessment row, for a correction. */
export async function findAssessment(db: Executor, assessmentId: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, assessmentId));
  return row;
}

export async function updateAssessment(
  db: Executor,
  assessmentId: string,
  values: {
    instrumentId: string;
    phase: AssessmentPhase;
    assessedOn: string;
    value: number | null;
    areaValues: Record<string, number> | null;
  },
) {
  await db.update(assessments).set(values).where(eq(assessments.id, assessmentId));
}

export async function deleteAssessment(db: Executor, assessmentId: string) {
  await db.delete(assessments).where(eq(assessments.id, assessmentId));
}

export async function deleteActivity(db: Executor, activityId: string) {
  await db.delete(activities).where(eq(activities.id, activityId));
}

/**
 * Corrects an exit. A changed exit date moves the follow-ups not yet recorded
 * (their due dates come from the exit date).
 */
export async function updateExit(
  db: Executor,
  enrolmentId: string,
  exit: ExitRecord,
  followUpDueDates: readonly { ruleId: string; dueDate: string }[],
) {
  await db
    .update(exits)
    .set({
      exitDate: exit.exitDate,
      reason: exit.reason,
      status: exit.status,
      gainedQualification: exit.gainedQualification,
      note: exit.note ?? null,
    })
    .where(eq(exits.enrolmentId, enrolmentId));
  for (const f of followUpDueDates) {
    await db
      .update(followUps)
      .set({ dueDate: f.dueDate })
      .where(
        and(
          eq(followUps.enrolmentId, enrolmentId),
          eq(followUps.ruleId, f.ruleId),
          isNull(followUps.recordedOn),
        ),
      );
  }
}

/** Withdraws an exit recorded by mistake: the participation is active again, its follow-ups go. */
export async function withdrawExit(db: Executor, enrolmentId: string, at: Date) {
  await db.delete(followUps).where(eq(followUps.enrolmentId, enrolmentId));
  await db.delete(exits).where(eq(exits.enrolmentId, enrolmentId));
  await db
    .update(enrolments)
    .set({ status: "active", updatedAt: at })
    .where(eq(enrolments.id, enrolmentId));
}

/** Sets (or, with null, empties) what a follow-up found. */
export async function setFollowUpResult(
  db: Executor,
  followUpId: string,
  result: {
    outcome: string;
    source: FollowUpSource;
    recordedOn: string;
    recordedBy: string;
  } | null,
) {
  await db
    .update(followUps)
    .set(result ?? { outcome: null, source: null, recordedOn: null, recordedBy: null })
    .where(eq(followUps.id, followUpId));
}
