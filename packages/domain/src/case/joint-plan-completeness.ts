import type { ValidationMessageKey } from "../validation/message-keys";
import type { JointPlanContent } from "./joint-plan";

export interface PlanFieldError {
  /** Path inside the plan content ("goals", "items", "nextReviewDate"). */
  field: "goals" | "items" | "nextReviewDate";
  messageKey: ValidationMessageKey;
}

/**
 * A plan worth saving as a version: at least one goal in the participant's
 * words, at least one planned or ongoing step with who is responsible, and a
 * date to review it. An empty plan would tick off "write the plan" with nothing in it.
 */
export function validateJointPlanComplete(plan: JointPlanContent): PlanFieldError[] {
  const errors: PlanFieldError[] = [];
  if (plan.goals.length === 0) {
    errors.push({ field: "goals", messageKey: "validation.plan.goals.required" });
  }
  const open = plan.items.filter((i) => i.status === "planned" || i.status === "ongoing");
  if (open.length === 0) {
    errors.push({ field: "items", messageKey: "validation.plan.items.required" });
  }
  if (plan.nextReviewDate === null) {
    errors.push({ field: "nextReviewDate", messageKey: "validation.plan.nextReviewDate.required" });
  }
  return errors;
}
