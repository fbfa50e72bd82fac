import type { IntakeDecisionRow } from "@opis/db";
import {
  AGE_BANDS,
  ageBandOf,
  ageOn,
  type BirthRegion,
  classifyOutcome,
  type EducationLevel,
  EXIT_REASONS,
  flowObstaclesOf,
  GENDERS,
  isBornOutsideEurope,
  isLowEducation,
  lowEducationOf,
  type ObstacleDimension,
  OUTCOME_CLASSES,
  obstacleKey,
  type ParticipantRecord,
  type ProjectDefinition,
  siteOf,
  sitesOf,
} from "@opis/domain";
import { z } from "zod";
import { AppError } from "../../errors";
import { resolveOutcomeGoal, type StatisticsFilter } from "./records";
import { hideLinked, type PublishedTable, publishTable } from "./tables";

export const FLOW_DIMENSIONS = [
  "none",
  "gender",
  "disability",
  "ageBand",
  "bornOutsideEurope",
  "lowEducation",
  "site",
  "municipality",
] as const;
export const FlowDimensionSchema = z.enum(FLOW_DIMENSIONS);
export type FlowDimension = z.infer<typeof FlowDimensionSchema>;

/** The dimensions a project's flows can be split by: gender, site and the obstacles it names. */
export function flowDimensionsOf(project: ProjectDefinition): FlowDimension[] {
  const obstacles = new Set<string>(flowObstaclesOf(project));
  return FLOW_DIMENSIONS.filter((d) => !isObstacle(d) || obstacles.has(d));
}

function isObstacle(dimension: FlowDimension): dimension is ObstacleDimension {
  return (
    dimension !== "none" &&
    dimension !== "gender" &&
    dimension !== "site" &&
    dimension !== "municipality"
  );
}

function groupsOf(
  project: ProjectDefinition,
  dimension: FlowDimension,
  records: readonly ParticipantRecord[],
): string[] {
  switch (dimension) {
    case "none":
      return ["all"];
    case "gender":
      return [...GENDERS];
    case "ageBand":
      return [...AGE_BANDS];
    case "site":
      return sitesOf(project).map((s) => s.id);
    case "municipality":
      return [...project.municipalities];
    default:
      // An "unknown" column only when someone's fact is unknown (imported histories).
      return records.some((r) => r.obstacles[dimension] === null)
        ? ["yes", "no", "unknown"]
        : ["yes", "no"];
  }
}

const yesNo = (v: boolean) => (v ? "yes" : "no");

function recordGroup(
  project: ProjectDefinition,
  record: ParticipantRecord,
  dimension: FlowDimension,
): string {
  switch (dimension) {
    case "none":
      return "all";
    case "gender":
      return record.gender;
    case "site":
      return siteOf(project, record.municipalityCode);
    case "municipality":
      return record.municipalityCode;
    case "ageBand":
      return record.obstacles.ageBand;
    default:
      return obstacleKey(record.obstacles[dimension]);
  }
}

function intakeGroup(
  project: ProjectDefinition,
  row: IntakeDecisionRow,
  dimension: FlowDimension,
): string | null {
  const on = row.decidedOn ?? "";
  switch (dimension) {
    case "none":
      return "all";
    case "gender":
      return row.gender;
    case "site":
      return row.municipalityCode ? siteOf(project, row.municipalityCode) : null;
    case "municipality":
      return row.municipalityCode;
    case "ageBand":
      return row.birthDate && on ? ageBandOf(ageOn(row.birthDate, on)) : null;
    case "disability":
      return row.hasDisability === null ? null : yesNo(row.hasDisability);
    case "bornOutsideEurope":
      return row.birthRegion ? yesNo(isBornOutsideEurope(row.birthRegion as BirthRegion)) : null;
    case "lowEducation":
      return row.educationLevel
        ? obstacleKey(lowEducationOf(row.educationLevel as EducationLevel))
        : null;
    default:
      return dimension satisfies never;
  }
}

function intakeInFilter(
  project: ProjectDefinition,
  row: IntakeDecisionRow,
  filter: StatisticsFilter | undefined,
): boolean {
  if (!filter) return true;
  if (filter.municipalityCode && row.municipalityCode !== filter.municipalityCode) return false;
  if (filter.enrolledFrom && (row.decidedOn ?? "") < filter.enrolledFrom) return false;
  if (filter.enrolledTo && (row.decidedOn ?? "9999") > filter.enrolledTo) return false;
  if (filter.priorityGroup) {
    if (!row.gender || !row.birthDate || !row.birthRegion || !row.educationLevel) return false;
    const group = project.priorityGroups.find((g) => g.id === filter.priorityGroup);
    if (!group) return false;
    const on = row.decidedOn ?? "";
    const holds = group.conditions.every((c) => {
      switch (c.kind) {
        case "gender":
          return row.gender === c.equals;
        case "birthRegion":
          return (c.in as readonly string[]).includes(row.birthRegion ?? "");
        case "ageAtLeast":
          return ageOn(row.birthDate ?? "", on) >= c.years;
        case "ageAtMost":
          return ageOn(row.birthDate ?? "", on) <= c.years;
        case "lowEducation":
          return isLowEducation(row.educationLevel as EducationLevel);
        case "disability":
          return row.hasDisability === true;
        default:
          return c satisfies never;
      }
    });
    if (!holds) return false;
  }
  return true;
}

export interface Flows {
  asOf: string;
  threshold: number;
  dimension: FlowDimension;
  /** The outcome goal the outcomes table measures; null when the project has none. */
  outcomeGoalId: string | null;
  groups: string[];
  /** Rows enrolled, declined; columns the groups; column totals = assessed (the target group seen). */
  intake: PublishedTable;
  /** Rows active, completed, each dropout reason; column totals = enrolled. */
  exits: PublishedTable;
  /**
   * Rows active (not exited), then each outcome of the exited under the
   * outcome goal (or "notMeasured" when the project has none); column totals = enrolled.
   */
  outcomes: PublishedTable;
}

/**
 * The flow target group → enrolled → completed or dropped out (by reason) →
 * outcome at 90 days, split by one dimension. The three tables share figures
 * (enrolled per group, active per group); a figure hidden in one is hidden in
 * all, and the line rule is applied again where that leaves a lone hidden cell.
 */
export function computeFlows(options: {
  project: ProjectDefinition;
  records: readonly ParticipantRecord[];
  intakes: readonly IntakeDecisionRow[];
  filter?: StatisticsFilter | undefined;
  dimension: FlowDimension;
  /** The outcome goal to measure; the project's first outcome goal when left out. */
  goalId?: string | undefined;
  asOf: string;
  threshold: number;
}): Flows {
  const { project, dimension, asOf, threshold } = options;
  if (!flowDimensionsOf(project).includes(dimension)) {
    throw new AppError("VALIDATION", "errors.validation", {
      dimension: ["validation.report.dimension.notInProject"],
    });
  }
  const goal = resolveOutcomeGoal(project, options.goalId);
  const groups = groupsOf(project, dimension, options.records);
  const col = new Map(groups.map((g, i) => [g, i]));
  const zeros = (rows: number) => Array.from({ length: rows }, () => groups.map(() => 0));

  const exitRows = ["active", ...EXIT_REASONS];
  // Without an outcome goal an exit is counted, not measured: never "missing".
  const outcomeRows = goal ? ["active", ...OUTCOME_CLASSES] : ["active", "notMeasured"];
  const exitCounts = zeros(exitRows.length);
  const outcomeCounts = zeros(outcomeRows.length);
  for (const record of options.records) {
    if (record.enrolledOn > asOf) continue;
    const j = col.get(recordGroup(project, record, dimension));
    if (j === undefined) continue;
    const exit = record.exit && record.exit.date <= asOf ? record.exit : null;
    const exitRow = exit ? exitRows.indexOf(exit.reason) : 0;
    exitCounts[exitRow]![j]! += 1;
    const outcome = !exit
      ? "active"
      : goal
        ? classifyOutcome(project, goal, record, asOf)
        : "notMeasured";
    outcomeCounts[outcomeRows.indexOf(outcome ?? "active")]![j]! += 1;
  }
  // Declined intakes; the enrolled row is the enrolled count (the exits table's column totals).
  const declined = groups.map(() => 0);
  for (const row of options.intakes) {
    if (row.status !== "declined" || !intakeInFilter(project, row, options.filter)) continue;
    if ((row.decidedOn ?? "") > asOf) continue;
    const key = intakeGroup(project, row, dimension);
    const j = key === null ? undefined : col.get(key);
    if (j !== undefined) declined[j]! += 1;
  }
  const enrolled = groups.map((_, j) => exitCounts.reduce((s, r) => s + r[j]!, 0));
  const intakeCounts = [enrolled, declined];

  const intake = publishTable(["enrolled", "declined"], groups, intakeCounts, threshold);
  const exits = publishTable(exitRows, groups, exitCounts, threshold);
  const outcomes = publishTable(outcomeRows, groups, outcomeCounts, threshold);

  // Linked figures: enrolled per group (intake row 0, exits and outcomes column totals)
  // and active per group (row 0 of exits and outcomes). Repeat until they agree.
  const last = (t: PublishedTable) => t.rowKeys.length;
  for (let round = 0; round < 10; round++) {
    const hiddenEnrolled = groups.map(
      (_, j) =>
        intake.cells[0]![j]!.suppressed ||
        exits.columnTotals[j]!.suppressed ||
        outcomes.columnTotals[j]!.suppressed,
    );
    const hiddenEnrolledTotal =
      intake.rowTotals[0]!.suppressed ||
      exits.grandTotal.suppressed ||
      outcomes.grandTotal.suppressed;
    const hiddenActive = groups.map(
      (_, j) => exits.cells[0]![j]!.suppressed || outcomes.cells[0]![j]!.suppressed,
    );
    const hiddenActiveTotal = exits.rowTotals[0]!.suppressed || outcomes.rowTotals[0]!.suppressed;
    const enrolledOrActive =
      (t: PublishedTable) =>
      ({ row, column }: { row: number; column: number }) => {
        const isTotalColumn = column === groups.length;
        if (row === last(t)) return isTotalColumn ? hiddenEnrolledTotal : hiddenEnrolled[column]!;
        if (row === 0) return isTotalColumn ? hiddenActiveTotal : hiddenActive[column]!;
        return false;
      };
    let changed = hideLinked(exits, exitCounts, enrolledOrActive(exits));
    changed = hideLinked(outcomes, outcomeCounts, enrolledOrActive(outcomes)) || changed;
    changed =
      hideLinked(intake, intakeCounts, ({ row, column }) =>
        row === 0
          ? column === groups.length
            ? hiddenEnrolledTotal
            : hiddenEnrolled[column]!
          : false,
      ) || changed;
    if (!changed) break;
  }
  return {
    asOf,
    threshold,
    dimension,
    outcomeGoalId: goal?.id ?? null,
    groups,
    intake,
    exits,
    outcomes,
  };
}
