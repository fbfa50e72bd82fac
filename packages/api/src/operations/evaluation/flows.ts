import {
  EXIT_REASONS,
  exitStatusCategoriesOf,
  flowObstaclesOf,
  OBSTACLE_DIMENSIONS,
  type ObstacleDimension,
  OUTCOME_CLASSES,
  type ProjectDefinition,
} from "@opis/domain";
import { obstacleValues, type Publication } from "@opis/evaluation";
import { z } from "zod";
import { AppError } from "../../errors";
import { requestReport, type StatisticsFilter } from "./publication";
import { resolveOutcomeGoal } from "./records";
import { categoryByGender, obstacleByGender, type PublishedTable } from "./tables";

/** Flows are always split by gender; "gender" alone, or beside one obstacle at start. */
export const FLOW_DIMENSIONS = ["gender", ...OBSTACLE_DIMENSIONS] as const;
export const FlowDimensionSchema = z.enum(FLOW_DIMENSIONS);
export type FlowDimension = z.infer<typeof FlowDimensionSchema>;

/** The dimensions a project's flows can be split by: gender, and gender × each obstacle it names. */
export function flowDimensionsOf(project: ProjectDefinition): FlowDimension[] {
  return ["gender", ...flowObstaclesOf(project)];
}

/** The flow's stages: target group seen → enrolled → exited → completed → outcome. */
export function flowStagesOf(project: ProjectDefinition): { key: string; measure: string }[] {
  const goal = resolveOutcomeGoal(project);
  return [
    { key: "assessed", measure: "assessed" },
    { key: "declined", measure: "declined" },
    { key: "enrolled", measure: "enrolled" },
    { key: "active", measure: "active" },
    { key: "exited", measure: "exited" },
    { key: "completed", measure: "exit.completed" },
    ...(goal ? [{ key: "workOrStudies", measure: "outcome.workOrStudies" }] : []),
  ];
}

export interface Flows {
  asOf: string;
  threshold: number;
  filter: StatisticsFilter;
  dimension: FlowDimension;
  /** The outcome goal the outcomes table measures; null when the project has none. */
  outcomeGoalId: string | null;
  /** Each stage as obstacle value × gender with both margins ("all" × gender for dimension gender). */
  stages: { stage: string; table: PublishedTable }[];
  /** Rows enrolled, declined; columns genders; column totals = assessed (the target group seen). */
  intake: PublishedTable;
  /** Rows active, then each exit reason; columns genders; column totals = enrolled. */
  exits: PublishedTable;
  /** Status at exit by gender; column totals = exited. */
  statusAtExit: PublishedTable;
  /** Rows active, then each outcome of the exited under the outcome goal; column totals = enrolled. */
  outcomes: PublishedTable;
}

/**
 * The flows of one population on one month end, every cell read from the
 * publication: the stages by gender (and by one obstacle at start), intake,
 * exit reasons, status at exit and outcomes by gender.
 */
export function computeFlows(options: {
  project: ProjectDefinition;
  publication: Publication;
  filter: StatisticsFilter;
  dimension: FlowDimension;
  asOf?: string | undefined;
  threshold: number;
}): Flows {
  const { project, publication, filter, dimension, threshold } = options;
  if (!flowDimensionsOf(project).includes(dimension)) {
    throw new AppError("VALIDATION", "errors.validation", {
      dimension: ["validation.report.dimension.notInProject"],
    });
  }
  const report = requestReport(publication, filter, options.asOf);
  // The publication's own values: "unknown" appears only where someone's fact is unknown.
  const obstacle =
    dimension === "gender"
      ? null
      : {
          dimension,
          values:
            publication.space.splits.find((s) => s.dimension === dimension)?.values ??
            obstacleValues(dimension as ObstacleDimension),
        };
  if (obstacle && !report.hasSplits) {
    // Obstacle splits are published per municipality and priority group, not per quarter.
    throw new AppError("VALIDATION", "errors.validation", {
      dimension: ["validation.report.dimension.notWithCohort"],
    });
  }
  const goal = resolveOutcomeGoal(project);
  const outcomeRows = goal
    ? [
        { key: "active", measure: "active" },
        ...OUTCOME_CLASSES.map((c) => ({ key: c, measure: `outcome.${c}` })),
      ]
    : [
        { key: "active", measure: "active" },
        { key: "notMeasured", measure: "exited" },
      ];
  return {
    asOf: report.asOf,
    threshold,
    filter,
    dimension,
    outcomeGoalId: goal?.id ?? null,
    stages: flowStagesOf(project).map((s) => ({
      stage: s.key,
      table: obstacleByGender(report, s.measure, obstacle),
    })),
    intake: categoryByGender(
      report,
      [
        { key: "enrolled", measure: "enrolled" },
        { key: "declined", measure: "declined" },
      ],
      "assessed",
    ),
    exits: categoryByGender(
      report,
      [
        { key: "active", measure: "active" },
        ...EXIT_REASONS.map((r) => ({ key: r, measure: `exit.${r}` })),
      ],
      "enrolled",
    ),
    statusAtExit: categoryByGender(
      report,
      exitStatusCategoriesOf(project).map((c) => ({ key: c.id, measure: `status.${c.id}` })),
      "exited",
    ),
    outcomes: categoryByGender(report, outcomeRows, "enrolled"),
  };
}
