import { type IntakeFacts, IntakeFactsSchema } from "@opis/domain";

export type FactKey = keyof IntakeFacts;

/** The form's fields in page order: the error summary lists them in this order. */
export const FACT_ORDER: readonly FactKey[] = [
  "gender",
  "genderDiffersFromLegal",
  "municipalityCode",
  "birthRegion",
  "educationLevel",
  "languageLevel",
  "hasDisabilityReducingWorkCapacity",
  "monthsRegisteredAtAf",
  "earlierSupportTried",
  "labourMarketAssessmentDate",
  "workAvailabilityPercent",
  "participatesOnSite",
  "birthDate",
];

/** The id of the control an error about `key` links to. */
export function factFieldId(key: FactKey, values?: Partial<IntakeFacts>): string {
  if (key === "labourMarketAssessmentDate") {
    return typeof values?.labourMarketAssessmentDate === "string"
      ? "facts-labourMarketAssessmentDate"
      : "facts-labourMarketAssessment";
  }
  return `facts-${key}`;
}

/** True when one fact, on its own, is as the schema wants it. */
export function isFactValid<K extends FactKey>(key: K, value: unknown): value is IntakeFacts[K] {
  return IntakeFactsSchema.shape[key].safeParse(value).success;
}

/** The facts that are valid one by one: what a draft can store and the live assessment can use. */
export function validFacts(values: Partial<Record<FactKey, unknown>>): Partial<IntakeFacts> {
  const out: Partial<Record<FactKey, unknown>> = {};
  for (const key of FACT_ORDER) {
    if (values[key] !== undefined && isFactValid(key, values[key])) out[key] = values[key];
  }
  return out as Partial<IntakeFacts>;
}
