import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Browser, startTestServer, type TestServer } from "./helpers";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
});

afterAll(async () => {
  await app?.close();
});

describe("health", () => {
  test("/healthz answers while the process is up", async () => {
    const response = await fetch(`${app.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("/readyz answers when the database does", async () => {
    expect(app.database.driver).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
    const response = await fetch(`${app.base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("/trpc", () => {
  test("answers are never cached (they carry personal data)", async () => {
    const response = await fetch(`${app.base}/trpc/auth.me`);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("start page", () => {
  test("is Swedish, has one h1 and links to the three apps", async () => {
    const response = await fetch(`${app.base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain("<main");
    expect(html).toContain(
      '<a href="/staff/" aria-describedby="val-0">Arbetsförmedlingen (handläggare)</a>',
    );
    expect(html).toContain('<a href="/kommun/" aria-describedby="val-1">Kommunal koordinator</a>');
    expect(html).toContain(
      '<a href="/admin/" aria-describedby="val-2">Utvärdering och projektledning</a>',
    );
  });

  test("carries the security headers", async () => {
    const response = await fetch(`${app.base}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
  });

  test("its stylesheet is served from the same origin", async () => {
    const response = await fetch(`${app.base}/_server/style.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/css");
  });

  test("the favicon is served (no 404 in the console) and the pages name it", async () => {
    for (const path of ["/favicon.ico", "/favicon.svg"]) {
      const response = await fetch(`${app.base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain("image/svg+xml");
      expect(await response.text(), path).toContain("<svg");
    }
    const page = await (await fetch(`${app.base}/`)).text();
    expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });

  test("unknown paths get a Swedish 404", async () => {
    const response = await fetch(`${app.base}/finns-inte`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Sidan finns inte");
  });
});

describe("the built apps", () => {
  test("serve index.html for app routes (SPA fallback) without caching it", async () => {
    const response = await fetch(`${app.base}/staff/deltagare/123`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  test("serve hashed assets as immutable", async () => {
    const response = await fetch(`${app.base}/staff/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  test("a missing asset is a 404, not index.html", async () => {
    const response = await fetch(`${app.base}/staff/assets/missing-000.js`);
    expect(response.status).toBe(404);
  });

  test("/staff redirects to /staff/", async () => {
    const response = await fetch(`${app.base}/staff`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/staff/");
  });

  test("an unbuilt app answers 503 with a Swedish hint to build", async () => {
    const response = await fetch(`${app.base}/kommun/`);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("npm run build");
  });
});

describe("development IdP", () => {
  test("publishes discovery under /oidc with the mounted issuer", async () => {
    const response = await fetch(`${app.base}/oidc/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, string>;
    expect(metadata.issuer).toBe(`${app.base}/oidc`);
    expect(metadata.authorization_endpoint).toBe(`${app.base}/oidc/auth`);
    expect(metadata.end_session_endpoint).toBe(`${app.base}/oidc/session/end`);
  });

  test("its login page is Swedish and lists the demo users as buttons", async () => {
    const browser = new Browser(app.base);
    const { response } = await browser.follow(
      await browser.request("/auth/login?returnTo=/staff/"),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("Utvecklingsinloggning");
    expect(html).toMatch(/<form method="post" action="\/oidc\/interaction\/[\w-]+\/login">/);
    expect(html).toContain(">Logga in som Anna Lindqvist</button>");
    expect(html).toContain("Arbetsförmedlare, Jönköping");
  });
});
