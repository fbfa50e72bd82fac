import type {
  AssessmentPhase,
  ExitReason,
  ExitStatus,
  FollowUpOutcome,
  MunicipalityCode,
} from "@opis/domain";
import { and, arrayContains, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
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

/** Which enrolments of a project a statistic covers (not an access scope); every field narrows. */
export interface StatisticsScope {
  projectId: string;
  municipalityCode?: string | undefined;
  enrolledFrom?: string | undefined;
  enrolledTo?: string | undefined;
  priorityGroup?: string | undefined;
}

/** The WHERE clause for a scope, so the filter is applied by the database. */
export function statisticsScopeCondition(scope: StatisticsScope): SQL | undefined {
  return and(
    eq(enrolments.projectId, scope.projectId),
    scope.municipalityCode
      ? eq(enrolments.municipalityCode, scope.municipalityCode as MunicipalityCode)
      : undefined,
    scope.enrolledFrom ? gte(enrolments.startDate, scope.enrolledFrom) : undefined,
    scope.enrolledTo ? lte(enrolments.startDate, scope.enrolledTo) : undefined,
    scope.priorityGroup
      ? arrayContains(enrolments.priorityGroups, [scope.priorityGroup])
      : undefined,
  );
}

/** The columns of a participant record row, for selects that add their own. */
const participantRecordColumns = {
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
};

/** The participant record columns joined as loaders select them. */
function selectParticipantRecords(db: Executor, followUpRuleId: string) {
  return db
    .select(participantRecordColumns)
    .from(enrolments)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .leftJoin(
      followUps,
      and(eq(followUps.enrolmentId, enrolments.id), eq(followUps.ruleId, followUpRuleId)),
    );
}
type SelectedParticipantRecord = Awaited<ReturnType<typeof selectParticipantRecords>>[number];

/** A selected row in the shape the goal engine's loaders return. */
function toParticipantRecordRow(
  r: SelectedParticipantRecord,
  assessmentsBy: ReadonlyMap<string, ParticipantRecordRow["assessments"]>,
): ParticipantRecordRow {
  return {
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
    assessments: assessmentsBy.get(r.enrolmentId) ?? [],
  };
}

/**
 * Everything the goal engine needs about each participant of a project, with
 * no direct identifiers: the enrolment id stands for the person. Ordered by
 * start date and id, so every computation sees the same order on any driver.
 */
export async function loadParticipantRecordRows(
  db: Executor,
  options: StatisticsScope & { followUpRuleId: string; instrumentIds: readonly string[] },
): Promise<ParticipantRecordRow[]> {
  const rows = await selectParticipantRecords(db, options.followUpRuleId)
    .where(statisticsScopeCondition(options))
    .orderBy(enrolments.startDate, enrolments.id);
  const assessmentsBy = await loadAssessmentsByEnrolment(db, options);
  return rows.map((r) => toParticipantRecordRow(r, assessmentsBy));
}

/** The instruments' assessments of a scope's enrolments, one value per (area) entry. */
export async function loadAssessmentsByEnrolment(
  db: Executor,
  options: StatisticsScope & { instrumentIds: readonly string[] },
): Promise<Map<string, ParticipantRecordRow["assessments"]>> {
  const byEnrolment = new Map<string, ParticipantRecordRow["assessments"]>();
  if (options.instrumentIds.length === 0) return byEnrolment;
  const assessmentRows = await db
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
        statisticsScopeCondition(options),
        inArray(assessments.instrumentId, [...options.instrumentIds]),
      ),
    )
    // Recorded order within a day: stepProgression keeps it for equal dates.
    .orderBy(
      assessments.enrolmentId,
      assessments.assessedOn,
      assessments.createdAt,
      assessments.id,
    );
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
  return byEnrolment;
}
