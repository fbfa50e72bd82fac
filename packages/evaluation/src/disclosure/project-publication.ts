import {
  AGE_BANDS,
  classifyOutcome,
  classifyParticipant,
  ESF_INDICATORS,
  type EsfParticipant,
  EXIT_REASONS,
  esfCriterionHolds,
  exitStatusCategoriesOf,
  flowObstaclesOf,
  type Gender,
  type IsoDate,
  measuredOutcome,
  type ObstacleDimension,
  OUTCOME_CLASSES,
  obstacleKey,
  outcomeGoalsOf,
  type ParticipantRecord,
  type ProjectDefinition,
  siteOf,
  sitesOf,
} from "@opis/domain";
import { Publication, type PublicationUnit } from "./publication";
import type { PublicationSpace } from "./publication-space";

/** A participant as the publication reads it; ESF facts and success-factor groups when known. */
export interface PublicationRecord extends ParticipantRecord {
  esf?: EsfParticipant | undefined;
  /** The success-factor groups the participant is in ("activityTypes:languageTraining", …). */
  successFactorGroups?: readonly string[] | undefined;
}

/** A decided, declined target-group assessment: counted in the intake flow. */
export interface DeclinedIntake {
  decidedOn: IsoDate;
  municipalityCode: string;
  gender: Gender;
  priorityGroups: readonly string[];
  /** Obstacle values at the decision, by dimension ("yes"/"no" or an age band). */
  splits: Readonly<Record<string, string>>;
}

/** The quarter a date lies in: "2025-Q3". */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first and last day of a quarter. */
export function quarterBounds(quarter: string): { from: IsoDate; to: IsoDate } {
  const [year, q] = quarter.split("-Q");
  const first = (Number(q) - 1) * 3 + 1;
  const to = new Date(Date.UTC(Number(year), first + 2, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(first).padStart(2, "0")}-01`, to };
}

/**
 * The month ends a caller may ask for on `today`: from the project's first
 * month to the last month end before today (or the project's end). A month
 * end is published once it has passed, so a figure never changes within a day.
 */
export function publishedMonthEnds(project: ProjectDefinition, today: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  let year = Number(project.period.start.slice(0, 4));
  let month = Number(project.period.start.slice(5, 7));
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= today) break;
    out.push(end);
    if (end >= project.period.end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** The quarters from the project's start up to the last published month end. */
export function publishedCohorts(months: readonly IsoDate[]): string[] {
  return [...new Set(months.map(quarterOf))];
}

export const SUCCESS_FACTOR_MEASURES = ["success", "failure", "n"] as const;

/** A participant's obstacle values at start, by the project's flow dimensions ("unknown" when not known). */
export function obstacleSplits(
  project: ProjectDefinition,
  record: ParticipantRecord,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of flowObstaclesOf(project)) {
    out[d] = d === "ageBand" ? record.obstacles.ageBand : obstacleKey(record.obstacles[d]);
  }
  return out;
}

/**
 * The values each obstacle dimension takes; "unknown" too where someone's fact
 * is not known (imported histories), so an unknown is never counted as "no".
 */
export function obstacleValues(
  dimension: ObstacleDimension,
  withUnknown = false,
): readonly string[] {
  if (dimension === "ageBand") return AGE_BANDS;
  return withUnknown ? ["yes", "no", "unknown"] : ["yes", "no"];
}

/** The obstacle dimensions in which some record's fact is not known. */
export function obstaclesWithUnknown(
  project: ProjectDefinition,
  records: readonly ParticipantRecord[],
): ObstacleDimension[] {
  return flowObstaclesOf(project).filter(
    (d) => d !== "ageBand" && records.some((r) => r.obstacles[d] === null),
  );
}

/** The measures, splits and sums of a project's publication. */
export function projectSpace(
  project: ProjectDefinition,
  options: {
    months: readonly IsoDate[];
    successFactorGroups?: readonly string[];
    /** Obstacles that get an "unknown" value (obstaclesWithUnknown). */
    unknownObstacles?: readonly ObstacleDimension[];
  },
): PublicationSpace {
  const outcomeGoal = outcomeGoalsOf(project)[0] ?? null;
  const statuses = exitStatusCategoriesOf(project).map((c) => c.id);
  const rateGoals = project.goals.filter((g) => g.kind !== "enrolmentCount");
  const flowMeasures = [
    "assessed",
    "declined",
    "enrolled",
    "active",
    "exited",
    ...EXIT_REASONS.map((r) => `exit.${r}`),
    ...(outcomeGoal ? OUTCOME_CLASSES.map((c) => `outcome.${c}`) : []),
  ];
  const goalMeasures = rateGoals.flatMap((g) =>
    ["success", "failure", "measured", "pending", "missing"].map((m) => `goal.${g.id}.${m}`),
  );
  const factorMeasures = (options.successFactorGroups ?? []).flatMap((group) =>
    SUCCESS_FACTOR_MEASURES.map((m) => `sf.${group}.${m}`),
  );
  return {
    // A project with sites publishes by site, never by a municipality within one.
    municipalities: sitesOf(project).map((site) => site.id),
    priorityGroups: project.priorityGroups.map((g) => g.id),
    cohorts: publishedCohorts(options.months),
    months: [...options.months],
    measures: [
      ...flowMeasures,
      ...statuses.map((s) => `status.${s}`),
      ...goalMeasures,
      ...ESF_INDICATORS.map((i) => `esf.${i.code}`),
      ...factorMeasures,
    ],
    splitMeasures: flowMeasures,
    splits: flowObstaclesOf(project).map((d) => ({
      dimension: d,
      values: obstacleValues(d, options.unknownObstacles?.includes(d) ?? false),
    })),
    measureLines: [
      { total: "assessed", members: ["enrolled", "declined"] },
      { total: "enrolled", members: ["active", "exited"] },
      { total: "exited", members: EXIT_REASONS.map((r) => `exit.${r}`) },
      ...(outcomeGoal
        ? [{ total: "exited", members: OUTCOME_CLASSES.map((c) => `outcome.${c}`) }]
        : []),
      { total: "exited", members: statuses.map((s) => `status.${s}`) },
      ...rateGoals.map((g) => ({
        total: `goal.${g.id}.measured`,
        members: [`goal.${g.id}.success`, `goal.${g.id}.failure`],
      })),
      ...(options.successFactorGroups ?? []).map((group) => ({
        total: `sf.${group}.n`,
        members: [`sf.${group}.success`, `sf.${group}.failure`],
      })),
    ],
  };
}

/** The measures a participant counts in on one month end. */
function participantMeasures(
  project: ProjectDefinition,
  record: PublicationRecord,
  asOf: IsoDate,
): string[] {
  if (record.enrolledOn > asOf) return [];
  const out = ["assessed", "enrolled"];
  const exit = record.exit && record.exit.date <= asOf ? record.exit : null;
  if (!exit) out.push("active");
  else out.push("exited", `exit.${exit.reason}`, `status.${exit.status}`);
  const outcomeGoal = outcomeGoalsOf(project)[0];
  if (exit && outcomeGoal) {
    const outcome = classifyOutcome(project, outcomeGoal, record, asOf);
    if (outcome) out.push(`outcome.${outcome}`);
  }
  for (const goal of project.goals) {
    if (goal.kind === "enrolmentCount") continue;
    const m = classifyParticipant(goal, project, record, asOf);
    if (m === "excluded") continue;
    out.push(`goal.${goal.id}.${m}`);
    if (m === "success" || m === "failure") out.push(`goal.${goal.id}.measured`);
  }
  if (record.esf) {
    for (const i of ESF_INDICATORS)
      if (esfCriterionHolds(i.counts, project, record.esf, asOf)) out.push(`esf.${i.code}`);
  }
  if (record.successFactorGroups && outcomeGoal) {
    const outcome = measuredOutcome(project, outcomeGoal, record, asOf);
    if (outcome !== null) {
      const result = outcome === "workOrStudies" ? "success" : "failure";
      for (const group of record.successFactorGroups)
        out.push(`sf.${group}.${result}`, `sf.${group}.n`);
    }
  }
  return out;
}

/**
 * The project's publication on `today`: every report a caller may request,
 * from the whole population, protected together. The one publishing step
 * every statistic, table, export and report goes through.
 */
export function buildProjectPublication(options: {
  project: ProjectDefinition;
  records: readonly PublicationRecord[];
  declined?: readonly DeclinedIntake[];
  today: IsoDate;
  threshold: number;
  successFactorGroups?: readonly string[];
}): Publication {
  const { project } = options;
  const months = publishedMonthEnds(project, options.today);
  const space = projectSpace(project, {
    months,
    ...(options.successFactorGroups ? { successFactorGroups: options.successFactorGroups } : {}),
    unknownObstacles: obstaclesWithUnknown(project, options.records),
  });
  const units: PublicationUnit[] = options.records.map((record) => ({
    municipality: siteOf(project, record.municipalityCode),
    priorityGroups: record.priorityGroups,
    cohort: quarterOf(record.enrolledOn),
    gender: record.gender,
    splits: obstacleSplits(project, record),
    measuresByMonth: months.map((m) => participantMeasures(project, record, m)),
  }));
  for (const intake of options.declined ?? []) {
    units.push({
      municipality: siteOf(project, intake.municipalityCode),
      priorityGroups: intake.priorityGroups,
      cohort: quarterOf(intake.decidedOn),
      gender: intake.gender,
      splits: intake.splits,
      measuresByMonth: months.map((m) => (intake.decidedOn <= m ? ["assessed", "declined"] : [])),
    });
  }
  return new Publication(space, units, options.threshold);
}
