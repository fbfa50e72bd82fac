import type { Executor } from "@opis/db";
import { z } from "zod";
import { recordAudit } from "../audit";
import {
  computeDashboard,
  computeFlows,
  type EsfRow,
  esfTable,
  FlowDimensionSchema,
  type Flows,
  loadPublication,
  requestReport,
  type StatisticsFilter,
} from "./evaluation";
import type { Dashboard } from "./evaluation/dashboard";
import type { ResolvedProject } from "./projects";

export const REPORT_KINDS = ["goals", "flows", "exits", "esf"] as const;
export const ReportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** What every report says about itself: which project, which version, which day, which threshold. */
export interface ReportHeader {
  report: ReportKind;
  projectId: string;
  /** The registered definition version; null when the definition is built into the code. */
  projectVersion: number | null;
  asOf: string;
  threshold: number;
  filter: StatisticsFilter;
}

export type ReportResult =
  | (ReportHeader & {
      report: "goals";
      goals: Dashboard["goals"];
      projection: Dashboard["projection"];
    })
  | (ReportHeader & { report: "flows"; flows: Flows })
  | (ReportHeader & {
      report: "exits";
      dimension: Flows["dimension"];
      exits: Flows["exits"];
    })
  | (ReportHeader & { report: "esf"; rows: EsfRow[] });

/**
 * One published (suppressed) report, from the operations behind the console's
 * screens: goals as the goals screen shows them, flows and the exits table as
 * the flows screen does, the ESF+ table as the export screen does. Used by
 * `opis report`; written to the audit log like a screen's read.
 */
export async function runReport(
  db: Executor,
  options: {
    kind: ReportKind;
    project: ResolvedProject;
    /** Today in Sweden: the publication holds the month ends before it. */
    today: string;
    /** A published month end; the latest when left out. */
    asOf?: string | undefined;
    threshold: number;
    /** A flow dimension (flows, exits); goals and ESF+ are split by gender as on screen. */
    by?: string | undefined;
    filter?: StatisticsFilter;
    actor: string;
  },
): Promise<ReportResult> {
  const project = options.project.definition;
  const filter = options.filter ?? {};
  const header = {
    projectId: project.id,
    projectVersion: options.project.version,
    asOf: options.asOf ?? "",
    threshold: options.threshold,
    filter,
  };
  const { publication } = await loadPublication(db, {
    project,
    today: options.today,
    threshold: options.threshold,
  });
  const report = requestReport(publication, filter, options.asOf);
  header.asOf = report.asOf;
  const result = compute();
  await recordAudit(db, {
    actorUserId: null,
    action: `report.${options.kind}`,
    subjectType: "statistics",
    subjectId: project.id,
    details: {
      actor: options.actor,
      asOf: header.asOf,
      by: options.by ?? null,
      threshold: options.threshold,
      filter,
      projectVersion: options.project.version,
    },
  });
  return result;

  function compute(): ReportResult {
    const { threshold } = options;
    const asOf = header.asOf;
    switch (options.kind) {
      case "goals": {
        const dashboard = computeDashboard({ project, publication, filter, asOf, threshold });
        return {
          report: "goals",
          ...header,
          goals: dashboard.goals,
          projection: dashboard.projection,
        };
      }
      case "flows":
      case "exits": {
        const dimension = FlowDimensionSchema.parse(options.by ?? "gender");
        const flows = computeFlows({ project, publication, filter, dimension, asOf, threshold });
        return options.kind === "flows"
          ? { report: "flows", ...header, flows }
          : { report: "exits", ...header, dimension, exits: flows.exits };
      }
      case "esf":
        return { report: "esf", ...header, rows: esfTable(report) };
      default:
        return options.kind satisfies never;
    }
  }
}
