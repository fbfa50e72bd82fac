import type { ImportIssue } from "./import-issue";
import {
  PARTICIPATION_IMPORT_COLUMNS,
  type ParticipationImportColumn,
} from "./participation-columns";

/**
 * Checks a file's header row: every column present once, nothing unknown.
 * Row 1 is the header; issues name the column they are about.
 */
export function checkImportHeader(header: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const name = raw.trim();
    if (name === "") continue;
    if (!(PARTICIPATION_IMPORT_COLUMNS as readonly string[]).includes(name)) {
      issues.push({ row: 1, column: name, messageKey: "validation.import.header.unknownColumn" });
    } else if (seen.has(name)) {
      issues.push({ row: 1, column: name, messageKey: "validation.import.header.duplicateColumn" });
    }
    seen.add(name);
  }
  for (const column of PARTICIPATION_IMPORT_COLUMNS) {
    if (!seen.has(column)) {
      issues.push({ row: 1, column, messageKey: "validation.import.header.missingColumn" });
    }
  }
  return issues;
}

/** The cells of a data row by column name, from the header's order. */
export function cellsByColumn(
  header: readonly string[],
  cells: readonly string[],
): Record<ParticipationImportColumn, string> {
  const out = {} as Record<ParticipationImportColumn, string>;
  for (const column of PARTICIPATION_IMPORT_COLUMNS) out[column] = "";
  header.forEach((name, i) => {
    const key = name.trim() as ParticipationImportColumn;
    if (key in out) out[key] = (cells[i] ?? "").trim();
  });
  return out;
}
