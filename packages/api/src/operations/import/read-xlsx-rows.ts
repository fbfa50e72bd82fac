import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { TableRow } from "./read-csv-rows";

/**
 * Reads the first worksheet of an XLSX file row by row with ExcelJS's
 * streaming reader: the workbook is never held in memory. Cells come back as
 * text: dates as YYYY-MM-DD, numbers without formatting, formulas as their result.
 */
export async function* readXlsxRows(input: Readable): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "emit",
  });
  let first = true;
  for await (const worksheet of reader) {
    if (!first) continue; // drain the others (the template's codes sheet)
    first = false;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { row: row.number, cells };
    }
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return "";
  }
  return String(value);
}
