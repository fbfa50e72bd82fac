import type { JointPlanContent } from "@opis/domain";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../database";
import {
  activities,
  assessments,
  caseNotes,
  enrolments,
  exits,
  followUps,
  intakes,
  jointPlans,
  recordCorrections,
  users,
} from "../schema";

/** The latest plan version of each enrolment (Postgres DISTINCT ON keeps it one pass). */
export async function latestPlans(db: Executor, enrolmentIds: readonly string[]) {
  if (enrolmentIds.length === 0)
    return new Map<string, { version: number; content: JointPlanContent }>();
  const rows = await db
    .selectDistinctOn([jointPlans.enrolmentId], {
      enrolmentId: jointPlans.enrolmentId,
      version: jointPlans.version,
      content: jointPlans.content,
    })
    .from(jointPlans)
    .where(inArray(jointPlans.enrolmentId, [...enrolmentIds]))
    .orderBy(jointPlans.enrolmentId, desc(jointPlans.version));
  return new Map(
    rows.map((r) => [
      r.enrolmentId,
      { version: r.version, content: r.content as JointPlanContent },
    ]),
  );
}

/** Each enrolment's exit and its first follow-up. */
export async function exitsWithFollowUps(db: Executor, enrolmentIds: readonly string[]) {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await db
    .select({
      enrolmentId: exits.enrolmentId,
      exitDate: exits.exitDate,
      reason: exits.reason,
      followUpId: followUps.id,
      ruleId: followUps.ruleId,
      dueDate: followUps.dueDate,
      recordedOn: followUps.recordedOn,
      outcome: followUps.outcome,
    })
    .from(exits)
    .leftJoin(followUps, eq(followUps.enrolmentId, exits.enrolmentId))
    .where(inArray(exits.enrolmentId, [...enrolmentIds]))
    // The Map keeps the last row per enrolment: the earliest-due follow-up, as the caseload's SQL does.
    .orderBy(exits.enrolmentId, desc(followUps.dueDate), desc(followUps.id));
  return new Map(rows.map((r) => [r.enrolmentId, r]));
}

export type TimelineEventKind =
  | "intakeDecided"
  | "enrolled"
  | "planSaved"
  | "activityStarted"
  | "assessmentRecorded"
  | "note"
  | "handover"
  | "exited"
  | "followUpRecorded"
  | "recordCorrected"
  | "recordWithdrawn";

export interface TimelineEvent {
  kind: TimelineEventKind;
  /** ISO date or timestamp; sorting is by this string. */
  at: string;
  actorName: string | null;
  organisation: "af" | "kommun" | null;
  detail: Record<string, string | number | null>;
}

/** Everything that happened in a case, from both organisations, newest first. */
export async function loadTimeline(db: Executor, enrolmentId: string): Promise<TimelineEvent[]> {
  const [enrolment] = await db
    .select({
      startDate: enrolments.startDate,
      decidedAt: intakes.decidedAt,
      outcome: intakes.eligibilityOutcome,
      officerName: users.name,
    })
    .from(enrolments)
    .innerJoin(intakes, eq(intakes.id, enrolments.intakeId))
    .innerJoin(users, eq(users.id, enrolments.officerUserId))
    .where(eq(enrolments.id, enrolmentId));
  if (!enrolment) return [];
  // Sequential: inside a transaction the queries share one connection.
  const plans = await db
    .select({
      version: jointPlans.version,
      at: jointPlans.createdAt,
      name: users.name,
      org: users.organisation,
    })
    .from(jointPlans)
    .innerJoin(users, eq(users.id, jointPlans.createdBy))
    .where(eq(jointPlans.enrolmentId, enrolmentId));
  const acts = await db
    .select({
      type: activities.type,
      title: activities.title,
      at: activities.startDate,
      name: users.name,
      org: users.organisation,
    })
    .from(activities)
    .innerJoin(users, eq(users.id, activities.createdBy))
    .where(eq(activities.enrolmentId, enrolmentId));
  const assess = await db
    .select({
      instrumentId: assessments.instrumentId,
      phase: assessments.phase,
      value: assessments.value,
      at: assessments.assessedOn,
      name: users.name,
      org: users.organisation,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessedBy))
    .where(eq(assessments.enrolmentId, enrolmentId));
  const notes = await db
    .select({
      kind: caseNotes.kind,
      text: caseNotes.text,
      at: caseNotes.createdAt,
      name: users.name,
      org: caseNotes.authorOrganisation,
    })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorUserId))
    .where(eq(caseNotes.enrolmentId, enrolmentId));
  const exit = await db
    .select({
      exitDate: exits.exitDate,
      reason: exits.reason,
      status: exits.status,
      name: users.name,
    })
    .from(exits)
    .innerJoin(users, eq(users.id, exits.recordedBy))
    .where(eq(exits.enrolmentId, enrolmentId));
  const follow = await db
    .select({ outcome: followUps.outcome, recordedOn: followUps.recordedOn })
    .from(followUps)
    .where(and(eq(followUps.enrolmentId, enrolmentId), sql`${followUps.recordedOn} is not null`));
  const corrections = await db
    .select({
      recordType: recordCorrections.recordType,
      recordKey: recordCorrections.recordKey,
      action: recordCorrections.action,
      reason: recordCorrections.reason,
      at: recordCorrections.correctedAt,
      name: users.name,
      org: users.organisation,
    })
    .from(recordCorrections)
    .innerJoin(users, eq(users.id, recordCorrections.correctedBy))
    .where(eq(recordCorrections.enrolmentId, enrolmentId));
  const events: TimelineEvent[] = [
    // Corrections say what changed and why; the corrected record shows its current value.
    ...corrections.map((c) => ({
      kind: c.action === "withdrawn" ? ("recordWithdrawn" as const) : ("recordCorrected" as const),
      at: c.at.toISOString(),
      actorName: c.name,
      organisation: c.org,
      detail: { recordType: c.recordType, recordKey: c.recordKey, reason: c.reason },
    })),
    {
      kind: "enrolled",
      at: enrolment.startDate,
      actorName: enrolment.officerName,
      organisation: "af",
      detail: { outcome: enrolment.outcome },
    },
    ...plans.map((p) => ({
      kind: "planSaved" as const,
      at: p.at.toISOString(),
      actorName: p.name,
      organisation: p.org,
      detail: { version: p.version },
    })),
    ...acts.map((a) => ({
      kind: "activityStarted" as const,
      at: a.at,
      actorName: a.name,
      organisation: a.org,
      detail: { type: a.type, title: a.title },
    })),
    ...assess.map((a) => ({
      kind: "assessmentRecorded" as const,
      at: a.at,
      actorName: a.name,
      organisation: a.org,
      detail: { instrumentId: a.instrumentId, phase: a.phase, value: a.value },
    })),
    ...notes.map((n) => ({
      kind: n.kind === "handover" ? ("handover" as const) : ("note" as const),
      at: n.at.toISOString(),
      actorName: n.name,
      organisation: n.org,
      detail: { text: n.text },
    })),
    ...exit.map((e) => ({
      kind: "exited" as const,
      at: e.exitDate,
      actorName: e.name,
      organisation: "af" as const,
      detail: { reason: e.reason, status: e.status },
    })),
    ...follow.map((f) => ({
      kind: "followUpRecorded" as const,
      at: f.recordedOn ?? "",
      actorName: null,
      organisation: "af" as const,
      detail: { outcome: f.outcome },
    })),
  ];
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
