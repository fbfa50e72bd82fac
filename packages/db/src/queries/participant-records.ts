import type {
  ActivityType,
  AssessmentPhase,
  ExitReason,
  ExitStatus,
  FollowUpOutcome,
  MunicipalityCode,
} from "@opis/domain";
import { and, arrayContains, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { activities, assessments, attendanceTotals, enrolments, exits, followUps } from "../schema";

export interface ParticipantRecordRow {
  enrolmentId: string;
  gender: (typeof enrolments.$inferSelect)["gender"];
  birthDate: string;
  municipalityCode: string;
  startDate: string;
  hasDisability: boolean | null;
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

/** Facts per enrolment that the goal engine does not need but evaluation does. */
export interface EnrolmentEvaluationFacts {
  enrolmentId: string;
  monthsRegisteredAtStart: number;
  gainedQualification: boolean;
  /** Minutes present, summed over all attendance rows. */
  presentMinutes: number;
  /** Activity types the participant took part in (distinct). */
  activityTypes: ActivityType[];
  /** A validation activity ended with a certificate. */
  validationWithCertificate: boolean;
  /** An internship placed with an employer from the employer register. */
  internshipViaEmployerRegister: boolean;
}

/** A participant record row with the evaluation facts. */
export interface EvaluationRecordRow extends ParticipantRecordRow {
  facts: EnrolmentEvaluationFacts;
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

/** One row of the records query, as both drivers return it (dates cast to text). */
interface RecordSqlRow {
  enrolment_id: string;
  gender: ParticipantRecordRow["gender"];
  birth_date: string;
  municipality_code: string;
  start_date: string;
  has_disability: boolean | null;
  birth_region: ParticipantRecordRow["birthRegion"];
  education_level: ParticipantRecordRow["educationLevel"];
  priority_groups: string[];
  months_registered_at_start?: number | null;
  exit_date: string | null;
  exit_reason: ExitReason | null;
  exit_status: ExitStatus | null;
  gained_qualification?: boolean | null;
  follow_up_outcome: FollowUpOutcome | null;
  follow_up_recorded_on: string | null;
  present_minutes?: number | null;
  activity_types?: string[] | null;
  validation_with_certificate?: boolean | null;
  internship_via_register?: boolean | null;
}

/** The load of participant records, with or without the evaluation facts. */
interface RecordQuery extends StatisticsScope {
  followUpRuleId: string;
  instrumentIds: readonly string[];
}

/**
 * Everything the goal engine needs about each participant of a project, with
 * no direct identifiers: the enrolment id stands for the person.
 */
export async function loadParticipantRecordRows(
  db: Executor,
  options: RecordQuery,
): Promise<ParticipantRecordRow[]> {
  return loadRecordRows(db, options, false);
}

/** Participant records with the evaluation facts (attendance, activities, registration). */
export async function loadEvaluationRecordRows(
  db: Executor,
  options: RecordQuery,
): Promise<EvaluationRecordRow[]> {
  return loadRecordRows(db, options, true);
}

/**
 * One query for the records of a scope, ordered by start date and id so every
 * computation sees the same order on either driver. With facts, attended
 * minutes come from attendance_totals (kept by triggers; a year holds millions
 * of day rows) and activities are aggregated in a MATERIALIZED CTE: inlined,
 * PostgreSQL may pick a parallel merge join in which every worker walks the
 * whole index (8× slower at 4 M attendance rows, measured). Raw SQL
 * rather than the query builder: at a million rows its per-field mapping cost
 * more than the query (ADR 0007).
 */
async function loadRecordRows(
  db: Executor,
  options: RecordQuery,
  withFacts: true,
): Promise<EvaluationRecordRow[]>;
async function loadRecordRows(
  db: Executor,
  options: RecordQuery,
  withFacts: false,
): Promise<ParticipantRecordRow[]>;
async function loadRecordRows(
  db: Executor,
  options: RecordQuery,
  withFacts: boolean,
): Promise<ParticipantRecordRow[] | EvaluationRecordRow[]> {
  const factsCtes = sql`
    WITH taken AS MATERIALIZED (
      SELECT enrolment_id,
        array_agg(DISTINCT type ORDER BY type) AS activity_types,
        bool_or(type = 'validation' AND coalesce(certificate_issued, false)) AS validation_with_certificate,
        bool_or(type = 'internship' AND employer_id IS NOT NULL) AS internship_via_register
      FROM ${activities} GROUP BY enrolment_id
    )`;
  const factsColumns = sql`,
      enrolments.months_registered_at_start, x.gained_qualification, totals.present_minutes,
      taken.activity_types, taken.validation_with_certificate, taken.internship_via_register`;
  const factsJoins = sql`
    LEFT JOIN ${attendanceTotals} totals ON totals.enrolment_id = enrolments.id
    LEFT JOIN taken ON taken.enrolment_id = enrolments.id`;
  const query = sql`
    ${withFacts ? factsCtes : sql``}
    SELECT enrolments.id AS enrolment_id, enrolments.gender,
      enrolments.birth_date::text AS birth_date, enrolments.municipality_code,
      enrolments.start_date::text AS start_date, enrolments.has_disability,
      enrolments.birth_region, enrolments.education_level, enrolments.priority_groups,
      x.exit_date::text AS exit_date, x.reason AS exit_reason, x.status AS exit_status,
      f.outcome AS follow_up_outcome, f.recorded_on::text AS follow_up_recorded_on
      ${withFacts ? factsColumns : sql``}
    FROM ${enrolments}
    LEFT JOIN ${exits} x ON x.enrolment_id = enrolments.id
    LEFT JOIN ${followUps} f ON f.enrolment_id = enrolments.id AND f.rule_id = ${options.followUpRuleId}
    ${withFacts ? factsJoins : sql``}
    WHERE ${statisticsScopeCondition(options)}
    ORDER BY enrolments.start_date, enrolments.id`;
  const result = (await db.execute(query)) as unknown as { rows: RecordSqlRow[] };
  const assessmentsBy = await loadAssessmentsByEnrolment(db, options);
  return result.rows.map((r) => {
    const row: ParticipantRecordRow = {
      enrolmentId: r.enrolment_id,
      gender: r.gender,
      birthDate: r.birth_date,
      municipalityCode: r.municipality_code,
      startDate: r.start_date,
      hasDisability: r.has_disability,
      birthRegion: r.birth_region,
      educationLevel: r.education_level,
      priorityGroups: r.priority_groups,
      exit:
        r.exit_date && r.exit_reason && r.exit_status
          ? { date: r.exit_date, reason: r.exit_reason, status: r.exit_status }
          : null,
      followUp:
        r.follow_up_outcome && r.follow_up_recorded_on
          ? { outcome: r.follow_up_outcome, recordedOn: r.follow_up_recorded_on }
          : null,
      assessments: assessmentsBy.get(r.enrolment_id) ?? [],
    };
    if (!withFacts) return row;
    return {
      ...row,
      facts: {
        enrolmentId: r.enrolment_id,
        monthsRegisteredAtStart: r.months_registered_at_start ?? 0,
        gainedQualification: isTrue(r.gained_qualification),
        presentMinutes: Number(r.present_minutes ?? 0),
        activityTypes: (r.activity_types ?? []) as ActivityType[],
        validationWithCertificate: isTrue(r.validation_with_certificate),
        internshipViaEmployerRegister: isTrue(r.internship_via_register),
      },
    };
  });
}

// Raw aggregates come back as booleans from pg and PGlite alike, but as "t" if a driver skips parsing.
const isTrue = (value: unknown) => value === true || value === "t";

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
