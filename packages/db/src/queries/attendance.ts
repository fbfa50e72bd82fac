import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql, sum } from "drizzle-orm";
import type { Executor } from "../database";
import { attendance, enrolments, exits, people } from "../schema";
import { type EnrolmentScope, enrolmentScopeCondition } from "./participants";

/** Participants in the scope whose participation overlaps [from, to], with their attendance rows. */
export async function loadAttendanceGrid(
  db: Executor,
  options: { scope: EnrolmentScope; projectId: string; from: string; to: string },
) {
  const participants = await db
    .select({
      enrolmentId: enrolments.id,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      workAvailabilityPercent: enrolments.workAvailabilityPercent,
      startDate: enrolments.startDate,
      exitDate: exits.exitDate,
    })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .where(
      and(
        eq(enrolments.projectId, options.projectId),
        enrolmentScopeCondition(options.scope),
        lte(enrolments.startDate, options.to),
        or(isNull(exits.exitDate), gte(exits.exitDate, options.from)),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName), asc(enrolments.id));
  const ids = participants.map((p) => p.enrolmentId);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(attendance)
          .where(
            and(
              inArray(attendance.enrolmentId, ids),
              between(attendance.date, options.from, options.to),
            ),
          );
  return { participants, rows };
}

/**
 * The named participants in the scope whatever their dates, so a day outside a
 * participation is refused with a reason rather than as an unknown participant.
 */
export async function loadAttendanceParticipants(
  db: Executor,
  options: { scope: EnrolmentScope; projectId: string; enrolmentIds: readonly string[] },
) {
  if (options.enrolmentIds.length === 0) return [];
  return db
    .select({
      enrolmentId: enrolments.id,
      personId: people.id,
      workAvailabilityPercent: enrolments.workAvailabilityPercent,
      startDate: enrolments.startDate,
      exitDate: exits.exitDate,
    })
    .from(enrolments)
    .innerJoin(people, eq(people.id, enrolments.personId))
    .leftJoin(exits, eq(exits.enrolmentId, enrolments.id))
    .where(
      and(
        eq(enrolments.projectId, options.projectId),
        enrolmentScopeCondition(options.scope),
        inArray(enrolments.id, [...options.enrolmentIds]),
      ),
    );
}

/** Writes a set of attendance rows, replacing what was there for the same day. */
export async function upsertAttendance(db: Executor, rows: (typeof attendance.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(attendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [attendance.enrolmentId, attendance.date],
      set: {
        plannedMinutes: sql`excluded.planned_minutes`,
        presentMinutes: sql`excluded.present_minutes`,
        absenceReason: sql`excluded.absence_reason`,
        recordedBy: sql`excluded.recorded_by`,
      },
    });
}

/** Planned and present minutes of one participant over [from, to]. */
export async function sumAttendance(db: Executor, enrolmentId: string, from: string, to: string) {
  const [row] = await db
    .select({ planned: sum(attendance.plannedMinutes), present: sum(attendance.presentMinutes) })
    .from(attendance)
    .where(and(eq(attendance.enrolmentId, enrolmentId), between(attendance.date, from, to)));
  return { planned: Number(row?.planned ?? 0), present: Number(row?.present ?? 0) };
}

/** One participant's attendance rows over [from, to]. */
export async function listAttendance(db: Executor, enrolmentId: string, from: string, to: string) {
  return db
    .select()
    .from(attendance)
    .where(and(eq(attendance.enrolmentId, enrolmentId), between(attendance.date, from, to)))
    .orderBy(asc(attendance.date));
}

/** The recorded days of these participants over [from, to], to compare a save against. */
export async function findAttendanceDays(
  db: Executor,
  enrolmentIds: readonly string[],
  from: string,
  to: string,
) {
  if (enrolmentIds.length === 0) return [];
  return db
    .select()
    .from(attendance)
    .where(
      and(inArray(attendance.enrolmentId, [...enrolmentIds]), between(attendance.date, from, to)),
    );
}

/** Empties recorded days (a withdrawal); the totals trigger subtracts them. */
export async function deleteAttendanceDays(
  db: Executor,
  days: readonly { enrolmentId: string; date: string }[],
) {
  for (const day of days) {
    await db
      .delete(attendance)
      .where(and(eq(attendance.enrolmentId, day.enrolmentId), eq(attendance.date, day.date)));
  }
}

/** Planned and present minutes per participant over [from, to], for many at once. */
export async function sumAttendanceByEnrolment(
  db: Executor,
  enrolmentIds: readonly string[],
  from: string,
  to: string,
) {
  if (enrolmentIds.length === 0) return new Map<string, { planned: number; present: number }>();
  const rows = await db
    .select({
      enrolmentId: attendance.enrolmentId,
      planned: sum(attendance.plannedMinutes),
      present: sum(attendance.presentMinutes),
    })
    .from(attendance)
    .where(
      and(inArray(attendance.enrolmentId, [...enrolmentIds]), between(attendance.date, from, to)),
    )
    .groupBy(attendance.enrolmentId);
  return new Map(
    rows.map((r) => [
      r.enrolmentId,
      { planned: Number(r.planned ?? 0), present: Number(r.present ?? 0) },
    ]),
  );
}
