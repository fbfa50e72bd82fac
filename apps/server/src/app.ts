import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { UNCLAIMED_SUBJECT_PREFIX } from "@opis/api";
import { type Database, listActiveUsers } from "@opis/db";
import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import { createOidcLogin } from "./auth/login";
import { createDevIdp, DEV_IDP_PREFIX, type DevIdp } from "./dev-idp/provider";
import type { ServerConfig } from "./env";
import { redirect, securityHeaders, sendHtml, sendJson, sendText } from "./http";
import {
  AUTO_SUBMIT_PATH,
  AUTO_SUBMIT_SCRIPT,
  FAVICON_PATHS,
  FAVICON_SVG,
  renderMessagePage,
  STYLESHEET,
  STYLESHEET_PATH,
} from "./pages/layout";
import { renderStartPage } from "./pages/start";
import { APP_NAMES, type AppName, createStaticApps } from "./static-apps";
import { createTrpcHandler } from "./trpc";

export interface CreateAppOptions {
  db: Database;
  /** Where statistics and exports read (a replica); unset = `db`. */
  reportDb?: Database | undefined;
  config: ServerConfig;
  logger: Logger;
  /** The clock for sessions and procedures; tests may fix it. */
  now?: () => Date;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

/**
 * The OPIS HTTP server (not yet listening): tRPC, OIDC login, the dev IdP,
 * the three built front ends, health checks and the start page, on plain
 * node:http with a small prefix router.
 */
export function createApp({
  db,
  reportDb,
  config,
  logger,
  now = () => new Date(),
}: CreateAppOptions): Server {
  /** The public origin: PUBLIC_URL, or the address we listen on (port 0 in tests). */
  const origin = (): string => {
    if (config.publicUrl) return config.publicUrl;
    const address = server.address() as AddressInfo | null;
    if (!address) throw new Error("the server is not listening yet");
    return `http://localhost:${address.port}`;
  };

  let devIdp: DevIdp | null = null;
  const getDevIdp = (): DevIdp => {
    devIdp ??= createDevIdp({
      origin: origin(),
      logger: logger.child({ component: "dev-idp" }),
      acr: config.devIdpAcr,
      moreUsers: async () =>
        (await listActiveUsers(db)).map((user) => ({
          ...user,
          subject: user.subject.startsWith(UNCLAIMED_SUBJECT_PREFIX)
            ? `dev:${user.email ?? user.subject}`
            : user.subject,
          email: user.email ?? "",
          description: user.office ?? user.municipalityCode ?? user.role,
        })),
    });
    return devIdp;
  };

  const login = createOidcLogin({
    db,
    logger: logger.child({ component: "auth" }),
    origin,
    client: () => config.oidc ?? getDevIdp().client,
    sessionTtlHours: config.sessionTtlHours,
    maxSessionsPerUser: config.maxSessionsPerUser,
    requiredAcr: config.requiredAcr,
    now,
  });
  const handleTrpc = createTrpcHandler({
    db,
    reportDb,
    logger: logger.child({ component: "trpc" }),
    now,
    limits: config,
    sessionIdleMinutes: config.sessionIdleMinutes,
  });
  const serveApp = createStaticApps(config.appsDir);

  const headers = Object.entries(
    securityHeaders({
      formActionOrigins: config.oidc ? [new URL(config.oidc.issuer).origin] : [],
    }),
  );
  if (config.publicUrl?.startsWith("https:")) {
    headers.push(["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]);
  }

  const getOnly =
    (handler: Handler): Handler =>
    (req, res, url) => {
      if (req.method === "GET" || req.method === "HEAD") return handler(req, res, url);
      res.statusCode = 405;
      res.setHeader("Allow", "GET, HEAD");
      res.end();
    };

  const exact = new Map<string, Handler>([
    ["/", getOnly((_req, res) => sendHtml(res, 200, renderStartPage()))],
    ["/healthz", getOnly((_req, res) => sendJson(res, 200, { status: "ok" }))],
    [
      "/readyz",
      getOnly(async (_req, res) => {
        try {
          // A database that hangs is as unready as one that refuses: answer within 2 s.
          await Promise.race([
            db.execute(sql`select 1`),
            new Promise((_resolve, reject) =>
              setTimeout(() => reject(new Error("readiness check timed out")), 2_000).unref(),
            ),
          ]);
          sendJson(res, 200, { status: "ok" });
        } catch (error) {
          logger.warn({ err: error }, "readiness check failed");
          sendJson(res, 503, { status: "unavailable" });
        }
      }),
    ],
    ["/auth/login", getOnly((req, res, url) => login.login(req, res, url))],
    ["/auth/callback", getOnly((req, res, url) => login.callback(req, res, url))],
    [
      "/auth/logout",
      (req, res) => {
        if (req.method === "GET" || req.method === "HEAD") return login.logoutPage(res);
        if (req.method !== "POST") {
          res.statusCode = 405;
          res.setHeader("Allow", "GET, HEAD, POST");
          res.end();
          return;
        }
        const requestOrigin = req.headers.origin;
        if (requestOrigin && requestOrigin !== origin()) {
          sendHtml(
            res,
            403,
            renderMessagePage("Otillåten begäran", "Utloggningen kom från en annan webbplats."),
          );
          return;
        }
        return login.logout(req, res);
      },
    ],
    [
      STYLESHEET_PATH,
      getOnly((_req, res) => {
        res.setHeader("Cache-Control", "public, max-age=3600");
        sendText(res, 200, STYLESHEET, "text/css; charset=utf-8");
      }),
    ],
    ...FAVICON_PATHS.map(
      (path) =>
        [
          path,
          getOnly((_req, res) => {
            res.setHeader("Cache-Control", "public, max-age=86400");
            sendText(res, 200, FAVICON_SVG, "image/svg+xml");
          }),
        ] as const,
    ),
    [
      AUTO_SUBMIT_PATH,
      getOnly((_req, res) => {
        res.setHeader("Cache-Control", "public, max-age=3600");
        sendText(res, 200, AUTO_SUBMIT_SCRIPT, "text/javascript; charset=utf-8");
      }),
    ],
  ]);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? "/";
    // The hot path first, without parsing the URL.
    if (rawUrl.startsWith("/trpc/")) return handleTrpc(req, res);

    const url = new URL(rawUrl, "http://opis.internal");
    const { pathname } = url;
    const handler = exact.get(pathname);
    if (handler) return handler(req, res, url);

    if (pathname === DEV_IDP_PREFIX || pathname.startsWith(`${DEV_IDP_PREFIX}/`)) {
      if (!config.oidc) return getDevIdp().handle(req, res);
    }

    const segment = pathname.split("/", 2)[1] ?? "";
    if ((APP_NAMES as readonly string[]).includes(segment)) {
      const name = segment as AppName;
      if (pathname === `/${name}`) return redirect(res, `/${name}/${url.search}`, 301);
      return serveApp(name, req, res, rawUrl.slice(name.length + 1));
    }

    sendHtml(
      res,
      404,
      renderMessagePage("Sidan finns inte", "Kontrollera adressen eller gå till startsidan."),
    );
  }

  const server = createServer((req, res) => {
    (req as IncomingMessage & { id?: string }).id = randomUUID();
    for (const [name, value] of headers) res.setHeader(name, value);
    route(req, res).catch((error: unknown) => {
      logger.error({ err: error, method: req.method, url: req.url }, "request failed");
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendHtml(
        res,
        500,
        renderMessagePage("Något gick fel", "Ett oväntat fel inträffade. Försök igen om en stund."),
      );
    });
  });
  return server;
}
