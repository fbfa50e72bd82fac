import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export {
  type Context,
  type CreateContextOptions,
  createContext,
  type SessionUser,
} from "./context";
export { databaseUnavailable, type ErrorData } from "./errors";
export {
  buildPersonExtract,
  findPersonForExtract,
  type PersonExtract,
  personExtractJson,
  personExtractPdf,
} from "./operations/person-extract";
// Operations run outside a request (the server's job queue).
export { type Mailer, type ReminderRunSummary, runDailyReminders } from "./operations/reminders";
export { type RetentionReport, runRetention } from "./operations/retention";
export {
  createUserAccount,
  deactivateUserAccount,
  UNCLAIMED_SUBJECT_PREFIX,
  type UserAdministrator,
} from "./operations/user-admin";
export { activeProjectFromHeader, PROJECT_HEADER } from "./project-context";
export {
  createRateLimiter,
  DEFAULT_RATE_LIMITS,
  type RateLimit,
  type RateLimitedAction,
  type RateLimiter,
} from "./rate-limit";
export { LARGE_REQUEST_PROCEDURES } from "./request-limits";
export { type AppRouter, appRouter } from "./root";
export { createCallerFactory } from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
