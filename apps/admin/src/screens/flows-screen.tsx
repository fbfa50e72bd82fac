import type { RouterOutputs } from "@opis/api";
import {
  FlowChart,
  type FlowStage,
  PublishedValue,
  SuppressionNote,
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
  "none",
  "gender",
  "disability",
  "ageBand",
  "bornOutsideEurope",
  "lowEducation",
] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** Target group → enrolled → completed or dropped out → outcome at 90 days. */
export function FlowsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, threshold, params, setParams } = useReportParams();
  const dimension = (DIMENSIONS as readonly string[]).includes(params.get("dela") ?? "")
    ? (params.get("dela") as Dimension)
    : "gender";
  const flows = useQuery(
    trpc.statistics.flows.queryOptions({ projectId: "opis", filter, threshold, dimension }),
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
              {t(`evaluation.dimension.${d}`)}
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

function groupLabel(t: (k: string) => string, dimension: Dimension, group: string) {
  if (dimension === "none") return t("evaluation.goals.allGenders");
  if (dimension === "gender") return t(`vocab.gender.${group}`);
  if (dimension === "ageBand") return t(`vocab.ageBand.${group}`);
  return t(`evaluation.yesNo.${group}`);
}

function rowLabel(t: (k: string) => string, table: "intake" | "exits" | "outcomes", key: string) {
  if (table === "exits" && key !== "active") return t(`vocab.exitReason.${key}`);
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
      <FlowChart
        title={t("evaluation.flows.chartTitle")}
        stages={stages}
        threshold={data.threshold}
      />
      {(["intake", "exits", "outcomes"] as const).map((name) => (
        <FlowTable
          key={name}
          name={name}
          table={data[name]}
          dimension={dimension}
          threshold={data.threshold}
        />
      ))}
      <SuppressionNote threshold={data.threshold} />
    </>
  );
}

function FlowTable({
  name,
  table,
  dimension,
  threshold,
}: {
  name: "intake" | "exits" | "outcomes";
  table: Table;
  dimension: Dimension;
  threshold: number;
}) {
  const { t } = useTranslation();
  const multi = table.columnKeys.length > 1;
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="simple-table" data-testid={`flow-table-${name}`}>
        <caption>{t(`evaluation.flows.table.${name}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.flows.step")}</th>
            {multi
              ? table.columnKeys.map((c) => (
                  <th key={c} scope="col" className="numeric">
                    {groupLabel(t, dimension, c)}
                  </th>
                ))
              : null}
            <th scope="col" className="numeric">
              {t("admin.enrolment.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rowKeys.map((r, i) => (
            <tr key={r}>
              <th scope="row">{rowLabel(t, name, r)}</th>
              {multi
                ? table.cells[i]!.map((c, j) => (
                    <td key={table.columnKeys[j]} className="numeric">
                      <PublishedValue cell={c} threshold={threshold} />
                    </td>
                  ))
                : null}
              <td className="numeric">
                <PublishedValue cell={table.rowTotals[i]!} threshold={threshold} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(`evaluation.flows.total.${name}`)}</th>
            {multi
              ? table.columnTotals.map((c, j) => (
                  <td key={table.columnKeys[j]} className="numeric">
                    <PublishedValue cell={c} threshold={threshold} />
                  </td>
                ))
              : null}
            <td className="numeric">
              <PublishedValue cell={table.grandTotal} threshold={threshold} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
