import type { IsoDate } from "../dates/iso-date";
import type { ValidationMessageKey } from "../validation/message-keys";
import { isInParticipation, type ParticipationSpan } from "./participation-span";

/** No day has more minutes than this, whatever the plan and the margin. */
export const MINUTES_PER_DAY = 24 * 60;

export interface AttendanceDayContext {
  /** Today in Sweden (Europe/Stockholm); attendance is recorded after the fact. */
  today: IsoDate;
  participation: ParticipationSpan;
  projectPeriod: { start: IsoDate; end: IsoDate };
  /** The day's planned minutes (from the work availability). */
  plannedMinutes: number;
  /** Minutes over the plan the project accepts (caseWorkSettingsOf(project)). */
  marginMinutes: number;
}

export interface AttendanceDayError {
  field: "date" | "presentMinutes";
  messageKey: ValidationMessageKey;
}

/** The most minutes a day may hold: the plan plus the margin, never a working day less, never over 24 h. */
export function maxPresentMinutes(plannedMinutes: number, marginMinutes: number): number {
  // A participant planned at 0 % can still be recorded up to the margin.
  return Math.min(MINUTES_PER_DAY, Math.max(0, plannedMinutes) + Math.max(0, marginMinutes));
}

/**
 * What makes a recorded day impossible: a day not yet lived, outside the
 * participation or the project period, or more time than was possible.
 */
export function validateAttendanceDay(
  day: { date: IsoDate; presentMinutes: number },
  context: AttendanceDayContext,
): AttendanceDayError[] {
  const errors: AttendanceDayError[] = [];
  if (day.date > context.today) {
    errors.push({ field: "date", messageKey: "validation.attendance.date.future" });
  } else if (day.date < context.projectPeriod.start || day.date > context.projectPeriod.end) {
    errors.push({ field: "date", messageKey: "validation.attendance.date.outsideProject" });
  } else if (!isInParticipation(day.date, context.participation)) {
    errors.push({ field: "date", messageKey: "validation.attendance.date.outsideParticipation" });
  }
  if (day.presentMinutes > maxPresentMinutes(context.plannedMinutes, context.marginMinutes)) {
    errors.push({
      field: "presentMinutes",
      messageKey: "validation.attendance.presentMinutes.abovePlan",
    });
  }
  return errors;
}
