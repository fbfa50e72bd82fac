import { addDays, addMonths } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { ResolvedCaseWorkSettings } from "../projects/case-work-settings";

export const CASE_REMINDER_KINDS = [
  "lowParticipation",
  "sixthMonth",
  "participationEnding",
  "workAvailabilityEnding",
] as const;
export type CaseReminderKind = (typeof CASE_REMINDER_KINDS)[number];

export interface CaseReminder {
  kind: CaseReminderKind;
  dueDate: IsoDate;
}

/** Days of attendance the participation rate of a reminder looks back over. */
export const PARTICIPATION_WINDOW_DAYS = 28;

/**
 * The reminders an active case raises on `today`, besides its next action:
 * participation under the project's threshold over the last four weeks, the
 * sixth month of participation (a natural review point), the end of the
 * project period coming within `endWarningDays`, and the end of the participant's
 * work availability (arbetsutbud) coming within `endWarningDays`.
 *
 * The work availability's end is raised from `endWarningDays` before that day
 * until `endWarningDays` after it: past the day the case needs an exit or a new
 * date, and a date long past is no longer news (the case header still shows
 * it). It is not raised when the availability lasts to the project's end or
 * beyond: then the project's end is the one that ends the participation.
 */
export function caseReminders(
  state: {
    startDate: IsoDate;
    /** Planned and present minutes over the last PARTICIPATION_WINDOW_DAYS days. */
    lastFourWeeks: { planned: number; present: number };
    /** The last day of the work availability; null or absent: open-ended. */
    workAvailabilityUntil?: IsoDate | null;
  },
  project: { period: { end: IsoDate } },
  settings: Pick<ResolvedCaseWorkSettings, "participationThresholdPercent" | "endWarningDays">,
  today: IsoDate,
): CaseReminder[] {
  const reminders: CaseReminder[] = [];
  const { planned, present } = state.lastFourWeeks;
  // Only a case that has been running four weeks has a four-week rate to judge.
  const fourWeeksIn = addDays(state.startDate, PARTICIPATION_WINDOW_DAYS) <= today;
  if (
    fourWeeksIn &&
    planned > 0 &&
    present * 100 < planned * settings.participationThresholdPercent
  ) {
    reminders.push({ kind: "lowParticipation", dueDate: today });
  }
  const sixMonths = addMonths(state.startDate, 6);
  // From two weeks before the six-month day until a month after it.
  if (today >= addDays(sixMonths, -14) && today <= addDays(sixMonths, 30)) {
    reminders.push({ kind: "sixthMonth", dueDate: sixMonths });
  }
  if (
    today <= project.period.end &&
    addDays(today, settings.endWarningDays) >= project.period.end
  ) {
    reminders.push({ kind: "participationEnding", dueDate: project.period.end });
  }
  const until = state.workAvailabilityUntil;
  if (
    until &&
    until < project.period.end &&
    today >= addDays(until, -settings.endWarningDays) &&
    today <= addDays(until, settings.endWarningDays)
  ) {
    reminders.push({ kind: "workAvailabilityEnding", dueDate: until });
  }
  return reminders;
}
