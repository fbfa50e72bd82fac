import { GENDER_AXIS, type SpaceLayout } from "./publication-space";

/** Cell states: shown, hidden as small (primary), hidden to protect another (secondary). */
export const SHOWN = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;

/**
 * Röjandekontroll over every cell of every report in the space at once
 * (ADR 0011). Rules, repeated until none changes anything:
 *  1. Primary: a count in 1..threshold − 1 is hidden.
 *  2. Lines: every sum the tables state (gender split, obstacle split, the
 *     sums between measures, and across reports the municipalities and the
 *     quarters adding up to "all") with exactly one hidden member gets a
 *     second one (the smallest shown non-zero member, then a zero, then the
 *     total). With 0 or ≥ 2 hidden in every line, no line and no difference of
 *     two lines can be solved for a hidden cell.
 *  3. Gender giveaway: a gender split with one hidden gender, the total hidden
 *     and the other genders shown as 0 gets a 0 hidden too.
 *  4. Differences: a cell and the same cell of a wider population on the same
 *     month end (or of the same population a month earlier) both shown and
 *     differing by 1..threshold − 1: the narrower (later) one is hidden. No
 *     rule hides a cell because of a later month, so a month end's figures
 *     stay as first published when further months are added.
 * Every rule only hides, so the loop ends.
 */
export function protectLinkedCells(
  layout: SpaceLayout,
  values: Int32Array,
  threshold: number,
): Uint8Array {
  const state = new Uint8Array(layout.cellCount);
  for (let c = 0; c < values.length; c++) {
    const v = values[c]!;
    if (v > 0 && v < threshold) state[c] = PRIMARY;
  }
  const small = (d: number) => (d < 0 ? -d : d) > 0 && (d < 0 ? -d : d) < threshold;
  const buffer = new Int32Array(Math.max(64, layout.municipalityCount, layout.cohortCount) + 8);

  const lineRule = (length: number, gender: boolean): boolean => {
    // buffer[0..length-2] members, buffer[length-1] the total.
    let hidden = 0;
    for (let i = 0; i < length; i++) if (state[buffer[i]!] !== SHOWN) hidden += 1;
    if (hidden === 1) return hideComplement(length);
    if (gender && hidden === 2 && state[buffer[length - 1]!] !== SHOWN) {
      // One hidden gender beside a hidden total: are the shown genders all 0?
      let hiddenMember = -1;
      let shownZero = -1;
      for (let i = 0; i < length - 1; i++) {
        const c = buffer[i]!;
        if (state[c] !== SHOWN) hiddenMember = c;
        else if (values[c] !== 0) return false;
        else shownZero = c;
      }
      if (hiddenMember >= 0 && values[hiddenMember]! > 0 && shownZero >= 0) {
        state[shownZero] = SECONDARY;
        return true;
      }
    }
    return false;
  };

  const hideComplement = (length: number): boolean => {
    let best = -1;
    for (let i = 0; i < length - 1; i++) {
      const c = buffer[i]!;
      if (state[c] !== SHOWN || values[c] === 0) continue;
      if (best < 0 || values[c]! < values[best]!) best = c;
    }
    if (best < 0) {
      for (let i = 0; i < length - 1; i++) {
        if (state[buffer[i]!] === SHOWN) {
          best = buffer[i]!;
          break;
        }
      }
    }
    if (best < 0 && state[buffer[length - 1]!] === SHOWN) best = buffer[length - 1]!;
    if (best < 0) return false;
    state[best] = SECONDARY;
    return true;
  };

  const differenceRule = (wide: number, narrow: number, size: number): boolean => {
    let changed = false;
    for (let i = 0; i < size; i++) {
      const w = wide + i;
      const n = narrow + i;
      if (state[w] === SHOWN && state[n] === SHOWN && small(values[w]! - values[n]!)) {
        state[n] = SECONDARY;
        changed = true;
      }
    }
    return changed;
  };

  const { lines, pairs } = structureOf(layout);
  for (;;) {
    let changed = false;
    for (let again = true; again; ) {
      again = false;
      for (let l = 0; l < lines.count; l++) {
        const start = lines.starts[l]!;
        const length = lines.starts[l + 1]! - start;
        for (let i = 0; i < length; i++) buffer[i] = lines.cells[start + i]!;
        if (lineRule(length, lines.byGender[l] === 1)) again = true;
      }
      if (again) changed = true;
    }
    for (let p = 0; p < pairs.length; p += 3) {
      if (differenceRule(pairs[p]!, pairs[p + 1]!, pairs[p + 2]!)) changed = true;
    }
    if (!changed) return state;
  }
}

// The lines and pairs depend on the space only (which changes once a month): kept for the last few.
const structures = new Map<string, { lines: LineSet; pairs: Int32Array }>();

function structureOf(layout: SpaceLayout): { lines: LineSet; pairs: Int32Array } {
  const key = JSON.stringify(layout.space);
  let found = structures.get(key);
  if (!found) {
    found = { lines: collectLines(layout), pairs: collectPairs(layout) };
    if (structures.size >= 4) structures.delete(structures.keys().next().value!);
    structures.set(key, found);
  }
  return found;
}

/** Lines in flat arrays: the cells of line l are cells[starts[l] .. starts[l+1]). */
export interface LineSet {
  count: number;
  starts: Int32Array;
  cells: Int32Array;
  byGender: Uint8Array;
}

/** Grows typed arrays by doubling: millions of cells without boxed numbers. */
class LineBuilder {
  private starts = new Int32Array(1024);
  private cells = new Int32Array(4096);
  private gender = new Uint8Array(1024);
  private count = 0;
  private size = 0;

  private reserve(lines: number, cells: number): void {
    if (this.count + lines + 1 > this.starts.length) {
      const n = Math.max(this.starts.length * 2, this.count + lines + 1);
      const starts = new Int32Array(n);
      starts.set(this.starts);
      this.starts = starts;
      const gender = new Uint8Array(n);
      gender.set(this.gender);
      this.gender = gender;
    }
    if (this.size + cells > this.cells.length) {
      const cellsArray = new Int32Array(Math.max(this.cells.length * 2, this.size + cells));
      cellsArray.set(this.cells);
      this.cells = cellsArray;
    }
  }

  add(cells: readonly number[], byGender: boolean): void {
    this.reserve(1, cells.length);
    for (const c of cells) this.cells[this.size++] = c;
    this.gender[this.count] = byGender ? 1 : 0;
    this.count += 1;
    this.starts[this.count] = this.size;
  }

  /** Appends a template's lines with every cell moved by `offset`. */
  addShifted(template: LineSet, offset: number): void {
    this.reserve(template.count, template.cells.length);
    for (let i = 0; i < template.cells.length; i++)
      this.cells[this.size + i] = template.cells[i]! + offset;
    for (let l = 0; l < template.count; l++) {
      this.gender[this.count + l] = template.byGender[l]!;
      this.starts[this.count + l + 1] = this.size + template.starts[l + 1]!;
    }
    this.count += template.count;
    this.size += template.cells.length;
  }

  build(): LineSet {
    return {
      count: this.count,
      starts: this.starts.slice(0, this.count + 1),
      cells: this.cells.slice(0, this.size),
      byGender: this.gender.slice(0, this.count),
    };
  }
}

/**
 * The sums one report states, as cell offsets from the report's start: the
 * gender splits, the sums between measures, and with splits the obstacle splits.
 */
function reportLines(layout: SpaceLayout, withSplits: boolean): LineSet {
  const { space } = layout;
  const lines = new LineBuilder();
  const genders = GENDER_AXIS.length;
  const base = (measure: number, g: number) => measure * genders + g;
  const split = (k: number, sv: number, g: number) =>
    layout.baseSize + (k * layout.splitValues.length + sv) * genders + g;
  const size = layout.baseSize + (withSplits ? layout.splitSize : 0);
  // Gender lines: every block of four is (woman, man, nonBinary, all).
  for (let c = 0; c < size; c += genders) {
    lines.add(
      Array.from({ length: genders }, (_, g) => c + g),
      true,
    );
  }
  for (const line of space.measureLines) {
    const total = layout.measure(line.total);
    const members = line.members.map((m) => layout.measure(m));
    const splitTotal = layout.splitMeasure(line.total);
    const splitMembers = line.members.map((m) => layout.splitMeasure(m));
    for (let g = 0; g < genders; g++) {
      lines.add([...members.map((m) => base(m, g)), base(total, g)], false);
      if (!withSplits || splitTotal === undefined || splitMembers.includes(undefined)) continue;
      for (let sv = 0; sv < layout.splitValues.length; sv++) {
        lines.add([...splitMembers.map((k) => split(k!, sv, g)), split(splitTotal, sv, g)], false);
      }
    }
  }
  if (withSplits) {
    // Obstacle lines: the values of one obstacle add up to the measure's all.
    space.splitMeasures.forEach((name, k) => {
      const measure = layout.measure(name);
      for (const s of space.splits) {
        const values = s.values.map((v) => layout.splitValue(s.dimension, v)!);
        for (let g = 0; g < genders; g++) {
          lines.add([...values.map((sv) => split(k, sv, g)), base(measure, g)], false);
        }
      }
    });
  }
  return lines.build();
}

/**
 * Every sum the published tables state, across the whole space: each
 * report's own lines, and across reports the municipalities and the quarters
 * adding up to "all".
 */
export function collectLines(layout: SpaceLayout): LineSet {
  const lines = new LineBuilder();
  const withSplits = reportLines(layout, true);
  const without = reportLines(layout, false);
  for (let r = 0; r < layout.reportCount; r++) {
    lines.addShifted(layout.hasSplits(r) ? withSplits : without, layout.reportOffset[r]!);
  }
  const partition = (count: number, scopeOf: (i: number) => number) => {
    for (let month = 0; month < layout.monthCount; month++) {
      const total = layout.report(scopeOf(0), month);
      const members = Array.from({ length: count - 1 }, (_, i) =>
        layout.report(scopeOf(i + 1), month),
      );
      const size =
        members.every((m) => layout.hasSplits(m)) && layout.hasSplits(total)
          ? layout.baseSize + layout.splitSize
          : layout.baseSize;
      const starts = members.map((m) => layout.reportOffset[m]!);
      const totalStart = layout.reportOffset[total]!;
      const cells = new Array<number>(starts.length + 1);
      for (let i = 0; i < size; i++) {
        for (let k = 0; k < starts.length; k++) cells[k] = starts[k]! + i;
        cells[starts.length] = totalStart + i;
        lines.add(cells, false);
      }
    }
  };
  for (let p = 0; p < layout.priorityGroupCount; p++) {
    for (let c = 0; c < layout.cohortCount; c++) {
      partition(layout.municipalityCount, (m) => layout.scopeIndex(m, p, c));
    }
    for (let m = 0; m < layout.municipalityCount; m++) {
      partition(layout.cohortCount, (c) => layout.scopeIndex(m, p, c));
    }
  }
  return lines.build();
}

/**
 * Every pair of blocks to compare, as (wide start, narrow start, size) triples:
 * a report beside each wider population on the same month end, and beside
 * the same population a month later (the later one is "narrow": hidden first).
 */
function collectPairs(layout: SpaceLayout): Int32Array {
  const out: number[] = [];
  for (let r = 0; r < layout.reportCount; r++) {
    const month = r % layout.monthCount;
    const scope = (r - month) / layout.monthCount;
    const start = layout.reportOffset[r]!;
    for (const wider of widerScopes(layout, scope)) {
      const w = layout.report(wider, month);
      const size =
        layout.hasSplits(w) && layout.hasSplits(r)
          ? layout.baseSize + layout.splitSize
          : layout.baseSize;
      out.push(layout.reportOffset[w]!, start, size);
    }
    if (month + 1 < layout.monthCount) {
      // The later month is hidden, so a month's figures never depend on later months:
      // what was published for a month end stays as it was when more months follow.
      out.push(start, layout.reportOffset[r + 1]!, layout.reportOffset[r + 1]! - start);
    }
  }
  return Int32Array.from(out);
}

/** The scopes a caller may set beside `scope` whose population contains it. */
export function widerScopes(layout: SpaceLayout, scope: number): number[] {
  const [m, p, c] = layout.scopeParts(scope);
  const out: number[] = [];
  for (const mm of m === 0 ? [0] : [m, 0])
    for (const pp of p === 0 ? [0] : [p, 0])
      for (const cc of c === 0 ? [0] : [c, 0]) {
        const wider = layout.scopeIndex(mm, pp, cc);
        if (wider !== scope) out.push(wider);
      }
  return out;
}
