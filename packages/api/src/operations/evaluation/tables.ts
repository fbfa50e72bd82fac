import { GENDERS } from "@opis/domain";
import type { PublishedCell, PublishedReport } from "@opis/evaluation";

/** A published 2-D table with named rows and columns and its margins. */
export interface PublishedTable {
  rowKeys: string[];
  columnKeys: string[];
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  grandTotal: PublishedCell;
}

/**
 * Categories (rows) by gender (columns) of one report, the margins being the
 * category's total and the population the categories divide (e.g. exit
 * reasons of the exited). Every cell read from the publication.
 */
export function categoryByGender(
  report: PublishedReport,
  rows: readonly { key: string; measure: string }[],
  total: string,
): PublishedTable {
  return {
    rowKeys: rows.map((r) => r.key),
    columnKeys: [...GENDERS],
    cells: rows.map((r) => GENDERS.map((g) => report.cell(r.measure, g))),
    rowTotals: rows.map((r) => report.cell(r.measure)),
    columnTotals: GENDERS.map((g) => report.cell(total, g)),
    grandTotal: report.cell(total),
  };
}

/**
 * One measure as a two-way table: an obstacle's values (rows) by gender
 * (columns) with both margins; a single row "all" without an obstacle.
 */
export function obstacleByGender(
  report: PublishedReport,
  measure: string,
  obstacle: { dimension: string; values: readonly string[] } | null,
): PublishedTable {
  const rows = obstacle
    ? obstacle.values.map((value) => ({ dimension: obstacle.dimension, value }))
    : [undefined];
  return {
    rowKeys: obstacle ? [...obstacle.values] : ["all"],
    columnKeys: [...GENDERS],
    cells: rows.map((split) => GENDERS.map((g) => report.cell(measure, g, split))),
    rowTotals: rows.map((split) => report.cell(measure, "*", split)),
    columnTotals: GENDERS.map((g) => report.cell(measure, g)),
    grandTotal: report.cell(measure),
  };
}
