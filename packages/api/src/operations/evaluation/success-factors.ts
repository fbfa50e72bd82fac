import { ACTIVITY_TYPES, GENDERS, type Gender, type ProjectDefinition } from "@opis/domain";
import { type PublishedInterval, publishInterval } from "./publish";
import { classifyOutcome, type EvaluationRecord, isMeasuredCompleter } from "./records";

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
}): SuccessFactors {
  const { project, asOf, threshold } = options;
  const measured = options.records
    .filter((r) => r.enrolledOn <= asOf && isMeasuredCompleter(project, r, asOf))
    .map((r) => ({ record: r, success: classifyOutcome(project, r, asOf) === "workOrStudies" }));

  const row = (key: string, include: (r: EvaluationRecord) => boolean): FactorRow => {
    const items = measured.filter((m) => include(m.record));
    const interval = (list: typeof items) =>
      publishInterval(list.filter((m) => m.success).length, list.length, threshold);
    return {
      key,
      overall: interval(items),
      byGender: Object.fromEntries(
        GENDERS.map((g) => [g, interval(items.filter((m) => m.record.gender === g))]),
      ) as Record<Gender, PublishedInterval>,
    };
  };
  const hours = (r: EvaluationRecord) => r.facts.presentMinutes / 60;
  return {
    asOf,
    threshold,
    population: row("all", () => true).overall,
    activityTypes: ACTIVITY_TYPES.map((type) =>
      row(type, (r) => r.facts.activityTypes.includes(type)),
    ).filter((r) => r.overall.n.value !== 0),
    dose: DOSE_BANDS.map((band) =>
      row(band.key, (r) => hours(r) >= band.from && hours(r) < band.to),
    ),
    methods: METHODS.flatMap((method) => [
      row(`${method}:yes`, (r) => usesMethod(r, method)),
      row(`${method}:no`, (r) => !usesMethod(r, method)),
    ]),
  };
}
