import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { UsageError } from "../src/command";
import { createAuditCommand } from "../src/commands/audit";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

describe("opis audit verify", () => {
  let handle: DatabaseHandle;
  // The command closes what it opens; the test keeps its database.
  const command = createAuditCommand(async () => ({ ...handle, close: async () => undefined }));

  beforeAll(async () => {
    handle = await createTestDatabase();
    for (const action of ["person.lookup", "participant.read", "notes.add"]) {
      await handle.db.insert(schema.auditEvents).values({ action, subjectType: "person" });
    }
  }, 60_000);
  afterAll(() => handle.close());

  test("an unbroken chain: exit 0 and the number of rows verified", async () => {
    const { out } = capture();
    expect(await command.run(["verify"])).toBe(0);
    expect(out).toEqual(["audit chain unbroken: 3 rows verified"]);
  });

  test("a row edited with the triggers off: exit 1, naming that row", async () => {
    const rows = await handle.db
      .select()
      .from(schema.auditEvents)
      .orderBy(schema.auditEvents.chainSeq);
    const second = rows[1]?.id;
    await handle.executeSql(
      `ALTER TABLE audit_events DISABLE TRIGGER USER; UPDATE audit_events SET subject_id = 'covered up' WHERE id = ${second}; ALTER TABLE audit_events ENABLE TRIGGER USER`,
    );
    const { err } = capture();
    expect(await command.run(["verify"])).toBe(1);
    expect(err.join("\n")).toContain(
      `audit chain BROKEN at row id ${second} (chain position 2): its content does not match its hash`,
    );
  });

  test("wrong usage is a UsageError (exit 2 from main)", async () => {
    await expect(command.run(["repair"])).rejects.toBeInstanceOf(UsageError);
  });
});
