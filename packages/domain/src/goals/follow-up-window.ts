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
  const { dueDate, opensOn, closesOn } = windowOf(rule, exitDate);
  return { dueDate, opensOn, closesOn };
}

/** The window and the first day after it; internal, shared and never mutated. */
export interface FollowUpWindowDays extends FollowUpWindow {
  closedFrom: IsoDate;
}

// Statistics classify every exit at every month end: date arithmetic on
// strings dominates unless each (rule, exit date) window is computed once.
const windowCache = new WeakMap<FollowUpRule, Map<IsoDate, Readonly<FollowUpWindowDays>>>();

export function windowOf(rule: FollowUpRule, exitDate: IsoDate): Readonly<FollowUpWindowDays> {
  let byExit = windowCache.get(rule);
  if (!byExit) {
    byExit = new Map();
    windowCache.set(rule, byExit);
  }
  let window = byExit.get(exitDate);
  if (!window) {
    const dueDate = addDays(exitDate, rule.offsetDays);
    window = Object.freeze({
      dueDate,
      opensOn: addDays(dueDate, -rule.window.daysBefore),
      closesOn: addDays(dueDate, rule.window.daysAfter),
      closedFrom: addDays(dueDate, rule.window.daysAfter + 1),
    });
    byExit.set(exitDate, window);
  }
  return window;
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
  const window = windowOf(rule, exitDate);
  if (recordedOn != null && recordedOn <= asOf) {
    return recordedOn >= window.opensOn && recordedOn <= window.closesOn
      ? "recordedOnTime"
      : "recordedOutsideWindow";
  }
  if (asOf < window.opensOn) return "notDue";
  if (asOf <= window.closesOn) return "due";
  return "overdue";
}
