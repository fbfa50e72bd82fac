import type { AssessmentPhase, ExitReason, ExitStatus, FollowUpOutcome } from "@opis/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../database";
import { assessments, enrolments, exits, followUps } from "../schema";

export interface ParticipantRecordRow {
  enrolmentId: string;
  gender: (typeof enrolments.$inferSelect)["gender"];
  birthDate: string;
  municipalityCode: string;
  startDate: string;
  hasDisability: boolean;
  birthRegion: (typeof enrolments.$inferSelect)["birthRegion"];
  educationLevel: (typeof enrolments.$inferSelect)["educationLevel"];
  priorityGroups: string[];
  exit: { date: string; reason: ExitReason; status: ExitStatus } | null;
  followUp: { outcome: FollowUpOutcome; recordedOn: string } | null;
  assessments: {
    instrumentId: string;
    phase: AssessmentPhase;
    assessedOn: string;
    value: number;
    area?: string;
  }[];
}

/**
 * Everything the goal engine needs about each participant of a project, with
 * no direct identifiers: the enrolment id stands for the person.
 */
export async function loadParticipantRecordRows(
  db: Executor,
  options: { projectId: string; followUpRuleId: string; instrumentIds: readonly string[] },
): Promise<ParticipantRecordRow[]> {
  const rows = await db
    .select({
      enrolmentId: enrolments.id,
      gender: enrolments.gender,
      birthDate: enrolments.birthDate,
      municipalityCode: enrolments.municipalityCode,
      startDate: enrolments.startDate,
      hasDisability: enrolments.hasDisability,
      birthRegion: enrolments.birthRegion,
      educationLevel: enrolments.educationLevel,
      priorityGroups: enrolments.priorityGroups,
      exitDate: exits.exitDate,
      exitReason: exits.reason,
      exitStatus: exits.status,
      followUpOutcome: followUps.outcome,
      followUpRecordedOn: followUps.recordedOn,
    })
    .from(enrolments)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .leftJoin(
      followUps,
      and(eq(followUps.enrolmentId, enrolments.id), eq(followUps.ruleId, options.followUpRuleId)),
    )
    .where(eq(enrolments.projectId, options.projectId));

  const assessmentRows =
    options.instrumentIds.length === 0
      ? []
      : await db
          .select({
            enrolmentId: assessments.enrolmentId,
            instrumentId: assessments.instrumentId,
            phase: assessments.phase,
            assessedOn: assessments.assessedOn,
            value: assessments.value,
            areaValues: assessments.areaValues,
          })
          .from(assessments)
          .innerJoin(enrolments, eq(enrolments.id, assessments.enrolmentId))
          .where(
            and(
              eq(enrolments.projectId, options.projectId),
              inArray(assessments.instrumentId, [...options.instrumentIds]),
            ),
          );
  const byEnrolment = new Map<string, ParticipantRecordRow["assessments"]>();
  for (const a of assessmentRows) {
    const list = byEnrolment.get(a.enrolmentId) ?? [];
    if (a.value !== null) {
      list.push({
        instrumentId: a.instrumentId,
        phase: a.phase,
        assessedOn: a.assessedOn,
        value: a.value,
      });
    }
    for (const [area, value] of Object.entries(a.areaValues ?? {})) {
      list.push({
        instrumentId: a.instrumentId,
        phase: a.phase,
        assessedOn: a.assessedOn,
        value,
        area,
      });
    }
    byEnrolment.set(a.enrolmentId, list);
  }

  return rows.map((r) => ({
    enrolmentId: r.enrolmentId,
    gender: r.gender,
    birthDate: r.birthDate,
    municipalityCode: r.municipalityCode,
    startDate: r.startDate,
    hasDisability: r.hasDisability,
    birthRegion: r.birthRegion,
    educationLevel: r.educationLevel,
    priorityGroups: r.priorityGroups,
    exit:
      r.exitDate && r.exitReason && r.exitStatus
        ? { date: r.exitDate, reason: r.exitReason, status: r.exitStatus }
        : null,
    followUp:
      r.followUpOutcome && r.followUpRecordedOn
        ? { outcome: r.followUpOutcome, recordedOn: r.followUpRecordedOn }
        : null,
    assessments: byEnrolment.get(r.enrolmentId) ?? [],
  }));
}
