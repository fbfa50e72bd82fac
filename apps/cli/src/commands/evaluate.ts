import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  evaluateMatching,
  type MatchingMethod,
  MatchingMethodSchema,
  parseCsv,
} from "@opis/evaluation";
import type { Command } from "../command";
import { parseCutpoints } from "../evaluate/parse-cutpoints";
import { readUnits } from "../evaluate/read-units";

const usage = `Usage: opis evaluate --input data.csv --id id --treatment treat --outcome y
         --covariates a,b,c --method exact|cem|nearest
         [--cutpoints "a=0,10,20;b=1,2"] [--caliper 0.1] --out result.json

Matches participants (treatment 1) with a comparison group (treatment 0) and
estimates the average effect on the treated, overall and per gender when a
"gender" column is among the covariates. The CSV has a header row; a column
is numeric when every value parses as a number (dot decimal), text otherwise.

Options:
  --input FILE        the CSV (RFC 4180, comma-separated, UTF-8)
  --id COL            unique id per row
  --treatment COL     0/1 or true/false
  --outcome COL       a number (e.g. 1 = in work or studies 90 days after exit)
  --covariates LIST   comma-separated columns to match on
  --method M          exact | cem (coarsened exact) | nearest (1:1 on a propensity score)
  --cutpoints SPEC    cem: bins per numeric column, closed on the left [a, b)
  --caliper SD        nearest: largest score distance, in SDs of the score
  --out FILE          where to write the JSON result (docs/evaluation-output.schema.md)
  -h, --help          show this help

Exit codes: 0 written, 1 data problem (bad row, no overlap, …), 2 wrong usage.`;

/** `opis evaluate …`: resolves to the exit code; messages go to stderr. */
export async function runEvaluate(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: "string" },
        id: { type: "string" },
        treatment: { type: "string" },
        outcome: { type: "string" },
        covariates: { type: "string" },
        method: { type: "string" },
        cutpoints: { type: "string" },
        caliper: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const text = (name: string) =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;
  const missing = ["input", "id", "treatment", "outcome", "covariates", "method", "out"].filter(
    (k) => !text(k),
  );
  if (missing.length > 0) return usageError(`missing ${missing.map((k) => `--${k}`).join(", ")}`);
  const method = MatchingMethodSchema.safeParse(text("method"));
  if (!method.success)
    return usageError(`--method must be exact, cem or nearest, not "${text("method")}"`);
  const covariates = text("covariates")!
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (covariates.length === 0) return usageError("--covariates lists no column");
  let cutpoints: Record<string, number[]> | undefined;
  let caliper: number | undefined;
  try {
    cutpoints = text("cutpoints") ? parseCutpoints(text("cutpoints")!) : undefined;
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (text("caliper") !== undefined) {
    caliper = Number(text("caliper"));
    if (!(caliper > 0) || !Number.isFinite(caliper))
      return usageError("--caliper must be a positive number");
  }
  const wrongOption = optionMismatch(method.data, cutpoints, caliper);
  if (wrongOption) return usageError(wrongOption);

  let content: string;
  try {
    content = await readFile(text("input")!, "utf8");
  } catch (error) {
    console.error(`Cannot read ${text("input")}: ${(error as Error).message}`);
    return 1;
  }
  const csv = parseCsv(content);
  if (!csv.ok) {
    console.error(`${text("input")}, line ${csv.line}: ${csv.message}`);
    return 1;
  }
  const read = readUnits(csv.records, {
    id: text("id")!,
    treatment: text("treatment")!,
    outcome: text("outcome")!,
    covariates,
  });
  if (!read.ok) {
    console.error(`${text("input")}:\n${read.errors.map((e) => `  ${e}`).join("\n")}`);
    return 1;
  }
  const outcome = evaluateMatching({
    units: read.units,
    method: method.data,
    covariates,
    cutpoints,
    caliper,
  });
  if (!outcome.ok) {
    console.error(`Cannot estimate (${outcome.error.code}): ${outcome.error.message}`);
    return 1;
  }
  await writeFile(text("out")!, `${JSON.stringify(outcome.result, null, 2)}\n`, "utf8");
  const r = outcome.result;
  console.log(
    `${r.method}: ${r.nMatchedTreated} of ${r.nTreated} treated matched with ${r.nMatchedControl} controls; ` +
      `effect ${r.estimate.toFixed(3)} (95 % CI ${r.ci[0].toFixed(3)} to ${r.ci[1].toFixed(3)}) → ${text("out")}`,
  );
  return 0;
}

function optionMismatch(
  method: MatchingMethod,
  cutpoints: unknown,
  caliper: unknown,
): string | null {
  if (cutpoints !== undefined && method !== "cem")
    return "--cutpoints only applies to --method cem";
  if (caliper !== undefined && method !== "nearest")
    return "--caliper only applies to --method nearest";
  return null;
}

function usageError(message: string): number {
  console.error(`${message}\n\n${usage}`);
  return 2;
}

/** For the CLI dispatcher in main.ts. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "match a comparison group and estimate the effect from a CSV",
  usage,
  run: runEvaluate,
};
