import { GENDERS, type Gender } from "@opis/domain";
import { DEFAULT_SUPPRESSION_THRESHOLD } from "../suppression";
import type { PublishedCell } from "../table-suppression";
import { PRIMARY, protectLinkedCells, SHOWN } from "./linked-suppression";
import {
  GENDER_AXIS,
  type GenderOrAll,
  type PublicationScope,
  type PublicationSpace,
  SpaceLayout,
} from "./publication-space";

/** What one person (or one decided intake) contributes to the published counts. */
export interface PublicationUnit {
  municipality: string;
  priorityGroups: readonly string[];
  /** The enrolment (or decision) quarter, "2025-Q3"; outside the space's list it counts only in "all". */
  cohort: string;
  gender: Gender;
  /** The unit's value of each split dimension (obstacle at start). */
  splits: Readonly<Record<string, string>>;
  /** Per month end of the space (same order), the measures the unit counts in then. */
  measuresByMonth: readonly (readonly string[])[];
}

/**
 * Every count a caller may be shown, computed once from the whole population
 * and protected as one set of linked tables (röjandekontroll with sekundär
 * undertryckning, ADR 0011). Reports, screens and files read their cells from
 * here and from nowhere else.
 */
export class Publication {
  readonly layout: SpaceLayout;
  private readonly values: Int32Array;
  private readonly state: Uint8Array;

  constructor(
    readonly space: PublicationSpace,
    units: readonly PublicationUnit[],
    readonly threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  ) {
    if (!Number.isInteger(threshold) || threshold < 1)
      throw new RangeError(`threshold must be a positive whole number, not ${threshold}`);
    this.layout = new SpaceLayout(space);
    this.values = countUnits(this.layout, units);
    this.state = protectLinkedCells(this.layout, this.values, threshold);
  }

  /** Resolves a request; a RangeError names a dimension value that is not published. */
  report(scope: PublicationScope): PublishedReport {
    return new PublishedReport(this, this.layout.resolve(scope).report);
  }

  /** @internal */
  cellAt(index: number): PublishedCell {
    const state = this.state[index]!;
    if (state === SHOWN) return { value: this.values[index]!, suppressed: false, reason: null };
    return { value: null, suppressed: true, reason: state === PRIMARY ? "primary" : "secondary" };
  }

  /** How many cells the space holds and how many are hidden, by reason. */
  summary(): { cells: number; primary: number; secondary: number } {
    let primary = 0;
    let secondary = 0;
    for (const s of this.state) {
      if (s === PRIMARY) primary += 1;
      else if (s !== SHOWN) secondary += 1;
    }
    return { cells: this.state.length, primary, secondary };
  }
}

/** One report of the publication: cells by measure, gender and (for split measures) obstacle value. */
export class PublishedReport {
  constructor(
    private readonly publication: Publication,
    readonly index: number,
  ) {}

  get asOf(): string {
    const layout = this.publication.layout;
    return layout.space.months[this.index % layout.monthCount]!;
  }

  cell(
    measure: string,
    gender: GenderOrAll = "*",
    split?: { dimension: string; value: string },
  ): PublishedCell {
    const layout = this.publication.layout;
    const g = GENDER_AXIS.indexOf(gender);
    if (!split)
      return this.publication.cellAt(layout.baseCell(this.index, layout.measure(measure), g));
    const k = layout.splitMeasure(measure);
    const sv = layout.splitValue(split.dimension, split.value);
    if (k === undefined || sv === undefined || !layout.hasSplits(this.index))
      throw new RangeError(`${measure} is not published by ${split.dimension} in this report`);
    return this.publication.cellAt(layout.splitCell(this.index, k, sv, g));
  }

  byGender(measure: string, split?: { dimension: string; value: string }) {
    return {
      byGender: Object.fromEntries(GENDERS.map((g) => [g, this.cell(measure, g, split)])) as Record<
        Gender,
        PublishedCell
      >,
      total: this.cell(measure, "*", split),
    };
  }

  /** Whether obstacle splits can be read from this report (only without a cohort). */
  get hasSplits(): boolean {
    return this.publication.layout.hasSplits(this.index);
  }
}

function quarterIndex(cohorts: readonly string[]): Map<string, number> {
  return new Map(cohorts.map((c, i) => [c, i + 1]));
}

/** Adds every unit into every report whose population holds it. */
function countUnits(layout: SpaceLayout, units: readonly PublicationUnit[]): Int32Array {
  const { space } = layout;
  const values = new Int32Array(layout.cellCount);
  const municipalities = new Map(space.municipalities.map((m, i) => [m, i + 1]));
  const groups = new Map(space.priorityGroups.map((p, i) => [p, i + 1]));
  const cohorts = quarterIndex(space.cohorts);
  const measureIndex = new Map(space.measures.map((m) => [m, layout.measure(m)]));
  const total = GENDER_AXIS.length - 1;
  for (const unit of units) {
    const m = municipalities.get(unit.municipality);
    const ms = m === undefined ? [0] : [0, m];
    const ps = [0, ...unit.priorityGroups.flatMap((p) => groups.get(p) ?? [])];
    const c = cohorts.get(unit.cohort);
    const cs = c === undefined ? [0] : [0, c];
    const g = GENDERS.indexOf(unit.gender);
    const splitValues = space.splits.flatMap((s) => {
      const value = unit.splits[s.dimension];
      const sv = value === undefined ? undefined : layout.splitValue(s.dimension, value);
      return sv === undefined ? [] : [sv];
    });
    const scopes: number[] = [];
    for (const mm of ms)
      for (const pp of ps) for (const cc of cs) scopes.push(layout.scopeIndex(mm, pp, cc));
    unit.measuresByMonth.forEach((measures, month) => {
      if (measures.length === 0) return;
      for (const scope of scopes) {
        const report = layout.report(scope, month);
        const split = layout.hasSplits(report);
        for (const name of measures) {
          const measure = measureIndex.get(name);
          if (measure === undefined) throw new RangeError(`unknown measure ${name}`);
          values[layout.baseCell(report, measure, g)]! += 1;
          values[layout.baseCell(report, measure, total)]! += 1;
          const k = split ? layout.splitMeasure(name) : undefined;
          if (k === undefined) continue;
          for (const sv of splitValues) {
            values[layout.splitCell(report, k, sv, g)]! += 1;
            values[layout.splitCell(report, k, sv, total)]! += 1;
          }
        }
      }
    });
  }
  return values;
}
