import { DEFAULT_SUPPRESSION_THRESHOLD, type PublishedCount } from "./suppression";

/** Why a published cell is hidden: too small itself, or to protect a small one. */
export type SuppressionReason = "primary" | "secondary";

/** A published count that also says why it is hidden. */
export interface PublishedCell extends PublishedCount {
  reason: SuppressionReason | null;
}

export interface SuppressionOptions {
  /** Counts in [1, threshold − 1] are hidden (default 5). */
  threshold?: number;
}

/** A 2-D count table with its margins, every cell ready to publish. */
export interface SuppressedTable {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  grandTotal: PublishedCell;
}

/** A 1-D split (e.g. women, men) with its total. */
export interface SuppressedSplit {
  cells: PublishedCell[];
  total: PublishedCell;
}

/**
 * Suppresses a 2-D table of counts with row, column and grand totals.
 *
 * The table with its margins is an (r+1)×(c+1) grid in which every line (row
 * or column, the margin as its last member) adds up. Two rules, repeated until
 * neither changes anything:
 *  1. Primary: a count in [1, threshold − 1] is hidden.
 *  2. Secondary, by line: a line with exactly one hidden member would give it
 *     away by subtraction (or a hidden total by addition), so its smallest
 *     shown non-zero inner member is hidden too (then a zero, then the margin).
 *  3. Secondary, by linear algebra: a hidden cell is still exactly derivable
 *     when it is a bridge in the graph whose vertices are the lines and whose
 *     edges are the hidden cells (the line constraints then pin it down even
 *     though every line has two hidden members). Such a cell gets another
 *     complement in its row, and rule 2 runs again.
 * Rule 3 goes past the usual "next smallest" practice; it closes the
 * combination attack across several lines. Bounds from non-negativity (a
 * hidden cell known to lie in a narrow interval) are not audited.
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const threshold = checkThreshold(options.threshold);
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) throw new RangeError("a table needs at least one cell");
  for (const [i, row] of cells.entries()) {
    if (row.length !== columns)
      throw new RangeError(`row ${i} has ${row.length} cells, not ${columns}`);
    for (const value of row) checkCount(value);
  }

  // The extended grid: inner cells, row totals in the last column, column totals
  // in the last row, the grand total in the corner.
  const grid: number[][] = [];
  for (let i = 0; i <= rows; i++) grid.push(new Array<number>(columns + 1).fill(0));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const v = cells[i]![j]!;
      grid[i]![j] = v;
      grid[i]![columns]! += v;
      grid[rows]![j]! += v;
      grid[rows]![columns]! += v;
    }
  }
  const reasons = suppressGrid(grid, threshold);
  const publish = (i: number, j: number): PublishedCell => {
    const reason = reasons[i]![j]!;
    return { value: reason ? null : grid[i]![j]!, suppressed: reason !== null, reason };
  };
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  return {
    cells: range(rows).map((i) => range(columns).map((j) => publish(i, j))),
    rowTotals: range(rows).map((i) => publish(i, columns)),
    columnTotals: range(columns).map((j) => publish(rows, j)),
    grandTotal: publish(rows, columns),
  };
}

/**
 * Suppresses a 1-D split and its total. When `total` exceeds the sum of the
 * cells (e.g. people with unknown gender are only in the total), the rest is
 * treated as known to the reader, which is the cautious assumption.
 */
export function suppressSplit(
  cells: readonly number[],
  total?: number,
  options: SuppressionOptions = {},
): SuppressedSplit {
  const threshold = checkThreshold(options.threshold);
  for (const value of cells) checkCount(value);
  const sum = cells.reduce((a, b) => a + b, 0);
  const fullTotal = total ?? sum;
  checkCount(fullTotal);
  if (fullTotal < sum)
    throw new RangeError(`total ${fullTotal} is less than the cells' sum ${sum}`);
  const line = [...cells, fullTotal];
  const reasons: (SuppressionReason | null)[] = line.map((v) =>
    isSmall(v, threshold) ? "primary" : null,
  );
  // One line: only rule 2 applies; with two or more unknowns in one equation none is determined.
  if (reasons.filter((r) => r !== null).length === 1) {
    const k = pickComplement(line, reasons);
    if (k !== null) reasons[k] = "secondary";
  }
  const publish = (k: number): PublishedCell => {
    const reason = reasons[k]!;
    return { value: reason ? null : line[k]!, suppressed: reason !== null, reason };
  };
  return { cells: cells.map((_, k) => publish(k)), total: publish(cells.length) };
}

/** Shows a published cell: the number, `<threshold` for a small count, `..` for a complement. */
export function formatPublishedCell(
  cell: PublishedCell,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): string {
  if (cell.reason === "primary") return `<${threshold}`;
  if (cell.reason === "secondary") return "..";
  return String(cell.value);
}

function suppressGrid(grid: number[][], threshold: number): (SuppressionReason | null)[][] {
  const reasons = grid.map((row) =>
    row.map((v): SuppressionReason | null => (isSmall(v, threshold) ? "primary" : null)),
  );
  const height = grid.length;
  const width = grid[0]!.length;
  const rowLine = (i: number) => Array.from({ length: width }, (_, j) => [i, j] as const);
  const columnLine = (j: number) => Array.from({ length: height }, (_, i) => [i, j] as const);
  const lines = [
    ...Array.from({ length: height }, (_, i) => rowLine(i)),
    ...Array.from({ length: width }, (_, j) => columnLine(j)),
  ];

  const suppressComplement = (line: readonly (readonly [number, number])[]): boolean => {
    const values = line.map(([i, j]) => grid[i]![j]!);
    const lineReasons = line.map(([i, j]) => reasons[i]![j]!);
    const k = pickComplement(values, lineReasons);
    if (k === null) return false;
    const [i, j] = line[k]!;
    reasons[i]![j] = "secondary";
    return true;
  };

  for (;;) {
    let changed = false;
    for (const line of lines) {
      const hidden = line.filter(([i, j]) => reasons[i]![j] !== null).length;
      if (hidden === 1) changed = suppressComplement(line) || changed;
    }
    if (changed) continue;
    const bridge = findBridge(reasons, height, width);
    if (bridge === null) return reasons;
    if (suppressComplement(rowLine(bridge[0])) || suppressComplement(columnLine(bridge[1])))
      continue;
    // Row and column already fully hidden: hide the smallest shown cell anywhere.
    // Full suppression has no bridge (≥2 rows and ≥2 columns form cycles), so this ends.
    const everywhere = grid.flatMap((row, i) => row.map((_, j) => [i, j] as const));
    if (!suppressComplement(everywhere)) return reasons;
  }
}

/**
 * The member of a line to hide next to a lone hidden one: the smallest shown
 * non-zero inner member (a near-zero complement protects least, but hiding
 * large counts costs information), then a shown zero, then the margin (last).
 */
function pickComplement(values: readonly number[], reasons: readonly unknown[]): number | null {
  const margin = values.length - 1;
  let best: number | null = null;
  for (let k = 0; k < margin; k++) {
    if (reasons[k] !== null || values[k] === 0) continue;
    if (best === null || values[k]! < values[best]!) best = k;
  }
  if (best !== null) return best;
  for (let k = 0; k < margin; k++) if (reasons[k] === null) return k;
  return reasons[margin] === null ? margin : null;
}

/**
 * A hidden cell that is a bridge of the hidden-cell graph (lines as vertices)
 * is determined by the line sums; one that lies on a cycle is not, since
 * adding +1/−1 alternately round the cycle keeps every sum.
 */
function findBridge(
  reasons: readonly (readonly (SuppressionReason | null)[])[],
  height: number,
  width: number,
): [number, number] | null {
  const edges: [number, number][] = [];
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) if (reasons[i]![j] !== null) edges.push([i, j]);
  }
  // Vertices: rows 0..height−1, columns height..height+width−1. Tables are small,
  // so "remove the edge and search" is simpler than Tarjan and fast enough.
  const adjacency: number[][] = Array.from({ length: height + width }, () => []);
  for (const [e, [i, j]] of edges.entries()) {
    adjacency[i]!.push(e);
    adjacency[height + j]!.push(e);
  }
  const other = (e: number, v: number) => {
    const [i, j] = edges[e]!;
    return v === i ? height + j : i;
  };
  for (const [removed, [i, j]] of edges.entries()) {
    const seen = new Set<number>([i]);
    const stack = [i];
    let connected = false;
    while (stack.length > 0 && !connected) {
      const v = stack.pop()!;
      for (const e of adjacency[v]!) {
        if (e === removed) continue;
        const w = other(e, v);
        if (w === height + j) connected = true;
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
    if (!connected) return [i, j];
  }
  return null;
}

function isSmall(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

function checkCount(value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`);
}

function checkThreshold(threshold = DEFAULT_SUPPRESSION_THRESHOLD): number {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a positive whole number, not ${threshold}`);
  }
  return threshold;
}
