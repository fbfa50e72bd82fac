import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, type Context, type CreateContextOptions, type SessionUser } from "./context";
export { createCallerFactory } from "./trpc";
export type { ErrorData } from "./errors";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
