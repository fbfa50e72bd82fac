/** What the server tells about an error: tRPC code, a catalog key and field errors. */
export interface OpisErrorInfo {
  code: string | undefined;
  messageKey: string;
  fieldErrors: Record<string, readonly string[]>;
}

interface ErrorShapeData {
  code?: unknown;
  messageKey?: unknown;
  fieldErrors?: unknown;
}

function dataOf(error: unknown): ErrorShapeData | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data = (error as { data?: unknown }).data;
  return typeof data === "object" && data !== null ? (data as ErrorShapeData) : undefined;
}

export function describeClientError(error: unknown): OpisErrorInfo {
  const data = dataOf(error);
  const code = typeof data?.code === "string" ? data.code : undefined;
  const messageKey =
    typeof data?.messageKey === "string"
      ? data.messageKey
      : code === "UNAUTHORIZED"
        ? "errors.unauthorized"
        : data
          ? "errors.internal"
          : "errors.network";
  const fieldErrors: Record<string, readonly string[]> = {};
  if (typeof data?.fieldErrors === "object" && data.fieldErrors !== null) {
    for (const [path, keys] of Object.entries(data.fieldErrors)) {
      if (Array.isArray(keys)) fieldErrors[path] = keys.filter((k) => typeof k === "string");
    }
  }
  return { code, messageKey, fieldErrors };
}

export function isUnauthorized(error: unknown): boolean {
  return dataOf(error)?.code === "UNAUTHORIZED";
}

/** Client errors (4xx) are answers, not hiccups: retrying them only delays the message. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = dataOf(error)?.code;
  const clientError =
    typeof code === "string" &&
    [
      "UNAUTHORIZED",
      "FORBIDDEN",
      "NOT_FOUND",
      "BAD_REQUEST",
      "CONFLICT",
      "PRECONDITION_FAILED",
    ].includes(code);
  return !clientError && failureCount < 2;
}
