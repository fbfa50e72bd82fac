import { z } from "zod";
import { EXIT_STATUSES } from "../vocabularies/exit";
import { FOLLOW_UP_OUTCOMES } from "../vocabularies/follow-up";
import { DefinitionIdSchema, LocalizedTextSchema } from "./localized-text";

/**
 * ESF+ immediate result indicators a status at exit counts towards
 * (Regulation (EU) 2021/1057, Annex I): in employment (including
 * self-employment), in education or training, job searching, or none of them.
 */
export const ESF_EXIT_RESULTS = ["employment", "education", "jobSearching", "none"] as const;
export const EsfExitResultSchema = z.enum(ESF_EXIT_RESULTS);
export type EsfExitResult = z.infer<typeof EsfExitResultSchema>;

/** ESF+ longer-term result a follow-up outcome counts towards: employment, education, or none. */
export const ESF_FOLLOW_UP_RESULTS = ["employment", "education", "none"] as const;
export const EsfFollowUpResultSchema = z.enum(ESF_FOLLOW_UP_RESULTS);
export type EsfFollowUpResult = z.infer<typeof EsfFollowUpResultSchema>;

/**
 * Whether a category counts as "work or studies", the flows' and the
 * evaluation's outcome: work, studies, or neither. A follow-up outcome may
 * also be "unknown" (nobody found out): such a follow-up is missing, never a failure.
 */
export const WORK_OR_STUDIES = ["work", "studies", "neither"] as const;
export const WorkOrStudiesSchema = z.enum(WORK_OR_STUDIES);
export type WorkOrStudies = z.infer<typeof WorkOrStudiesSchema>;

/** One of a project's categories of status at exit (status vid avslut). */
export const ExitStatusCategorySchema = z.object({
  id: DefinitionIdSchema,
  name: LocalizedTextSchema,
  counts: WorkOrStudiesSchema,
  esf: EsfExitResultSchema,
});
export type ExitStatusCategory = z.infer<typeof ExitStatusCategorySchema>;

/** One of a project's categories of outcome at a follow-up. */
export const FollowUpOutcomeCategorySchema = z.object({
  id: DefinitionIdSchema,
  name: LocalizedTextSchema,
  counts: z.enum([...WORK_OR_STUDIES, "unknown"]),
  esf: EsfFollowUpResultSchema,
});
export type FollowUpOutcomeCategory = z.infer<typeof FollowUpOutcomeCategorySchema>;

const EXIT_STATUS_MAPPING: Record<
  (typeof EXIT_STATUSES)[number],
  { sv: string; en: string; counts: WorkOrStudies; esf: EsfExitResult }
> = {
  employed: { sv: "Anställning", en: "Employed", counts: "work", esf: "employment" },
  ownBusiness: { sv: "Eget företag", en: "Own business", counts: "work", esf: "employment" },
  studies: { sv: "Studier", en: "Studies", counts: "studies", esf: "education" },
  // A lärlingsanställning is work, and ESF+ counts it as education or training.
  apprenticeship: { sv: "Lärlingsplats", en: "Apprenticeship", counts: "work", esf: "education" },
  internship: { sv: "Praktik", en: "Internship", counts: "neither", esf: "none" },
  jobSeeking: { sv: "Arbetssökande", en: "Job seeking", counts: "neither", esf: "jobSearching" },
  other: { sv: "Annat", en: "Other", counts: "neither", esf: "none" },
};

/** The statuses at exit of the earlier projects' evaluations, used when a project names none. */
export const STANDARD_EXIT_STATUS_CATEGORIES: readonly ExitStatusCategory[] = EXIT_STATUSES.map(
  (id) => {
    const { sv, en, counts, esf } = EXIT_STATUS_MAPPING[id];
    return { id, name: { sv, en }, counts, esf };
  },
);

const FOLLOW_UP_MAPPING: Record<
  (typeof FOLLOW_UP_OUTCOMES)[number],
  { sv: string; en: string; counts: FollowUpOutcomeCategory["counts"]; esf: EsfFollowUpResult }
> = {
  unsubsidisedWork: {
    sv: "Arbete utan stöd",
    en: "Unsubsidised work",
    counts: "work",
    esf: "employment",
  },
  subsidisedWork: {
    sv: "Arbete med stöd",
    en: "Subsidised work",
    counts: "work",
    esf: "employment",
  },
  ownBusiness: { sv: "Eget företag", en: "Own business", counts: "work", esf: "employment" },
  jobbspar: { sv: "Jobbspår", en: "Jobbspår", counts: "studies", esf: "education" },
  regularStudies: {
    sv: "Reguljära studier",
    en: "Regular studies",
    counts: "studies",
    esf: "education",
  },
  labourMarketTraining: {
    sv: "Arbetsmarknadsutbildning",
    en: "Labour-market training",
    counts: "studies",
    esf: "education",
  },
  other: { sv: "Annat", en: "Other", counts: "neither", esf: "none" },
  unknown: { sv: "Okänt", en: "Unknown", counts: "unknown", esf: "none" },
};

/** The follow-up outcomes of the platform's vocabulary, used when a project names none. */
export const STANDARD_FOLLOW_UP_OUTCOME_CATEGORIES: readonly FollowUpOutcomeCategory[] =
  FOLLOW_UP_OUTCOMES.map((id) => {
    const { sv, en, counts, esf } = FOLLOW_UP_MAPPING[id];
    return { id, name: { sv, en }, counts, esf };
  });

/** The part of a project definition the categories come from. */
export interface HasCategories {
  id: string;
  exitStatuses?: readonly ExitStatusCategory[] | undefined;
  followUpOutcomes?: readonly FollowUpOutcomeCategory[] | undefined;
}

/** The project's statuses at exit: its own, or the standard ones. */
export function exitStatusCategoriesOf(project: HasCategories): readonly ExitStatusCategory[] {
  return project.exitStatuses ?? STANDARD_EXIT_STATUS_CATEGORIES;
}

/** The project's follow-up outcomes: its own, or the standard ones. */
export function followUpOutcomeCategoriesOf(
  project: HasCategories,
): readonly FollowUpOutcomeCategory[] {
  return project.followUpOutcomes ?? STANDARD_FOLLOW_UP_OUTCOME_CATEGORIES;
}

/** The project's status-at-exit category with this id, if any. */
export function exitStatusCategory(
  project: HasCategories,
  id: string,
): ExitStatusCategory | undefined {
  return exitStatusCategoriesOf(project).find((c) => c.id === id);
}

/** The project's follow-up outcome category with this id, if any. */
export function followUpOutcomeCategory(
  project: HasCategories,
  id: string,
): FollowUpOutcomeCategory | undefined {
  return followUpOutcomeCategoriesOf(project).find((c) => c.id === id);
}
