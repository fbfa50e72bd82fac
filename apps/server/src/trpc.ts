import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, createContext, databaseUnavailable, type SessionUser } from "@opis/api";
import { type Database, findSessionUser, isTransientDatabaseError } from "@opis/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "pino";
import { hashSessionToken, SESSION_COOKIE } from "./auth/session";
import { parseCookies, sendJson } from "./http";

export interface TrpcHandlerOptions {
  db: Database;
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

export function createTrpcHandler({ db, logger, now = () => new Date() }: TrpcHandlerOptions) {
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    async createContext({ req }) {
      let user: SessionUser | null;
      try {
        user = await resolveSessionUser(db, req.headers.cookie, now());
      } catch (error) {
        if (isTransientDatabaseError(error)) throw databaseUnavailable(error);
        throw error;
      }
      const requestId = (req as IncomingMessage & { id?: string }).id;
      return createContext({ db, user, now, ...(requestId ? { requestId } : {}) });
    },
    onError({ error, path }) {
      // The logger's error serializer prints no query parameters and no database messages.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ err: error, path }, "tRPC procedure failed");
      } else if (error.code === "SERVICE_UNAVAILABLE") {
        logger.warn({ err: error, path }, "database unavailable; request refused as retryable");
      }
    },
  });

  return function handleTrpc(req: IncomingMessage, res: ServerResponse): void {
    // Answers carry personal data: no browser or proxy may keep them.
    res.setHeader("Cache-Control", "no-store");
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
