import { z } from "zod";
import { ageOn } from "../dates/calendar";
import type { IsoDate } from "../dates/iso-date";
import { isBornOutsideEurope } from "../vocabularies/birth-region";
import { lowEducationOf } from "../vocabularies/education-level";
import { AgeBandSchema, ageBandOf } from "./age-band";
import type { IntakeFacts } from "./intake-facts";

/** The obstacles at start a project can split its flows by. */
export const OBSTACLE_DIMENSIONS = [
  "disability",
  "ageBand",
  "bornOutsideEurope",
  "lowEducation",
] as const;
export type ObstacleDimension = (typeof OBSTACLE_DIMENSIONS)[number];

/** The obstacles to work a participant had at the start, by which flows are split. */
export const ObstaclesSchema = z.object({
  /** null: not known (an imported history may say "unknown"); counted as unknown, never as "no". */
  disability: z.boolean().nullable(),
  ageBand: AgeBandSchema,
  bornOutsideEurope: z.boolean().nullable(),
  lowEducation: z.boolean().nullable(),
});
export type Obstacles = z.infer<typeof ObstaclesSchema>;

/** An obstacle's split key: yes, no, or unknown when the fact was not known. */
export function obstacleKey(value: boolean | null): "yes" | "no" | "unknown" {
  return value === null ? "unknown" : value ? "yes" : "no";
}

export function deriveObstacles(facts: IntakeFacts, asOf: IsoDate): Obstacles {
  return {
    disability: facts.hasDisabilityReducingWorkCapacity,
    ageBand: ageBandOf(ageOn(facts.birthDate, asOf)),
    bornOutsideEurope: isBornOutsideEurope(facts.birthRegion),
    lowEducation: lowEducationOf(facts.educationLevel),
  };
}
