import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { textSchema } from "../text/text-schema";
import { ActivityTypeSchema, ResponsiblePartySchema } from "../vocabularies/activity";

export const PLAN_ITEM_STATUSES = ["planned", "ongoing", "done", "cancelled"] as const;
export const PlanItemStatusSchema = z.enum(PLAN_ITEM_STATUSES);
export type PlanItemStatus = z.infer<typeof PlanItemStatusSchema>;

const text = (max: number, required: string, tooLong: string) =>
  textSchema({ multiline: true }).trim().min(1, { error: required }).max(max, { error: tooLong });

/** One of the participant's own goals, in their words. */
export const PlanGoalSchema = z.object({
  id: textSchema().min(1).max(40),
  text: text(500, "validation.plan.goal.required", "validation.plan.goal.tooLong"),
});

/** A planned step: what, who is responsible (AF, kommun or the participant), when to review. */
export const PlanItemSchema = z.object({
  id: textSchema().min(1).max(40),
  description: text(500, "validation.plan.item.required", "validation.plan.item.tooLong"),
  activityType: ActivityTypeSchema.nullable(),
  responsible: ResponsiblePartySchema,
  reviewDate: IsoDateSchema.nullable(),
  status: PlanItemStatusSchema,
});

/**
 * The joint plan (gemensam plan) shared by AF, the municipality and the
 * participant. Saved as a new version each time; see JointPlanSaveSchema.
 */
export const JointPlanContentSchema = z.object({
  goals: z.array(PlanGoalSchema).max(20),
  items: z.array(PlanItemSchema).max(50),
  nextReviewDate: IsoDateSchema.nullable(),
  /** The participant has taken part in and agreed to this version. */
  agreedWithParticipant: z.boolean(),
});
export type JointPlanContent = z.infer<typeof JointPlanContentSchema>;

/**
 * Saving a plan names the version it was based on, so a save over someone
 * else's newer version is refused instead of silently overwriting it.
 */
export const JointPlanSaveSchema = z.object({
  enrolmentId: z.uuid(),
  basedOnVersion: z.int().min(0),
  content: JointPlanContentSchema,
  changeNote: z
    .string()
    .trim()
    .max(500, { error: "validation.plan.changeNote.tooLong" })
    .optional(),
});
export type JointPlanSave = z.infer<typeof JointPlanSaveSchema>;

export const EMPTY_JOINT_PLAN: JointPlanContent = {
  goals: [],
  items: [],
  nextReviewDate: null,
  agreedWithParticipant: false,
};

/**
 * When the plan is next followed up: the plan's own review date. Only a plan
 * saved before plans needed one falls back to its earliest open step's date.
 */
export function nextPlanReview(plan: JointPlanContent): string | null {
  return planReviewDue(plan)?.date ?? null;
}

/** The plan's next review and where its date comes from, for the header to name it. */
export function planReviewDue(
  plan: JointPlanContent,
): { date: string; source: "planReviewDate" | "planItemReviewDate" } | null {
  if (plan.nextReviewDate) return { date: plan.nextReviewDate, source: "planReviewDate" };
  const items = plan.items
    .filter((i) => i.status === "planned" || i.status === "ongoing")
    .map((i) => i.reviewDate)
    .filter((d): d is string => d !== null)
    // ISO dates sort as strings.
    .sort();
  return items[0] ? { date: items[0], source: "planItemReviewDate" } : null;
}
