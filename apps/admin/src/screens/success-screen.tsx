import type { RouterOutputs } from "@opis/api";
import { GENDERS, type ProjectDefinition } from "@opis/domain";
import {
  formatPercent,
  IntervalChart,
  Notice,
  PublishedValue,
  rateText,
  SuppressionNote,
  useActiveProject,
  useProjectDefinition,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect } from "react";
import { QueryState } from "../report/query-state";
import { ReportFilters, useReportParams } from "../report/report-params";

type Factors = RouterOutputs["statistics"]["successFactors"];
type Row = Factors["dose"][number];
type Section = "activityTypes" | "dose" | "methods";

/** Outcome rates by activity type, dose and method, with 95 % intervals: descriptive only. */
export function SuccessScreen() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, asOf, threshold } = useReportParams();
  const factors = useQuery(
    trpc.statistics.successFactors.queryOptions({ projectId, filter, asOf, threshold }),
  );
  useEffect(() => {
    document.title = `${t("evaluation.success.title")} – OPIS`;
  }, [t]);
  return (
    <>
      <h1>{t("evaluation.success.title")}</h1>
      <Notice>
        <p>
          <strong>{t("evaluation.success.descriptiveTitle")}</strong>{" "}
          {t("evaluation.success.descriptive")}
        </p>
      </Notice>
      <ReportFilters />
      <QueryState query={factors} errorKey="evaluation.success.loadError">
        {() => <FactorsView data={factors.data!} />}
      </QueryState>
    </>
  );
}

function rowLabel(t: (k: string) => string, section: Section, key: string) {
  if (section === "activityTypes") return t(`vocab.activityType.${key}`);
  if (section === "dose") return t(`evaluation.success.dose.${key}`);
  const [method, yes] = key.split(":");
  return `${t(`evaluation.success.method.${method}`)}: ${t(`evaluation.yesNo.${yes}`)}`;
}

/** The project's goal for the share in work or studies 90 days after exit (60 % for OPIS). */
function outcomeTarget(project: ProjectDefinition | undefined): number | null {
  const goal = project?.goals.find((g) => g.kind === "followUpOutcomeRate");
  return goal?.kind === "followUpOutcomeRate" ? goal.target : null;
}

function FactorsView({ data }: { data: Factors }) {
  const { t } = useTranslation();
  const target = outcomeTarget(useProjectDefinition());
  if (data.population.n.value === 0) {
    return <p data-testid="success-empty">{t("evaluation.success.empty")}</p>;
  }
  return (
    <>
      <p>
        {t("evaluation.success.population")}{" "}
        <PublishedValue cell={data.population.n} threshold={data.threshold} />
        {data.population.rate !== null
          ? ` – ${t("evaluation.success.overallRate", { rate: formatPercent(data.population.rate) })}`
          : null}
      </p>
      {(["activityTypes", "dose", "methods"] as const).map((section) => (
        <FactorSection
          key={section}
          section={section}
          rows={data[section]}
          threshold={data.threshold}
          target={target}
        />
      ))}
      <SuppressionNote threshold={data.threshold} />
    </>
  );
}

function ci(row: Row["overall"]) {
  return row.lower === null || row.upper === null
    ? "–"
    : `${formatPercent(row.lower)}–${formatPercent(row.upper)}`;
}

function FactorSection({
  section,
  rows,
  threshold,
  target,
}: {
  section: Section;
  rows: Row[];
  threshold: number;
  target: number | null;
}) {
  const { t } = useTranslation();
  const title = t(`evaluation.success.section.${section}`);
  return (
    <section aria-labelledby={`s-${section}`}>
      <h2 id={`s-${section}`}>{title}</h2>
      <IntervalChart
        title={t("evaluation.success.chartTitle", { section: title })}
        rows={rows.map((r) => ({
          key: r.key,
          label: rowLabel(t, section, r.key),
          rate: r.overall.rate,
          lower: r.overall.lower,
          upper: r.overall.upper,
          ...(r.overall.n.value === 0 ? { note: t("evaluation.success.nobody") } : {}),
        }))}
        target={target}
        targetLabel={
          target === null
            ? undefined
            : t("evaluation.success.targetLegend", { target: formatPercent(target) })
        }
        hiddenLabel={t("evaluation.success.hidden")}
      />
      <div style={{ overflowX: "auto" }}>
        <table className="simple-table" data-testid={`factor-table-${section}`}>
          <caption>{t("evaluation.success.tableCaption", { section: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.success.group")}</th>
              <th scope="col" className="numeric">
                {t("evaluation.success.n")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.success.successes")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.success.rate")}
              </th>
              <th scope="col" className="numeric">
                {t("evaluation.success.ci")}
              </th>
              {GENDERS.filter((g) => g !== "nonBinary").map((g) => (
                <th key={g} scope="col" className="numeric">
                  {t("evaluation.success.rateFor", { gender: t(`vocab.gender.${g}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{rowLabel(t, section, r.key)}</th>
                <td className="numeric">
                  <PublishedValue cell={r.overall.n} threshold={threshold} />
                </td>
                <td className="numeric">
                  <PublishedValue cell={r.overall.successes} threshold={threshold} />
                </td>
                <td className="numeric">{rateText(r.overall.rate)}</td>
                <td className="numeric">{ci(r.overall)}</td>
                {GENDERS.filter((g) => g !== "nonBinary").map((g) => (
                  <td key={g} className="numeric">
                    {rateText(r.byGender[g].rate)} (n ={" "}
                    <PublishedValue cell={r.byGender[g].n} threshold={threshold} />)
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
