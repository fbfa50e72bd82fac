import { schema } from "@opis/db";
import { OPIS_PROJECT } from "@opis/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Browser, callProcedure, loginAs, startTestServer, type TestServer } from "./helpers";

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
});

afterAll(async () => {
  await app?.close();
});

async function me(browser: Browser) {
  const response = await browser.request("/trpc/auth.me");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("OIDC login against the development IdP", () => {
  test("a demo user logs in and auth.me returns them with the role from the database", async () => {
    const browser = new Browser(app.base);
    const { final, finalLocation, visited } = await loginAs(browser, "Anna Lindqvist", "/staff/");

    // The flow really went through the IdP and the callback.
    expect(visited.some((path) => path.startsWith("/oidc/auth"))).toBe(true);
    expect(visited.some((path) => path.startsWith("/oidc/interaction/"))).toBe(true);
    expect(visited.some((path) => path.startsWith("/auth/callback?"))).toBe(true);
    expect(final.status).toBe(303);
    expect(finalLocation).toBe("/staff/");
    const setCookie = final.headers.getSetCookie().find((c) => c.startsWith("opis_session="));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/); // http://localhost

    const result = await me(browser);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      result: {
        data: {
          name: "Anna Lindqvist",
          role: "officer",
          organisation: "af",
          office: "Jönköping",
          municipalityCode: "0680",
        },
      },
    });

    // The role is read from `users` on every request, never from the IdP.
    await app.database.db
      .update(schema.users)
      .set({ role: "evaluator" })
      .where(eq(schema.users.subject, "demo-officer-jonkoping"));
    expect((await me(browser)).body).toMatchObject({ result: { data: { role: "evaluator" } } });
    await app.database.db
      .update(schema.users)
      .set({ role: "officer" })
      .where(eq(schema.users.subject, "demo-officer-jonkoping"));
  });

  test("the session row is keyed by the token's SHA-256, not the token", async () => {
    const browser = new Browser(app.base);
    await loginAs(browser, "Karin Ek", "/admin/");
    const token = browser.cookie("opis_session");
    expect(token).toBeDefined();
    const rows = await app.database.db.select().from(schema.sessions);
    expect(rows.some((row) => row.id === token)).toBe(false);
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256")
      .update(token ?? "")
      .digest("hex");
    const row = rows.find((r) => r.id === hash);
    expect(row).toBeDefined();
    const hours = ((row?.expiresAt.getTime() ?? 0) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(9.9);
    expect(hours).toBeLessThanOrEqual(10);
  });

  test("a subject unknown to OPIS gets a Swedish 403 page and no session", async () => {
    await app.database.db
      .delete(schema.users)
      .where(eq(schema.users.subject, "demo-coordinator-vastervik"));
    const browser = new Browser(app.base);
    const { final } = await loginAs(browser, "Johan Berg", "/kommun/");
    expect(final.status).toBe(403);
    const html = await final.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("Du har inte behörighet till OPIS");
    // Someone unknown is told whom to ask: the active administrators.
    expect(html).toContain("Fråga din administratör");
    expect(html).toContain("Lars Nyström");
    expect(browser.cookie("opis_session")).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
  });

  test("an inactive user is refused too", async () => {
    await app.database.db
      .update(schema.users)
      .set({ active: false })
      .where(eq(schema.users.subject, "demo-officer-kalmar"));
    const browser = new Browser(app.base);
    const { final } = await loginAs(browser, "Erik Johansson");
    expect(final.status).toBe(403);
    expect(browser.cookie("opis_session")).toBeUndefined();
  });

  test("an account created by e-mail logs in through the dev IdP and keeps the subject", async () => {
    await app.database.db.insert(schema.users).values({
      subject: "unclaimed:test-1",
      name: "Sara Holm",
      email: "sara.holm@example.kalmar.se",
      role: "coordinator",
      organisation: "kommun",
      office: null,
      municipalityCode: "0880",
      projectIds: [OPIS_PROJECT.id],
    });
    const browser = new Browser(app.base);
    const { final } = await loginAs(browser, "Sara Holm", "/kommun/");
    expect(final.status).toBe(303);
    expect((await me(browser)).status).toBe(200);
    const [row] = await app.database.db
      .select({ subject: schema.users.subject })
      .from(schema.users)
      .where(eq(schema.users.email, "sara.holm@example.kalmar.se"));
    expect(row?.subject).toBe("dev:sara.holm@example.kalmar.se");
  });

  test("the administrator deactivates a user in the console: their next request is refused", async () => {
    const [olle] = await app.database.db
      .insert(schema.users)
      .values({
        subject: "test-officer-olle",
        name: "Olle Test",
        email: "olle.test@example.af.se",
        role: "officer",
        organisation: "af",
        office: "Kalmar",
        municipalityCode: null,
        projectIds: [OPIS_PROJECT.id],
      })
      .returning({ id: schema.users.id });
    const officer = new Browser(app.base);
    await loginAs(officer, "Olle Test", "/staff/");
    expect((await me(officer)).status).toBe(200);
    const admin = new Browser(app.base);
    await loginAs(admin, "Lars Nyström", "/admin/");
    const done = await callProcedure(admin, "users.deactivate", { userId: olle?.id }, "mutation");
    expect(done.status).toBe(200);
    expect((await me(officer)).status).toBe(401);
    const sessions = await app.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, olle?.id ?? ""));
    expect(sessions).toEqual([]);
  });

  test("deactivating a user ends their existing sessions at once", async () => {
    const browser = new Browser(app.base);
    await loginAs(browser, "Lars Nyström", "/admin/");
    expect((await me(browser)).status).toBe(200);
    await app.database.db
      .update(schema.users)
      .set({ active: false })
      .where(eq(schema.users.subject, "demo-admin"));
    expect((await me(browser)).status).toBe(401);
  });

  test.each([
    ["https://evil.example/steal", "/"],
    ["//evil.example/steal", "/"],
    ["/\\evil.example", "/"],
    ["/somewhere-else", "/"],
    ["/kommun/deltagare?flik=2", "/kommun/deltagare?flik=2"],
  ])("returnTo %s leads to %s after login", async (returnTo, expected) => {
    const browser = new Browser(app.base);
    const { final, finalLocation } = await loginAs(browser, "Maria Svensson", returnTo);
    expect(final.status).toBe(303);
    expect(finalLocation).toBe(expected);
  });

  test("a replayed callback (state already used) is refused", async () => {
    const browser = new Browser(app.base);
    const { visited } = await loginAs(browser, "Maria Svensson", "/kommun/");
    const callback = visited.find((path) => path.startsWith("/auth/callback?"));
    expect(callback).toBeDefined();
    const replay = await new Browser(app.base).request(callback ?? "/");
    expect(replay.status).toBe(400);
    expect(replay.headers.get("set-cookie") ?? "").not.toContain("opis_session=");
    // The refusal offers a working way to log in again.
    const html = await replay.text();
    const login = html.match(/<a [^>]*href="([^"]+)"[^>]*>Logga in<\/a>/)?.[1];
    expect(login).toBe("/auth/login");
    const started = await new Browser(app.base).request(login ?? "/");
    expect(started.status).toBe(303);
    expect(started.headers.get("location") ?? "").toContain("/oidc/auth?");
  });

  test("logout deletes the session, clears the cookie and returns to the start page via the IdP", async () => {
    const browser = new Browser(app.base);
    await loginAs(browser, "Anna Lindqvist");
    const token = browser.cookie("opis_session");
    expect((await me(browser)).status).toBe(200);

    const logout = await browser.request("/auth/logout", {
      method: "POST",
      headers: { origin: app.base },
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.get("location")).toContain("/oidc/session/end");
    expect(browser.cookie("opis_session")).toBeUndefined();
    const sessions = await app.database.db.select().from(schema.sessions);
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256")
      .update(token ?? "")
      .digest("hex");
    expect(sessions.some((row) => row.id === hash)).toBe(false);

    // The dev IdP's end-session page submits itself; a browser without scripts presses the button.
    const { response: confirm, visited } = await browser.follow(logout);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain("data-auto-submit");
    const pageUrl = new URL(visited.at(-1) ?? "/", app.base).href;
    const done = await browser.follow(
      await browser.submitForm(html, undefined, pageUrl),
      (l) => l.pathname === "/",
    );
    expect(done.visited.at(-1)).toBe("/");

    expect((await me(browser)).status).toBe(401);
    // The old token is dead even if someone kept it.
    const stolen = await fetch(`${app.base}/trpc/auth.me`, {
      headers: { cookie: `opis_session=${token}` },
    });
    expect(stolen.status).toBe(401);
  });

  test("a cross-site logout POST is refused", async () => {
    const response = await fetch(`${app.base}/auth/logout`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });
});

describe("tRPC", () => {
  test("without a session cookie auth.me is UNAUTHORIZED", async () => {
    const response = await fetch(`${app.base}/trpc/auth.me`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe("UNAUTHORIZED");
  });

  test("a forged session cookie is UNAUTHORIZED", async () => {
    const response = await fetch(`${app.base}/trpc/auth.me`, {
      headers: { cookie: "opis_session=not-a-real-token" },
    });
    expect(response.status).toBe(401);
  });

  test("a POST without the CSRF header is refused before tRPC sees it", async () => {
    const browser = new Browser(app.base);
    await loginAs(browser, "Maria Svensson", "/kommun/");
    const refused = await browser.request("/trpc/auth.me", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { message: "errors.csrf" } });

    // With the header the request reaches tRPC (which refuses a POST to a query on its own terms).
    const passed = await browser.request("/trpc/auth.me", {
      method: "POST",
      headers: { "content-type": "application/json", "x-opis-csrf": "1" },
      body: "{}",
    });
    expect(passed.status).not.toBe(403);
    const body = (await passed.json()) as { error?: { message?: string } };
    expect(body.error?.message).not.toBe("errors.csrf");
  });
});
