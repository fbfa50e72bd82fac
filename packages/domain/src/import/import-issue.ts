import type { ValidationMessageKey } from "../validation/message-keys";

/** One problem in an import file: its row (1 = the header), its column, and a message key. */
export interface ImportIssue {
  row: number;
  column: string;
  messageKey: ValidationMessageKey;
}
