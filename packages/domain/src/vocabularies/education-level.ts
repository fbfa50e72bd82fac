import { z } from "zod";

/**
 * SCB's education levels (SUN 2000 aggregate, table UF0506): codes 1–7 and
 * "US" for unknown. "Low education" is at most förgymnasial (codes 1–2).
 */
export const EDUCATION_LEVELS = ["1", "2", "3", "4", "5", "6", "7", "US"] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

export const EDUCATION_AGGREGATES = {
  "1": "preUpperSecondary",
  "2": "preUpperSecondary",
  "3": "upperSecondary",
  "4": "upperSecondary",
  "5": "postSecondary",
  "6": "postSecondary",
  "7": "postSecondary",
  US: "unknown",
} as const satisfies Record<EducationLevel, string>;

/**
 * Low education as an obstacle: true for at most förgymnasial, false for more,
 * null when the level is unknown ("US"), so statistics count it as unknown, never as "no".
 */
export function lowEducationOf(level: EducationLevel): boolean | null {
  return level === "US" ? null : isLowEducation(level);
}

/** True for at most förgymnasial education; unknown is not counted as low. */
export function isLowEducation(level: EducationLevel): boolean {
  return EDUCATION_AGGREGATES[level] === "preUpperSecondary";
}
