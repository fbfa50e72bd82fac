import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import sirv from "sirv";
import { sendHtml } from "./http";
import { renderMessagePage } from "./pages/layout";

export const APP_NAMES = ["staff", "kommun", "admin"] as const;
export type AppName = (typeof APP_NAMES)[number];

const APP_TITLES: Record<AppName, string> = {
  staff: "Arbetsförmedlingens handläggarapp",
  kommun: "Kommunportalen",
  admin: "Utvärderings- och administrationskonsolen",
};

/** Vite puts content-hashed files under assets/: they never change, so cache them for a year. */
function setCacheHeaders(res: ServerResponse, pathname: string): void {
  res.setHeader(
    "Cache-Control",
    pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
  );
}

/**
 * Serves `apps/<name>/dist` under `/<name>/` with an SPA fallback to
 * index.html. The file list is read once, when the dist folder first
 * appears; a rebuild needs a server restart.
 */
export function createStaticApps(appsDir: string) {
  const handlers = new Map<AppName, ReturnType<typeof sirv>>();

  function handlerFor(name: AppName): ReturnType<typeof sirv> | undefined {
    const existing = handlers.get(name);
    if (existing) return existing;
    const dist = join(appsDir, name, "dist");
    if (!existsSync(join(dist, "index.html"))) return undefined;
    const handler = sirv(dist, { single: true, etag: true, setHeaders: setCacheHeaders });
    handlers.set(name, handler);
    return handler;
  }

  return function serveApp(
    name: AppName,
    req: IncomingMessage,
    res: ServerResponse,
    pathAfterPrefix: string,
  ): void {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.statusCode = 405;
      res.setHeader("Allow", "GET, HEAD");
      res.end();
      return;
    }
    const handler = handlerFor(name);
    if (!handler) {
      sendHtml(
        res,
        503,
        renderMessagePage(
          `${APP_TITLES[name]} är inte byggd`,
          `Den byggda appen saknas (apps/${name}/dist). Kör "npm run build" i repots rot och starta om servern.`,
        ),
      );
      return;
    }
    const original = req.url;
    req.url = pathAfterPrefix;
    handler(req, res, () => {
      req.url = original;
      res.statusCode = 404;
      res.end();
    });
  };
}
