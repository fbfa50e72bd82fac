import { createSession, type DatabaseHandle, findSessionUser, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { demoUserRows } from "@opis/demo";
import { OPIS_PROJECT } from "@opis/domain";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createUsersCommand } from "../src/commands/users";

let handle: DatabaseHandle;
// The command closes the handle it gets; the test keeps its database open.
const open = async () => ({ ...handle, close: async () => undefined });
const users = () => createUsersCommand(open);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(schema.users).values(demoUserRows());
}, 120_000);
afterAll(() => handle?.close());

describe("opis users", () => {
  test("add creates a coordinator checked against the project, audited", async () => {
    const { out } = capture();
    const code = await users().run([
      "add",
      "--name",
      "Sara Holm",
      "--email",
      "sara.holm@example.kalmar.se",
      "--role",
      "coordinator",
      "--municipality",
      "0880",
      "--project",
      OPIS_PROJECT.id,
    ]);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/Added Sara Holm <sara.holm@example.kalmar.se> \(coordinator\)/);
    const [row] = await handle.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, "sara.holm@example.kalmar.se"));
    expect(row).toMatchObject({ organisation: "kommun", municipalityCode: "0880", active: true });
    const audit = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, row?.id ?? ""));
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([["users.create", null]]);
  });

  test("add refuses a municipality outside the project, naming the field (exit 1)", async () => {
    const { err } = capture();
    const code = await users().run([
      "add",
      "--name",
      "Per Ek",
      "--email",
      "per.ek@example.se",
      "--role",
      "coordinator",
      "--municipality",
      "0180",
      "--project",
      OPIS_PROJECT.id,
    ]);
    expect(code).toBe(1);
    expect(err.join("\n")).toContain(
      "municipalityCode: validation.user.municipalityCode.notInProject",
    );
  });

  test("list shows the project's users; deactivate ends the user's sessions", async () => {
    const { out } = capture();
    expect(await users().run(["list", "--project", OPIS_PROJECT.id, "--search", "sara"])).toBe(0);
    expect(out[0]).toContain("Sara Holm\tsara.holm@example.kalmar.se\tcoordinator\t0880\tactive");
    const [row] = await handle.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, "sara.holm@example.kalmar.se"));
    const now = new Date();
    await createSession(handle.db, {
      tokenHash: "b".repeat(64),
      userId: row?.id ?? "",
      expiresAt: new Date(now.getTime() + 3_600_000),
      now,
    });
    expect(await users().run(["deactivate", "--email", "sara.holm@example.kalmar.se"])).toBe(0);
    expect(out.at(-1)).toBe("Deactivated Sara Holm; 1 session(s) ended.");
    expect(await findSessionUser(handle.db, "b".repeat(64), now)).toBeUndefined();
  });

  test("wrong usage is exit 2 through UsageError", async () => {
    await expect(users().run(["add", "--name", "X"])).rejects.toThrow(/needs/);
  });
});
