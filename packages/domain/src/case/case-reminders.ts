import { addDays, addMonths } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { ResolvedCaseWorkSettings } from "../projects/case-work-settings";

export const CASE_REMINDER_KINDS = [
  "lowParticipation",
  "sixthMonth",
  "participationEnding",
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
 * sixth month of participation (a natural review point), and the end of the
 * project period coming within `endWarningDays`.
 */
export function caseReminders(
  state: {
    startDate: IsoDate;
    /** Planned and present minutes over the last PARTICIPATION_WINDOW_DAYS days. */
    lastFourWeeks: { planned: number; present: number };
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
  return reminders;
}
