import { AGE_BANDS, type AgeBand } from "../intake/age-band";
import type { ProjectDefinition } from "../projects/project-definition";
import { GENDERS, type Gender } from "../vocabularies/gender";
import type { ParticipantRecord } from "./participant-record";

export interface SplitCell {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  rate: number | null;
  pending: number;
  missing: number;
  /** The cell's own target, where the goal sets one (e.g. 200 women). */
  target?: number;
}

export type YesNo = "yes" | "no";

export interface GoalSplits {
  gender: Record<Gender, SplitCell>;
  disability: Record<YesNo, SplitCell>;
  ageBand: Record<AgeBand, SplitCell>;
  bornOutsideEurope: Record<YesNo, SplitCell>;
  lowEducation: Record<YesNo, SplitCell>;
  municipality: Record<string, SplitCell>;
}

export type SplitDimension = keyof GoalSplits;

const yesNo = (value: boolean): YesNo => (value ? "yes" : "no");

/** The cell key of each dimension for a record: gender, the obstacles at start, municipality. */
export function splitKeys(record: ParticipantRecord): Record<SplitDimension, string> {
  return {
    gender: record.gender,
    disability: yesNo(record.obstacles.disability),
    ageBand: record.obstacles.ageBand,
    bornOutsideEurope: yesNo(record.obstacles.bornOutsideEurope),
    lowEducation: yesNo(record.obstacles.lowEducation),
    municipality: record.municipalityCode,
  };
}

/** Empty cells for every dimension, so reports show zeros instead of gaps. */
export function emptySplits(project: ProjectDefinition): GoalSplits {
  const cells = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, emptyCell()])) as Record<K, SplitCell>;
  return {
    gender: cells(GENDERS),
    disability: cells(["yes", "no"] as const),
    ageBand: cells(AGE_BANDS),
    bornOutsideEurope: cells(["yes", "no"] as const),
    lowEducation: cells(["yes", "no"] as const),
    municipality: cells(project.municipalities),
  };
}

export function emptyCell(): SplitCell {
  return { numerator: 0, denominator: 0, rate: null, pending: 0, missing: 0 };
}

export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
