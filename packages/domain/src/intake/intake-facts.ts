import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import type { ValidationMessageKey } from "../validation/message-keys";
import { BIRTH_REGIONS } from "../vocabularies/birth-region";
import { EDUCATION_LEVELS } from "../vocabularies/education-level";
import { GENDERS } from "../vocabularies/gender";
import { MUNICIPALITIES, type MunicipalityCode } from "../vocabularies/municipalities";

const municipalityCodes = MUNICIPALITIES.map((m) => m.code) as [
  MunicipalityCode,
  ...MunicipalityCode[],
];

const boolean = (key: ValidationMessageKey) => z.boolean({ error: key });
const intIn = (
  min: number,
  max: number,
  invalid: ValidationMessageKey,
  range: ValidationMessageKey,
) => z.int({ error: invalid }).min(min, { error: range }).max(max, { error: range });

/**
 * What an officer records at intake (inskrivning i projektet). The one schema
 * behind the API input and the intake form; keep the two in step by using it.
 */
export const IntakeFactsSchema = z.object({
  gender: z.enum(GENDERS, { error: "validation.intake.gender.required" }),
  /**
   * The officer's explicit choice to record a gender for statistics other than
   * the legal gender the personal number states; without it they must agree.
   */
  genderDiffersFromLegal: z.boolean().optional(),
  birthDate: IsoDateSchema,
  municipalityCode: z.enum(municipalityCodes, {
    error: "validation.intake.municipalityCode.invalid",
  }),
  monthsRegisteredAtAf: intIn(
    0,
    600,
    "validation.intake.monthsRegisteredAtAf.invalid",
    "validation.intake.monthsRegisteredAtAf.range",
  ),
  earlierSupportTried: boolean("validation.intake.earlierSupportTried.required"),
  /** AF's arbetsmarknadspolitisk bedömning; null = none made. */
  labourMarketAssessmentDate: IsoDateSchema.nullable(),
  workAvailabilityPercent: intIn(
    0,
    100,
    "validation.intake.workAvailabilityPercent.invalid",
    "validation.intake.workAvailabilityPercent.range",
  ),
  participatesOnSite: boolean("validation.intake.participatesOnSite.required"),
  hasDisabilityReducingWorkCapacity: boolean(
    "validation.intake.hasDisabilityReducingWorkCapacity.required",
  ),
  educationLevel: z.enum(EDUCATION_LEVELS, { error: "validation.intake.educationLevel.required" }),
  birthRegion: z.enum(BIRTH_REGIONS, { error: "validation.intake.birthRegion.required" }),
  /** The step on the project's language-level instrument (1 = no Swedish … 6 = beyond SFI). */
  languageLevel: intIn(
    1,
    6,
    "validation.intake.languageLevel.invalid",
    "validation.intake.languageLevel.range",
  ),
});
export type IntakeFacts = z.infer<typeof IntakeFactsSchema>;
