import type { ActivityType } from "@opis/domain";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../database";
import { activities, attendance, enrolments, exits, intakes } from "../schema";

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

/**
 * Evaluation facts for every enrolment of a project, aggregated in the
 * database (attendance has ~20 rows a participant). No direct identifiers.
 */
export async function loadEnrolmentEvaluationFacts(
  db: Executor,
  options: { projectId: string },
): Promise<EnrolmentEvaluationFacts[]> {
  const base = await db
    .select({
      enrolmentId: enrolments.id,
      monthsRegisteredAtStart: enrolments.monthsRegisteredAtStart,
      gainedQualification: exits.gainedQualification,
    })
    .from(enrolments)
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .where(eq(enrolments.projectId, options.projectId));

  const minutes = await db
    .select({
      enrolmentId: attendance.enrolmentId,
      minutes: sql<string>`sum(${attendance.presentMinutes})`,
    })
    .from(attendance)
    .innerJoin(enrolments, eq(enrolments.id, attendance.enrolmentId))
    .where(eq(enrolments.projectId, options.projectId))
    .groupBy(attendance.enrolmentId);

  const activityRows = await db
    .select({
      enrolmentId: activities.enrolmentId,
      type: activities.type,
      certificate: sql<boolean>`bool_or(coalesce(${activities.certificateIssued}, false))`,
      viaRegister: sql<boolean>`bool_or(${activities.employerId} is not null)`,
    })
    .from(activities)
    .innerJoin(enrolments, eq(enrolments.id, activities.enrolmentId))
    .where(eq(enrolments.projectId, options.projectId))
    .groupBy(activities.enrolmentId, activities.type);

  const minutesBy = new Map(minutes.map((m) => [m.enrolmentId, Number(m.minutes ?? 0)]));
  const activitiesBy = new Map<string, typeof activityRows>();
  for (const row of activityRows) {
    const list = activitiesBy.get(row.enrolmentId) ?? [];
    list.push(row);
    activitiesBy.set(row.enrolmentId, list);
  }
  return base.map((b) => {
    const acts = activitiesBy.get(b.enrolmentId) ?? [];
    return {
      enrolmentId: b.enrolmentId,
      monthsRegisteredAtStart: b.monthsRegisteredAtStart,
      gainedQualification: b.gainedQualification ?? false,
      presentMinutes: minutesBy.get(b.enrolmentId) ?? 0,
      activityTypes: [...new Set(acts.map((a) => a.type))].sort(),
      validationWithCertificate: acts.some(
        (a) => a.type === "validation" && (a.certificate === true || String(a.certificate) === "t"),
      ),
      internshipViaEmployerRegister: acts.some(
        (a) => a.type === "internship" && (a.viaRegister === true || String(a.viaRegister) === "t"),
      ),
    };
  });
}

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
