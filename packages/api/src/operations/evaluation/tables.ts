import { type PublishedCell, suppressTable } from "@opis/evaluation";

/** A published 2-D table with named rows and columns and its margins. */
export interface PublishedTable {
  rowKeys: string[];
  columnKeys: string[];
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  grandTotal: PublishedCell;
}

export function publishTable(
  rowKeys: string[],
  columnKeys: string[],
  counts: number[][],
  threshold: number,
): PublishedTable {
  const t = suppressTable(counts, { threshold });
  return { rowKeys, columnKeys, ...t };
}

type Grid = { value: number; cell: PublishedCell }[][];

/** The table with its margins as one grid; the margins last in each line. */
function gridOf(table: PublishedTable, values: number[][]): Grid {
  const rows = table.rowKeys.length;
  const cols = table.columnKeys.length;
  const grid: Grid = [];
  for (let i = 0; i <= rows; i++) {
    const line: Grid[number] = [];
    for (let j = 0; j <= cols; j++) {
      const cell =
        i < rows && j < cols
          ? table.cells[i]![j]!
          : i < rows
            ? table.rowTotals[i]!
            : j < cols
              ? table.columnTotals[j]!
              : table.grandTotal;
      const value =
        i < rows && j < cols
          ? values[i]![j]!
          : i < rows
            ? values[i]!.reduce((a, b) => a + b, 0)
            : j < cols
              ? values.reduce((a, r) => a + r[j]!, 0)
              : values.flat().reduce((a, b) => a + b, 0);
      line.push({ value, cell });
    }
    grid.push(line);
  }
  return grid;
}

function hide(cell: PublishedCell) {
  if (cell.suppressed) return false;
  cell.suppressed = true;
  cell.value = null;
  cell.reason = "secondary";
  return true;
}

/**
 * Hides more cells of an already suppressed table (because the same figure is
 * hidden in a linked table) and repeats the line rule: a row or column with
 * exactly one hidden member gets its smallest shown non-zero member hidden too.
 * Mutates the table's cells.
 */
export function hideLinked(
  table: PublishedTable,
  values: number[][],
  mustHide: (grid: { row: number; column: number }) => boolean,
): boolean {
  const grid = gridOf(table, values);
  let changed = false;
  grid.forEach((line, i) => {
    line.forEach((entry, j) => {
      if (mustHide({ row: i, column: j })) changed = hide(entry.cell) || changed;
    });
  });
  if (!changed) return false;
  const lines: Grid[number][] = [...grid, ...grid[0]!.map((_, j) => grid.map((line) => line[j]!))];
  for (let again = true; again; ) {
    again = false;
    for (const line of lines) {
      const hidden = line.filter((e) => e.cell.suppressed).length;
      if (hidden !== 1) continue;
      const candidates = line
        .slice(0, -1)
        .filter((e) => !e.cell.suppressed)
        .sort((a, b) => (a.value === 0 ? 1 : 0) - (b.value === 0 ? 1 : 0) || a.value - b.value);
      const pick = candidates[0] ?? (line.at(-1)!.cell.suppressed ? undefined : line.at(-1));
      if (pick && hide(pick.cell)) again = true;
    }
  }
  return true;
}
