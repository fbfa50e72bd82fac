import type { ValidationMessageKey } from "../validation/message-keys";

/** One problem in an import file: its row (1 = the header), its column, and a message key. */
export interface ImportIssue {
  row: number;
  column: string;
  messageKey: ValidationMessageKey;
}

/** Problems of the file as a whole rather than of one cell's value. */
export const IMPORT_FILE_MESSAGES = {
  /** The same personal number and start date on an earlier row of the file. */
  duplicate: "validation.import.duplicateInFile",
  /** A header but no data rows. */
  empty: "validation.import.file.empty",
  /** Neither CSV nor XLSX, or broken. */
  unreadable: "validation.import.file.unreadable",
} as const satisfies Record<string, ValidationMessageKey>;

/** What makes two rows the same participation: idempotency on personal number + start date. */
export function participationKey(p: { personalIdentityNumber: string; startDate: string }): string {
  return `${p.personalIdentityNumber}|${p.startDate}`;
}
