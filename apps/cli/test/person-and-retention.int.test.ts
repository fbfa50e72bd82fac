import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData } from "@opis/demo";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createPersonCommand } from "../src/commands/person";
import { createRetentionCommand } from "../src/commands/retention";

const dir = mkdtempSync(join(tmpdir(), "opis-person-"));
let handle: DatabaseHandle;
// The commands close the handle they get; the test keeps its database open.
const open = async () => ({ ...handle, close: async () => undefined });

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
  await seedDemoData(handle.db, { participants: 30, seed: 4, today: "2026-11-02" });
}, 120_000);
afterAll(() => handle?.close());

describe("opis person extract", () => {
  test("writes the extract as JSON and PDF, with the access log, and audits it", async () => {
    const [person] = await handle.db.select().from(schema.people).limit(1);
    if (!person) throw new Error("no seeded person");
    const out = join(dir, "extract.json");
    const pdf = join(dir, "extract.pdf");
    const { out: lines } = capture();
    const code = await createPersonCommand(open).run([
      "extract",
      "--personal-identity-number",
      person.personalIdentityNumber,
      "--out",
      out,
      "--pdf",
      pdf,
    ]);
    expect(code).toBe(0);
    expect(lines.join("\n")).toMatch(/Wrote .*extract\.json and .*extract\.pdf/);
    const extract = JSON.parse(await readFile(out, "utf8"));
    expect(extract.person.id).toBe(person.id);
    expect(extract.data.enrolments.length).toBeGreaterThan(0);
    expect(extract.accessLog.at(-1).action).toBe("person.extract");
    expect((await readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const audit = await handle.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, "person.extract"));
    expect(audit.map((a) => a.details)).toEqual([{ via: "cli" }]);
  });

  test("an unknown or malformed number: exit 1 and a clear message, no file", async () => {
    const { err } = capture();
    const out = join(dir, "none.json");
    expect(
      await createPersonCommand(open).run([
        "extract",
        "--personal-identity-number",
        "198001139297",
        "--out",
        out,
      ]),
    ).toBe(1);
    expect(err.join("\n")).toContain("No person with that number");
    expect(
      await createPersonCommand(open).run([
        "extract",
        "--personal-identity-number",
        "123",
        "--out",
        out,
      ]),
    ).toBe(1);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe("opis retention run", () => {
  test("--dry-run reports each project's retention end and changes nothing", async () => {
    const { out } = capture();
    expect(await createRetentionCommand(open).run(["run", "--dry-run"])).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("opis: personal data kept until 2033-12-30");
    expect(text).toContain("Dry run: 0 people would be pseudonymised.");
  });
});
