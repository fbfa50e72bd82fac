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

/** Answers that may come from the server or from a proxy in front of it (then without tRPC data). */
const KEY_BY_CODE: Record<string, string> = {
  UNAUTHORIZED: "errors.unauthorized",
  PAYLOAD_TOO_LARGE: "errors.payloadTooLarge",
  TOO_MANY_REQUESTS: "errors.tooManyRequests",
  SERVICE_UNAVAILABLE: "errors.databaseUnavailable",
};
const CODE_BY_STATUS: Record<number, string> = {
  413: "PAYLOAD_TOO_LARGE",
  429: "TOO_MANY_REQUESTS",
  502: "SERVICE_UNAVAILABLE",
  503: "SERVICE_UNAVAILABLE",
  504: "SERVICE_UNAVAILABLE",
};

/** The HTTP status of a failed tRPC call, when the client saw a response. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("meta" in error)) return undefined;
  const response = (error as { meta?: { response?: { status?: unknown } } }).meta?.response;
  return typeof response?.status === "number" ? response.status : undefined;
}

export function describeClientError(error: unknown): OpisErrorInfo {
  const data = dataOf(error);
  const status = statusOf(error);
  const code =
    typeof data?.code === "string"
      ? data.code
      : status !== undefined
        ? CODE_BY_STATUS[status]
        : undefined;
  const messageKey =
    typeof data?.messageKey === "string"
      ? data.messageKey
      : code && KEY_BY_CODE[code]
        ? KEY_BY_CODE[code]
        : data || status !== undefined
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

/**
 * Client errors (4xx) are answers, not hiccups: retrying them only delays the
 * message, and retrying "too large" or "too many" makes them worse. A 503 (the
 * database was away) is worth a retry.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = describeClientError(error).code;
  const clientError =
    typeof code === "string" &&
    [
      "UNAUTHORIZED",
      "FORBIDDEN",
      "NOT_FOUND",
      "BAD_REQUEST",
      "CONFLICT",
      "PRECONDITION_FAILED",
      "PAYLOAD_TOO_LARGE",
      "TOO_MANY_REQUESTS",
    ].includes(code);
  return !clientError && failureCount < 2;
}
