import { mkdtempSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MatchingResultSchema } from "@opis/evaluation";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { runEvaluate } from "../src/commands/evaluate";

// Created when the file loads: the test tables below are built from it.
const dir = mkdtempSync(join(tmpdir(), "opis-evaluate-"));

/** A small deterministic data set: some treated units are older; the effect is +3. */
function generateCsv(): string {
  const lines = ["id,treat,y,age,gender,kommun"];
  let k = 0;
  for (let i = 0; i < 160; i++) {
    const treated = i % 4 === 0;
    const age = 30 + 5 * ((i * 7) % 5) + (treated && i % 3 === 0 ? 5 : 0);
    const gender = i % 8 < 4 ? "kvinna" : "man";
    const kommun = ["Kalmar", "Nybro", '"Väst"ervik'][i % 3]!;
    const y = 0.2 * age + (treated ? 3 : 0) + ((i * 13) % 7) / 7;
    lines.push(
      `p${k++},${treated ? 1 : 0},${y},${age},${gender},"${kommun.replaceAll('"', '""')}"`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

beforeAll(async () => {
  await writeFile(join(dir, "data.csv"), generateCsv());
  await writeFile(join(dir, "bad.csv"), "id,treat,y,age\na,1,2,30\nb,yes,3,31\nc,0,x,32\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base = (method: string) => [
  "--input",
  join(dir, "data.csv"),
  "--id",
  "id",
  "--treatment",
  "treat",
  "--outcome",
  "y",
  "--covariates",
  "age,gender,kommun",
  "--method",
  method,
  "--out",
  join(dir, `${method}.json`),
];

describe("opis evaluate", () => {
  const cases = [
    { name: "exact", args: base("exact") },
    { name: "cem", args: [...base("cem"), "--cutpoints", "age=30,40,50"] },
    { name: "nearest", args: [...base("nearest"), "--caliper", "0.2"] },
  ];
  for (const tc of cases) {
    test(`${tc.name}: writes a schema-valid result`, async () => {
      vi.spyOn(console, "log").mockImplementation(() => {});
      expect(await runEvaluate(tc.args)).toBe(0);
      const result = MatchingResultSchema.parse(
        JSON.parse(await readFile(join(dir, `${tc.name}.json`), "utf8")),
      );
      expect(result.method).toBe(tc.name);
      expect(result.nTreated).toBe(40);
      expect(result.nControl).toBe(120);
      expect(result.nMatchedTreated).toBeGreaterThan(0);
      expect(Object.keys(result.subgroups ?? {})).toEqual(["kvinna", "man"]);
      // The outcome is 0.2·age + 3 + noise in [0, 1): matching on age recovers ≈ 3.
      expect(result.estimate).toBeGreaterThan(2);
      expect(result.estimate).toBeLessThan(4.5);
    });
  }

  test("cem bins put age 40 with 45, not with 39", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await runEvaluate([...base("cem"), "--cutpoints", "age=30,40,50"])).toBe(0);
    const result = MatchingResultSchema.parse(
      JSON.parse(await readFile(join(dir, "cem.json"), "utf8")),
    );
    expect(result.strata.every((s) => /^age=(\(-Inf,30\)|\[\d+,(\d+|Inf)\))\|/.test(s.key))).toBe(
      true,
    );
    expect(result.strata.some((s) => s.key.includes('kommun="\\"Väst\\"ervik"'))).toBe(true);
  });

  test("row-level errors name the row and column", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const code = await runEvaluate([
      "--input",
      join(dir, "bad.csv"),
      "--id",
      "id",
      "--treatment",
      "treat",
      "--outcome",
      "y",
      "--covariates",
      "age",
      "--method",
      "exact",
      "--out",
      join(dir, "bad.json"),
    ]);
    expect(code).toBe(1);
    expect(errors.join("\n")).toContain(
      'row 2 (line 3), column "treat": expected 0/1 or true/false, got "yes"',
    );
    expect(errors.join("\n")).toContain('row 3 (line 4), column "y": expected a number, got "x"');
  });

  const usageCases = [
    { name: "a missing option", args: ["--input", "x.csv"] },
    {
      name: "an unknown method",
      args: [...base("exact").slice(0, -4), "--method", "magic", "--out", "o.json"],
    },
    { name: "a caliper with exact matching", args: [...base("exact"), "--caliper", "0.1"] },
    { name: "an unknown option", args: [...base("exact"), "--nope"] },
  ];
  for (const tc of usageCases) {
    test(`usage error: ${tc.name}`, async () => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      expect(await runEvaluate(tc.args)).toBe(2);
    });
  }

  test("a data problem (unknown column) exits 1", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const args = base("exact").map((a) => (a === "age,gender,kommun" ? "age,height" : a));
    expect(await runEvaluate(args)).toBe(1);
  });
});
