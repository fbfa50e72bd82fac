import { z } from "zod";
import { DefinitionIdSchema } from "./localized-text";

/**
 * A follow-up due `offsetDays` after the anchor (the exit date), recorded on
 * time when within [due − daysBefore, due + daysAfter].
 */
export const FollowUpRuleSchema = z.object({
  id: DefinitionIdSchema,
  anchor: z.literal("exit"),
  offsetDays: z.int().min(0),
  window: z.object({ daysBefore: z.int().min(0), daysAfter: z.int().min(0) }),
  appliesTo: z.enum(["allExits", "completers"]),
});
export type FollowUpRule = z.infer<typeof FollowUpRuleSchema>;
