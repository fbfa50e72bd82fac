import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/unstable-core-do-not-import";
import { ZodError } from "zod";

/**
 * A business error: a code for machines, a message key for the catalogs, and
 * field errors (field path → message keys) for forms. Never carries personal data.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    readonly fieldErrors: Readonly<Record<string, readonly string[]>> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export type AppErrorCode =
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "PRECONDITION_FAILED";

const TRPC_CODES: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
};

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.messageKey, cause: error });
}

/** Zod's own messages are not keys; anything that is not one becomes a generic key. */
function issueKey(message: string): string {
  return message.startsWith("validation.") ? message : "validation.invalid";
}

export function fieldErrorsFromZod(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    const key = issueKey(issue.message);
    const list = fields[path] ?? [];
    if (!list.includes(key)) list.push(key);
    fields[path] = list;
  }
  return fields;
}

/** Field errors from a domain validator, under the input object they belong to. */
export function fieldErrorsAt(
  prefix: string,
  errors: readonly { field: string | null; messageKey: string }[],
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = error.field ? `${prefix}.${error.field}` : "_form";
    fields[path] = [...(fields[path] ?? []), error.messageKey];
  }
  return fields;
}

export interface ErrorData {
  messageKey: string;
  fieldErrors: Record<string, readonly string[]>;
  /** True when the same request may succeed if sent again later (503, 429). */
  retryable: boolean;
}

/** The database could not be reached or dropped the connection: nothing of the request was kept. */
export const DATABASE_UNAVAILABLE_KEY = "errors.databaseUnavailable";

export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_KEY, cause });
}

/** What the client sees of any error: a message key and field errors. */
export function describeError(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (cause instanceof AppError) {
    return {
      messageKey: cause.messageKey,
      fieldErrors: { ...cause.fieldErrors },
      retryable: false,
    };
  }
  if (cause instanceof ZodError) {
    return {
      messageKey: "errors.validation",
      fieldErrors: fieldErrorsFromZod(cause),
      retryable: false,
    };
  }
  const byCode: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
    BAD_REQUEST: "errors.badRequest",
    UNAUTHORIZED: "errors.unauthorized",
    FORBIDDEN: "errors.forbidden",
    NOT_FOUND: "errors.notFound",
    CONFLICT: "errors.conflict",
    PAYLOAD_TOO_LARGE: "errors.payloadTooLarge",
    TOO_MANY_REQUESTS: "errors.tooManyRequests",
    SERVICE_UNAVAILABLE: DATABASE_UNAVAILABLE_KEY,
  };
  return {
    messageKey: byCode[error.code] ?? "errors.internal",
    fieldErrors: {},
    retryable: error.code === "SERVICE_UNAVAILABLE" || error.code === "TOO_MANY_REQUESTS",
  };
}
