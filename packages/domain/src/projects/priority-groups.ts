import { z } from "zod";
import { BirthRegionSchema } from "../vocabularies/birth-region";
import { GenderSchema } from "../vocabularies/gender";
import { DefinitionIdSchema, LocalizedTextSchema } from "./localized-text";

/** One condition on intake facts; a priority group holds when all its conditions hold. */
export const PriorityConditionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("gender"), equals: GenderSchema }),
  z.object({ kind: z.literal("birthRegion"), in: z.array(BirthRegionSchema).min(1) }),
  z.object({ kind: z.literal("ageAtLeast"), years: z.int().min(0) }),
  z.object({ kind: z.literal("ageAtMost"), years: z.int().min(0) }),
  z.object({ kind: z.literal("lowEducation") }),
  z.object({ kind: z.literal("disability") }),
]);
export type PriorityCondition = z.infer<typeof PriorityConditionSchema>;

export const PriorityGroupSchema = z.object({
  id: DefinitionIdSchema,
  name: LocalizedTextSchema,
  conditions: z.array(PriorityConditionSchema).min(1),
});
export type PriorityGroup = z.infer<typeof PriorityGroupSchema>;
