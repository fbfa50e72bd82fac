import { GENDERS, type Gender } from "@opis/domain";

/**
 * The predefined dimensions every published figure is built from (issue 9,
 * ADR 0011): a population (all or one municipality × all or one priority
 * group × all or one enrolment quarter) on a month end, a measure, a gender
 * (or all), and for split measures one value of one obstacle at start (or all).
 * No other population can be asked for, so the set of reports a caller may
 * request is finite and is protected as one set of linked tables.
 */
export interface PublicationSpace {
  municipalities: readonly string[];
  priorityGroups: readonly string[];
  /** Enrolment quarters, "2025-Q1", ascending. */
  cohorts: readonly string[];
  /** Month ends, ascending: the as-of dates and trend points. */
  months: readonly string[];
  measures: readonly string[];
  /** Measures also split by each obstacle (flows); published only without a cohort. */
  splitMeasures: readonly string[];
  splits: readonly { dimension: string; values: readonly string[] }[];
  /** Sums between measures that the tables state: members add up to the total. */
  measureLines: readonly { total: string; members: readonly string[] }[];
}

/** One report's population: undefined is "all". */
export interface PublicationScope {
  municipality?: string | undefined;
  priorityGroup?: string | undefined;
  cohort?: string | undefined;
  asOf: string;
}

/** The gender axis: the three genders, then all. */
export const GENDER_AXIS = [...GENDERS, "*"] as const;
export type GenderOrAll = Gender | "*";

/**
 * Index arithmetic over the space. Reports are numbered scope-major, month-minor;
 * every report holds the base block (measure × gender axis), and reports without
 * a cohort also the split block (split measure × split value × gender axis).
 */
export class SpaceLayout {
  readonly municipalityCount: number;
  readonly priorityGroupCount: number;
  readonly cohortCount: number;
  readonly monthCount: number;
  readonly scopeCount: number;
  readonly reportCount: number;
  readonly baseSize: number;
  readonly splitSize: number;
  /** Flattened split values: [dimension, value]. */
  readonly splitValues: readonly (readonly [string, string])[];
  readonly reportOffset: Int32Array;
  readonly cellCount: number;
  private readonly measureIndex: Map<string, number>;
  private readonly splitMeasureIndex: Map<string, number>;
  private readonly splitValueIndex: Map<string, number>;

  constructor(readonly space: PublicationSpace) {
    this.municipalityCount = space.municipalities.length + 1;
    this.priorityGroupCount = space.priorityGroups.length + 1;
    this.cohortCount = space.cohorts.length + 1;
    this.monthCount = space.months.length;
    this.scopeCount = this.municipalityCount * this.priorityGroupCount * this.cohortCount;
    this.reportCount = this.scopeCount * this.monthCount;
    this.measureIndex = new Map(space.measures.map((m, i) => [m, i]));
    this.splitMeasureIndex = new Map(space.splitMeasures.map((m, i) => [m, i]));
    this.splitValues = space.splits.flatMap((s) => s.values.map((v) => [s.dimension, v] as const));
    this.splitValueIndex = new Map(this.splitValues.map(([d, v], i) => [`${d}=${v}`, i]));
    this.baseSize = space.measures.length * GENDER_AXIS.length;
    this.splitSize = space.splitMeasures.length * this.splitValues.length * GENDER_AXIS.length;
    this.reportOffset = new Int32Array(this.reportCount + 1);
    let offset = 0;
    for (let r = 0; r < this.reportCount; r++) {
      this.reportOffset[r] = offset;
      offset += this.baseSize + (this.hasSplits(r) ? this.splitSize : 0);
    }
    this.reportOffset[this.reportCount] = offset;
    this.cellCount = offset;
  }

  scopeIndex(municipality: number, priorityGroup: number, cohort: number): number {
    return (municipality * this.priorityGroupCount + priorityGroup) * this.cohortCount + cohort;
  }

  scopeParts(scope: number): [municipality: number, priorityGroup: number, cohort: number] {
    const cohort = scope % this.cohortCount;
    const rest = (scope - cohort) / this.cohortCount;
    const priorityGroup = rest % this.priorityGroupCount;
    return [(rest - priorityGroup) / this.priorityGroupCount, priorityGroup, cohort];
  }

  report(scope: number, month: number): number {
    return scope * this.monthCount + month;
  }

  /** Split cells exist only in reports without a cohort (cohort index 0). */
  hasSplits(report: number): boolean {
    return Math.floor(report / this.monthCount) % this.cohortCount === 0;
  }

  measure(name: string): number {
    const i = this.measureIndex.get(name);
    if (i === undefined) throw new RangeError(`unknown measure ${name}`);
    return i;
  }

  splitMeasure(name: string): number | undefined {
    return this.splitMeasureIndex.get(name);
  }

  splitValue(dimension: string, value: string): number | undefined {
    return this.splitValueIndex.get(`${dimension}=${value}`);
  }

  baseCell(report: number, measure: number, gender: number): number {
    return this.reportOffset[report]! + measure * GENDER_AXIS.length + gender;
  }

  splitCell(report: number, splitMeasure: number, splitValue: number, gender: number): number {
    return (
      this.reportOffset[report]! +
      this.baseSize +
      (splitMeasure * this.splitValues.length + splitValue) * GENDER_AXIS.length +
      gender
    );
  }

  /** The scope numbers of a request, or a RangeError naming what is not in the space. */
  resolve(scope: PublicationScope): { report: number; scope: number; month: number } {
    const find = (list: readonly string[], value: string | undefined, field: string) => {
      if (value === undefined) return 0;
      const i = list.indexOf(value);
      if (i < 0) throw new RangeError(`${field} ${value} is not a published dimension value`);
      return i + 1;
    };
    const s = this.scopeIndex(
      find(this.space.municipalities, scope.municipality, "municipality"),
      find(this.space.priorityGroups, scope.priorityGroup, "priorityGroup"),
      find(this.space.cohorts, scope.cohort, "cohort"),
    );
    const month = this.space.months.indexOf(scope.asOf);
    if (month < 0) throw new RangeError(`asOf ${scope.asOf} is not a published month end`);
    return { report: this.report(s, month), scope: s, month };
  }
}
