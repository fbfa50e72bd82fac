import { type IntakeFacts, IntakeFactsSchema } from "@opis/domain";
import type { DecisionValues } from "./decision-values";

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

/** What a draft keeps besides its valid facts (the API's intake draft entries). */
export interface DraftEntries {
  labourMarketAssessmentDate?: string | undefined;
  decision?: Partial<DecisionValues> | undefined;
}

/**
 * The entries a draft saves so that nothing entered is lost: a "Ja" on the assessment
 * question whose date is empty or half-typed (not yet a valid fact), and the decision.
 */
export function draftEntriesOf(
  values: Partial<Record<FactKey, unknown>>,
  decision: DecisionValues,
): DraftEntries {
  const date = values.labourMarketAssessmentDate;
  return {
    ...(typeof date === "string" && !isFactValid("labourMarketAssessmentDate", date)
      ? { labourMarketAssessmentDate: date }
      : {}),
    decision,
  };
}

/** The form's starting values from a saved draft: its facts, then what was still being typed. */
export function restoreFacts(
  facts: Partial<IntakeFacts>,
  entries: DraftEntries,
): Partial<Record<FactKey, unknown>> {
  return facts.labourMarketAssessmentDate === undefined &&
    typeof entries.labourMarketAssessmentDate === "string"
    ? { ...facts, labourMarketAssessmentDate: entries.labourMarketAssessmentDate }
    : { ...facts };
}
