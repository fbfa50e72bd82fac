import { readFile } from "node:fs/promises";
import { registerProjectDefinition, schema } from "@opis/db";
import { OPIS_PROJECT, PROJECTS, parseProjectDefinitionJson } from "@opis/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createContext, type SessionUser } from "../src/context";
import { createCallerFactory } from "../src/trpc";
import {
  createEvaluationFixture,
  type EvaluationFixture,
  evaluationRouter,
  TODAY,
} from "./evaluation-support";

/**
 * Issue 12 item 2 (ADR 0028): the project is context, and every call about a project
 * checks that the caller works in it. A project the caller is not in is NOT_FOUND,
 * whether the input names it, the app's header names it, or a record belongs to it.
 */
const OTHER_PROJECT = PROJECTS.find((p) => p.id !== OPIS_PROJECT.id);
let fx: EvaluationFixture;
let officer: SessionUser;
let evaluator: SessionUser;
let enrolmentId: string;

const createCaller = createCallerFactory(evaluationRouter);
const callerFor = (user: SessionUser, activeProjectId: string | null = null) =>
  createCaller(createContext({ db: fx.handle.db, user, now: () => TODAY, activeProjectId }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

beforeAll(async () => {
  fx = await createEvaluationFixture(30);
  const found = fx.users.find((u) => u.role === "officer" && u.office === "Jönköping");
  if (!found) throw new Error("no Jönköping officer in the demo data");
  officer = found;
  evaluator = fx.evaluator;
  const [row] = await fx.handle.db
    .select({ id: schema.enrolments.id })
    .from(schema.enrolments)
    .where(eq(schema.enrolments.office, "Jönköping"))
    .limit(1);
  if (!row) throw new Error("no Jönköping enrolment");
  enrolmentId = row.id;
});
afterAll(async () => {
  await fx?.handle.close();
});

describe("project membership", () => {
  test("the demo staff work in the demo's project, and that is the default", async () => {
    expect(officer.projectIds).toEqual([OPIS_PROJECT.id]);
    const me = await callerFor(officer).auth.me();
    expect(me.projects.map((p) => p.id)).toEqual([OPIS_PROJECT.id]);
    // Whom to ask for access: the project's active administrators, by name and e-mail.
    expect(me.administrators.length).toBeGreaterThan(0);
    for (const admin of me.administrators) expect(admin.name).not.toBe("");
    const list = await callerFor(officer).participants.list({});
    expect(list.total).toBeGreaterThan(0);
    expect(await codeOf(callerFor(officer).participants.get({ enrolmentId }))).toBe("OK");
    expect(await codeOf(callerFor(evaluator).statistics.filterOptions({}))).toBe("OK");
  });

  test("a project the caller does not work in is NOT_FOUND, named in the input or the header", async () => {
    expect(OTHER_PROJECT).toBeDefined();
    const other = OTHER_PROJECT?.id ?? "";
    const named = callerFor(officer);
    expect(await codeOf(named.participants.list({ projectId: other }))).toBe("NOT_FOUND");
    expect(await codeOf(named.attendance.week({ weekStart: "2026-03-09", projectId: other }))).toBe(
      "NOT_FOUND",
    );
    const header = callerFor(evaluator, other);
    expect(await codeOf(header.statistics.dashboard({}))).toBe("NOT_FOUND");
    expect(await codeOf(header.statistics.filterOptions({}))).toBe("NOT_FOUND");
    // The header names a project the caller is in: through.
    expect(await codeOf(callerFor(evaluator, OPIS_PROJECT.id).statistics.filterOptions({}))).toBe(
      "OK",
    );
  });

  test("a user in no project reaches no project, and a record of a project they left is NOT_FOUND", async () => {
    const outsider = { ...officer, projectIds: [] };
    expect(await codeOf(callerFor(outsider).participants.list({}))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor({ ...evaluator, projectIds: [] }).statistics.dashboard({}))).toBe(
      "NOT_FOUND",
    );
    const elsewhere = { ...officer, projectIds: [OTHER_PROJECT?.id ?? "x"] };
    expect(await codeOf(callerFor(elsewhere).participants.get({ enrolmentId }))).toBe("NOT_FOUND");
    const cases = await callerFor(elsewhere).participants.list({});
    expect(cases.total).toBe(0);
  });

  test("the membership is read from the database with the session", async () => {
    const [row] = await fx.handle.db
      .select({ projectIds: schema.users.projectIds })
      .from(schema.users)
      .where(eq(schema.users.id, officer.id));
    expect(row?.projectIds).toEqual([OPIS_PROJECT.id]);
  });
});

describe("the apps read the active project's definition from the server (ADR 0031)", () => {
  const fifthFile = new URL(
    "../../domain/test-vectors/projects/steg-kronoberg.json",
    import.meta.url,
  );

  test("a registered JSON project is returned to a member, with its version, and NOT_FOUND to anyone else", async () => {
    const parsed = parseProjectDefinitionJson(await readFile(fifthFile, "utf8"));
    if (!parsed.ok) throw new Error("the fifth project's test vector does not parse");
    const fifth = parsed.project;
    const outcome = await fx.handle.db.transaction((tx) =>
      registerProjectDefinition(tx, fifth, { newVersion: false }),
    );
    expect(outcome.kind).toBe("added");
    const member = { ...officer, projectIds: [OPIS_PROJECT.id, fifth.id] };

    const named = await callerFor(member).projects.current({ projectId: fifth.id });
    expect(named.version).toBe(1);
    expect(named.definition).toEqual(fifth);
    // The app's header names it: the same answer without input.
    const byHeader = await callerFor(member, fifth.id).projects.current();
    expect(byHeader.definition.id).toBe(fifth.id);
    // No project named: the caller's first, a built-in definition without a version.
    const first = await callerFor(member).projects.current();
    expect(first).toEqual({ definition: OPIS_PROJECT, version: null });

    expect(await codeOf(callerFor(officer).projects.current({ projectId: fifth.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(callerFor(officer, fifth.id).projects.current())).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(evaluator).projects.current({ projectId: fifth.id }))).toBe(
      "NOT_FOUND",
    );
  });
});
