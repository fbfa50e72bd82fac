import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import { type Instrument, InstrumentSchema, instrumentRange } from "../instruments/instrument";
import { OBSTACLE_DIMENSIONS } from "../intake/obstacles";
import { RetentionSchema } from "../privacy/retention";
import { MunicipalityCodeSchema } from "../vocabularies/municipalities";
import { CaseWorkSettingsSchema, OfficeSchema } from "./case-work-settings";
import {
  ExitStatusCategorySchema,
  exitStatusCategoriesOf,
  FollowUpOutcomeCategorySchema,
  followUpOutcomeCategoriesOf,
} from "./categories";
import { FollowUpRuleSchema } from "./follow-up-rules";
import { GenderBalanceSchema, GoalDefinitionSchema } from "./goal-definitions";
import { LocalizedTextSchema } from "./localized-text";
import { PriorityGroupSchema } from "./priority-groups";
import { SiteSchema } from "./sites";
import { TargetGroupRuleSchema } from "./target-group-rules";

/** A project's id: lowercase words joined by hyphens ("opis", "job-action-plan-europe"). */
export const ProjectIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: "validation.project.id.format" });

/** A labour-market project as data: who it is for, what it aims at, how it follows up. */
export const ProjectDefinitionSchema = z
  .object({
    id: ProjectIdSchema,
    name: LocalizedTextSchema,
    owner: z.string().min(1),
    period: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
    municipalities: z.array(MunicipalityCodeSchema).min(1),
    /** Named groups of the municipalities; when left out, each municipality is its own site. */
    sites: z.array(SiteSchema).min(1).optional(),
    targetGroupRules: z.array(TargetGroupRuleSchema),
    priorityGroups: z.array(PriorityGroupSchema),
    goals: z.array(GoalDefinitionSchema),
    /** Follow-ups after exit; none at all for a project that measures only the status at exit. */
    followUpRules: z.array(FollowUpRuleSchema),
    instruments: z.array(InstrumentSchema),
    genderBalance: GenderBalanceSchema.optional(),
    /** The project's own statuses at exit; when left out, the platform's standard ones. */
    exitStatuses: z.array(ExitStatusCategorySchema).min(1).optional(),
    /** The project's own follow-up outcomes; when left out, the platform's standard ones. */
    followUpOutcomes: z.array(FollowUpOutcomeCategorySchema).min(1).optional(),
    /** The obstacles at start its flows are split by; when left out, all of them. */
    flowObstacles: z.array(z.enum(OBSTACLE_DIMENSIONS)).optional(),
    /** How long personal data are kept after the project ends; when left out, 72 months. */
    retention: RetentionSchema.optional(),
    /** The AF offices and the municipalities each serves; when left out, any office any municipality. */
    offices: z.array(OfficeSchema).min(1).optional(),
    /** Margins, grace periods and thresholds of day-to-day case work; defaults when left out. */
    caseWork: CaseWorkSettingsSchema.optional(),
  })
  .superRefine((project, ctx) => {
    const fail = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: "custom", message, path });

    if (project.period.start > project.period.end)
      fail("validation.project.period.order", ["period"]);
    for (const [field, ids] of [
      ["municipalities", project.municipalities],
      ["sites", (project.sites ?? []).map((s) => s.id)],
      ["targetGroupRules", project.targetGroupRules.map((r) => r.id)],
      ["priorityGroups", project.priorityGroups.map((g) => g.id)],
      ["goals", project.goals.map((g) => g.id)],
      ["followUpRules", project.followUpRules.map((r) => r.id)],
      ["instruments", project.instruments.map((i) => i.id)],
      ["exitStatuses", (project.exitStatuses ?? []).map((c) => c.id)],
      ["followUpOutcomes", (project.followUpOutcomes ?? []).map((c) => c.id)],
      ["flowObstacles", project.flowObstacles ?? []],
      ["offices", (project.offices ?? []).map((o) => o.name)],
    ] as const) {
      if (new Set(ids).size !== ids.length) fail("validation.project.duplicateId", [field]);
    }

    // Every municipality belongs to exactly one site, and sites name only the project's.
    if (project.sites) {
      const siteOfMunicipality = new Map<string, string>();
      project.sites.forEach((site, s) => {
        site.municipalities.forEach((code, m) => {
          if (!project.municipalities.includes(code)) {
            fail("validation.project.site.unknownMunicipality", ["sites", s, "municipalities", m]);
          } else if (siteOfMunicipality.has(code)) {
            fail("validation.project.site.overlap", ["sites", s, "municipalities", m]);
          }
          siteOfMunicipality.set(code, site.id);
        });
      });
      project.municipalities.forEach((code, m) => {
        if (!siteOfMunicipality.has(code)) {
          fail("validation.project.site.uncovered", ["municipalities", m]);
        }
      });
    }

    project.offices?.forEach((office, o) => {
      office.municipalities.forEach((code, m) => {
        if (!project.municipalities.includes(code)) {
          fail("validation.project.site.unknownMunicipality", ["offices", o, "municipalities", m]);
        }
      });
    });
    const ages = project.caseWork?.ageRange;
    if (ages && ages.min > ages.max)
      fail("validation.project.rule.ageRange", ["caseWork", "ageRange"]);

    const exitStatusIds = new Set(exitStatusCategoriesOf(project).map((c) => c.id));
    const outcomeIds = new Set(followUpOutcomeCategoriesOf(project).map((c) => c.id));
    project.goals.forEach((goal, index) => {
      if (goal.kind === "followUpOutcomeRate") {
        if (!project.followUpRules.some((r) => r.id === goal.followUpRuleId)) {
          fail("validation.project.goal.unknownFollowUpRule", ["goals", index, "followUpRuleId"]);
        }
        goal.successOutcomes?.forEach((id, i) => {
          if (!outcomeIds.has(id)) {
            fail("validation.project.goal.unknownCategory", ["goals", index, "successOutcomes", i]);
          }
        });
      }
      if (goal.kind === "exitStatusRate") {
        goal.successStatuses?.forEach((id, i) => {
          if (!exitStatusIds.has(id)) {
            fail("validation.project.goal.unknownCategory", ["goals", index, "successStatuses", i]);
          }
        });
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
