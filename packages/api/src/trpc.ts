import { databaseRefusalOf, isTransientDatabaseError } from "@opis/db";
import type { Role } from "@opis/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { recordRefusal } from "./audit";
import type { Context, SessionUser } from "./context";
import { AppError, databaseUnavailable, describeError, toTRPCError } from "./errors";
import { findUnsafeInput } from "./input-guard";
import type { RateLimitedAction } from "./rate-limit";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const data = describeError(error);
    // Internal and database errors keep their text on the server only.
    const message =
      error.code === "INTERNAL_SERVER_ERROR" || error.code === "SERVICE_UNAVAILABLE"
        ? data.messageKey
        : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, ...data } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Turns thrown AppErrors into tRPC errors with the right code, a lost or
 * unreachable database into a retryable 503 (its transaction was rolled back),
 * and data PostgreSQL refused into 400/409.
 */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw toTRPCError(result.error.cause);
  }
  if (!result.ok && isTransientDatabaseError(result.error.cause)) {
    throw databaseUnavailable(result.error.cause);
  }
  // The database refused the request's data (an id that points nowhere, a value out of
  // range, a row another request inserted first): the client's to fix, not a 500.
  const refusal = result.ok ? null : databaseRefusalOf(result.error.cause);
  if (refusal === "conflict") throw toTRPCError(new AppError("CONFLICT", "errors.conflict"));
  if (refusal === "invalid") throw toTRPCError(new AppError("VALIDATION", "errors.validation"));
  return result;
});

/**
 * Refuses, before any schema runs, input that no procedure should see: control
 * characters or unpaired surrogates in any string (PostgreSQL would answer NUL
 * with a 500), or absurd nesting. Each procedure's domain schema says the same
 * with its own field; this covers a procedure whose schema forgot.
 */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  const unsafe = findUnsafeInput(await getRawInput());
  if (unsafe) {
    throw new AppError(
      "VALIDATION",
      unsafe.messageKey === "errors.badRequest" ? "errors.badRequest" : "errors.validation",
      {
        [unsafe.path]: [unsafe.messageKey],
      },
    );
  }
  return next();
});

const base = t.procedure.use(mapAppErrors).use(guardInput);

/** The context after authentication: the user is known. */
export type AuthedContext = Context & { user: SessionUser };

const authed = base.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Every refused attempt of a logged-in user (403 for the wrong role, 404 for an
 * id outside their scope or unknown) leaves an audit row of its own: the work's
 * transaction was rolled back with the refusal, so the row is written after it.
 */
const auditRefusals = t.middleware(async ({ ctx, path, getRawInput, next }) => {
  const result = await next();
  if (!result.ok && ctx.user) {
    const cause = result.error.cause;
    const code = cause instanceof AppError ? cause.code : result.error.code;
    if (code === "FORBIDDEN" || code === "NOT_FOUND") {
      const reason = cause instanceof AppError ? cause.messageKey : `errors.${code.toLowerCase()}`;
      await recordRefusal(ctx.db, {
        actorUserId: ctx.user.id,
        procedure: path,
        code,
        reason,
        rawInput: await getRawInput().catch(() => undefined),
        requestId: ctx.requestId,
        // The refusal stands even if its row cannot be written (database gone): the
        // caller still gets 403/404, not a 500 that would say more.
      }).catch(() => undefined);
    }
  }
  return result;
});

/**
 * The only way to declare a procedure: name the roles that may call it.
 * Nothing is reachable without a session and a listed role; scope checks
 * (own cases, own municipality) are made inside, by the policies.
 */
export function procedureFor(...roles: readonly [Role, ...Role[]]) {
  return authed.use(auditRefusals).use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN" });
    return next();
  });
}

/**
 * Limits a procedure per user (searches, personal-number look-ups): past the
 * limit the call is refused with 429 and `errors.tooManyRequests`. `applies`
 * looks at the raw input, e.g. to count only lists that really search.
 */
export function rateLimited(
  action: RateLimitedAction,
  applies: (rawInput: unknown) => boolean = () => true,
) {
  return t.middleware(async ({ ctx, getRawInput, next }) => {
    const userId = ctx.user?.id;
    if (ctx.rateLimiter && userId && applies(await getRawInput())) {
      if (!ctx.rateLimiter.take(action, userId)) {
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "errors.tooManyRequests" });
      }
    }
    return next();
  });
}

/** True when the raw input has a non-blank `search` string. */
export function searchesText(rawInput: unknown): boolean {
  const search = (rawInput as { search?: unknown } | null | undefined)?.search;
  return typeof search === "string" && search.trim() !== "";
}

/** Any logged-in user, whatever the role (e.g. "who am I?"). */
export const anyUserProcedure = authed;
