/**
 * What the rest of the platform may know about a failed database call, on either
 * driver, without ever touching its parameters: drizzle's `DrizzleQueryError`
 * carries them in `params` and in its message, and PostgreSQL's own messages
 * and `detail` quote values ("invalid input syntax for type uuid: \"…\"",
 * "Key (personal_identity_number)=(…) already exists").
 */

/** The parts of an error from PostgreSQL or PGlite that never hold a value. */
export interface DatabaseErrorSummary {
  /** SQLSTATE, e.g. `23505`, `57P01`. */
  sqlstate?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  /** The statement's text with `$1`-style placeholders; the values are never included. */
  query?: string;
}

interface DriverErrorFields {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  query?: unknown;
  params?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_QUERY_TEXT = 400;

function fieldsOf(error: unknown): DriverErrorFields | null {
  return typeof error === "object" && error !== null ? (error as DriverErrorFields) : null;
}

/** True for an error PostgreSQL sent (it has a five-character SQLSTATE). */
export function isServerReportedError(error: unknown): boolean {
  const code = fieldsOf(error)?.code;
  return typeof code === "string" && SQLSTATE.test(code);
}

/** True for drizzle's wrapper around a failed statement (it holds the parameters). */
export function isFailedQueryWrapper(error: unknown): boolean {
  const fields = fieldsOf(error);
  return (
    error instanceof Error &&
    fields !== null &&
    typeof fields.query === "string" &&
    "params" in fields &&
    error.message.startsWith("Failed query:")
  );
}

/**
 * A summary of a database error (the driver's, or drizzle's wrapper around it)
 * without values, or `null` when the error did not come from the database.
 */
export function describeDatabaseError(error: unknown): DatabaseErrorSummary | null {
  const wrapper = isFailedQueryWrapper(error) ? fieldsOf(error) : null;
  const server = isServerReportedError(error)
    ? fieldsOf(error)
    : wrapper && isServerReportedError(wrapper && (error as { cause?: unknown }).cause)
      ? fieldsOf((error as { cause?: unknown }).cause)
      : null;
  if (!wrapper && !server) return null;
  const summary: DatabaseErrorSummary = {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const copy = (key: keyof DatabaseErrorSummary, value: unknown) => {
    const v = text(value);
    if (v !== undefined) summary[key] = v;
  };
  if (server) {
    copy("sqlstate", server.code);
    copy("severity", server.severity);
    copy("constraint", server.constraint);
    copy("table", server.table);
    copy("column", server.column);
    copy("routine", server.routine);
  }
  const query = text(wrapper?.query);
  if (query)
    summary.query = query.length > MAX_QUERY_TEXT ? `${query.slice(0, MAX_QUERY_TEXT)}…` : query;
  return summary;
}

// SQLSTATE classes and codes after which the same request may well succeed on a retry:
// the connection or the server went away (08, 57P01–57P03), too many connections (53300),
// or the transaction lost a race (40001 serialization failure, 40P01 deadlock).
const TRANSIENT_SQLSTATE = /^(08...|57P0[123]|53300|40001|40P01)$/;
const TRANSIENT_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// node-postgres reports a lost or refused connection with plain Errors and these texts.
const TRANSIENT_DRIVER_MESSAGES =
  /Connection terminated|Client has encountered a connection error|not queryable|timeout exceeded when trying to connect|Connection ended|Client was closed/i;

/**
 * True when a database call failed because the database was unreachable, restarting,
 * or ended the session (or the transaction lost a race): the request may be retried
 * and nothing of its transaction was kept. Looks through `cause` chains.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current; depth++) {
    const fields = fieldsOf(current);
    if (!fields) return false;
    const code = fields.code;
    if (typeof code === "string") {
      if (SQLSTATE.test(code) && TRANSIENT_SQLSTATE.test(code)) return true;
      if (TRANSIENT_NODE_CODES.has(code)) return true;
    }
    if (current instanceof AggregateError && current.errors.some(isTransientDatabaseError)) {
      return true;
    }
    if (
      current instanceof Error &&
      !isFailedQueryWrapper(current) &&
      TRANSIENT_DRIVER_MESSAGES.test(current.message)
    ) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * How PostgreSQL refused a statement because of the data it was given, or `null`:
 * `conflict` for a unique or exclusion violation (two requests raced for the same
 * row), `invalid` for another integrity violation (a foreign key to nothing, a check)
 * or a data exception (a value out of range). Both are the client's to fix, not 500s.
 */
export function databaseRefusalOf(error: unknown): "conflict" | "invalid" | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current; depth++) {
    if (isServerReportedError(current)) {
      const code = String((current as { code: string }).code);
      if (code === "23505" || code === "23P01") return "conflict";
      if (code.startsWith("23") || code.startsWith("22")) return "invalid";
      return null;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
