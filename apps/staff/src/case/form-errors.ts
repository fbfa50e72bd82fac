import { describeClientError, type SummaryError } from "@opis/ui";
import { useState } from "react";

/** The shape of a zod safeParse result that the checks read (no zod import needed here). */
export type ParseResult<T> =
  | { success: true; data: T }
  | {
      success: false;
      error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
    };

/** A rule the domain checks after parsing, at one field. */
export interface RuleError<F extends string> {
  field: F;
  messageKey: string;
}

function idOf<F extends string>(fieldIds: Record<F, string>, field: string): string {
  return (fieldIds as Record<string, string | undefined>)[field] ?? "";
}

/**
 * A form's own check before it sends: the schema's issues (one message per
 * field, "required" worded per field where the schema only says "invalid"), or,
 * when it parses, the domain's rules; in the order of the form either way.
 * `data` is the parsed value only when there is nothing to show.
 */
export function checkForm<F extends string, T>({
  parsed,
  rules,
  fieldIds,
  requiredKeys = {},
  translate,
}: {
  parsed: ParseResult<T>;
  rules: (data: T) => readonly RuleError<F>[];
  /** Field → the id of its control, in the order of the form. */
  fieldIds: Record<F, string>;
  requiredKeys?: Partial<Record<F, string>>;
  translate: (key: string) => string;
}): { errors: SummaryError[]; data: T | null } {
  const errors: SummaryError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      const key = (requiredKeys as Record<string, string | undefined>)[field] ?? issue.message;
      const id = idOf(fieldIds, field);
      if (!errors.some((e) => e.id === id)) errors.push({ id, message: translate(key) });
    }
  } else {
    for (const error of rules(parsed.data)) {
      errors.push({ id: idOf(fieldIds, error.field), message: translate(error.messageKey) });
    }
  }
  const order: string[] = Object.values(fieldIds);
  errors.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { errors, data: parsed.success && errors.length === 0 ? parsed.data : null };
}

/**
 * The server's rejection as summary rows: its message about the form first, then
 * each field's message at its field ("exit.note" under prefix "exit" → fieldIds.note).
 */
export function serverSummaryErrors<F extends string>(
  error: unknown,
  prefix: string,
  fieldIds: Record<F, string>,
  translate: (key: string) => string,
): SummaryError[] {
  const info = describeClientError(error);
  const fieldErrors = Object.entries(info.fieldErrors).flatMap(([path, keys]) => {
    const field = path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    return keys.map((key) => ({ id: idOf(fieldIds, field), message: translate(key) }));
  });
  return [{ id: "", message: translate(info.messageKey) }, ...fieldErrors];
}

/** The errors a form shows (summary and beside each field), and the token that focuses the summary. */
export function useSummaryErrors() {
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  return {
    errors,
    focusToken,
    errorFor: (id: string) => errors.find((e) => e.id === id)?.message,
    /** Shows these errors (none clears them) and, when there are any, moves focus to the summary. */
    show(list: SummaryError[]) {
      setErrors(list);
      if (list.length > 0) setFocusToken((n) => n + 1);
    },
  };
}
