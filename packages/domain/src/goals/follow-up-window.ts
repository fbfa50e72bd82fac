import { addDays } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { FollowUpRule } from "../projects/follow-up-rules";

export interface FollowUpWindow {
  dueDate: IsoDate;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/** When a follow-up is due after an exit, and the window in which it counts as on time. */
export function followUpWindow(rule: FollowUpRule, exitDate: IsoDate): FollowUpWindow {
  const dueDate = addDays(exitDate, rule.offsetDays);
  return {
    dueDate,
    opensOn: addDays(dueDate, -rule.window.daysBefore),
    closesOn: addDays(dueDate, rule.window.daysAfter),
  };
}

export const FOLLOW_UP_STATUSES = [
  "notDue",
  "due",
  "overdue",
  "recordedOnTime",
  "recordedOutsideWindow",
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * Where a follow-up stands on `asOf`. A recording dated after asOf is ignored,
 * so history can be replayed. "due" = window open and nothing recorded;
 * "overdue" = window closed and nothing recorded.
 */
export function classifyFollowUp(
  rule: FollowUpRule,
  exitDate: IsoDate,
  recordedOn: IsoDate | null | undefined,
  asOf: IsoDate,
): FollowUpStatus {
  const window = followUpWindow(rule, exitDate);
  if (recordedOn != null && recordedOn <= asOf) {
    return recordedOn >= window.opensOn && recordedOn <= window.closesOn
      ? "recordedOnTime"
      : "recordedOutsideWindow";
  }
  if (asOf < window.opensOn) return "notDue";
  if (asOf <= window.closesOn) return "due";
  return "overdue";
}
