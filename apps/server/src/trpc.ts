import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, createContext, type SessionUser } from "@opis/api";
import { type Database, findSessionUser } from "@opis/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "pino";
import { hashSessionToken, SESSION_COOKIE } from "./auth/session";
import { parseCookies, sendJson } from "./http";

export interface TrpcHandlerOptions {
  db: Database;
  reportDb?: Database | undefined;
  logger: Logger;
  now?: () => Date;
}

/** The header every state-changing tRPC call must carry (a CSRF guard on top of SameSite=Lax). */
export const CSRF_HEADER = "x-opis-csrf";

/** Resolves the session cookie to the user, as `users` describes them now. */
export async function resolveSessionUser(
  db: Database,
  cookieHeader: string | undefined,
  now: Date,
): Promise<SessionUser | null> {
  const token = parseCookies(cookieHeader).get(SESSION_COOKIE);
  if (!token) return null;
  const session = await findSessionUser(db, hashSessionToken(token), now);
  return session?.user ?? null;
}

export function createTrpcHandler({
  db,
  reportDb,
  logger,
  now = () => new Date(),
}: TrpcHandlerOptions) {
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    async createContext({ req }) {
      const user = await resolveSessionUser(db, req.headers.cookie, now());
      const requestId = (req as IncomingMessage & { id?: string }).id;
      return createContext({ db, reportDb, user, now, ...(requestId ? { requestId } : {}) });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ err: error, path }, "tRPC procedure failed");
      }
    },
  });

  return function handleTrpc(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === "POST" && req.headers[CSRF_HEADER] !== "1") {
      sendJson(res, 403, {
        error: {
          message: "errors.csrf",
          code: -32003,
          data: { code: "FORBIDDEN", httpStatus: 403 },
        },
      });
      return;
    }
    handler(req, res);
  };
}
