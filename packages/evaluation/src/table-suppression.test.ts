import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatPublishedCell,
  type PublishedCell,
  type SuppressedTable,
  suppressSplit,
  suppressTable,
} from "./table-suppression";

/** The published table as an extended grid: margins as last row and column. */
function toGrid(t: SuppressedTable): PublishedCell[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.columnTotals, t.grandTotal]];
}

function originalGrid(cells: number[][]): number[][] {
  const rowSums = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = cells[0]!.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  const total = rowSums.reduce((a, b) => a + b, 0);
  return [...cells.map((r, i) => [...r, rowSums[i]!]), [...colSums, total]];
}

function lines(grid: PublishedCell[][]): PublishedCell[][] {
  const columns = grid[0]!.map((_, j) => grid.map((row) => row[j]!));
  return [...grid, ...columns];
}

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++)
      if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let k = c; k < width; k++) m[i]![k]! -= f * m[r]![k]!;
    }
    r++;
  }
  return r;
}

/** Hidden cells whose value follows from the line sums (linear algebra, independent of the code). */
function derivableCells(grid: PublishedCell[][]): [number, number][] {
  const hidden: [number, number][] = [];
  grid.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.suppressed) hidden.push([i, j]);
    });
  });
  if (hidden.length === 0) return [];
  const equations = [
    ...grid.map((_, i) => hidden.map(([hi]) => (hi === i ? 1 : 0))),
    ...grid[0]!.map((_, j) => hidden.map(([, hj]) => (hj === j ? 1 : 0))),
  ];
  const base = rank(equations);
  return hidden.filter((_, k) => {
    const unit = hidden.map((__, q) => (q === k ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

const show = (t: SuppressedTable) =>
  toGrid(t).map((row) => row.map((c) => formatPublishedCell(c)).join(" "));

describe("suppressTable, worked examples", () => {
  const cases = [
    {
      name: "nothing small: everything shown",
      cells: [
        [10, 20],
        [30, 40],
      ],
      expected: ["10 20 30", "30 40 70", "40 60 100"],
    },
    {
      name: "one small cell takes a complement in its row and column, and their crossing",
      cells: [
        [3, 20, 7],
        [30, 40, 50],
      ],
      // 3 hidden; row 0 hides 7 (next smallest); column 0 hides 30, column 2 hides 50 → rectangle.
      expected: ["<5 20 .. 30", ".. 40 .. 120", "33 60 57 150"],
    },
    {
      name: "a small row total takes the next smallest row as complement",
      cells: [
        [2, 1],
        [10, 12],
        [8, 9],
      ],
      expected: ["<5 <5 <5", "10 12 22", ".. .. ..", "20 22 42"],
    },
    {
      name: "a small count equal to its row total hides both, then the next row",
      cells: [
        [0, 3],
        [0, 30],
      ],
      expected: ["0 <5 <5", "0 .. ..", "0 33 33"],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => expect(show(suppressTable(tc.cells))).toEqual(tc.expected));
  }

  test("the threshold is configurable", () => {
    const t = suppressTable([[7, 12]], { threshold: 10 });
    expect(t.cells[0]!.map((c) => c.reason)).toEqual(["primary", "secondary"]);
    expect(formatPublishedCell(t.cells[0]![0]!, 10)).toBe("<10");
  });

  test("rejects a ragged table and non-counts", () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], { threshold: 0 })).toThrow(RangeError);
  });
});

describe("suppressSplit", () => {
  const cases = [
    {
      name: "large split shown",
      cells: [120, 130],
      total: undefined,
      expected: ["120", "130", "250"],
    },
    {
      name: "one small gender hides the other",
      cells: [3, 100],
      total: undefined,
      expected: ["<5", "..", "103"],
    },
    {
      name: "two small cells protect each other",
      cells: [3, 2, 40],
      total: undefined,
      expected: ["<5", "<5", "40", "45"],
    },
    {
      name: "small total hidden alone gets a complement",
      cells: [0, 0, 4],
      total: undefined,
      expected: ["0", "0", "<5", "<5"],
    },
    {
      name: "a known remainder in the total still protects",
      cells: [3, 100],
      total: 110,
      expected: ["<5", "..", "110"],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const s = suppressSplit(tc.cells, tc.total);
      expect([...s.cells, s.total].map((c) => formatPublishedCell(c))).toEqual(tc.expected);
    });
  }
  test("a total below the sum is rejected", () =>
    expect(() => suppressSplit([5, 6], 10)).toThrow(RangeError));
});

const tableArb = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      cells: fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 80 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
      threshold: fc.integer({ min: 1, max: 8 }),
    }),
  );

describe("suppressTable, properties", () => {
  test("no published cell is in [1, threshold − 1]", () => {
    fc.assert(
      fc.property(tableArb, ({ cells, threshold }) =>
        toGrid(suppressTable(cells, { threshold })).every((row) =>
          row.every((c) => c.value === null || c.value === 0 || c.value >= threshold),
        ),
      ),
    );
  });

  test("published values are the unchanged originals, hidden ones are null", () => {
    fc.assert(
      fc.property(tableArb, ({ cells, threshold }) => {
        const original = originalGrid(cells);
        return toGrid(suppressTable(cells, { threshold })).every((row, i) =>
          row.every((c, j) => (c.suppressed ? c.value === null : c.value === original[i]![j])),
        );
      }),
    );
  });

  test("no hidden cell follows by subtraction from its row or column (never one hidden per line)", () => {
    fc.assert(
      fc.property(tableArb, ({ cells, threshold }) =>
        lines(toGrid(suppressTable(cells, { threshold }))).every(
          (line) => line.filter((c) => c.suppressed).length !== 1,
        ),
      ),
    );
  });

  test("no hidden cell follows from any combination of the line sums", () => {
    fc.assert(
      fc.property(tableArb, ({ cells, threshold }) => {
        expect(derivableCells(toGrid(suppressTable(cells, { threshold })))).toEqual([]);
      }),
    );
  });

  test("the linear-algebra check finds a bridge between two hidden rectangles", () => {
    // Every line has 0 or ≥ 2 hidden cells, yet (1, 2) follows from the sums.
    const hiddenAt = new Set(["0,0", "0,1", "1,0", "1,1", "1,2", "2,2", "2,3", "3,2", "3,3"]);
    const grid = Array.from({ length: 4 }, (_, i) =>
      Array.from({ length: 4 }, (__, j): PublishedCell => {
        const suppressed = hiddenAt.has(`${i},${j}`);
        return {
          value: suppressed ? null : 9,
          suppressed,
          reason: suppressed ? "secondary" : null,
        };
      }),
    );
    expect(lines(grid).every((line) => line.filter((c) => c.suppressed).length !== 1)).toBe(true);
    expect(derivableCells(grid)).toEqual([[1, 2]]);
  });
});

describe("suppressSplit, properties", () => {
  test("never exactly one hidden member, no small value shown, originals kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 8 }),
        (cells, extra, threshold) => {
          const total = cells.reduce((a, b) => a + b, 0) + extra;
          const s = suppressSplit(cells, total, { threshold });
          const all = [...s.cells, s.total];
          const originals = [...cells, total];
          return (
            all.filter((c) => c.suppressed).length !== 1 &&
            all.every((c) => c.value === null || c.value === 0 || c.value >= threshold) &&
            all.every((c, k) => c.suppressed || c.value === originals[k])
          );
        },
      ),
    );
  });
});
