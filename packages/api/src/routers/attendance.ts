import {
  deleteAttendanceDays,
  findAttendanceDays,
  findExit,
  insertCorrection,
  listAttendance,
  loadAttendanceGrid,
  loadAttendanceParticipants,
  upsertAttendance,
} from "@opis/db";
import {
  AttendanceWeekSaveSchema,
  addDays,
  caseWorkSettingsOf,
  changesRecordedDay,
  IsoDateSchema,
  isInParticipation,
  isoWeekStart,
  ProjectIdSchema,
  participationOverlaps,
  participationRate,
  plannedMinutesPerDay,
  validateAttendanceDay,
  validateAttendanceEntry,
  workdaysOfWeek,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError } from "../errors";
import { requireProject } from "../operations/intake";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { projectIdFor } from "../project-context";
import { procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

export const attendanceRouter = router({
  /**
   * The weekly grid: every participant in the caller's scope taking part that
   * week, planned minutes per day from their work availability, what is recorded.
   */
  week: caseworker
    .input(z.object({ weekStart: IsoDateSchema, projectId: ProjectIdSchema.optional() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const projectId = projectIdFor(ctx, input.projectId);
        const monday = isoWeekStart(input.weekStart);
        const days = workdaysOfWeek(monday);
        const from = days[0] ?? monday;
        const to = days[4] ?? monday;
        const { participants, rows } = await loadAttendanceGrid(tx, {
          scope: enrolmentScopeFor(ctx.user),
          projectId,
          from,
          to,
        });
        const byKey = new Map(rows.map((r) => [`${r.enrolmentId}|${r.date}`, r]));
        const project = await requireProject(tx, projectId);
        const today = todayIn(ctx);
        const result = participants.map((p) => {
          const planned = plannedMinutesPerDay(p.workAvailabilityPercent);
          const cells = days.map((date) => {
            const inPeriod = isInParticipation(date, p);
            const row = byKey.get(`${p.enrolmentId}|${date}`);
            return {
              date,
              inPeriod,
              // Days not yet lived, or outside the project, cannot be recorded (only emptied).
              recordable:
                inPeriod &&
                date <= today &&
                date >= project.period.start &&
                date <= project.period.end,
              plannedMinutes: inPeriod ? (row?.plannedMinutes ?? planned) : 0,
              presentMinutes: row?.presentMinutes ?? null,
              absenceReason: row?.absenceReason ?? null,
            };
          });
          const recorded = cells.filter((c) => c.presentMinutes !== null);
          const plannedSum = recorded.reduce((s, c) => s + c.plannedMinutes, 0);
          const presentSum = recorded.reduce((s, c) => s + (c.presentMinutes ?? 0), 0);
          return {
            enrolmentId: p.enrolmentId,
            givenName: p.givenName,
            familyName: p.familyName,
            workAvailabilityPercent: p.workAvailabilityPercent,
            plannedMinutesPerDay: planned,
            cells,
            participationRate: participationRate(presentSum, plannedSum),
          };
        });
        if (participants.length > 0) {
          await recordAudit(tx, {
            actorUserId: ctx.user.id,
            action: "attendance.week",
            subjectType: "person",
            personIds: participants.map((p) => p.personId),
            details: { weekStart: monday },
          });
        }
        return { weekStart: monday, days, participants: result };
      }),
    ),

  /** Saves a week's grid in one transaction: all rows or none. */
  saveWeek: caseworker
    .input(AttendanceWeekSaveSchema.and(z.object({ projectId: ProjectIdSchema.optional() })))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const projectId = projectIdFor(ctx, input.projectId);
        const participants = await loadAttendanceParticipants(tx, {
          scope: enrolmentScopeFor(ctx.user),
          projectId,
          enrolmentIds: [
            ...new Set([...input.entries, ...input.cleared].map((e) => e.enrolmentId)),
          ],
        });
        const byId = new Map(participants.map((p) => [p.enrolmentId, p]));
        const project = await requireProject(tx, projectId);
        const { attendanceMarginMinutes } = caseWorkSettingsOf(project);
        const today = todayIn(ctx);
        const days = workdaysOfWeek(input.weekStart);
        const recorded = await findAttendanceDays(
          tx,
          participants.map((p) => p.enrolmentId),
          days[0] ?? input.weekStart,
          days[4] ?? input.weekStart,
        );
        const recordedByKey = new Map(recorded.map((r) => [`${r.enrolmentId}|${r.date}`, r]));
        const fieldErrors: Record<string, string[]> = {};
        const addError = (path: string, key: string) => {
          fieldErrors[path] = [...(fieldErrors[path] ?? []), key];
        };
        const rows = input.entries.map((entry, index) => {
          const participant = byId.get(entry.enrolmentId);
          // Outside the caller's scope: refused as if unknown.
          if (!participant) throw new AppError("NOT_FOUND", "errors.participant.notFound");
          const planned = plannedMinutesPerDay(participant.workAvailabilityPercent);
          for (const error of validateAttendanceDay(entry, {
            today,
            participation: participant,
            projectPeriod: project.period,
            plannedMinutes: planned,
            marginMinutes: attendanceMarginMinutes,
          })) {
            addError(`entries.${index}.${error.field}`, error.messageKey);
          }
          for (const key of validateAttendanceEntry(entry, planned)) {
            addError(`entries.${index}.absenceReason`, key);
          }
          return {
            enrolmentId: entry.enrolmentId,
            date: entry.date,
            plannedMinutes: planned,
            presentMinutes: entry.presentMinutes,
            absenceReason: entry.presentMinutes >= planned ? null : entry.absenceReason,
            recordedBy: ctx.user.id,
          };
        });
        for (const day of input.cleared) {
          if (!byId.has(day.enrolmentId)) {
            throw new AppError("NOT_FOUND", "errors.participant.notFound");
          }
        }
        // What changes a recorded day: a new value, or emptying it. Both keep the old value.
        const dayOf = (r: { presentMinutes: number; absenceReason: string | null }) => ({
          presentMinutes: r.presentMinutes,
          absenceReason: r.absenceReason,
        });
        const corrections = [
          ...rows.flatMap((row) => {
            const before = recordedByKey.get(`${row.enrolmentId}|${row.date}`);
            return before && changesRecordedDay(before, row)
              ? [{ row, before, action: "corrected" as const, current: dayOf(row) }]
              : [];
          }),
          ...input.cleared.flatMap((day) => {
            const before = recordedByKey.get(`${day.enrolmentId}|${day.date}`);
            return before
              ? [{ row: day, before, action: "withdrawn" as const, current: null }]
              : [];
          }),
        ];
        if (corrections.length > 0 && !input.correctionReason) {
          addError("correctionReason", "validation.recordCorrection.reason.required");
        }
        if (Object.keys(fieldErrors).length > 0) {
          throw new AppError("VALIDATION", "errors.validation", fieldErrors);
        }
        await upsertAttendance(tx, rows);
        await deleteAttendanceDays(
          tx,
          corrections.filter((c) => c.action === "withdrawn").map((c) => c.row),
        );
        for (const correction of corrections) {
          await insertCorrection(tx, {
            enrolmentId: correction.row.enrolmentId,
            recordType: "attendance",
            recordKey: correction.row.date,
            action: correction.action,
            reason: input.correctionReason ?? "",
            previous: { date: correction.row.date, ...dayOf(correction.before) },
            current: correction.current
              ? { date: correction.row.date, ...correction.current }
              : null,
            correctedBy: ctx.user.id,
            correctedAt: ctx.now(),
          });
        }
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "attendance.save",
          subjectType: "person",
          personIds: [
            ...new Set(
              [...input.entries, ...input.cleared].map(
                (e) => byId.get(e.enrolmentId)?.personId ?? "",
              ),
            ),
          ],
          details: {
            weekStart: input.weekStart,
            rows: rows.length,
            corrected: corrections.filter((c) => c.action === "corrected").length,
            withdrawn: corrections.filter((c) => c.action === "withdrawn").length,
          },
        });
        return {
          saved: rows.length,
          corrected: corrections.length,
          savedAt: ctx.now().toISOString(),
        };
      }),
    ),

  /** One participant's recent weeks, newest first: recorded days, planned and present time, absences. */
  summary: caseworker
    .input(z.object({ enrolmentId: z.uuid(), weeks: z.int().min(1).max(26).default(4) }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const exit = await findExit(tx, enrolment.id);
        const thisWeek = isoWeekStart(todayIn(ctx));
        const weekStarts = Array.from({ length: input.weeks }, (_, i) => addDays(thisWeek, -7 * i));
        const from = weekStarts.at(-1) ?? thisWeek;
        const rows = await listAttendance(tx, enrolment.id, from, addDays(thisWeek, 4));
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "attendance.summary",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return weekStarts.map((weekStart) => {
          const friday = addDays(weekStart, 4);
          const inWeek = rows.filter((r) => r.date >= weekStart && r.date <= friday);
          const planned = inWeek.reduce((sum, r) => sum + r.plannedMinutes, 0);
          const present = inWeek.reduce((sum, r) => sum + r.presentMinutes, 0);
          return {
            weekStart,
            inPeriod: participationOverlaps(
              { startDate: enrolment.startDate, exitDate: exit?.exitDate ?? null },
              weekStart,
              friday,
            ),
            days: inWeek.length,
            plannedMinutes: planned,
            presentMinutes: present,
            absences: inWeek.filter((r) => r.absenceReason !== null).length,
            participationRate: participationRate(present, planned),
          };
        });
      }),
    ),
});
