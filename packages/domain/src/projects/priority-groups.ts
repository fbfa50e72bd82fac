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

/** A priority group's id in its project definition, as a list filter names it. */
export const PriorityGroupIdSchema = DefinitionIdSchema;

export const PriorityGroupSchema = z.object({
  id: PriorityGroupIdSchema,
  name: LocalizedTextSchema,
  conditions: z.array(PriorityConditionSchema).min(1),
});
export type PriorityGroup = z.infer<typeof PriorityGroupSchema>;

/** The project's priority groups, by id and name: what a participant can be flagged with. */
export function priorityGroupsOf(project: {
  priorityGroups: readonly PriorityGroup[];
}): readonly Pick<PriorityGroup, "id" | "name">[] {
  return project.priorityGroups.map(({ id, name }) => ({ id, name }));
}
