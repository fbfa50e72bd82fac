import type { Role } from "@opis/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context, SessionUser } from "./context";
import { AppError, describeError, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const data = describeError(error);
    // Internal errors keep their text on the server only.
    const message = error.code === "INTERNAL_SERVER_ERROR" ? data.messageKey : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, ...data } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns thrown AppErrors into tRPC errors with the right code. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

const base = t.procedure.use(mapAppErrors);

/** The context after authentication: the user is known. */
export type AuthedContext = Context & { user: SessionUser };

const authed = base.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * The only way to declare a procedure: name the roles that may call it.
 * Nothing is reachable without a session and a listed role; scope checks
 * (own cases, own municipality) are made inside, by the policies.
 */
export function procedureFor(...roles: readonly [Role, ...Role[]]) {
  return authed.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN" });
    return next();
  });
}

/** Any logged-in user, whatever the role (e.g. "who am I?"). */
export const anyUserProcedure = authed;
