import type { ActivityType, ExitReason, ExitStatus, FollowUpOutcome } from "@opis/domain";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { activities, attendance, enrolments, exits, followUps, intakes } from "../schema";
import {
  loadAssessmentsByEnrolment,
  type ParticipantRecordRow,
  type StatisticsScope,
  statisticsScopeCondition,
} from "./participant-records";

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

/** One row of the evaluation query, as both drivers return it (dates cast to text). */
interface EvaluationSqlRow {
  enrolment_id: string;
  gender: ParticipantRecordRow["gender"];
  birth_date: string;
  municipality_code: string;
  start_date: string;
  has_disability: boolean;
  birth_region: ParticipantRecordRow["birthRegion"];
  education_level: ParticipantRecordRow["educationLevel"];
  priority_groups: string[];
  months_registered_at_start: number;
  exit_date: string | null;
  exit_reason: ExitReason | null;
  exit_status: ExitStatus | null;
  gained_qualification: boolean | null;
  follow_up_outcome: FollowUpOutcome | null;
  follow_up_recorded_on: string | null;
  present_minutes: number | null;
  activity_types: string[] | null;
  validation_with_certificate: boolean | null;
  internship_via_register: boolean | null;
}

/**
 * Participant records with evaluation facts for a project's enrolments in a
 * scope, in one query: attendance (~20 rows a participant) and activities are
 * aggregated by the database and joined by hash, one scan of each table.
 * Raw SQL rather than the query builder: at a million rows the builder's
 * per-field mapping cost more than the query (see BENCHMARKS.md). No direct
 * identifiers. Ordered by start date and id, the same on both drivers.
 */
export async function loadEvaluationRecordRows(
  db: Executor,
  options: StatisticsScope & { followUpRuleId: string; instrumentIds: readonly string[] },
): Promise<EvaluationRecordRow[]> {
  // MATERIALIZED: aggregated once. Inlined, PostgreSQL may pick a parallel merge
  // join whose every worker walks the whole attendance index (8× slower, measured).
  const query = sql`
    WITH minutes AS MATERIALIZED (
      SELECT enrolment_id, sum(present_minutes)::int AS present_minutes
      FROM ${attendance} GROUP BY enrolment_id
    ), taken AS MATERIALIZED (
      SELECT enrolment_id,
        array_agg(DISTINCT type ORDER BY type) AS activity_types,
        bool_or(type = 'validation' AND coalesce(certificate_issued, false)) AS validation_with_certificate,
        bool_or(type = 'internship' AND employer_id IS NOT NULL) AS internship_via_register
      FROM ${activities} GROUP BY enrolment_id
    )
    SELECT enrolments.id AS enrolment_id, enrolments.gender,
      enrolments.birth_date::text AS birth_date, enrolments.municipality_code,
      enrolments.start_date::text AS start_date, enrolments.has_disability,
      enrolments.birth_region, enrolments.education_level, enrolments.priority_groups,
      enrolments.months_registered_at_start,
      x.exit_date::text AS exit_date, x.reason AS exit_reason, x.status AS exit_status,
      x.gained_qualification, f.outcome AS follow_up_outcome,
      f.recorded_on::text AS follow_up_recorded_on, minutes.present_minutes,
      taken.activity_types, taken.validation_with_certificate, taken.internship_via_register
    FROM ${enrolments}
    LEFT JOIN ${exits} x ON x.enrolment_id = enrolments.id
    LEFT JOIN ${followUps} f ON f.enrolment_id = enrolments.id AND f.rule_id = ${options.followUpRuleId}
    LEFT JOIN minutes ON minutes.enrolment_id = enrolments.id
    LEFT JOIN taken ON taken.enrolment_id = enrolments.id
    WHERE ${statisticsScopeCondition(options)}
    ORDER BY enrolments.start_date, enrolments.id`;
  const result = (await db.execute(query)) as unknown as { rows: EvaluationSqlRow[] };
  const assessmentsBy = await loadAssessmentsByEnrolment(db, options);
  return result.rows.map((r) => ({
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
    facts: {
      enrolmentId: r.enrolment_id,
      monthsRegisteredAtStart: r.months_registered_at_start,
      gainedQualification: isTrue(r.gained_qualification),
      presentMinutes: Number(r.present_minutes ?? 0),
      activityTypes: (r.activity_types ?? []) as ActivityType[],
      validationWithCertificate: isTrue(r.validation_with_certificate),
      internshipViaEmployerRegister: isTrue(r.internship_via_register),
    },
  }));
}

// Raw aggregates come back as booleans from pg and PGlite alike, but as "t" if a driver skips parsing.
const isTrue = (value: unknown) => value === true || value === "t";

/** A decided target-group assessment, without the person. */
export interface IntakeDecisionRow {
  intakeId: string;
  status: "enrolled" | "declined";
  decidedOn: string | null;
  municipalityCode: string | null;
  gender: string | null;
  birthDate: string | null;
  birthRegion: string | null;
  educationLevel: string | null;
  hasDisability: boolean | null;
}

/** Intakes of a project that were assessed and decided (enrolled or declined): the target group seen. */
export async function loadIntakeDecisionRows(
  db: Executor,
  options: { projectId: string },
): Promise<IntakeDecisionRow[]> {
  const rows = await db
    .select({
      intakeId: intakes.id,
      status: intakes.status,
      decidedOn: sql<
        string | null
      >`to_char(${intakes.decidedAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`,
      municipalityCode: sql<string | null>`${intakes.facts}->>'municipalityCode'`,
      gender: sql<string | null>`${intakes.facts}->>'gender'`,
      birthDate: sql<string | null>`${intakes.facts}->>'birthDate'`,
      birthRegion: sql<string | null>`${intakes.facts}->>'birthRegion'`,
      educationLevel: sql<string | null>`${intakes.facts}->>'educationLevel'`,
      hasDisability: sql<string | null>`${intakes.facts}->>'hasDisabilityReducingWorkCapacity'`,
    })
    .from(intakes)
    .where(and(eq(intakes.projectId, options.projectId), isNotNull(intakes.decidedAt)));
  return rows
    .filter((r) => r.status === "enrolled" || r.status === "declined")
    .map((r) => ({
      ...r,
      status: r.status as "enrolled" | "declined",
      hasDisability: r.hasDisability === null ? null : r.hasDisability === "true",
    }));
}
