import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { isoWeekStart, workdaysOfWeek } from "../dates/iso-week";
import type { ValidationMessageKey } from "../validation/message-keys";
import { AbsenceReasonSchema } from "../vocabularies/activity";
import { CorrectionReasonSchema } from "./correction";

/** A full working day; planned time is this share of it given by the work availability. */
export const WORKDAY_MINUTES = 8 * 60;

/** Planned minutes on a weekday for a participant with this work availability (arbetsutbud). */
export function plannedMinutesPerDay(workAvailabilityPercent: number): number {
  return Math.round((WORKDAY_MINUTES * workAvailabilityPercent) / 100);
}

/** Present time ÷ planned time; null when nothing was planned. */
export function participationRate(presentMinutes: number, plannedMinutes: number): number | null {
  return plannedMinutes <= 0 ? null : Math.min(1, presentMinutes / plannedMinutes);
}

/** One participant's attendance on one day. */
export const AttendanceEntrySchema = z.object({
  enrolmentId: z.uuid(),
  date: IsoDateSchema,
  presentMinutes: z
    .int({ error: "validation.attendance.presentMinutes.invalid" })
    .min(0, { error: "validation.attendance.presentMinutes.range" })
    .max(24 * 60, { error: "validation.attendance.presentMinutes.range" }),
  absenceReason: AbsenceReasonSchema.nullable(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

/** A week's grid: every entry must fall on a workday of that week. */
export const AttendanceWeekSaveSchema = z
  .object({
    weekStart: IsoDateSchema,
    entries: z.array(AttendanceEntrySchema).max(5 * 500),
    /** Recorded days to empty (a day recorded by mistake); a withdrawal needs the reason. */
    cleared: z
      .array(z.object({ enrolmentId: z.uuid(), date: IsoDateSchema }))
      .max(5 * 500)
      .default([]),
    /** Why recorded days change; required when the save corrects or empties any. */
    correctionReason: CorrectionReasonSchema.optional(),
  })
  .superRefine((week, ctx) => {
    if (isoWeekStart(week.weekStart) !== week.weekStart) {
      ctx.addIssue({
        code: "custom",
        message: "validation.attendance.weekStart.notMonday",
        path: ["weekStart"],
      });
      return;
    }
    const days = new Set(workdaysOfWeek(week.weekStart));
    week.entries.forEach((entry, index) => {
      if (!days.has(entry.date)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.attendance.date.outsideWeek",
          path: ["entries", index, "date"],
        });
      }
    });
    week.cleared.forEach((day, index) => {
      if (!days.has(day.date)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.attendance.date.outsideWeek",
          path: ["cleared", index, "date"],
        });
      }
    });
  });
export type AttendanceWeekSave = z.input<typeof AttendanceWeekSaveSchema>;

/** Whether saving `entry` over the recorded `existing` day changes what was recorded. */
export function changesRecordedDay(
  existing: { presentMinutes: number; absenceReason: string | null } | undefined,
  entry: { presentMinutes: number; absenceReason: string | null },
): boolean {
  return (
    existing !== undefined &&
    (existing.presentMinutes !== entry.presentMinutes ||
      (existing.absenceReason ?? null) !== (entry.absenceReason ?? null))
  );
}

/** Time short of the plan needs a reason, so absence can be followed up. */
export function validateAttendanceEntry(
  entry: AttendanceEntry,
  plannedMinutes: number,
): ValidationMessageKey[] {
  if (entry.presentMinutes < plannedMinutes && entry.absenceReason === null) {
    return ["validation.attendance.absenceReason.required"];
  }
  return [];
}
