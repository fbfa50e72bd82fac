import { z } from "zod";
import { addDays } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import type { FollowUpStatus } from "../goals/follow-up-window";

export const NEXT_ACTION_KINDS = ["writePlan", "reviewPlan", "recordFollowUp", "none"] as const;
export type NextActionKind = (typeof NEXT_ACTION_KINDS)[number];
/** A next action's kind, as lists filter by it (the caseload's "Nästa steg"). */
export const NextActionKindSchema = z.enum(NEXT_ACTION_KINDS);

export interface NextAction {
  kind: NextActionKind;
  /** When it should be done; null when there is nothing to do. */
  dueDate: IsoDate | null;
  overdue: boolean;
}

export interface CaseState {
  status: "active" | "exited";
  startDate: IsoDate;
  /** 0 when no joint plan has been saved. */
  planVersion: number;
  nextPlanReview: IsoDate | null;
  followUp: { status: FollowUpStatus; dueDate: IsoDate } | null;
}

/** A joint plan is expected within two weeks of the start. */
export const PLAN_DUE_DAYS = 14;

/**
 * The one thing to do next in a case, for the caseload list and the
 * participant header: write the plan, review it, or record the follow-up.
 */
export function nextCaseAction(state: CaseState, today: IsoDate): NextAction {
  if (state.status === "exited") {
    const f = state.followUp;
    if (f && (f.status === "due" || f.status === "overdue" || f.status === "notDue")) {
      return { kind: "recordFollowUp", dueDate: f.dueDate, overdue: f.status === "overdue" };
    }
    return { kind: "none", dueDate: null, overdue: false };
  }
  if (state.planVersion === 0) {
    const dueDate = addDays(state.startDate, PLAN_DUE_DAYS);
    return { kind: "writePlan", dueDate, overdue: dueDate < today };
  }
  if (state.nextPlanReview) {
    return {
      kind: "reviewPlan",
      dueDate: state.nextPlanReview,
      overdue: state.nextPlanReview < today,
    };
  }
  return { kind: "none", dueDate: null, overdue: false };
}
