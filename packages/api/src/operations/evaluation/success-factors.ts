import { ACTIVITY_TYPES, GENDERS, type Gender, type ProjectDefinition } from "@opis/domain";
import type { PublishedReport } from "@opis/evaluation";
import { type PublishedInterval, publishedInterval } from "./publish";
import { resolveOutcomeGoal } from "./records";
import { DOSE_BANDS, METHODS } from "./success-factor-groups";

export interface FactorRow {
  /** Section-specific key: an activity type, a dose band, or `method:yes|no`. */
  key: string;
  overall: PublishedInterval;
  byGender: Record<Gender, PublishedInterval>;
}

export interface SuccessFactors {
  asOf: string;
  /** The outcome goal whose measured population and success the rates are taken over. */
  outcomeGoalId: string | null;
  threshold: number;
  /** Completers with a recorded 90-day outcome: the population every rate is taken over. */
  population: PublishedInterval;
  activityTypes: FactorRow[];
  dose: FactorRow[];
  methods: FactorRow[];
}

/**
 * Descriptive outcome rates (work or studies at 90 days among completers with
 * a recorded follow-up) by activity type, attended hours and method, each with
 * a 95 % Wilson interval, read from the publication (its counts are protected
 * with every other figure). Participants in several activity types count in
 * each; these are associations, not effects.
 */
export function computeSuccessFactors(options: {
  project: ProjectDefinition;
  report: PublishedReport;
  threshold: number;
}): SuccessFactors {
  const { report } = options;
  const goal = resolveOutcomeGoal(options.project);
  const interval = (group: string, gender: Gender | "*") =>
    goal
      ? publishedInterval(
          report.cell(`sf.${group}.success`, gender),
          report.cell(`sf.${group}.n`, gender),
        )
      : publishedInterval(null, null);
  const row = (section: string, key: string): FactorRow => ({
    key,
    overall: interval(`${section}:${key}`, "*"),
    byGender: Object.fromEntries(
      GENDERS.map((g) => [g, interval(`${section}:${key}`, g)]),
    ) as Record<Gender, PublishedInterval>,
  });
  return {
    asOf: report.asOf,
    outcomeGoalId: goal?.id ?? null,
    threshold: options.threshold,
    population: interval("population:all", "*"),
    activityTypes: ACTIVITY_TYPES.map((t) => row("activityTypes", t)),
    dose: DOSE_BANDS.map((b) => row("dose", b.key)),
    methods: METHODS.flatMap((m) => [row("methods", `${m}:yes`), row("methods", `${m}:no`)]),
  };
}
