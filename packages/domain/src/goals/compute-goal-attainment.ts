import type { IsoDate } from "../dates/iso-date";
import type {
  CountGoalDefinition,
  GoalDefinition,
  GoalKind,
  RateGoalDefinition,
} from "../projects/goal-definitions";
import type { LocalizedText } from "../projects/localized-text";
import type { ProjectDefinition } from "../projects/project-definition";
import { GENDERS, LEGAL_GENDERS, type LegalGender } from "../vocabularies/gender";
import { classifyParticipant } from "./classify-participant";
import { countGoalStatus, type GoalStatus, rateGoalStatus } from "./goal-status";
import type { ParticipantRecord } from "./participant-record";
import {
  emptyCell,
  emptySplits,
  type GoalSplits,
  rateOf,
  type SplitCell,
  type SplitDimension,
  splitKeys,
} from "./splits";

export interface GoalResult {
  goalId: string;
  kind: GoalKind;
  name: LocalizedText;
  /** Rate goals: successes. Count goals: the count. */
  numerator: number;
  /** Rate goals: successes + failures. Count goals: the target. */
  denominator: number;
  /** numerator / denominator; null when the denominator is 0. Count goals may exceed 1. */
  rate: number | null;
  /** A share (0.8) for rate goals, a number of participants for count goals. */
  target: number;
  status: GoalStatus;
  /** Participants not yet measurable (still active, follow-up not yet due). */
  pending: number;
  /** Measurable but not recorded (e.g. overdue follow-up); never success nor failure. */
  missing: number;
  splits: GoalSplits;
}

export interface GenderBalanceResult {
  minShare: number;
  maxShare: number;
  /** Each legal gender's share of enrolled participants; null with no participants. */
  shares: Record<LegalGender, number | null>;
  /** True when every share lies in [minShare, maxShare]; null with no participants. */
  within: boolean | null;
}

export interface GoalAttainment {
  projectId: string;
  asOf: IsoDate;
  goals: GoalResult[];
  genderBalance: GenderBalanceResult | null;
}

/**
 * Every goal of the project on asOf, split by gender, obstacles at start and
 * municipality. Records dated after asOf (enrolments, exits, follow-ups,
 * assessments) are treated as not yet happened, so the past can be replayed.
 */
export function computeGoalAttainment(
  project: ProjectDefinition,
  records: readonly ParticipantRecord[],
  asOf: IsoDate,
): GoalAttainment {
  const enrolled = records.filter((r) => r.enrolledOn <= asOf);
  return {
    projectId: project.id,
    asOf,
    goals: project.goals.map((goal) => computeGoal(goal, project, enrolled, asOf)),
    genderBalance: computeGenderBalance(project, enrolled),
  };
}

function computeGoal(
  goal: GoalDefinition,
  project: ProjectDefinition,
  enrolled: readonly ParticipantRecord[],
  asOf: IsoDate,
): GoalResult {
  return goal.kind === "enrolmentCount"
    ? computeCountGoal(goal, project, enrolled, asOf)
    : computeRateGoal(goal, project, enrolled, asOf);
}

function computeCountGoal(
  goal: CountGoalDefinition,
  project: ProjectDefinition,
  enrolled: readonly ParticipantRecord[],
  asOf: IsoDate,
): GoalResult {
  const splits = emptySplits(project);
  for (const record of enrolled) {
    forEachCell(splits, record, (cell) => {
      cell.numerator += 1;
    });
  }
  const total = enrolled.length;
  // A count split shows each cell's share of all enrolled.
  forEachSplitCell(splits, (cell) => {
    cell.denominator = total;
    cell.rate = rateOf(cell.numerator, total);
  });
  const counts = [{ count: total, target: goal.target }];
  for (const gender of GENDERS) {
    const target = goal.targetByGender?.[gender];
    if (target === undefined) continue;
    splits.gender[gender].target = target;
    counts.push({ count: splits.gender[gender].numerator, target });
  }
  return {
    goalId: goal.id,
    kind: goal.kind,
    name: goal.name,
    numerator: total,
    denominator: goal.target,
    rate: total / goal.target,
    target: goal.target,
    status: countGoalStatus(counts, project, asOf),
    pending: 0,
    missing: 0,
    splits,
  };
}

function computeRateGoal(
  goal: RateGoalDefinition,
  project: ProjectDefinition,
  enrolled: readonly ParticipantRecord[],
  asOf: IsoDate,
): GoalResult {
  const total = emptyCell();
  const splits = emptySplits(project);
  for (const record of enrolled) {
    const measurement = classifyParticipant(goal, project, record, asOf);
    if (measurement === "excluded") continue;
    const add = (cell: SplitCell) => {
      if (measurement === "success") {
        cell.numerator += 1;
        cell.denominator += 1;
      } else if (measurement === "failure") cell.denominator += 1;
      else if (measurement === "pending") cell.pending += 1;
      else cell.missing += 1;
    };
    add(total);
    forEachCell(splits, record, add);
  }
  forEachSplitCell(splits, (cell) => {
    cell.rate = rateOf(cell.numerator, cell.denominator);
  });
  const rate = rateOf(total.numerator, total.denominator);
  return {
    goalId: goal.id,
    kind: goal.kind,
    name: goal.name,
    numerator: total.numerator,
    denominator: total.denominator,
    rate,
    target: goal.target,
    status: rateGoalStatus(
      goal.perGender ? lowestGenderRate(splits, rate) : rate,
      goal.target,
      project,
      asOf,
    ),
    pending: total.pending,
    missing: total.missing,
    splits,
  };
}

// With a per-gender target the weakest measurable gender decides the status.
function lowestGenderRate(splits: GoalSplits, overall: number | null): number | null {
  const rates = GENDERS.map((g) => splits.gender[g].rate).filter((r): r is number => r !== null);
  return rates.length === 0 ? overall : Math.min(...rates);
}

function forEachCell(
  splits: GoalSplits,
  record: ParticipantRecord,
  visit: (cell: SplitCell) => void,
) {
  const keys = splitKeys(record);
  for (const dimension of Object.keys(keys) as SplitDimension[]) {
    const cells = splits[dimension] as Record<string, SplitCell>;
    const key = keys[dimension];
    const cell = cells[key] ?? emptyCell();
    cells[key] = cell;
    visit(cell);
  }
}

function forEachSplitCell(splits: GoalSplits, visit: (cell: SplitCell) => void) {
  for (const cells of Object.values(splits) as Record<string, SplitCell>[]) {
    for (const cell of Object.values(cells)) visit(cell);
  }
}

function computeGenderBalance(
  project: ProjectDefinition,
  enrolled: readonly ParticipantRecord[],
): GenderBalanceResult | null {
  if (!project.genderBalance) return null;
  const { minShare, maxShare } = project.genderBalance;
  const total = enrolled.length;
  const shares = Object.fromEntries(
    LEGAL_GENDERS.map((g) => [g, rateOf(enrolled.filter((r) => r.gender === g).length, total)]),
  ) as Record<LegalGender, number | null>;
  const within =
    total === 0
      ? null
      : LEGAL_GENDERS.every((g) => {
          const share = shares[g] ?? 0;
          return share >= minShare && share <= maxShare;
        });
  return { minShare, maxShare, shares, within };
}
