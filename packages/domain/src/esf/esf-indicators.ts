import { z } from "zod";
import { ageOn } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import {
  EsfExitResultSchema,
  exitStatusCategory,
  type HasCategories,
} from "../projects/categories";
import { LocalizedTextSchema } from "../projects/localized-text";
import { type BirthRegion, BirthRegionSchema } from "../vocabularies/birth-region";
import { EDUCATION_AGGREGATES, type EducationLevel } from "../vocabularies/education-level";
import { GENDERS, type Gender } from "../vocabularies/gender";

/** Who an ESF+ indicator counts, as data. */
export const EsfCriterionSchema = z.discriminatedUnion("kind", [
  /** Every participant. */
  z.object({ kind: z.literal("everyone") }),
  /** Nobody: a category the project's target group cannot be in (reported as 0). */
  z.object({ kind: z.literal("nobody") }),
  /** Registered longer than `months` at start (`monthsUnder25` for those under 25). */
  z.object({
    kind: z.literal("registeredLongerThan"),
    months: z.int().min(0),
    monthsUnder25: z.int().min(0),
  }),
  z.object({ kind: z.literal("ageAtStartBelow"), years: z.int().min(0) }),
  z.object({ kind: z.literal("ageAtStartAtLeast"), years: z.int().min(0) }),
  z.object({
    kind: z.literal("education"),
    aggregate: z.enum(["preUpperSecondary", "upperSecondary", "postSecondary"]),
  }),
  z.object({ kind: z.literal("disability") }),
  z.object({ kind: z.literal("bornIn"), regions: z.array(BirthRegionSchema).min(1) }),
  z.object({ kind: z.literal("bornOutside"), regions: z.array(BirthRegionSchema).min(1) }),
  /** Exited by asOf with a status whose project category maps onto this ESF+ result. */
  z.object({ kind: z.literal("exitResult"), result: EsfExitResultSchema }),
  /** Exited by asOf having gained a qualification. */
  z.object({ kind: z.literal("gainedQualification") }),
]);
export type EsfCriterion = z.infer<typeof EsfCriterionSchema>;

export const EsfIndicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: LocalizedTextSchema,
  counts: EsfCriterionSchema,
});
export type EsfIndicator = z.infer<typeof EsfIndicatorSchema>;

/**
 * ESF+ common output and immediate result indicators (Regulation (EU)
 * 2021/1057, Annex I) as the platform counts them. Every participant is
 * registered unemployed at AF; long-term unemployed as ESF+ defines it (more
 * than 12 months, 6 under 25); ages at start. Citizenship is not recorded, so
 * third-country nationals are approximated by birth outside Europe and foreign
 * background by birth outside Sweden (ADR 0006). Results on leaving come from
 * the project's status-at-exit categories, each mapped onto an ESF+ result.
 */
export const ESF_INDICATORS: readonly EsfIndicator[] = [
  {
    code: "total",
    label: { sv: "Totalt antal deltagare", en: "Total participants" },
    counts: { kind: "everyone" },
  },
  {
    code: "unemployed",
    label: {
      sv: "Arbetslösa, inklusive långtidsarbetslösa",
      en: "Unemployed, including long-term unemployed",
    },
    counts: { kind: "everyone" },
  },
  {
    code: "longTermUnemployed",
    label: { sv: "Långtidsarbetslösa", en: "Long-term unemployed" },
    counts: { kind: "registeredLongerThan", months: 12, monthsUnder25: 6 },
  },
  {
    code: "inactive",
    label: { sv: "Ekonomiskt inaktiva", en: "Inactive" },
    counts: { kind: "nobody" },
  },
  {
    code: "employed",
    label: {
      sv: "Anställda, inklusive egenföretagare",
      en: "Employed, including self-employed",
    },
    counts: { kind: "nobody" },
  },
  {
    code: "under30",
    label: { sv: "Yngre än 30 år", en: "Below 30 years of age" },
    counts: { kind: "ageAtStartBelow", years: 30 },
  },
  {
    code: "age55plus",
    label: { sv: "55 år eller äldre", en: "55 years of age and above" },
    counts: { kind: "ageAtStartAtLeast", years: 55 },
  },
  {
    code: "isced0to2",
    label: {
      sv: "Högst ISCED 2 (förgymnasial utbildning)",
      en: "With lower secondary education or less (ISCED 0–2)",
    },
    counts: { kind: "education", aggregate: "preUpperSecondary" },
  },
  {
    code: "isced3to4",
    label: {
      sv: "ISCED 3–4 (gymnasial och eftergymnasial icke-tertiär)",
      en: "With upper secondary or post-secondary education (ISCED 3–4)",
    },
    counts: { kind: "education", aggregate: "upperSecondary" },
  },
  {
    code: "isced5to8",
    label: {
      sv: "ISCED 5–8 (eftergymnasial utbildning)",
      en: "With tertiary education (ISCED 5–8)",
    },
    counts: { kind: "education", aggregate: "postSecondary" },
  },
  {
    code: "disability",
    label: { sv: "Deltagare med funktionsnedsättning", en: "Participants with disabilities" },
    counts: { kind: "disability" },
  },
  {
    code: "thirdCountry",
    label: {
      sv: "Tredjelandsmedborgare (närmevärde: födda utanför Europa)",
      en: "Third-country nationals (approximated: born outside Europe)",
    },
    counts: { kind: "bornIn", regions: ["outsideEurope"] },
  },
  {
    code: "foreignBackground",
    label: {
      sv: "Deltagare med utländsk bakgrund (födda utomlands)",
      en: "Participants with a foreign background (born abroad)",
    },
    counts: { kind: "bornOutside", regions: ["sweden"] },
  },
  {
    code: "resultJobSearching",
    label: {
      sv: "Arbetssökande när de lämnar insatsen",
      en: "Engaged in job searching upon leaving",
    },
    counts: { kind: "exitResult", result: "jobSearching" },
  },
  {
    code: "resultEducation",
    label: {
      sv: "I utbildning när de lämnar insatsen",
      en: "In education or training upon leaving",
    },
    counts: { kind: "exitResult", result: "education" },
  },
  {
    code: "resultQualification",
    label: {
      sv: "Har fått kvalifikation när de lämnar insatsen",
      en: "Gaining a qualification upon leaving",
    },
    counts: { kind: "gainedQualification" },
  },
  {
    code: "resultEmployment",
    label: {
      sv: "I arbete, inklusive egenföretagare, när de lämnar insatsen",
      en: "In employment, including self-employment, upon leaving",
    },
    counts: { kind: "exitResult", result: "employment" },
  },
];

/** What the indicators read about one participant: pseudonymous facts at start and the exit. */
export interface EsfParticipant {
  gender: Gender;
  birthDate: IsoDate;
  enrolledOn: IsoDate;
  /** null: not known; counted in neither "born in" nor "born outside". */
  birthRegion: BirthRegion | null;
  educationLevel: EducationLevel;
  monthsRegisteredAtStart: number;
  /** null: not known; not counted as having a disability. */
  disability: boolean | null;
  exit?: { date: IsoDate; status: string } | null | undefined;
  gainedQualification: boolean;
}

/** Whether the indicator's criterion counts the participant on asOf. */
export function esfCriterionHolds(
  criterion: EsfCriterion,
  project: HasCategories,
  p: EsfParticipant,
  asOf: IsoDate,
): boolean {
  const exit = p.exit && p.exit.date <= asOf ? p.exit : null;
  switch (criterion.kind) {
    case "everyone":
      return true;
    case "nobody":
      return false;
    case "registeredLongerThan": {
      const age = ageOn(p.birthDate, p.enrolledOn);
      return p.monthsRegisteredAtStart > (age < 25 ? criterion.monthsUnder25 : criterion.months);
    }
    case "ageAtStartBelow":
      return ageOn(p.birthDate, p.enrolledOn) < criterion.years;
    case "ageAtStartAtLeast":
      return ageOn(p.birthDate, p.enrolledOn) >= criterion.years;
    case "education":
      return EDUCATION_AGGREGATES[p.educationLevel] === criterion.aggregate;
    case "disability":
      return p.disability === true;
    case "bornIn":
      return p.birthRegion !== null && criterion.regions.includes(p.birthRegion);
    case "bornOutside":
      return p.birthRegion !== null && !criterion.regions.includes(p.birthRegion);
    case "exitResult":
      return exit !== null && exitStatusCategory(project, exit.status)?.esf === criterion.result;
    case "gainedQualification":
      return exit !== null && p.gainedQualification;
    default:
      return criterion satisfies never;
  }
}

/** Counts per indicator and gender of everyone enrolled by asOf. */
export function countEsfIndicators(
  project: HasCategories,
  participants: readonly EsfParticipant[],
  asOf: IsoDate,
  indicators: readonly EsfIndicator[] = ESF_INDICATORS,
): Record<string, Record<Gender, number>> {
  const counts: Record<string, Record<Gender, number>> = {};
  for (const i of indicators) {
    counts[i.code] = Object.fromEntries(GENDERS.map((g) => [g, 0])) as Record<Gender, number>;
  }
  for (const p of participants) {
    if (p.enrolledOn > asOf) continue;
    for (const i of indicators) {
      if (esfCriterionHolds(i.counts, project, p, asOf)) {
        const row = counts[i.code] as Record<Gender, number>;
        row[p.gender] += 1;
      }
    }
  }
  return counts;
}
