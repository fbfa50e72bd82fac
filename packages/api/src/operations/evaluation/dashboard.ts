import {
  computeGoalAttainmentSeries,
  daysBetween,
  GENDERS,
  type Gender,
  type GoalResult,
  type GoalStatus,
  type LocalizedText,
  monthEndsUntil,
  type ParticipantRecord,
  type ProjectDefinition,
} from "@opis/domain";
import {
  type PublishedCell,
  type PublishedRatio,
  plainCell,
  publishGenderCounts,
  publishGenderRatio,
} from "./publish";

export interface DashboardGoal {
  goalId: string;
  kind: GoalResult["kind"];
  name: LocalizedText;
  target: number;
  status: GoalStatus;
  numerator: PublishedCell;
  denominator: PublishedCell;
  rate: number | null;
  pending: PublishedCell;
  missing: PublishedCell;
  byGender: Record<Gender, PublishedRatio & { target: number | null }>;
}

export interface TrendPoint {
  asOf: string;
  goals: {
    goalId: string;
    numerator: PublishedCell;
    denominator: PublishedCell;
    rate: number | null;
    byGender: Record<Gender, PublishedRatio>;
  }[];
}

export interface ProjectionLine {
  /** "total" or a gender with a target. */
  group: "total" | Gender;
  enrolled: PublishedCell;
  target: number;
  /** Enrolments a month so far; null when the count is hidden. */
  pacePerMonth: number | null;
  projectedAtEnd: number | null;
  /** Enrolments a month needed from now to reach the target by the end. */
  neededPerMonth: number | null;
  willReach: boolean | null;
}

export interface Projection {
  projectStart: string;
  projectEnd: string;
  monthsElapsed: number;
  monthsRemaining: number;
  lines: ProjectionLine[];
}

export interface Dashboard {
  asOf: string;
  threshold: number;
  goals: DashboardGoal[];
  trend: TrendPoint[];
  projection: Projection | null;
}

const DAYS_PER_MONTH = 365.25 / 12;

function countsBy(records: readonly ParticipantRecord[], asOf: string): Record<Gender, number> {
  const counts = Object.fromEntries(GENDERS.map((g) => [g, 0])) as Record<Gender, number>;
  for (const r of records) if (r.enrolledOn <= asOf) counts[r.gender] += 1;
  return counts;
}

/** Publishes one goal result: every count suppressed, gender splits with their totals. */
export function publishGoalResult(
  goal: GoalResult,
  threshold: number,
): Omit<DashboardGoal, "name" | "status" | "kind" | "target"> {
  const genderValue = (pick: (g: Gender) => number) =>
    Object.fromEntries(GENDERS.map((g) => [g, pick(g)])) as Record<Gender, number>;
  if (goal.kind === "enrolmentCount") {
    const split = publishGenderCounts(
      genderValue((g) => goal.splits.gender[g].numerator),
      threshold,
      goal.numerator,
    );
    const byGender = Object.fromEntries(
      GENDERS.map((g) => {
        const target = goal.splits.gender[g].target ?? null;
        const numerator = split.byGender[g];
        return [
          g,
          {
            numerator,
            denominator: plainCell(target ?? 0),
            rate: target && numerator.value !== null ? numerator.value / target : null,
            target,
          },
        ];
      }),
    ) as DashboardGoal["byGender"];
    return {
      goalId: goal.goalId,
      numerator: split.total,
      denominator: plainCell(goal.target),
      rate: split.total.value === null ? null : split.total.value / goal.target,
      pending: plainCell(0),
      missing: plainCell(0),
      byGender,
    };
  }
  const ratio = publishGenderRatio(
    genderValue((g) => goal.splits.gender[g].numerator),
    genderValue((g) => goal.splits.gender[g].denominator),
    threshold,
  );
  const pending = publishGenderCounts(
    genderValue((g) => goal.splits.gender[g].pending),
    threshold,
    goal.pending,
  );
  const missing = publishGenderCounts(
    genderValue((g) => goal.splits.gender[g].missing),
    threshold,
    goal.missing,
  );
  return {
    goalId: goal.goalId,
    numerator: ratio.total.numerator,
    denominator: ratio.total.denominator,
    rate: ratio.total.rate,
    pending: pending.total,
    missing: missing.total,
    byGender: Object.fromEntries(
      GENDERS.map((g) => [g, { ...ratio.byGender[g], target: goal.target }]),
    ) as DashboardGoal["byGender"],
  };
}

/**
 * The goals dashboard on asOf: every goal published with its gender split, a
 * monthly trend (the engine replayed at each month end), and the projection
 * of enrolment to the project's end at the pace so far.
 */
export function computeDashboard(options: {
  project: ProjectDefinition;
  records: readonly ParticipantRecord[];
  asOf: string;
  threshold: number;
  /** Leave out the trend (e.g. in exports that do not show it). */
  withTrend?: boolean;
}): Dashboard {
  const { project, records, asOf, threshold } = options;
  const trendDays =
    options.withTrend === false
      ? []
      : monthEndsUntil(project.period.start, asOf < project.period.end ? asOf : project.period.end);
  // One pass over the records for today and every month end of the trend.
  const series = computeGoalAttainmentSeries(project, records, [asOf, ...trendDays]);
  const [attainment, ...trendAttainments] = series;
  if (!attainment) throw new Error("the series holds asOf");
  const goals: DashboardGoal[] = attainment.goals.map((goal) => ({
    ...publishGoalResult(goal, threshold),
    kind: goal.kind,
    name: goal.name,
    target: goal.target,
    status: goal.status,
  }));
  const trend: TrendPoint[] = trendAttainments.map((day) => ({
    asOf: day.asOf,
    goals: day.goals.map((g) => {
      const p = publishGoalResult(g, threshold);
      return {
        goalId: p.goalId,
        numerator: p.numerator,
        denominator: p.denominator,
        rate: p.rate,
        byGender: p.byGender,
      };
    }),
  }));
  return {
    asOf,
    threshold,
    goals,
    trend,
    projection: computeProjection(project, records, asOf, threshold),
  };
}

export function computeProjection(
  project: ProjectDefinition,
  records: readonly ParticipantRecord[],
  asOf: string,
  threshold: number,
): Projection | null {
  const goal = project.goals.find((g) => g.kind === "enrolmentCount");
  if (goal?.kind !== "enrolmentCount") return null;
  const start = project.period.start;
  const end = project.period.end;
  const today = asOf < end ? asOf : end;
  const monthsElapsed = Math.max(0, (daysBetween(start, today) + 1) / DAYS_PER_MONTH);
  const monthsRemaining = Math.max(0, daysBetween(today, end) / DAYS_PER_MONTH);
  const counts = countsBy(records, today);
  const total = GENDERS.reduce((s, g) => s + counts[g], 0);
  const published = publishGenderCounts(counts, threshold, total);
  const line = (group: "total" | Gender, enrolled: PublishedCell, target: number) => {
    if (enrolled.value === null) {
      return {
        group,
        enrolled,
        target,
        pacePerMonth: null,
        projectedAtEnd: null,
        neededPerMonth: null,
        willReach: null,
      };
    }
    const pace = monthsElapsed > 0 ? enrolled.value / monthsElapsed : 0;
    const projected = enrolled.value + pace * monthsRemaining;
    const left = Math.max(0, target - enrolled.value);
    return {
      group,
      enrolled,
      target,
      pacePerMonth: pace,
      projectedAtEnd: projected,
      neededPerMonth:
        left === 0 ? 0 : monthsRemaining > 0 ? left / monthsRemaining : Number.POSITIVE_INFINITY,
      willReach: projected + 1e-9 >= target,
    };
  };
  const lines: ProjectionLine[] = [line("total", published.total, goal.target)];
  for (const g of GENDERS) {
    const target = goal.targetByGender?.[g];
    if (target !== undefined) lines.push(line(g, published.byGender[g], target));
  }
  // JSON has no Infinity: a target that can no longer be reached says so with null.
  for (const l of lines) if (l.neededPerMonth === Number.POSITIVE_INFINITY) l.neededPerMonth = null;
  return {
    projectStart: start,
    projectEnd: end,
    monthsElapsed,
    monthsRemaining,
    lines,
  };
}
