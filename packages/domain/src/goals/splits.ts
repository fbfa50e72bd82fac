import { AGE_BANDS, type AgeBand } from "../intake/age-band";
import { obstacleKey } from "../intake/obstacles";
import type { ProjectDefinition } from "../projects/project-definition";
import { siteOf, sitesOf } from "../projects/sites";
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
  /** "unknown" only when someone's fact was not known. */
  disability: Record<YesNo, SplitCell> & { unknown?: SplitCell };
  ageBand: Record<AgeBand, SplitCell>;
  bornOutsideEurope: Record<YesNo, SplitCell> & { unknown?: SplitCell };
  lowEducation: Record<YesNo, SplitCell> & { unknown?: SplitCell };
  /** By the project's sites (each municipality its own site when the project names none). */
  site: Record<string, SplitCell>;
  municipality: Record<string, SplitCell>;
}

export type SplitDimension = keyof GoalSplits;

/** The cell key of each dimension for a record: gender, the obstacles at start, site, municipality. */
export function splitKeys(
  project: ProjectDefinition,
  record: ParticipantRecord,
): Record<SplitDimension, string> {
  return {
    gender: record.gender,
    // "unknown" cells appear only when someone's fact is unknown (cellIndex adds them).
    disability: obstacleKey(record.obstacles.disability),
    ageBand: record.obstacles.ageBand,
    bornOutsideEurope: obstacleKey(record.obstacles.bornOutsideEurope),
    lowEducation: obstacleKey(record.obstacles.lowEducation),
    site: siteOf(project, record.municipalityCode),
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
    site: cells(sitesOf(project).map((site) => site.id)),
    municipality: cells(project.municipalities),
  };
}

export function emptyCell(): SplitCell {
  return { numerator: 0, denominator: 0, rate: null, pending: 0, missing: 0 };
}

export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The split dimensions, in the order reports show them. */
export const DIMENSIONS = [
  "gender",
  "disability",
  "ageBand",
  "bornOutsideEurope",
  "lowEducation",
  "site",
  "municipality",
] as const satisfies readonly SplitDimension[];

/** Numbers every split cell (dimension, key) so counts can live in flat arrays. */
export interface CellIndex {
  /** How many cells there are over all dimensions. */
  count: number;
  /** For record r and dimension d (in DIMENSIONS order): its cell number, at r × DIMENSIONS.length + d. */
  ofRecord: Int32Array;
  genderIndex(gender: string): number | undefined;
  /**
   * Builds the splits from a cell per number. The project's own keys are always
   * there (zeros rather than gaps); other keys only when `include` says so.
   */
  splits(cellOf: (index: number) => SplitCell, include: (cell: SplitCell) => boolean): GoalSplits;
}

export function cellIndex(
  project: ProjectDefinition,
  records: readonly ParticipantRecord[],
): CellIndex {
  const template = emptySplits(project);
  const numbers = DIMENSIONS.map(() => new Map<string, number>());
  const fixed = DIMENSIONS.map((d) => new Set(Object.keys(template[d])));
  let count = 0;
  const numberOf = (d: number, key: string) => {
    const byKey = numbers[d] as Map<string, number>;
    let n = byKey.get(key);
    if (n === undefined) {
      n = count++;
      byKey.set(key, n);
    }
    return n;
  };
  DIMENSIONS.forEach((d, i) => {
    for (const key of Object.keys(template[d])) numberOf(i, key);
  });
  const ofRecord = new Int32Array(records.length * DIMENSIONS.length);
  records.forEach((record, r) => {
    const keys = splitKeys(project, record);
    DIMENSIONS.forEach((d, i) => {
      ofRecord[r * DIMENSIONS.length + i] = numberOf(i, keys[d]);
    });
  });
  return {
    count,
    ofRecord,
    genderIndex: (gender) => numbers[0]?.get(gender),
    splits(cellOf, include) {
      const splits = {} as Record<SplitDimension, Record<string, SplitCell>>;
      DIMENSIONS.forEach((d, i) => {
        const cells: Record<string, SplitCell> = {};
        for (const [key, n] of numbers[i] as Map<string, number>) {
          const cell = cellOf(n);
          if (fixed[i]?.has(key) || include(cell)) cells[key] = cell;
        }
        splits[d] = cells;
      });
      return splits as unknown as GoalSplits;
    },
  };
}
