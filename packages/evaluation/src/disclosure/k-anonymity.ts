/** The value a locally suppressed quasi-identifier takes. */
export const SUPPRESSED_VALUE = "*";

/** A row before anonymisation: its quasi-identifiers at each generalisation level, and its outcome. */
export interface AnonymisationRow<T> {
  /** The quasi-identifiers at level `level` (0 = most detailed), always in the same order. */
  quasiIdentifiers(level: number): readonly string[];
  /**
   * The sensitive value every class must show at least two of (no class where
   * all share one outcome); null when the row has none (e.g. still active).
   */
  outcome: string | null;
  /** What else the row carries, passed through. */
  payload: T;
}

export interface AnonymisedRow<T> {
  quasiIdentifiers: string[];
  payload: T;
}

export interface Anonymisation<T> {
  k: number;
  /** The generalisation level chosen (the first whose local suppression stays small). */
  level: number;
  rows: AnonymisedRow<T>[];
  /** Rows with at least one quasi-identifier suppressed ("*"). */
  suppressedRows: number;
  /** Rows left out because they reached no class of k with two outcomes even so. */
  droppedRows: number;
  /** The size of the smallest class of equal quasi-identifiers in the result. */
  smallestClass: number;
}

/**
 * k-anonymity with outcome diversity, by global generalisation and local
 * suppression (ADR 0012). At each level (from the most detailed), rows in a
 * class smaller than k or whose members all share one outcome have one
 * quasi-identifier after another replaced by "*" (in `suppressionOrder`,
 * recomputing the classes after each step), so a row loses only what it must.
 * The first level at which at most `maxSuppressedShare` of the rows lose a
 * value is used (else the level touching the fewest rows). Rows still failing
 * after every step are left out.
 */
export function kAnonymise<T>(
  rows: readonly AnonymisationRow<T>[],
  options: {
    k: number;
    levels: number;
    /** Quasi-identifier positions, the first to be suppressed first. */
    suppressionOrder: readonly number[];
    maxSuppressedShare?: number;
  },
): Anonymisation<T> {
  const { k, levels } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be a whole number ≥ 2, not ${k}`);
  const maxShare = options.maxSuppressedShare ?? 0.1;
  let best: LevelResult | null = null;
  for (let level = 0; level < levels; level++) {
    const result = suppressLocally(rows, level, k, options.suppressionOrder);
    if (!best || result.touched < best.touched) best = result;
    if (result.touched <= maxShare * rows.length) {
      best = result;
      break;
    }
  }
  if (!best) return { k, level: 0, rows: [], suppressedRows: 0, droppedRows: 0, smallestClass: 0 };
  const out: AnonymisedRow<T>[] = [];
  best.tuples.forEach((tuple, i) => {
    if (!best.dropped.has(i)) out.push({ quasiIdentifiers: tuple, payload: rows[i]!.payload });
  });
  return {
    k,
    level: best.level,
    rows: out,
    suppressedRows: best.touched - best.dropped.size,
    droppedRows: best.dropped.size,
    smallestClass: smallestClass(out.map((r) => r.quasiIdentifiers)),
  };
}

interface LevelResult {
  level: number;
  tuples: string[][];
  /** Rows that lost at least one value (including those left out). */
  touched: number;
  dropped: Set<number>;
}

function suppressLocally<T>(
  rows: readonly AnonymisationRow<T>[],
  level: number,
  k: number,
  order: readonly number[],
): LevelResult {
  const tuples = rows.map((r) => [...r.quasiIdentifiers(level)]);
  const outcomes = rows.map((r) => r.outcome);
  const touched = new Set<number>();
  for (const position of order) {
    const failing = failingRows(tuples, outcomes, k);
    if (failing.size === 0) break;
    for (const i of failing) {
      tuples[i]![position] = SUPPRESSED_VALUE;
      touched.add(i);
    }
  }
  const dropped = failingRows(tuples, outcomes, k);
  for (const i of dropped) touched.add(i);
  return { level, tuples, touched: touched.size, dropped };
}

/** The rows in a class of fewer than k, or in a class with a single outcome. */
function failingRows(
  tuples: readonly (readonly string[])[],
  outcomes: readonly (string | null)[],
  k: number,
): Set<number> {
  const classes = new Map<string, { members: number[]; outcomes: Set<string> }>();
  tuples.forEach((tuple, i) => {
    const key = JSON.stringify(tuple);
    let c = classes.get(key);
    if (!c) {
      c = { members: [], outcomes: new Set() };
      classes.set(key, c);
    }
    c.members.push(i);
    const outcome = outcomes[i];
    if (outcome !== null && outcome !== undefined) c.outcomes.add(outcome);
  });
  const failing = new Set<number>();
  for (const c of classes.values()) {
    if (c.members.length < k || c.outcomes.size === 1) for (const i of c.members) failing.add(i);
  }
  return failing;
}

/** The size of the smallest class of equal tuples (0 without rows). */
export function smallestClass(tuples: readonly (readonly string[])[]): number {
  const sizes = new Map<string, number>();
  for (const t of tuples) {
    const key = JSON.stringify(t);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes.size === 0 ? 0 : Math.min(...sizes.values());
}

/** The smallest number of distinct non-null `outcome` values in any class holding one. */
export function leastDiverseClass(
  rows: readonly { quasiIdentifiers: readonly string[]; outcome: string | null }[],
): number {
  const outcomes = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = JSON.stringify(r.quasiIdentifiers);
    let set = outcomes.get(key);
    if (!set) {
      set = new Set();
      outcomes.set(key, set);
    }
    if (r.outcome !== null) set.add(r.outcome);
  }
  // Classes without any sensitive value (all still active) have nothing to give away.
  const sizes = [...outcomes.values()].map((s) => s.size).filter((n) => n > 0);
  return sizes.length === 0 ? 0 : Math.min(...sizes);
}
