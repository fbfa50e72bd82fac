import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseHandle, insertUsersIfMissing } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
import { DEMO_USERS } from "@opis/demo/users";
import { createApp } from "../src/app";
import type { ServerConfig } from "../src/env";
import { createLogger } from "../src/logger";

export interface TestServer {
  base: string;
  database: DatabaseHandle;
  server: Server;
  close(): Promise<void>;
}

/** A built "staff" app (index.html and one hashed asset); "kommun" and "admin" are left unbuilt. */
function fakeAppsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "opis-apps-"));
  const dist = join(dir, "staff", "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(
    join(dist, "index.html"),
    '<!doctype html><html lang="sv"><head><title>Handläggare</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log('staff');\n");
  return dir;
}

export interface TestServerOptions {
  /** Receives the server's log lines (the real logger, redaction included); silent without it. */
  logLines?: string[];
  /** An already opened database, e.g. on a cluster the test owns; closed with the server. */
  database?: DatabaseHandle;
  /** Demo participants to seed (with the demo users); without it, only the demo users. */
  participants?: number;
}

/** Today in Sweden, as the server and the seed see it. */
export function todayInSweden(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

/** The real app on port 0 with a fresh database (PGlite, or DATABASE_URL) and the dev IdP. */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  if (options.participants) {
    await seedDemoData(database.db, {
      participants: options.participants,
      seed: 11,
      today: todayInSweden(),
    });
  } else {
    await insertUsersIfMissing(database.db, DEMO_USERS);
  }
  const appsDir = fakeAppsDir();
  const config: ServerConfig = {
    port: 0,
    publicUrl: null,
    databaseUrl: undefined,
    dataDir: null,
    seedParticipants: 0,
    jobs: false,
    oidc: null,
    sessionTtlHours: 10,
    sessionIdleMinutes: 30,
    maxSessionsPerUser: 3,
    requiredAcr: null,
    devIdpAcr: "http://id.elegnamnden.se/loa/1.0/loa3",
    logLevel: options.logLines ? "info" : "silent",
    logFile: null,
    bodyLimitBytes: 1024 * 1024,
    maxBatchSize: 20,
    searchesPerMinute: 60,
    lookupsPerMinute: 20,
    // Exact statistics: a test reads its own writes at once.
    publicationMaxAgeSeconds: 0,
    appsDir,
    ...overrides,
  };
  const lines = options.logLines;
  const logger = createLogger(
    config,
    lines ? { write: (line) => void lines.push(line) } : undefined,
  );
  const server = createApp({ db: database.db, config, logger });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://localhost:${port}`,
    database,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      rmSync(appsDir, { recursive: true, force: true });
    },
  };
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/**
 * A tiny browser: a cookie jar that honours Path, Max-Age=0 and past
 * Expires, and fetch with redirects followed by hand.
 */
export class Browser {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(readonly base: string) {}

  cookieHeader(path: string): string {
    return [...this.cookies.values()]
      .filter((cookie) => pathMatches(path, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  cookie(name: string): string | undefined {
    for (const cookie of this.cookies.values()) if (cookie.name === name) return cookie.value;
    return undefined;
  }

  private store(setCookies: string[], requestPath: string): void {
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = requestPath.slice(0, requestPath.lastIndexOf("/")) || "/";
      let expired = false;
      for (const attribute of attributes) {
        const [key = "", attrValue = ""] = attribute.split("=");
        const lower = key.toLowerCase();
        if (lower === "path") path = attrValue;
        if (lower === "max-age" && Number(attrValue) <= 0) expired = true;
        if (lower === "expires" && new Date(attrValue).getTime() < Date.now()) expired = true;
      }
      const key = `${name};${path}`;
      if (expired || value === "") this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path });
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.base);
    if (target.origin !== new URL(this.base).origin) {
      throw new Error(`the test browser does not leave the server: ${target.href}`);
    }
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target.pathname);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    this.store(response.headers.getSetCookie(), target.pathname);
    return response;
  }

  /** Follows redirects (GET after each, as browsers do for 302/303) until `stop` says so. */
  async follow(
    response: Response,
    stop: (location: URL) => boolean = () => false,
  ): Promise<{ response: Response; visited: string[] }> {
    const visited: string[] = [];
    let current = response;
    for (let hops = 0; hops < 20; hops += 1) {
      const location = current.headers.get("location");
      if (current.status < 300 || current.status >= 400 || !location)
        return { response: current, visited };
      const next = new URL(location, this.base);
      visited.push(`${next.pathname}${next.search}`);
      if (stop(next)) return { response: current, visited };
      await current.arrayBuffer();
      current = await this.request(next.href);
    }
    throw new Error("too many redirects");
  }

  /** Submits the first form in `html` (hidden inputs plus an optional button name/value). */
  async submitForm(
    html: string,
    button?: { name: string; value: string },
    pageUrl = this.base,
  ): Promise<Response> {
    const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
    if (!form) throw new Error("no form on the page");
    const action = /\baction="([^"]*)"/i.exec(form[1] ?? "")?.[1] ?? pageUrl;
    const method = /\bmethod="([^"]*)"/i.exec(form[1] ?? "")?.[1]?.toUpperCase() ?? "GET";
    const fields = new URLSearchParams();
    for (const input of (form[2] ?? "").matchAll(/<input\b[^>]*>/gi)) {
      const name = /\bname="([^"]*)"/i.exec(input[0])?.[1];
      const value = /\bvalue="([^"]*)"/i.exec(input[0])?.[1] ?? "";
      if (name) fields.append(name, decodeEntities(value));
    }
    if (button) fields.append(button.name, button.value);
    return this.request(new URL(decodeEntities(action), pageUrl).href, {
      method,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: new URL(this.base).origin,
      },
      body: fields.toString(),
    });
  }
}

/** RFC 6265 path matching. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

export function decodeEntities(value: string): string {
  return value
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/** The value of the demo-user button whose text is `Logga in som <name>`. */
export function loginButtonFor(html: string, name: string): { name: string; value: string } {
  for (const match of html.matchAll(/<button\b([^>]*)>([^<]*)<\/button>/gi)) {
    if (match[2]?.trim() === `Logga in som ${name}`) {
      const buttonName = /\bname="([^"]*)"/.exec(match[1] ?? "")?.[1];
      const value = /\bvalue="([^"]*)"/.exec(match[1] ?? "")?.[1];
      if (buttonName && value) return { name: buttonName, value: decodeEntities(value) };
    }
  }
  throw new Error(`no login button for ${name}`);
}

export interface LoginResult {
  /** Where the server sent the browser after the callback (or the refusal response). */
  final: Response;
  finalLocation: string | null;
  visited: string[];
}

/**
 * The whole browser login: /auth/login → IdP → the dev IdP's login page →
 * pick the user → back to /auth/callback → the app.
 */
export async function loginAs(
  browser: Browser,
  name: string,
  returnTo = "/staff/",
): Promise<LoginResult> {
  const start = await browser.request(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const toLoginPage = await browser.follow(start);
  const page = toLoginPage.response;
  if (page.status !== 200) throw new Error(`expected the IdP login page, got ${page.status}`);
  const pageUrl = new URL(toLoginPage.visited.at(-1) ?? "/", browser.base).href;
  const html = await page.text();
  const submitted = await browser.submitForm(html, loginButtonFor(html, name), pageUrl);
  const afterCallback = await browser.follow(
    submitted,
    (location) => toLoginPage.visited.length > 0 && isPastCallback(location),
  );
  const visited = [...toLoginPage.visited, ...afterCallback.visited];
  return {
    final: afterCallback.response,
    finalLocation: afterCallback.response.headers.get("location"),
    visited,
  };
}

/** Stop following once the server sends the browser into an app or the start page. */
function isPastCallback(location: URL): boolean {
  return !location.pathname.startsWith("/oidc") && !location.pathname.startsWith("/auth/");
}

/** A tRPC call over HTTP as the apps make it (single, not batched). */
export async function callProcedure(
  browser: Browser,
  path: string,
  input: unknown,
  kind: "query" | "mutation",
): Promise<{ status: number; body: TrpcBody }> {
  const response =
    kind === "query"
      ? await browser.request(
          `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        )
      : await browser.request(`/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-opis-csrf": "1" },
          body: JSON.stringify(input),
        });
  const text = await response.text();
  let body: TrpcBody;
  try {
    body = JSON.parse(text) as TrpcBody;
  } catch {
    body = { raw: text };
  }
  return { status: response.status, body };
}

export interface TrpcBody {
  result?: { data?: unknown };
  error?: {
    message?: string;
    data?: {
      code?: string;
      httpStatus?: number;
      messageKey?: string;
      retryable?: boolean;
      fieldErrors?: Record<string, string[]>;
    };
  };
  raw?: string;
}
