import {
  ACTIVITY_TYPES,
  GENDERS,
  type Gender,
  measuredOutcome,
  type ProjectDefinition,
} from "@opis/domain";
import { type PublishedInterval, publishInterval } from "./publish";
import { type EvaluationRecord, resolveOutcomeGoal } from "./records";

/** Attended hours in bands, [from, to). */
export const DOSE_BANDS = [
  { key: "under50", from: 0, to: 50 },
  { key: "50to99", from: 50, to: 100 },
  { key: "100to199", from: 100, to: 200 },
  { key: "200plus", from: 200, to: Number.POSITIVE_INFINITY },
] as const;

export const METHODS = [
  "validationCertificate",
  "internshipEmployerRegister",
  "languageTraining",
] as const;
export type Method = (typeof METHODS)[number];

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

function usesMethod(record: EvaluationRecord, method: Method): boolean {
  switch (method) {
    case "validationCertificate":
      return record.facts.validationWithCertificate;
    case "internshipEmployerRegister":
      return record.facts.internshipViaEmployerRegister;
    case "languageTraining":
      return record.facts.activityTypes.includes("languageTraining");
    default:
      return method satisfies never;
  }
}

/**
 * Descriptive outcome rates (work or studies at 90 days among completers with
 * a recorded follow-up) by activity type, attended hours and method, each with
 * a 95 % Wilson interval. Participants in several activity types count in
 * each; these are associations, not effects.
 */
export function computeSuccessFactors(options: {
  project: ProjectDefinition;
  records: readonly EvaluationRecord[];
  asOf: string;
  threshold: number;
  goalId?: string | undefined;
}): SuccessFactors {
  const { project, asOf, threshold } = options;
  const goal = resolveOutcomeGoal(project, options.goalId);
  const hours = (r: EvaluationRecord) => r.facts.presentMinutes / 60;
  const groups = [
    { section: "population", key: "all", include: () => true },
    ...ACTIVITY_TYPES.map((type) => ({
      section: "activityTypes",
      key: type,
      include: (r: EvaluationRecord) => r.facts.activityTypes.includes(type),
    })),
    ...DOSE_BANDS.map((band) => ({
      section: "dose",
      key: band.key,
      include: (r: EvaluationRecord) => hours(r) >= band.from && hours(r) < band.to,
    })),
    ...METHODS.flatMap((method) => [
      {
        section: "methods",
        key: `${method}:yes`,
        include: (r: EvaluationRecord) => usesMethod(r, method),
      },
      {
        section: "methods",
        key: `${method}:no`,
        include: (r: EvaluationRecord) => !usesMethod(r, method),
      },
    ]),
  ] as const;
  // One pass: per group and gender, how many were measured and how many succeeded.
  const tally = groups.map(() => ({
    n: 0,
    successes: 0,
    byGender: new Map<Gender, { n: number; successes: number }>(
      GENDERS.map((g) => [g, { n: 0, successes: 0 }]),
    ),
  }));
  for (const record of options.records) {
    if (record.enrolledOn > asOf) continue;
    const outcome = goal ? measuredOutcome(project, goal, record, asOf) : null;
    if (outcome === null) continue;
    const success = outcome === "workOrStudies" ? 1 : 0;
    groups.forEach((group, i) => {
      if (!group.include(record)) return;
      const t = tally[i] as (typeof tally)[number];
      t.n += 1;
      t.successes += success;
      const g = t.byGender.get(record.gender);
      if (g) {
        g.n += 1;
        g.successes += success;
      }
    });
  }
  const rows = (section: string) =>
    groups.flatMap((group, i): FactorRow[] => {
      if (group.section !== section) return [];
      const t = tally[i] as (typeof tally)[number];
      return [
        {
          key: group.key,
          overall: publishInterval(t.successes, t.n, threshold),
          byGender: Object.fromEntries(
            GENDERS.map((g) => {
              const c = t.byGender.get(g) ?? { n: 0, successes: 0 };
              return [g, publishInterval(c.successes, c.n, threshold)];
            }),
          ) as Record<Gender, PublishedInterval>,
        },
      ];
    });
  const [population] = rows("population");
  if (!population) throw new Error("the population row is always there");
  return {
    asOf,
    outcomeGoalId: goal?.id ?? null,
    threshold,
    population: population.overall,
    activityTypes: rows("activityTypes").filter((r) => r.overall.n.value !== 0),
    dose: rows("dose"),
    methods: rows("methods"),
  };
}
