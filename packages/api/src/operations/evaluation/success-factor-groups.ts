import { ACTIVITY_TYPES } from "@opis/domain";
import type { EvaluationRecord } from "./records";

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
 * The success-factor groups, "section:key": everyone, each activity type, each
 * dose band, each method used or not. Published as measures of the one
 * publication, so their counts are protected with every other figure.
 */
export const SUCCESS_FACTOR_GROUPS: readonly string[] = [
  "population:all",
  ...ACTIVITY_TYPES.map((t) => `activityTypes:${t}`),
  ...DOSE_BANDS.map((b) => `dose:${b.key}`),
  ...METHODS.flatMap((m) => [`methods:${m}:yes`, `methods:${m}:no`]),
];

/** The groups a participant is in (several activity types count in each). */
export function successFactorGroupsOf(record: EvaluationRecord): string[] {
  const hours = record.facts.presentMinutes / 60;
  return [
    "population:all",
    ...ACTIVITY_TYPES.filter((t) => record.facts.activityTypes.includes(t)).map(
      (t) => `activityTypes:${t}`,
    ),
    ...DOSE_BANDS.filter((b) => hours >= b.from && hours < b.to).map((b) => `dose:${b.key}`),
    ...METHODS.map((m) => `methods:${m}:${usesMethod(record, m) ? "yes" : "no"}`),
  ];
}
