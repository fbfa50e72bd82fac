import { describeDatabaseError, isServerReportedError } from "@opis/db";

/**
 * How an error is written to the log: its type, code, stack frames and, for
 * database errors, SQLSTATE, constraint, table, column and the statement text,
 * but never the statement's parameters, PostgreSQL's message or detail (both
 * quote values) or anything that looks like a personal identity number.
 */
export interface SafeError {
  type: string;
  code?: string | number;
  message?: string;
  database?: ReturnType<typeof describeDatabaseError>;
  stack?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

// 10 or 12 digits, with or without the separator: YYMMDD-NNNN, YYYYMMDDNNNN, …
const PERSONAL_NUMBER_LIKE = /(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)/g;
const MAX_DEPTH = 5;

function messageWithoutValues(message: string): string {
  // drizzle appends the parameters after "params:"; cut there whatever the error.
  const cut = message.search(/\bparams:/);
  const text = cut >= 0 ? message.slice(0, cut).trimEnd() : message;
  return text.replace(PERSONAL_NUMBER_LIKE, "[number]").slice(0, 500);
}

/** The stack's frames only: its first lines repeat the message. */
function framesOf(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.slice(0, 15).join("\n") : undefined;
}

export function serializeErrorSafely(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) {
    // A thrown non-Error could be anything, a request body included: name its type only.
    return { type: error === null ? "null" : typeof error };
  }
  const out: SafeError = { type: error.name || error.constructor?.name || "Error" };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") out.code = code;
  const database = describeDatabaseError(error);
  const cause = (error as { cause?: unknown }).cause;
  const causeMessage = cause instanceof Error ? cause.message : undefined;
  if (database) {
    out.database = database;
  } else if (
    !isServerReportedError(error) &&
    // tRPC copies the cause's message into its own error: print it once, safely, below.
    !(causeMessage && (error.message === causeMessage || error.message.includes(causeMessage)))
  ) {
    out.message = messageWithoutValues(error.message);
  }
  const stack = framesOf(error.stack);
  if (stack) out.stack = stack;
  if (depth < MAX_DEPTH) {
    if (cause !== undefined) out.cause = serializeErrorSafely(cause, depth + 1);
    if (error instanceof AggregateError) {
      out.errors = error.errors.slice(0, 5).map((e) => serializeErrorSafely(e, depth + 1));
    }
  }
  return out;
}
