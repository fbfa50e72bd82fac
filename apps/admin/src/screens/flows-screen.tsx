import type { RouterOutputs } from "@opis/api";
import {
  FlowChart,
  type FlowStage,
  PublishedValue,
  SuppressionNote,
  useActiveProject,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect } from "react";
import { QueryState } from "../report/query-state";
import { ReportFilters, useReportParams } from "../report/report-params";

type Flows = RouterOutputs["statistics"]["flows"];
type Table = Flows["exits"];
const DIMENSIONS = [
  "gender",
  "disability",
  "ageBand",
  "bornOutsideEurope",
  "lowEducation",
] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** Target group → enrolled → completed or dropped out → outcome at 90 days. */
export function FlowsScreen() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, asOf, threshold, params, setParams } = useReportParams();
  const dimension = (DIMENSIONS as readonly string[]).includes(params.get("dela") ?? "")
    ? (params.get("dela") as Dimension)
    : "gender";
  const flows = useQuery(
    trpc.statistics.flows.queryOptions({ projectId, filter, asOf, threshold, dimension }),
  );
  useEffect(() => {
    document.title = `${t("evaluation.flows.title")} – OPIS`;
  }, [t]);
  return (
    <>
      <h1>{t("evaluation.flows.title")}</h1>
      <p className="lead">{t("evaluation.flows.intro")}</p>
      <ReportFilters />
      <div className="field">
        <label className="field__label" htmlFor="flow-dimension">
          {t("evaluation.flows.splitBy")}
        </label>
        <select
          id="flow-dimension"
          className="select"
          value={dimension}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            next.set("dela", e.target.value);
            setParams(next);
          }}
        >
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {d === "gender"
                ? t("evaluation.dimension.gender")
                : t("evaluation.flows.genderAnd", { dimension: t(`evaluation.dimension.${d}`) })}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={flows} errorKey="evaluation.flows.loadError">
        {() => <FlowsView data={flows.data!} />}
      </QueryState>
    </>
  );
}

type Translate = (k: string, o?: Record<string, unknown>) => string;

function obstacleLabel(t: Translate, dimension: Dimension, value: string) {
  if (value === "all") return t("evaluation.goals.allGenders");
  if (dimension === "ageBand") return t(`vocab.ageBand.${value}`);
  return t(`evaluation.yesNo.${value}`);
}

function rowLabel(t: Translate, table: string, key: string) {
  if (table === "exits" && key !== "active") return t(`vocab.exitReason.${key}`);
  if (table === "statusAtExit") return t(`vocab.exitStatus.${key}`, { defaultValue: key });
  return t(`evaluation.flows.row.${key}`);
}

function FlowsView({ data }: { data: Flows }) {
  const { t } = useTranslation();
  const dimension = data.dimension as Dimension;
  const total = (table: Table, row: number) => table.rowTotals[row]!;
  const stages: FlowStage[] = [
    {
      key: "target",
      label: t("evaluation.flows.stage.target"),
      boxes: [
        {
          key: "assessed",
          label: t("evaluation.flows.row.assessed"),
          cell: data.intake.grandTotal,
        },
      ],
    },
    {
      key: "enrolled",
      label: t("evaluation.flows.stage.enrolled"),
      boxes: [
        { key: "enrolled", label: t("evaluation.flows.row.enrolled"), cell: total(data.intake, 0) },
      ],
    },
    {
      key: "exit",
      label: t("evaluation.flows.stage.exit"),
      boxes: data.exits.rowKeys.map((k, i) => ({
        key: k,
        label: rowLabel(t, "exits", k),
        cell: total(data.exits, i),
      })),
    },
    {
      key: "outcome",
      label: t("evaluation.flows.stage.outcome"),
      boxes: data.outcomes.rowKeys
        .map((k, i) => ({
          key: k,
          label: rowLabel(t, "outcomes", k),
          cell: total(data.outcomes, i),
        }))
        .filter((b) => b.key !== "active"),
    },
  ];
  return (
    <>
      <p data-testid="flows-as-of">{t("evaluation.report.asOf", { date: data.asOf })}</p>
      <FlowChart
        title={t("evaluation.flows.chartTitle")}
        stages={stages}
        threshold={data.threshold}
      />
      {dimension !== "gender"
        ? data.stages.map((s) => (
            <FlowTable
              key={s.stage}
              testId={`flow-stage-${s.stage}`}
              caption={t("evaluation.flows.stageTable", {
                stage: t(`evaluation.flows.row.${s.stage}`),
                dimension: t(`evaluation.dimension.${dimension}`),
              })}
              table={s.table}
              rowLabel={(k) => obstacleLabel(t, dimension, k)}
              footer={t("admin.enrolment.total")}
              threshold={data.threshold}
            />
          ))
        : null}
      {(["intake", "exits", "statusAtExit", "outcomes"] as const).map((name) => (
        <FlowTable
          key={name}
          testId={`flow-table-${name}`}
          caption={t(`evaluation.flows.table.${name}`)}
          table={data[name]}
          rowLabel={(k) => rowLabel(t, name, k)}
          footer={t(`evaluation.flows.total.${name}`)}
          threshold={data.threshold}
        />
      ))}
      <SuppressionNote threshold={data.threshold} />
    </>
  );
}

/** A two-way table with both margins: rows by category, columns by gender. */
function FlowTable({
  testId,
  caption,
  table,
  rowLabel,
  footer,
  threshold,
}: {
  testId: string;
  caption: string;
  table: Table;
  rowLabel: (key: string) => string;
  footer: string;
  threshold: number;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="simple-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.flows.step")}</th>
            {table.columnKeys.map((c) => (
              <th key={c} scope="col" className="numeric">
                {t(`vocab.gender.${c}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t("admin.enrolment.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rowKeys.map((r, i) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {table.cells[i]!.map((c, j) => (
                <td key={table.columnKeys[j]} className="numeric">
                  <PublishedValue cell={c} threshold={threshold} />
                </td>
              ))}
              <td className="numeric">
                <PublishedValue cell={table.rowTotals[i]!} threshold={threshold} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{footer}</th>
            {table.columnTotals.map((c, j) => (
              <td key={table.columnKeys[j]} className="numeric">
                <PublishedValue cell={c} threshold={threshold} />
              </td>
            ))}
            <td className="numeric">
              <PublishedValue cell={table.grandTotal} threshold={threshold} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
