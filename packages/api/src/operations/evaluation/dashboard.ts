import {
  countGoalStatus,
  daysBetween,
  GENDERS,
  type Gender,
  type GoalKind,
  type GoalStatus,
  LEGAL_GENDERS,
  type LegalGender,
  type LocalizedText,
  type ProjectDefinition,
  rateGoalStatus,
} from "@opis/domain";
import type { Publication, PublishedReport } from "@opis/evaluation";
import { requestReport, type StatisticsFilter } from "./publication";
import {
  type PublishedCell,
  type PublishedRatio,
  plainCell,
  publishedRate,
  publishedRatio,
} from "./publish";

export interface DashboardGoal {
  goalId: string;
  kind: GoalKind;
  name: LocalizedText;
  target: number;
  /** null when the figures it rests on are hidden: a status would give them away. */
  status: GoalStatus | null;
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

/** The project's gender-balance check on published counts; shares null where a count is hidden. */
export interface PublishedGenderBalance {
  minShare: number;
  maxShare: number;
  over: "enrolled" | "exited";
  counts: Record<LegalGender, PublishedCell>;
  total: PublishedCell;
  shares: Record<LegalGender, number | null>;
  within: boolean | null;
}

export interface Dashboard {
  asOf: string;
  threshold: number;
  filter: StatisticsFilter;
  goals: DashboardGoal[];
  trend: TrendPoint[];
  projection: Projection | null;
  genderBalance: PublishedGenderBalance | null;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** One goal on one report: every count from the publication, the status only when its figures are shown. */
function publishGoal(
  project: ProjectDefinition,
  goal: ProjectDefinition["goals"][number],
  report: PublishedReport,
): DashboardGoal {
  if (goal.kind === "enrolmentCount") {
    const enrolled = report.byGender("enrolled");
    const byGender = Object.fromEntries(
      GENDERS.map((g) => {
        const target = goal.targetByGender?.[g] ?? null;
        const numerator = enrolled.byGender[g];
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
    const counts: { count: number | null; target: number }[] = [
      { count: enrolled.total.value, target: goal.target },
      ...GENDERS.flatMap((g) => {
        const target = goal.targetByGender?.[g];
        return target === undefined ? [] : [{ count: enrolled.byGender[g].value, target }];
      }),
    ];
    const status = counts.every((c) => c.count !== null)
      ? countGoalStatus(counts as { count: number; target: number }[], project, report.asOf)
      : null;
    return {
      goalId: goal.id,
      kind: goal.kind,
      name: goal.name,
      target: goal.target,
      status,
      numerator: enrolled.total,
      denominator: plainCell(goal.target),
      rate: enrolled.total.value === null ? null : enrolled.total.value / goal.target,
      pending: plainCell(0),
      missing: plainCell(0),
      byGender,
    };
  }
  const id = `goal.${goal.id}`;
  const numerator = report.cell(`${id}.success`);
  const denominator = report.cell(`${id}.measured`);
  const rate = publishedRate(numerator, denominator);
  const hidden = numerator.value === null || denominator.value === null;
  return {
    goalId: goal.id,
    kind: goal.kind,
    name: goal.name,
    target: goal.target,
    status: hidden ? null : rateGoalStatus(rate, goal.target, project, report.asOf),
    numerator,
    denominator,
    rate,
    pending: report.cell(`${id}.pending`),
    missing: report.cell(`${id}.missing`),
    byGender: Object.fromEntries(
      GENDERS.map((g) => [
        g,
        {
          ...publishedRatio(report.cell(`${id}.success`, g), report.cell(`${id}.measured`, g)),
          target: goal.target,
        },
      ]),
    ) as DashboardGoal["byGender"],
  };
}

/**
 * The goals dashboard for one population on one month end, read from the
 * publication: every goal with its gender split, the trend (the same report
 * on every earlier month end), the enrolment projection and the gender balance.
 */
export function computeDashboard(options: {
  project: ProjectDefinition;
  publication: Publication;
  filter: StatisticsFilter;
  asOf?: string | undefined;
  threshold: number;
  /** Leave out the trend (e.g. in exports that do not show it). */
  withTrend?: boolean;
}): Dashboard {
  const { project, publication, filter, threshold } = options;
  const report = requestReport(publication, filter, options.asOf);
  const asOf = report.asOf;
  const months = publication.space.months.filter((m) => m <= asOf);
  const trend: TrendPoint[] =
    options.withTrend === false
      ? []
      : months.map((m) => {
          const point = requestReport(publication, filter, m);
          return {
            asOf: m,
            goals: project.goals.map((goal) => {
              const p = publishGoal(project, goal, point);
              return {
                goalId: p.goalId,
                numerator: p.numerator,
                denominator: p.denominator,
                rate: p.rate,
                byGender: p.byGender,
              };
            }),
          };
        });
  return {
    asOf,
    threshold,
    filter,
    goals: project.goals.map((goal) => publishGoal(project, goal, report)),
    trend,
    projection: computeProjection(project, report),
    genderBalance: publishGenderBalance(project, report),
  };
}

function publishGenderBalance(
  project: ProjectDefinition,
  report: PublishedReport,
): PublishedGenderBalance | null {
  if (!project.genderBalance) return null;
  const { minShare, maxShare } = project.genderBalance;
  const over = project.genderBalance.over ?? "enrolled";
  const { byGender, total } = report.byGender(over);
  const counts = Object.fromEntries(LEGAL_GENDERS.map((g) => [g, byGender[g]])) as Record<
    LegalGender,
    PublishedCell
  >;
  const shares = Object.fromEntries(
    LEGAL_GENDERS.map((g) => [g, publishedRate(byGender[g], total)]),
  ) as Record<LegalGender, number | null>;
  const known = LEGAL_GENDERS.every((g) => shares[g] !== null);
  const within = known
    ? LEGAL_GENDERS.every((g) => shares[g]! >= minShare && shares[g]! <= maxShare)
    : null;
  return { minShare, maxShare, over, counts, total, shares, within };
}

export function computeProjection(
  project: ProjectDefinition,
  report: PublishedReport,
): Projection | null {
  const goal = project.goals.find((g) => g.kind === "enrolmentCount");
  if (goal?.kind !== "enrolmentCount") return null;
  const start = project.period.start;
  const end = project.period.end;
  const today = report.asOf < end ? report.asOf : end;
  const monthsElapsed = Math.max(0, (daysBetween(start, today) + 1) / DAYS_PER_MONTH);
  const monthsRemaining = Math.max(0, daysBetween(today, end) / DAYS_PER_MONTH);
  const published = report.byGender("enrolled");
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
