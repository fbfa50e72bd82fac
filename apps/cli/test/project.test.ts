import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test, vi } from "vitest";
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
