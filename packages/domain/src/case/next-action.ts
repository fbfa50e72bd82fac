import { z } from "zod";
import { addDays } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { FollowUpStatus } from "../goals/follow-up-window";

export const NEXT_ACTION_KINDS = ["writePlan", "reviewPlan", "recordFollowUp", "none"] as const;
export type NextActionKind = (typeof NEXT_ACTION_KINDS)[number];
/** A next action's kind, as lists filter by it (the caseload's "Nästa steg"). */
export const NextActionKindSchema = z.enum(NEXT_ACTION_KINDS);

/** Where a next action's due date comes from, so the screen can name it. */
export const NEXT_ACTION_SOURCES = [
  "planDueAfterStart",
  "planReviewDate",
  "planItemReviewDate",
  "followUpRule",
] as const;
export type NextActionSource = (typeof NEXT_ACTION_SOURCES)[number];

export interface NextAction {
  kind: NextActionKind;
  /** When it should be done; null when there is nothing to do. */
  dueDate: IsoDate | null;
  /** Past the due date by more than the project's grace period. */
  overdue: boolean;
  source?: NextActionSource | undefined;
}

export interface CaseState {
  status: "active" | "exited";
  startDate: IsoDate;
  /** 0 when no joint plan has been saved. */
  planVersion: number;
  nextPlanReview: IsoDate | null;
  /** Where nextPlanReview comes from (the plan's own date unless an older plan lacks one). */
  nextPlanReviewSource?: "planReviewDate" | "planItemReviewDate" | undefined;
  followUp: { status: FollowUpStatus; dueDate: IsoDate } | null;
}

/** A joint plan is expected within two weeks of the start. */
export const PLAN_DUE_DAYS = 14;

/**
 * The one thing to do next in a case, for the caseload list and the
 * participant header: write the plan, review it, or record the follow-up.
 */
export function nextCaseAction(state: CaseState, today: IsoDate, graceDays = 0): NextAction {
  // Overdue means past due by more than the project's grace period.
  const late = (dueDate: IsoDate) => addDays(dueDate, graceDays) < today;
  if (state.status === "exited") {
    const f = state.followUp;
    if (f && (f.status === "due" || f.status === "overdue" || f.status === "notDue")) {
      return {
        kind: "recordFollowUp",
        dueDate: f.dueDate,
        overdue: f.status === "overdue",
        source: "followUpRule",
      };
    }
    return { kind: "none", dueDate: null, overdue: false };
  }
  if (state.planVersion === 0) {
    const dueDate = addDays(state.startDate, PLAN_DUE_DAYS);
    return { kind: "writePlan", dueDate, overdue: late(dueDate), source: "planDueAfterStart" };
  }
  if (state.nextPlanReview) {
    return {
      kind: "reviewPlan",
      dueDate: state.nextPlanReview,
      overdue: late(state.nextPlanReview),
      source: state.nextPlanReviewSource ?? "planReviewDate",
    };
  }
  return { kind: "none", dueDate: null, overdue: false };
}
