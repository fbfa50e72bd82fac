import { createHash } from "node:crypto";
import { schema } from "@opis/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Browser,
  callProcedure,
  loginAs,
  loginButtonFor,
  startTestServer,
  type TestServer,
} from "./helpers";

const LOA = (n: number) => `http://id.elegnamnden.se/loa/1.0/loa${n}`;

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
});

afterAll(async () => {
  await app?.close();
});

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function me(browser: Browser): Promise<number> {
  return (await browser.request("/trpc/auth.me")).status;
}

/** Starts a login in `browser` and picks the user at the IdP, stopping before the callback. */
async function loginUpToCallback(browser: Browser, name: string): Promise<string> {
  const start = await browser.request("/auth/login?returnTo=%2Fstaff%2F");
  const toPage = await browser.follow(start);
  const pageUrl = new URL(toPage.visited.at(-1) ?? "/", browser.base).href;
  const html = await toPage.response.text();
  const submitted = await browser.submitForm(html, loginButtonFor(html, name), pageUrl);
  const { visited } = await browser.follow(submitted, (l) => l.pathname === "/auth/callback");
  const callback = visited.at(-1);
  if (!callback?.startsWith("/auth/callback?")) throw new Error(`no callback: ${visited}`);
  return callback;
}

async function sessionsOf(browser: Browser) {
  const { status, body } = await callProcedure(browser, "auth.sessions", undefined, "query");
  expect(status).toBe(200);
  return body.result?.data as { handle: string; current: boolean; acr: string | null }[];
}

async function lastSeen(browser: Browser): Promise<Date> {
  const [row] = await app.database.db
    .select({ lastSeenAt: schema.sessions.lastSeenAt })
    .from(schema.sessions)
    .where(eq(schema.sessions.id, sha256(browser.cookie("opis_session") ?? "")));
  if (!row) throw new Error("no session row");
  return row.lastSeenAt;
}

async function setLastSeen(browser: Browser, minutesAgo: number): Promise<void> {
  await app.database.db
    .update(schema.sessions)
    .set({ lastSeenAt: new Date(Date.now() - minutesAgo * 60_000) })
    .where(eq(schema.sessions.id, sha256(browser.cookie("opis_session") ?? "")));
}

describe("login CSRF: the login is bound to the browser that started it", () => {
  test("a callback URL opened in another browser logs no one in; the starting browser still can", async () => {
    const attacker = new Browser(app.base);
    const callback = await loginUpToCallback(attacker, "Anna Lindqvist");
    // The starting browser holds a short-lived login cookie, only for the callback path.
    expect(attacker.cookieHeader("/auth/callback")).toMatch(/^opis_login_[\w-]+=/);
    expect(attacker.cookie("opis_session")).toBeUndefined();

    const victim = new Browser(app.base);
    const opened = await victim.request(callback);
    expect(opened.status).toBe(400);
    expect(await opened.text()).toContain("startades i en annan webbläsare");
    expect(victim.cookie("opis_session")).toBeUndefined();
    expect(await me(victim)).toBe(401);

    // The victim's attempt did not use up the starting browser's login.
    const finished = await attacker.request(callback);
    expect(finished.status).toBe(303);
    expect(finished.headers.get("location")).toBe("/staff/");
    expect(await me(attacker)).toBe(200);
    // The login cookie is spent.
    expect(attacker.cookieHeader("/auth/callback")).not.toContain("opis_login_");
  });

  test("a forged login cookie (another login's secret) is refused too", async () => {
    const one = new Browser(app.base);
    const callbackOne = await loginUpToCallback(one, "Anna Lindqvist");
    const two = new Browser(app.base);
    await loginUpToCallback(two, "Anna Lindqvist");
    const stateOne = new URL(callbackOne, app.base).searchParams.get("state");
    const secretTwo = two.cookieHeader("/auth/callback").split("=")[1];
    const response = await fetch(new URL(callbackOne, app.base), {
      headers: { cookie: `opis_login_${stateOne}=${secretTwo}` },
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("opis_session="))).toBe(false);
  });
});

describe("idle timeout", () => {
  test("a session unused for longer than the idle timeout is over; one in use is kept alive", async () => {
    const browser = new Browser(app.base);
    await loginAs(browser, "Karin Ek", "/admin/");
    await setLastSeen(browser, 29);
    expect(await me(browser)).toBe(200);
    // The request restarted the idle clock.
    expect(Date.now() - (await lastSeen(browser)).getTime()).toBeLessThan(60_000);

    await setLastSeen(browser, 31);
    expect(await me(browser)).toBe(401);
  });
});

describe("a user's own sessions", () => {
  test("lists them, marks the current one, ends another and the others; never another user's", async () => {
    const laptop = new Browser(app.base);
    const phone = new Browser(app.base);
    await loginAs(laptop, "Erik Johansson", "/kommun/");
    await loginAs(phone, "Erik Johansson", "/kommun/");

    const listed = await sessionsOf(laptop);
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.map((s) => s.acr)).toEqual([LOA(3), LOA(3)]);
    const phoneHandle = listed.find((s) => !s.current)?.handle;

    // Someone else cannot end Erik's session, and learns nothing about it.
    const other = new Browser(app.base);
    await loginAs(other, "Maria Svensson", "/kommun/");
    const foreign = await callProcedure(
      other,
      "auth.endSession",
      { handle: phoneHandle },
      "mutation",
    );
    expect(foreign.body.error?.data?.code).toBe("NOT_FOUND");
    expect(await me(phone)).toBe(200);

    const ended = await callProcedure(
      laptop,
      "auth.endSession",
      { handle: phoneHandle },
      "mutation",
    );
    expect(ended.status).toBe(200);
    expect(await me(phone)).toBe(401);
    expect(await me(laptop)).toBe(200);
    const audit = await app.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "session.end"));
    expect(audit.some((row) => row.subjectId === phoneHandle)).toBe(true);

    const tablet = new Browser(app.base);
    await loginAs(tablet, "Erik Johansson", "/kommun/");
    const others = await callProcedure(laptop, "auth.endOtherSessions", {}, "mutation");
    expect(others.body).toEqual({ result: { data: { ended: 1 } } });
    expect(await me(tablet)).toBe(401);
    expect(await sessionsOf(laptop)).toHaveLength(1);
  });

  test("a new login keeps at most three sessions: the least recently used one ends", async () => {
    const browsers = [0, 1, 2, 3].map(() => new Browser(app.base));
    const [first, second, third, fourth] = browsers as [Browser, Browser, Browser, Browser];
    await loginAs(first, "Johan Berg", "/staff/");
    await loginAs(second, "Johan Berg", "/staff/");
    await loginAs(third, "Johan Berg", "/staff/");
    // The first browser is the most recently used; the second is the least.
    await setLastSeen(second, 10);
    await setLastSeen(third, 5);
    await setLastSeen(first, 2);
    await loginAs(fourth, "Johan Berg", "/staff/");

    expect(await me(second)).toBe(401);
    for (const browser of [first, third, fourth]) expect(await me(browser)).toBe(200);
    const [count] = await app.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.sessions)
      .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
      .where(eq(schema.users.name, "Johan Berg"));
    expect(count?.n).toBe(3);
  });
});

describe("required assurance level (OIDC_REQUIRED_ACR)", () => {
  test("a login below the required level is refused; at or above it is let in", async () => {
    const strict = await startTestServer({ requiredAcr: LOA(3), devIdpAcr: LOA(2) });
    try {
      const browser = new Browser(strict.base);
      const { final } = await loginAs(browser, "Anna Lindqvist");
      expect(final.status).toBe(403);
      expect(await final.text()).toContain("högre tillitsnivå");
      expect(browser.cookie("opis_session")).toBeUndefined();
      expect(await strict.database.db.select().from(schema.sessions)).toHaveLength(0);
    } finally {
      await strict.close();
    }

    const enough = await startTestServer({ requiredAcr: LOA(3), devIdpAcr: LOA(4) });
    try {
      const browser = new Browser(enough.base);
      const { final } = await loginAs(browser, "Anna Lindqvist");
      expect(final.status).toBe(303);
      const rows = await enough.database.db.select().from(schema.sessions);
      expect(rows.map((row) => row.acr)).toEqual([LOA(4)]);
    } finally {
      await enough.close();
    }
    // Starts two servers of its own (migrations, job queue, IdP): slow on a busy machine.
  }, 120_000);
});
