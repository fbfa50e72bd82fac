import { mkdtempSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MatchingResultSchema } from "@opis/evaluation";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
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

/**
 * Code columns: municipality codes (one without a leading zero, so only the
 * others tell it is a code) and education levels that are all digits.
 */
function generateCodesCsv(): string {
  const lines = ["id,treat,y,age,gender,kommunkod,level"];
  for (let i = 0; i < 180; i++) {
    const treated = Math.floor(i / 9) % 3 === 0;
    const kommunkod = ["0880", "0881", "1080"][i % 3]!;
    const level = String(1 + (Math.floor(i / 3) % 3));
    const age = 25 + ((i * 11) % 30);
    const gender = i % 2 === 0 ? "woman" : "man";
    const y = (treated ? 2 : 0) + Number(level) + ((i * 7) % 5) / 5;
    lines.push(`c${i},${treated ? 1 : 0},${y},${age},${gender},${kommunkod},${level}`);
  }
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  await writeFile(join(dir, "data.csv"), generateCsv());
  await writeFile(join(dir, "codes.csv"), generateCodesCsv());
  await writeFile(
    join(dir, "gaps.csv"),
    "id,treat,y,age,gender\na,1,2,30,woman\nb,0,3,30,\nc,0,1,32,man\n",
  );
  await writeFile(
    join(dir, "plain.csv"),
    "id,treat,y,age\na,1,2,30\nb,0,1,30\nc,1,3,31\nd,0,2,31\n",
  );
  await writeFile(join(dir, "bad.csv"), "id,treat,y,age\na,1,2,30\nb,yes,3,31\nc,0,x,32\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
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

  test("warnings go to stderr and into the result, and the file is still written", async () => {
    // Exact matching on age alone: only the treated whose age some control shares are kept.
    vi.spyOn(console, "log").mockImplementation(() => {});
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const out = join(dir, "few.json");
    await writeFile(
      join(dir, "few.csv"),
      `id,treat,y,age\n${Array.from({ length: 20 }, (_, i) => `t${i},1,${i % 2},${30 + i}`).join("\n")}\n` +
        `${Array.from({ length: 30 }, (_, i) => `c${i},0,${i % 3 === 0 ? 1 : 0},${30 + (i % 3)}`).join("\n")}\n`,
    );
    const args = ["--input", join(dir, "few.csv"), "--id", "id", "--treatment", "treat"];
    const code = await runEvaluate([
      ...args,
      ...["--outcome", "y", "--covariates", "age", "--method", "exact", "--out", out],
    ]);
    expect(code).toBe(0);
    const result = MatchingResultSchema.parse(JSON.parse(await readFile(out, "utf8")));
    expect(result.nMatchedTreated).toBe(3);
    expect(result.standardErrorType).toBe("HC3");
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "few-treated-matched", count: 3, total: 20 }),
    ]);
    expect(errors).toEqual([
      "Warning: only 3 of 20 treated units were matched: the estimate describes those, not all treated",
    ]);
  });

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

  const codes = (method: string, covariates: string, ...more: string[]) => [
    "--input",
    join(dir, "codes.csv"),
    "--id",
    "id",
    "--treatment",
    "treat",
    "--outcome",
    "y",
    "--covariates",
    covariates,
    "--method",
    method,
    "--out",
    join(dir, "codes.json"),
    ...more,
  ];
  async function evaluate(args: string[]) {
    const log: string[] = [];
    vi.spyOn(console, "log").mockImplementation((m: string) => void log.push(m));
    vi.spyOn(console, "error").mockImplementation((m: string) => {
      throw new Error(`unexpected error: ${m}`);
    });
    expect(await runEvaluate(args)).toBe(0);
    const result = MatchingResultSchema.parse(
      JSON.parse(await readFile(join(dir, "codes.json"), "utf8")),
    );
    return { result, log: log.join("\n") };
  }
  const rows = (balance: { covariate: string }[]) => balance.map((b) => b.covariate);

  describe("column types", () => {
    test("a column with a leading zero in some value is categorical", async () => {
      const { result, log } = await evaluate(codes("exact", "kommunkod"));
      expect(rows(result.balance)).toEqual(["kommunkod=0880", "kommunkod=0881", "kommunkod=1080"]);
      expect(result.strata.map((s) => s.key)).toEqual(
        expect.arrayContaining(['kommunkod="0880"', 'kommunkod="1080"']),
      );
      // gender too: it rides along for the per-gender split.
      expect(log).toContain("Read as text (categories): gender, kommunkod");
    });

    test("digits without leading zeros are numbers unless --categorical", async () => {
      const numeric = await evaluate(codes("nearest", "age,level"));
      expect(rows(numeric.result.balance)).toEqual(["age", "level"]);
      expect(numeric.result.propensityModel?.coefficients.map((c) => c.term)).toEqual([
        "(Intercept)",
        "age",
        "level",
      ]);
      const text = await evaluate(codes("nearest", "age,level", "--categorical", "level"));
      expect(rows(text.result.balance)).toEqual(["age", "level=1", "level=2", "level=3"]);
      expect(text.result.propensityModel?.coefficients.map((c) => c.term)).toEqual([
        "(Intercept)",
        "age",
        "level=2",
        "level=3",
      ]);
      expect(text.log).toContain("Read as text (categories): gender, level");
    });

    test("--categorical on a column that would be text anyway changes nothing", async () => {
      const detected = await evaluate(codes("exact", "kommunkod,level"));
      const forced = await evaluate(
        codes("exact", "kommunkod,level", "--categorical", "kommunkod"),
      );
      expect(forced.result).toEqual(detected.result);
    });
  });

  describe("subgroups", () => {
    test("per gender by default, also when gender is not matched on", async () => {
      const { result, log } = await evaluate(codes("exact", "kommunkod,level"));
      expect(result.covariates).toEqual(["kommunkod", "level"]);
      expect(Object.keys(result.subgroups ?? {})).toEqual(["man", "woman"]);
      const { woman, man } = result.subgroups!;
      expect(woman!.nTreated + man!.nTreated).toBe(result.nTreated);
      expect(log).toMatch(/^Per gender: man -?\d\.\d{3}, woman -?\d\.\d{3}$/m);
    });

    test("--subgroup COL splits by another column, typed like a covariate", async () => {
      const byKommun = await evaluate(codes("exact", "level", "--subgroup", "kommunkod"));
      // (JSON puts integer-like keys such as "1080" first; the set is what counts.)
      expect(Object.keys(byKommun.result.subgroups ?? {}).sort()).toEqual(["0880", "0881", "1080"]);
      const byLevel = await evaluate(codes("nearest", "age", "--subgroup", "level"));
      expect(Object.keys(byLevel.result.subgroups ?? {})).toEqual(["1", "2", "3"]);
    });

    test("--subgroup on a matched covariate leaves it out of the matching within", async () => {
      const { result } = await evaluate(codes("exact", "kommunkod,level", "--subgroup", "level"));
      expect(Object.keys(result.subgroups ?? {})).toEqual(["1", "2", "3"]);
      expect(result.subgroups?.["1"]?.ok).toBe(true);
    });

    test("--no-subgroup: no split, even with gender among the covariates", async () => {
      const { result, log } = await evaluate(codes("exact", "gender,level", "--no-subgroup"));
      expect(result.subgroups).toBeUndefined();
      expect(log).not.toContain("Per ");
    });

    test("no gender column, no --subgroup: no split", async () => {
      const { result } = await evaluate([
        ...codes("exact", "age"),
        "--input",
        join(dir, "plain.csv"),
      ]);
      expect(result.nMatchedTreated).toBe(2);
      expect(result.subgroups).toBeUndefined();
    });
  });

  const usageCases = [
    { name: "a missing option", args: ["--input", "x.csv"] },
    {
      name: "an unknown method",
      args: [...base("exact").slice(0, -4), "--method", "magic", "--out", "o.json"],
    },
    { name: "a caliper with exact matching", args: [...base("exact"), "--caliper", "0.1"] },
    { name: "an unknown option", args: [...base("exact"), "--nope"] },
    {
      name: "--categorical naming a column neither matched on nor split by",
      args: [...base("exact"), "--categorical", "age,height"],
    },
    { name: "--categorical listing no column", args: [...base("exact"), "--categorical", " , "] },
    {
      name: "--subgroup with --no-subgroup",
      args: [...base("exact"), "--subgroup", "gender", "--no-subgroup"],
    },
    { name: "an empty --subgroup", args: [...base("exact"), "--subgroup", " "] },
    {
      name: "--cutpoints on a --categorical column",
      args: [...base("cem"), "--cutpoints", "age=30,40", "--categorical", "age"],
    },
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

  const dataCases = [
    {
      name: "--subgroup naming a column not in the file",
      args: codes("exact", "level", "--subgroup", "kommun"),
      message: 'column "kommun" (--subgroup) is not in the header',
    },
    {
      name: "--categorical gender when the file has no gender column",
      args: [
        ...codes("exact", "level", "--categorical", "gender"),
        "--input",
        join(dir, "bad.csv"),
        "--covariates",
        "age",
      ],
      message:
        'column "gender" (--categorical) is neither among --covariates nor the --subgroup column',
    },
    {
      name: "--cutpoints on a column read as text for its leading zeros",
      args: codes("cem", "kommunkod", "--cutpoints", "kommunkod=900"),
      message: 'column "kommunkod" has --cutpoints but is read as text',
    },
    {
      name: "an empty value in the default subgroup column",
      args: [...codes("exact", "age"), "--input", join(dir, "gaps.csv")],
      message:
        'row 2 (line 3), column "gender": empty (the per-gender split needs a value in every row; ' +
        "choose another --subgroup or pass --no-subgroup)",
    },
  ];
  for (const tc of dataCases) {
    test(`data problem: ${tc.name}`, async () => {
      const errors: string[] = [];
      vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
      expect(await runEvaluate(tc.args)).toBe(1);
      expect(errors.join("\n")).toContain(tc.message);
    });
  }

  test("an empty value in the default subgroup column is fine with --no-subgroup", async () => {
    const args = [...codes("exact", "age", "--no-subgroup"), "--input", join(dir, "gaps.csv")];
    const { result } = await evaluate(args);
    expect(result.nMatchedTreated).toBe(1);
    expect(result.subgroups).toBeUndefined();
  });
});
