import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { type Instrument, InstrumentSchema, instrumentRange } from "../instruments/instrument";
import { MunicipalityCodeSchema } from "../vocabularies/municipalities";
import { FollowUpRuleSchema } from "./follow-up-rules";
import { GenderBalanceSchema, GoalDefinitionSchema } from "./goal-definitions";
import { LocalizedTextSchema } from "./localized-text";
import { PriorityGroupSchema } from "./priority-groups";
import { TargetGroupRuleSchema } from "./target-group-rules";

/** A labour-market project as data: who it is for, what it aims at, how it follows up. */
export const ProjectDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "validation.project.id.format" }),
    name: LocalizedTextSchema,
    owner: z.string().min(1),
    period: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
    municipalities: z.array(MunicipalityCodeSchema).min(1),
    targetGroupRules: z.array(TargetGroupRuleSchema),
    priorityGroups: z.array(PriorityGroupSchema),
    goals: z.array(GoalDefinitionSchema),
    followUpRules: z.array(FollowUpRuleSchema),
    instruments: z.array(InstrumentSchema),
    genderBalance: GenderBalanceSchema.optional(),
  })
  .superRefine((project, ctx) => {
    const fail = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: "custom", message, path });

    if (project.period.start > project.period.end)
      fail("validation.project.period.order", ["period"]);
    for (const [field, ids] of [
      ["municipalities", project.municipalities],
      ["targetGroupRules", project.targetGroupRules.map((r) => r.id)],
      ["priorityGroups", project.priorityGroups.map((g) => g.id)],
      ["goals", project.goals.map((g) => g.id)],
      ["followUpRules", project.followUpRules.map((r) => r.id)],
      ["instruments", project.instruments.map((i) => i.id)],
    ] as const) {
      if (new Set(ids).size !== ids.length) fail("validation.project.duplicateId", [field]);
    }

    project.goals.forEach((goal, index) => {
      if (goal.kind === "followUpOutcomeRate") {
        if (!project.followUpRules.some((r) => r.id === goal.followUpRuleId)) {
          fail("validation.project.goal.unknownFollowUpRule", ["goals", index, "followUpRuleId"]);
        }
      }
      if (goal.kind === "assessmentProgressRate") {
        const instrument = project.instruments.find((i) => i.id === goal.instrumentId);
        if (!instrument) {
          fail("validation.project.goal.unknownInstrument", ["goals", index, "instrumentId"]);
        } else if (!areaFits(instrument, goal.area)) {
          fail("validation.project.goal.area", ["goals", index, "area"]);
        } else if (goal.baselineAtMost !== undefined) {
          const { min, max } = instrumentRange(instrument);
          if (goal.baselineAtMost < min || goal.baselineAtMost > max) {
            fail("validation.project.goal.baselineAtMost", ["goals", index, "baselineAtMost"]);
          }
        }
      }
    });
  });
export type ProjectDefinition = z.infer<typeof ProjectDefinitionSchema>;

// A life wheel goal must name one of its areas; other instruments have none.
function areaFits(instrument: Instrument, area: string | undefined): boolean {
  if (instrument.kind === "lifeWheel") return instrument.areas.some((a) => a.id === area);
  return area === undefined;
}
