import { parseArgs } from "node:util";
import {
  formatPublishedCell,
  ReportKindSchema,
  type ReportResult,
  resolveProject,
  runReport,
} from "@opis/api/reports";
import type { DatabaseHandle } from "@opis/db";
import { IsoDateSchema } from "@opis/domain";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, todayInSweden } from "../env";

const usage = `Usage: opis report goals|flows|exits|esf --project ID [--as-of DATE]
         [--by DIMENSION] [--threshold N] [--format json|csv]

Prints the published (suppressed) figures the evaluation console shows, computed
by the same operations: goals as on the goals screen (split by gender), flows and
exits as on the flows screen (split by one dimension), the ESF+ table as on the
export screen (by gender). The JSON is described in docs/report-output.md.

Options:
  --project ID     the project (registered with \`opis project add\`, or built in)
  --as-of DATE     the month end the figures stand on, YYYY-MM-DD (default: the
                   last month end before today in Sweden)
  --by DIMENSION   flows and exits: gender (default), or gender and one obstacle
                   (disability, ageBand, bornOutsideEurope, lowEducation, those the
                   project splits flows by); goals and esf are split by gender only
  --threshold N    suppression threshold, 5–100 (default 5)
  --format F       json (default) or csv
  -h, --help       show this help

Exit codes: 0 printed, 1 unknown project or refused split, 2 wrong usage.`;

/** `opis report …` on the database `open` gives (tests hand in their own). */
export function createReportCommand(open: () => Promise<DatabaseHandle>): Command {
  return {
    name: "report",
    summary: "print a published report (goals, flows, exits, esf) as the console shows it",
    usage,
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        strict: true,
        allowPositionals: true,
        options: {
          project: { type: "string" },
          "as-of": { type: "string" },
          by: { type: "string" },
          threshold: { type: "string", default: "5" },
          format: { type: "string", default: "json" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
      if (values.help) {
        console.log(usage);
        return 0;
      }
      const kind = ReportKindSchema.safeParse(positionals[0]);
      if (!kind.success || positionals.length !== 1) {
        throw new UsageError("name one report: goals, flows, exits or esf");
      }
      if (!values.project) throw new UsageError("--project is required");
      const asOf = values["as-of"];
      if (asOf !== undefined && !IsoDateSchema.safeParse(asOf).success)
        throw new UsageError("--as-of must be YYYY-MM-DD");
      const threshold = Number(values.threshold);
      if (!Number.isInteger(threshold) || threshold < 5 || threshold > 100) {
        throw new UsageError("--threshold must be a whole number from 5 to 100");
      }
      if (values.format !== "json" && values.format !== "csv") {
        throw new UsageError("--format must be json or csv");
      }
      const by = values.by?.split(",").map((d) => d.trim());
      if (by && by.length > 1) {
        throw new UsageError(
          "--by takes one dimension: the console splits a report one way at a time",
        );
      }
      if (by && (kind.data === "goals" || kind.data === "esf") && by[0] !== "gender") {
        throw new UsageError(`${kind.data} is split by gender, as on screen`);
      }

      const handle = await open();
      try {
        const project = await resolveProject(handle.db, values.project);
        if (!project) {
          console.error(`No project "${values.project}" (see \`opis project list\`).`);
          return 1;
        }
        let report: ReportResult;
        try {
          report = await runReport(handle.db, {
            kind: kind.data,
            project,
            // A month end's figures never depend on later months (ADR 0011), so the
            // day after it gives the same figures as any later day.
            today: asOf === undefined ? todayInSweden() : dayAfter(asOf),
            asOf,
            threshold,
            by: kind.data === "flows" || kind.data === "exits" ? by?.[0] : undefined,
            actor: "cli",
          });
        } catch (error) {
          const fields = (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
          if (fields) {
            console.error(`Refused: ${Object.values(fields).flat().join(", ")}`);
            return 1;
          }
          throw error;
        }
        console.log(values.format === "json" ? JSON.stringify(report, null, 2) : toCsv(report));
        return 0;
      } finally {
        await handle.close();
      }
    },
  };
}

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export const reportCommand = createReportCommand(() => openDatabase(databaseTarget()));

type Cell = Parameters<typeof formatPublishedCell>[0];

/** The report as CSV: one header line, then a row per figure; suppressed cells as "<5" or "..". */
export function toCsv(report: ReportResult): string {
  const t = report.threshold;
  const cell = (c: Cell) => formatPublishedCell(c, t);
  const rate = (r: number | null) => (r === null ? "" : String(r));
  const lines: string[][] = [];
  switch (report.report) {
    case "goals":
      lines.push([
        "goalId",
        "numerator",
        "denominator",
        "rate",
        "target",
        "status",
        ...["woman", "man", "nonBinary"].flatMap((g) => [`${g}Numerator`, `${g}Denominator`]),
      ]);
      for (const g of report.goals) {
        lines.push([
          g.goalId,
          cell(g.numerator),
          cell(g.denominator),
          rate(g.rate),
          String(g.target),
          g.status ?? "",
          ...(["woman", "man", "nonBinary"] as const).flatMap((gender) => [
            cell(g.byGender[gender].numerator),
            cell(g.byGender[gender].denominator),
          ]),
        ]);
      }
      break;
    case "flows":
      for (const [name, table] of Object.entries({
        intake: report.flows.intake,
        exits: report.flows.exits,
        statusAtExit: report.flows.statusAtExit,
        outcomes: report.flows.outcomes,
      })) {
        lines.push(...tableLines(name, table, cell));
      }
      break;
    case "exits":
      lines.push(...tableLines("exits", report.exits, cell));
      break;
    case "esf":
      lines.push(["code", "woman", "man", "nonBinary", "total"]);
      for (const r of report.rows) {
        lines.push([
          r.code,
          cell(r.byGender.woman),
          cell(r.byGender.man),
          cell(r.byGender.nonBinary),
          cell(r.total),
        ]);
      }
      break;
  }
  return lines.map((l) => l.map(csvField).join(",")).join("\n");
}

function tableLines(
  name: string,
  table: {
    rowKeys: string[];
    columnKeys: string[];
    cells: Cell[][];
    rowTotals: Cell[];
    columnTotals: Cell[];
    grandTotal: Cell;
  },
  cell: (c: Cell) => string,
): string[][] {
  return [
    ["table", "row", ...table.columnKeys, "total"],
    ...table.rowKeys.map((row, i) => [
      name,
      row,
      ...(table.cells[i] ?? []).map(cell),
      cell(table.rowTotals[i] as Cell),
    ]),
    [name, "total", ...table.columnTotals.map(cell), cell(table.grandTotal)],
  ];
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
