import type { IsoDate } from "../dates/iso-date";
import type {
  CountGoalDefinition,
  GoalKind,
  RateGoalDefinition,
} from "../projects/goal-definitions";
import type { LocalizedText } from "../projects/localized-text";
import type { ProjectDefinition } from "../projects/project-definition";
import { GENDERS, LEGAL_GENDERS, type LegalGender } from "../vocabularies/gender";
import {
  classifyParticipant,
  type Measurement,
  measurementChangeDays,
} from "./classify-participant";
import { countGoalStatus, type GoalStatus, rateGoalStatus } from "./goal-status";
import type { ParticipantRecord } from "./participant-record";
import { cellIndex, DIMENSIONS, type GoalSplits, rateOf, type SplitCell } from "./splits";

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
  /** Whom the shares are taken over: everyone enrolled, or those who have exited. */
  over: "enrolled" | "exited";
  /** Each legal gender's share of that population; null with no participants in it. */
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
  const [attainment] = computeGoalAttainmentSeries(project, records, [asOf]);
  if (!attainment) throw new Error("one day in, one attainment out");
  return attainment;
}

// Measures per cell, in the accumulator's innermost position.
const SUCCESS = 0;
const FAILURE = 1;
const PENDING = 2;
const MISSING = 3;
const MEASURES = 4;
const MEASURE_OF: Record<Exclude<Measurement, "excluded">, number> = {
  success: SUCCESS,
  failure: FAILURE,
  pending: PENDING,
  missing: MISSING,
};

/**
 * computeGoalAttainment on each of `days` (a trend), in one pass over the
 * records: each record is classified once per change of its measurement
 * (measurementChangeDays) rather than once per day, and counted into
 * difference arrays that a prefix sum turns into the counts of every day.
 * The result for each day equals computeGoalAttainment on that day.
 */
export function computeGoalAttainmentSeries(
  project: ProjectDefinition,
  records: readonly ParticipantRecord[],
  days: readonly IsoDate[],
): GoalAttainment[] {
  const sorted = [...new Set(days)].sort();
  const dayCount = sorted.length;
  const cells = cellIndex(project, records);
  // Goal slots: the project's goals, then one that counts every enrolled record
  // and one that counts every exited record (for gender balance over exits).
  const goals = project.goals;
  const enrolledSlot = goals.length;
  const exitedSlot = goals.length + 1;
  const slots = goals.length + 2;
  // One cell per split key plus the total (index cells.count).
  const cellSlots = cells.count + 1;
  const dayBlock = slots * cellSlots * MEASURES;
  const counts = new Float64Array(dayCount * dayBlock);
  const at = (day: number, slot: number, cell: number, measure: number) =>
    ((day * slots + slot) * cellSlots + cell) * MEASURES + measure;
  const countFrom = (record: number, slot: number, measure: number, from: number, to: number) => {
    const base = record * DIMENSIONS.length;
    for (let d = 0; d <= DIMENSIONS.length; d++) {
      const cell = d === DIMENSIONS.length ? cells.count : (cells.ofRecord[base + d] as number);
      const start = at(from, slot, cell, measure);
      counts[start] = (counts[start] as number) + 1;
      if (to < dayCount) {
        const stop = at(to, slot, cell, measure);
        counts[stop] = (counts[stop] as number) - 1;
      }
    }
  };

  records.forEach((record, r) => {
    const first = firstDayAtOrAfter(sorted, record.enrolledOn, 0);
    if (first === dayCount) return;
    countFrom(r, enrolledSlot, SUCCESS, first, dayCount);
    if (record.exit) {
      const exited = firstDayAtOrAfter(sorted, record.exit.date, first);
      if (exited < dayCount) countFrom(r, exitedSlot, SUCCESS, exited, dayCount);
    }
    const changes = [...new Set(measurementChangeDays(project, record))].sort();
    goals.forEach((goal, g) => {
      if (goal.kind === "enrolmentCount") {
        countFrom(r, g, SUCCESS, first, dayCount);
        return;
      }
      let day = first;
      let change = 0;
      while (day < dayCount) {
        const asOf = sorted[day] as IsoDate;
        const measurement = classifyParticipant(goal, project, record, asOf);
        while (change < changes.length && (changes[change] as IsoDate) <= asOf) change += 1;
        const next = change < changes.length ? changes[change] : undefined;
        const end = next === undefined ? dayCount : firstDayAtOrAfter(sorted, next, day + 1);
        if (measurement !== "excluded") countFrom(r, g, MEASURE_OF[measurement], day, end);
        day = end;
      }
    });
  });
  for (let i = dayBlock; i < counts.length; i++) {
    counts[i] = (counts[i] as number) + (counts[i - dayBlock] as number);
  }

  const byDay = new Map(
    sorted.map((asOf, day) => {
      const cell = (slot: number, index: number): SplitCell => ({
        numerator: counts[at(day, slot, index, SUCCESS)] as number,
        denominator:
          (counts[at(day, slot, index, SUCCESS)] as number) +
          (counts[at(day, slot, index, FAILURE)] as number),
        rate: null,
        pending: counts[at(day, slot, index, PENDING)] as number,
        missing: counts[at(day, slot, index, MISSING)] as number,
      });
      const enrolledTotal = cell(enrolledSlot, cells.count).numerator;
      const attainment: GoalAttainment = {
        projectId: project.id,
        asOf,
        goals: goals.map((goal, g) => {
          const splits = cells.splits(
            (index) => cell(g, index),
            // Keys outside the project's lists appear once someone is counted there.
            (c) => c.numerator + c.denominator + c.pending + c.missing > 0,
          );
          return goal.kind === "enrolmentCount"
            ? countGoalResult(goal, project, asOf, splits, enrolledTotal)
            : rateGoalResult(goal, project, asOf, splits, cell(g, cells.count));
        }),
        genderBalance: computeGenderBalance(project, (slot) => {
          const over = slot === "exited" ? exitedSlot : enrolledSlot;
          return {
            total: cell(over, cells.count).numerator,
            ofGender: (gender) => {
              const index = cells.genderIndex(gender);
              return index === undefined ? 0 : cell(over, index).numerator;
            },
          };
        }),
      };
      return [asOf, attainment] as const;
    }),
  );
  return days.map((day) => byDay.get(day) as GoalAttainment);
}

/** The first index i ≥ from with sorted[i] ≥ day, or sorted.length. */
function firstDayAtOrAfter(sorted: readonly IsoDate[], day: IsoDate, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as IsoDate) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

function countGoalResult(
  goal: CountGoalDefinition,
  project: ProjectDefinition,
  asOf: IsoDate,
  splits: GoalSplits,
  total: number,
): GoalResult {
  // A count split shows each cell's share of all enrolled.
  forEachSplitCell(splits, (cell) => {
    cell.denominator = total;
    cell.pending = 0;
    cell.missing = 0;
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

function rateGoalResult(
  goal: RateGoalDefinition,
  project: ProjectDefinition,
  asOf: IsoDate,
  splits: GoalSplits,
  total: SplitCell,
): GoalResult {
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

function forEachSplitCell(splits: GoalSplits, visit: (cell: SplitCell) => void) {
  for (const cells of Object.values(splits) as Record<string, SplitCell>[]) {
    for (const cell of Object.values(cells)) visit(cell);
  }
}

function computeGenderBalance(
  project: ProjectDefinition,
  population: (over: "enrolled" | "exited") => {
    total: number;
    ofGender: (gender: LegalGender) => number;
  },
): GenderBalanceResult | null {
  if (!project.genderBalance) return null;
  const { minShare, maxShare } = project.genderBalance;
  const over = project.genderBalance.over ?? "enrolled";
  const { total, ofGender } = population(over);
  const shares = Object.fromEntries(
    LEGAL_GENDERS.map((g) => [g, rateOf(ofGender(g), total)]),
  ) as Record<LegalGender, number | null>;
  const within =
    total === 0
      ? null
      : LEGAL_GENDERS.every((g) => {
          const share = shares[g] ?? 0;
          return share >= minShare && share <= maxShare;
        });
  return { minShare, maxShare, over, shares, within };
}
