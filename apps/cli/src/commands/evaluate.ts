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
import { DEFAULT_SUBGROUP, readUnits } from "../evaluate/read-units";

const usage = `Usage: opis evaluate --input data.csv --id id --treatment treat --outcome y
         --covariates a,b,c --method exact|cem|nearest
         [--categorical a,b] [--subgroup COL | --no-subgroup]
         [--cutpoints "a=0,10,20;b=1,2"] [--caliper 0.1] --out result.json

Matches participants (treatment 1) with a comparison group (treatment 0) and
estimates the average effect on the treated, overall and per subgroup (per
gender by default, whether or not gender is matched on). The CSV has a header
row. A covariate column is numeric when every value parses as a number (dot
decimal) and none has a leading zero; it is text (a category: matched
exactly, one dummy and one balance row per level) when some value is not a
number, when some value has a leading zero (municipality "0880"; "0" and
"0.5" are numbers), or when the column is listed in --categorical. Code
columns whose values all look like numbers (education levels 1-7, municipality
codes none of which starts with 0) need --categorical.

Options:
  --input FILE        the CSV (RFC 4180, comma-separated, UTF-8)
  --id COL            unique id per row
  --treatment COL     0/1 or true/false
  --outcome COL       a number (e.g. 1 = in work or studies 90 days after exit)
  --covariates LIST   comma-separated columns to match on
  --method M          exact | cem (coarsened exact) | nearest (1:1 on a propensity score)
  --categorical LIST  comma-separated covariates (or the subgroup column) read as text
  --subgroup COL      also estimate within each value of COL, matched on or not
                      (default: the column "gender" when the file has one)
  --no-subgroup       no per-subgroup estimates
  --cutpoints SPEC    cem: bins per numeric column, closed on the left [a, b)
  --caliper SD        nearest: largest score distance, in SDs of the score
  --out FILE          where to write the JSON result (docs/evaluation-output.schema.md)
  -h, --help          show this help

Rows are used in file order; with nearest, ties in the score are broken by
that order, as MatchIt does (docs/evaluation-output.schema.md).

The standard error is the one MatchIt's guide names: cluster-robust by pair
(vcovCL, HC1) after nearest, HC3 after exact and cem; the others are in the
result as standardErrors. Warnings (fitted probabilities of 0 or 1, few
treated matched) go to stderr and into the result; they do not stop it.

Exit codes: 0 written, 1 data problem (unknown column, bad row, no overlap, …),
2 wrong usage.`;

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
        categorical: { type: "string" },
        subgroup: { type: "string" },
        "no-subgroup": { type: "boolean", default: false },
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
  const covariates = columnList(text("covariates")!);
  if (covariates.length === 0) return usageError("--covariates lists no column");
  const categorical = text("categorical") === undefined ? [] : columnList(text("categorical")!);
  if (text("categorical") !== undefined && categorical.length === 0)
    return usageError("--categorical lists no column");
  if (values["no-subgroup"] && values.subgroup !== undefined)
    return usageError("--subgroup and --no-subgroup exclude each other");
  if (values.subgroup !== undefined && text("subgroup")!.trim() === "")
    return usageError("--subgroup names no column");
  // undefined: the default ("gender" when the file has it), resolved on reading the header.
  const subgroup = values["no-subgroup"] ? null : text("subgroup")?.trim();
  const mayCarry = new Set([...covariates, subgroup === undefined ? DEFAULT_SUBGROUP : subgroup]);
  const stray = categorical.filter((c) => !mayCarry.has(c));
  if (stray.length > 0) {
    return usageError(
      `--categorical: ${stray.map((c) => `"${c}"`).join(", ")} is neither among --covariates nor the subgroup column`,
    );
  }
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
  const binnedText = Object.keys(cutpoints ?? {}).filter((c) => categorical.includes(c));
  if (binnedText.length > 0)
    return usageError(
      `--cutpoints: "${binnedText[0]}" is listed in --categorical, so it has no bins`,
    );

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
    categorical,
    subgroup,
  });
  if (!read.ok) {
    console.error(`${text("input")}:\n${read.errors.map((e) => `  ${e}`).join("\n")}`);
    return 1;
  }
  const binned = Object.keys(cutpoints ?? {}).filter((c) => read.textColumns.includes(c));
  if (binned.length > 0) {
    console.error(
      `${text("input")}: column "${binned[0]}" has --cutpoints but is read as text ` +
        "(a value is not a number or has a leading zero)",
    );
    return 1;
  }
  const outcome = evaluateMatching({
    units: read.units,
    method: method.data,
    covariates,
    cutpoints,
    caliper,
    ...(read.subgroup === null ? {} : { subgroupBy: read.subgroup }),
  });
  if (!outcome.ok) {
    console.error(`Cannot estimate (${outcome.error.code}): ${outcome.error.message}`);
    return 1;
  }
  // Without a subgroup column the engine may still split by "gender" when it is a covariate.
  const { subgroups, ...overall } = outcome.result;
  const r = read.subgroup === null ? overall : outcome.result;
  await writeFile(text("out")!, `${JSON.stringify(r, null, 2)}\n`, "utf8");
  if (read.textColumns.length > 0)
    console.log(`Read as text (categories): ${read.textColumns.join(", ")}`);
  const interval = r.ci
    ? `95 % CI ${r.ci[0].toFixed(3)} to ${r.ci[1].toFixed(3)}, SE ${r.standardErrorType}`
    : `no ${r.standardErrorType} standard error for these data`;
  console.log(
    `${r.method}: ${r.nMatchedTreated} of ${r.nTreated} treated matched with ${r.nMatchedControl} controls; ` +
      `effect ${r.estimate.toFixed(3)} (${interval}) → ${text("out")}`,
  );
  for (const warning of r.warnings) console.error(`Warning: ${warning.message}`);
  if (read.subgroup !== null && subgroups) {
    const parts = Object.keys(subgroups)
      .sort()
      .map((key) => {
        const s = subgroups[key]!;
        return s.ok ? `${key} ${s.estimate.toFixed(3)}` : `${key} (${s.error.code})`;
      });
    console.log(`Per ${read.subgroup}: ${parts.join(", ")}`);
  }
  return 0;
}

function columnList(text: string): string[] {
  return text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
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
