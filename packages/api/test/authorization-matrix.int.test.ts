import { schema } from "@opis/db";
import { ROLES, type Role } from "@opis/domain";
import { TRPCError } from "@trpc/server";
import { and, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src";
import { type ApiFixture, createApiFixture } from "./fixtures";
import { buildWorld, FOREIGN, HOME, PROCEDURES, type World } from "./procedure-catalog";

type Call = (input: unknown) => Promise<unknown>;

function callOf(f: ApiFixture, subject: string, path: string): Call {
  const [area, name] = path.split(".") as [string, string];
  const api = f.as(subject) as unknown as Record<string, Record<string, Call>>;
  const call = api[area]?.[name];
  if (!call) throw new Error(`no procedure ${path}`);
  return call;
}

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same input with every id in it (at any depth) replaced by one nobody has. */
function withUnknownIds(input: unknown): unknown {
  if (typeof input === "string") return UUID.test(input) ? crypto.randomUUID() : input;
  if (Array.isArray(input)) return input.map(withUnknownIds);
  if (typeof input !== "object" || input === null) return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, withUnknownIds(v)]));
}

/**
 * Issue 10 items 1 and 2: every procedure × role × scope, and every call
 * leaves an audit row — successful ones their own, refused ones "access.refused".
 */
describe("authorization matrix and audit completeness", () => {
  let f: ApiFixture;
  let w: World;

  async function lastAuditId(): Promise<number> {
    const rows = await f.handle.db
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.id);
    return rows.at(-1)?.id ?? 0;
  }

  async function auditRowsSince(id: number, subject: string) {
    const actor = f.users[subject]?.id as string;
    return f.handle.db
      .select()
      .from(schema.auditEvents)
      .where(and(gt(schema.auditEvents.id, id), eq(schema.auditEvents.actorUserId, actor)));
  }

  beforeAll(async () => {
    f = await createApiFixture();
    w = await buildWorld(f);
  }, 120_000);
  afterAll(() => f.handle.close());

  it("the catalog names every procedure of the router, and only those", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(PROCEDURES).sort()).toEqual(procedures);
  });

  for (const [path, spec] of Object.entries(PROCEDURES)) {
    describe(path, () => {
      for (const role of ROLES) {
        const allowed = spec.roles.includes(role);
        it(`${role}: ${allowed ? "allowed, and audited" : "FORBIDDEN, and the refusal audited"}`, async () => {
          const subject = HOME[role as Role];
          const input = await spec.input(w, allowed ? role : (spec.roles[0] as Role));
          const before = await lastAuditId();
          const outcome = await outcomeOf(callOf(f, subject, path)(input));
          const rows = await auditRowsSince(before, subject);
          if (!allowed) {
            expect(outcome).toBe("FORBIDDEN");
            expect(rows.map((r) => [r.action, r.subjectId])).toEqual([["access.refused", path]]);
            return;
          }
          if (spec.withoutSession) {
            expect(outcome).toBe("NOT_FOUND");
            return;
          }
          expect(outcome).toBe("OK");
          if (spec.unaudited) return;
          expect(rows.length, `${path} wrote no audit row`).toBeGreaterThan(0);
          expect(rows.map((r) => r.action)).not.toContain("access.refused");
        });
      }

      const foreignRoles = spec.scoped ? spec.roles.filter((r) => FOREIGN[r]) : [];
      for (const role of foreignRoles) {
        it(`${role} of another scope: NOT_FOUND, and the refusal audited`, async () => {
          const subject = FOREIGN[role] as string;
          const input = await spec.input(w, role);
          const before = await lastAuditId();
          expect(await outcomeOf(callOf(f, subject, path)(input))).toBe("NOT_FOUND");
          const rows = await auditRowsSince(before, subject);
          expect(rows.map((r) => [r.action, r.subjectId])).toEqual([["access.refused", path]]);
        });
      }

      if (spec.scoped) {
        const role = spec.roles[0] as Role;
        it(`${role} with an id nobody has: NOT_FOUND, never a 500`, async () => {
          const input = withUnknownIds(await spec.input(w, role));
          expect(await outcomeOf(callOf(f, HOME[role], path)(input))).toBe("NOT_FOUND");
        });
      }
    });
  }
});
