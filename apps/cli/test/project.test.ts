import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { UsageError } from "../src/command";
import { projectCommand } from "../src/commands/project";

const dir = mkdtempSync(join(tmpdir(), "opis-project-"));
const fifth = fileURLToPath(
  new URL("../../../packages/domain/test-vectors/projects/steg-kronoberg.json", import.meta.url),
);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

describe("opis project validate", () => {
  test("a valid definition file: exit 0 and a summary", async () => {
    const { out } = capture();
    expect(await projectCommand.run(["validate", fifth])).toBe(0);
    expect(out.join("\n")).toMatch(
      /valid — steg-kronoberg .* 3 municipalities, 2 goals, 0 follow-up rules/,
    );
  });

  test("every problem is printed with its JSON path", async () => {
    const definition = JSON.parse(await readFile(fifth, "utf8"));
    definition.sites[1].municipalities = ["0781", "0764"];
    definition.goals[1].successStatuses = ["employed"];
    definition.goals[1].targt = 1;
    const file = join(dir, "broken.json");
    await writeFile(file, JSON.stringify(definition));
    const { err } = capture();
    expect(await projectCommand.run(["validate", file])).toBe(1);
    expect(err.slice(1)).toEqual([
      "  $.sites[1].municipalities[1]: validation.project.site.overlap",
      "  $.goals[1].successStatuses[0]: validation.project.goal.unknownCategory",
    ]);
    // Unknown fields are reported once the definition itself is sound.
    definition.sites[1].municipalities = ["0781"];
    delete definition.goals[1].successStatuses;
    await writeFile(file, JSON.stringify(definition));
    expect(await projectCommand.run(["validate", file])).toBe(1);
    expect(err.at(-1)).toBe("  $.goals[1].targt: unknown field");
  });

  test("unreadable file and wrong usage", async () => {
    capture();
    expect(await projectCommand.run(["validate", join(dir, "missing.json")])).toBe(1);
    await expect(projectCommand.run(["validate"])).rejects.toBeInstanceOf(UsageError);
    await expect(projectCommand.run(["frobnicate", fifth])).rejects.toBeInstanceOf(UsageError);
  });
});

describe("opis project add", () => {
  // Always an embedded database of its own, even when the suite runs on PostgreSQL.
  const saved = { url: process.env.DATABASE_URL, dir: process.env.OPIS_DATA_DIR };
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.OPIS_DATA_DIR = join(dir, "pglite");
  });
  afterAll(() => {
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    if (saved.dir !== undefined) process.env.OPIS_DATA_DIR = saved.dir;
    else delete process.env.OPIS_DATA_DIR;
  });

  test("registers version 1, then nothing changes for the same file, and list names it", async () => {
    const { out } = capture();
    expect(await projectCommand.run(["add", fifth])).toBe(0);
    expect(out.at(-1)).toBe("Registered steg-kronoberg, version 1.");
    expect(await projectCommand.run(["add", fifth])).toBe(0);
    expect(out.at(-1)).toMatch(/version 1 is already this definition/);
    const changed = JSON.parse(await readFile(fifth, "utf8"));
    changed.goals[1].target = 0.5;
    const file = join(dir, "changed.json");
    await writeFile(file, JSON.stringify(changed));
    // No data under the project yet: the change is simply the next version.
    expect(await projectCommand.run(["add", file])).toBe(0);
    expect(out.at(-1)).toBe("Registered steg-kronoberg, version 2 (replaces version 1).");
    expect(await projectCommand.run(["list"])).toBe(0);
    expect(out.at(-1)).toBe("steg-kronoberg\tversion 2\tSteg till arbete Kronoberg");
  }, 60_000);

  test("an invalid file is not registered", async () => {
    const { err } = capture();
    const file = join(dir, "invalid.json");
    await writeFile(file, JSON.stringify({ id: "Not Valid" }));
    expect(await projectCommand.run(["add", file])).toBe(1);
    expect(err.join("\n")).toMatch(/\$\.id: validation\.project\.id\.format/);
  });
});
