import type { IncomingMessage, ServerResponse } from "node:http";
import {
  activeProjectFromHeader,
  appRouter,
  createContext,
  createRateLimiter,
  databaseUnavailable,
  LARGE_REQUEST_PROCEDURES,
  PROJECT_HEADER,
  type SessionUser,
} from "@opis/api";
import { type Database, findSessionUser, isTransientDatabaseError, touchSession } from "@opis/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "pino";
import { hashSessionToken, SESSION_COOKIE } from "./auth/session";
import type { ServerConfig } from "./env";
import { parseCookies, sendJson } from "./http";

export type RequestLimits = Pick<
  ServerConfig,
  | "bodyLimitBytes"
  | "maxBatchSize"
  | "searchesPerMinute"
  | "lookupsPerMinute"
  | "publicationMaxAgeSeconds"
>;

export interface TrpcHandlerOptions {
  db: Database;
  reportDb?: Database | undefined;
  logger: Logger;
  now?: () => Date;
  limits: RequestLimits;
  /** A session unused this long is over (ADR 0015). */
  sessionIdleMinutes: number;
}

/** How stale `last_seen_at` may get before a request writes it again: one write a minute, not one per request. */
const TOUCH_AFTER_MS = 60_000;

export interface ResolvedSession {
  user: SessionUser;
  handle: string;
}

/** The header every state-changing tRPC call must carry (a CSRF guard on top of SameSite=Lax). */
export const CSRF_HEADER = "x-opis-csrf";

/**
 * Resolves the session cookie to the user, as `users` describes them now, when the
 * session is neither expired nor idle; a request restarts the idle clock.
 */
export async function resolveSession(
  db: Database,
  cookieHeader: string | undefined,
  now: Date,
  idleMinutes: number,
): Promise<ResolvedSession | null> {
  const token = parseCookies(cookieHeader).get(SESSION_COOKIE);
  if (!token) return null;
  const tokenHash = hashSessionToken(token);
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  const session = await findSessionUser(db, tokenHash, now, idleSince);
  if (!session) return null;
  if (
    now.getTime() - session.lastSeenAt.getTime() >
    Math.min(TOUCH_AFTER_MS, idleMinutes * 30_000)
  ) {
    await touchSession(db, tokenHash, now);
  }
  return { user: session.user, handle: session.handle };
}

/** An error in tRPC's own shape, for answers given before tRPC sees the request. */
function sendTrpcError(
  res: ServerResponse,
  httpStatus: number,
  code: string,
  messageKey: string,
): void {
  sendJson(res, httpStatus, {
    error: {
      message: messageKey,
      code: -32000,
      data: { code, httpStatus, messageKey, fieldErrors: {}, retryable: false },
    },
  });
}

/** The procedure paths of `/trpc/a.b,c.d?batch=1`. */
function procedurePaths(url: string): string[] {
  const rest = url.slice("/trpc/".length);
  const end = rest.indexOf("?");
  return decodeURIComponent(end === -1 ? rest : rest.slice(0, end)).split(",");
}

export function createTrpcHandler({
  db,
  reportDb,
  logger,
  now = () => new Date(),
  limits,
  sessionIdleMinutes,
}: TrpcHandlerOptions) {
  const rateLimiter = createRateLimiter({
    search: { perMinute: limits.searchesPerMinute, burst: Math.ceil(limits.searchesPerMinute / 2) },
    lookup: { perMinute: limits.lookupsPerMinute, burst: Math.ceil(limits.lookupsPerMinute / 2) },
  });
  const handlerWithBodyLimit = (maxBodySize: number) =>
    createHTTPHandler({
      router: appRouter,
      basePath: "/trpc/",
      // Read as a stream and refused (413) the moment it passes the limit, never buffered whole.
      maxBodySize,
      maxBatchSize: limits.maxBatchSize,
      async createContext({ req }) {
        let session: ResolvedSession | null;
        try {
          session = await resolveSession(db, req.headers.cookie, now(), sessionIdleMinutes);
        } catch (error) {
          if (isTransientDatabaseError(error)) throw databaseUnavailable(error);
          throw error;
        }
        const requestId = (req as IncomingMessage & { id?: string }).id;
        return createContext({
          db,
          reportDb,
          user: session?.user ?? null,
          session: session ? { handle: session.handle, idleMinutes: sessionIdleMinutes } : null,
          now,
          rateLimiter,
          publicationMaxAgeMs: limits.publicationMaxAgeSeconds * 1000,
          // The project open in the app (ADR 0028); membership is checked by each procedure.
          activeProjectId: activeProjectFromHeader(req.headers[PROJECT_HEADER]),
          ...(requestId ? { requestId } : {}),
        });
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
  const handlers = new Map<number, ReturnType<typeof handlerWithBodyLimit>>();
  const handlerFor = (maxBodySize: number) => {
    let handler = handlers.get(maxBodySize);
    if (!handler) {
      handler = handlerWithBodyLimit(maxBodySize);
      handlers.set(maxBodySize, handler);
    }
    return handler;
  };

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
    let paths: string[];
    try {
      paths = procedurePaths(req.url ?? "/trpc/");
    } catch {
      sendTrpcError(res, 400, "BAD_REQUEST", "errors.badRequest");
      return;
    }
    const bodyLimit = Math.max(
      limits.bodyLimitBytes,
      ...paths.map((path) => LARGE_REQUEST_PROCEDURES[path] ?? 0),
    );
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > bodyLimit) {
      // Refused without reading it; the connection is closed so the rest is never read either.
      res.setHeader("Connection", "close");
      res.once("finish", () => req.destroy());
      sendTrpcError(res, 413, "PAYLOAD_TOO_LARGE", "errors.payloadTooLarge");
      return;
    }
    handlerFor(bodyLimit)(req, res);
  };
}
