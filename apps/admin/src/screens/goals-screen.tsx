import type { RouterOutputs } from "@opis/api";
import { GENDERS } from "@opis/domain";
import {
  describeClientError,
  downloadBase64,
  formatDate,
  formatNumber,
  formatPercent,
  LineChart,
  PublishedValue,
  rateText,
  StatusTag,
  SuppressionNote,
  type TagColour,
  translateKey,
  useActiveProject,
  useMutation,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect } from "react";
import { EnrolmentTable } from "../goals/enrolment-table";
import { type GenderBar, GenderChart } from "../goals/gender-chart";
import { QueryState } from "../report/query-state";
import { ReportFilters, useReportParams } from "../report/report-params";

type Dashboard = RouterOutputs["statistics"]["dashboard"];
type Goal = Dashboard["goals"][number];

const STATUS_COLOURS: Record<string, TagColour> = {
  met: "green",
  onTrack: "blue",
  atRisk: "red",
  notYetMeasurable: "grey",
};
const GENDER_COLOURS: Record<string, string> = {
  woman: "var(--chart-woman)",
  man: "var(--chart-man)",
  nonBinary: "var(--chart-nonbinary)",
};

/** Goal attainment: enrolment by gender, every goal by gender, trend, projection. */
export function GoalsScreen() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, asOf, threshold } = useReportParams();
  const dashboard = useQuery(
    trpc.statistics.dashboard.queryOptions({ projectId, filter, asOf, threshold }),
  );
  useEffect(() => {
    document.title = `${t("admin.goals.title")} – OPIS`;
  }, [t]);

  return (
    <>
      <h1>{t("admin.goals.title")}</h1>
      <ReportFilters />
      <QueryState query={dashboard} errorKey="admin.goals.loadError">
        {() => <DashboardView data={dashboard.data!} />}
      </QueryState>
    </>
  );
}

function DashboardView({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const enrolment = data.goals.find((g) => g.kind === "enrolmentCount");
  const visibleGenders = GENDERS.filter(
    (g) =>
      g !== "nonBinary" ||
      data.goals.some(
        (goal) =>
          goal.byGender[g].numerator.suppressed || (goal.byGender[g].numerator.value ?? 0) > 0,
      ),
  );
  const bars: GenderBar[] = enrolment
    ? visibleGenders.map((gender) => ({
        gender,
        label: t(`vocab.gender.${gender}`),
        count: enrolment.byGender[gender].numerator,
        target: enrolment.byGender[gender].target,
      }))
    : [];
  return (
    <>
      <p className="lead">
        {t("evaluation.goals.asOf", { date: formatDate(data.asOf), threshold: data.threshold })}
      </p>
      <ExportButtons />
      {enrolment ? (
        <>
          <h2>{t("admin.enrolment.title")}</h2>
          <GenderChart bars={bars} threshold={data.threshold} />
          <EnrolmentTable
            bars={bars}
            total={{ count: enrolment.numerator, target: enrolment.target }}
            threshold={data.threshold}
          />
        </>
      ) : null}
      <h2>{t("admin.goals.tableTitle")}</h2>
      <GoalTable goals={data.goals} threshold={data.threshold} genders={visibleGenders} />
      <SuppressionNote threshold={data.threshold} />
      <GenderBalanceSection data={data} />
      <ProjectionSection data={data} />
      <TrendSection data={data} genders={visibleGenders} />
    </>
  );
}

function targetText(goal: Goal) {
  return goal.kind === "enrolmentCount" ? formatNumber(goal.target) : formatPercent(goal.target);
}

function GoalTable({
  goals,
  threshold,
  genders,
}: {
  goals: readonly Goal[];
  threshold: number;
  genders: readonly (typeof GENDERS)[number][];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="simple-table" data-testid="goal-table">
        <caption>{t("evaluation.goals.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.goals.goal")}</th>
            <th scope="col">{t("evaluation.goals.group")}</th>
            <th scope="col" className="numeric">
              {t("admin.goals.numerator")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.goals.denominator")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.goals.rate")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.goals.target")}
            </th>
            <th scope="col">{t("admin.goals.status")}</th>
          </tr>
        </thead>
        {goals.map((goal) => (
          <tbody key={goal.goalId} data-goal={goal.goalId}>
            <tr>
              <th scope="row" rowSpan={genders.length + 1}>
                {goal.name[language]}
              </th>
              <td>{t("evaluation.goals.allGenders")}</td>
              <td className="numeric">
                <PublishedValue cell={goal.numerator} threshold={threshold} />
              </td>
              <td className="numeric">
                <PublishedValue cell={goal.denominator} threshold={threshold} />
              </td>
              <td className="numeric">{rateText(goal.rate)}</td>
              <td className="numeric">{targetText(goal)}</td>
              <td rowSpan={genders.length + 1}>
                {goal.status === null ? (
                  <StatusTag colour="grey">{t("evaluation.goals.statusHidden")}</StatusTag>
                ) : (
                  <StatusTag colour={STATUS_COLOURS[goal.status] ?? "grey"}>
                    {t(`vocab.goalStatus.${goal.status}`)}
                  </StatusTag>
                )}
              </td>
            </tr>
            {genders.map((g) => {
              const cell = goal.byGender[g];
              return (
                <tr key={g}>
                  <td>{t(`vocab.gender.${g}`)}</td>
                  <td className="numeric">
                    <PublishedValue cell={cell.numerator} threshold={threshold} />
                  </td>
                  <td className="numeric">
                    <PublishedValue cell={cell.denominator} threshold={threshold} />
                  </td>
                  <td className="numeric">{rateText(cell.rate)}</td>
                  <td className="numeric">
                    {cell.target === null
                      ? "–"
                      : goal.kind === "enrolmentCount"
                        ? formatNumber(cell.target)
                        : formatPercent(cell.target)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ProjectionSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const p = data.projection;
  if (!p) return null;
  const num = (n: number | null, digits = 1) => (n === null ? "–" : formatNumber(n, digits));
  return (
    <section aria-labelledby="projection-title">
      <h2 id="projection-title">{t("evaluation.projection.title")}</h2>
      <p>
        {t("evaluation.projection.intro", {
          end: formatDate(p.projectEnd),
          months: formatNumber(p.monthsRemaining, 1),
        })}
      </p>
      <table className="simple-table" data-testid="projection-table">
        <caption>{t("evaluation.projection.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.goals.group")}</th>
            <th scope="col" className="numeric">
              {t("admin.enrolment.enrolled")}
            </th>
            <th scope="col" className="numeric">
              {t("admin.enrolment.target")}
            </th>
            <th scope="col" className="numeric">
              {t("evaluation.projection.pace")}
            </th>
            <th scope="col" className="numeric">
              {t("evaluation.projection.projected")}
            </th>
            <th scope="col" className="numeric">
              {t("evaluation.projection.needed")}
            </th>
            <th scope="col">{t("evaluation.projection.willReach")}</th>
          </tr>
        </thead>
        <tbody>
          {p.lines.map((l) => (
            <tr key={l.group}>
              <th scope="row">
                {l.group === "total" ? t("admin.enrolment.total") : t(`vocab.gender.${l.group}`)}
              </th>
              <td className="numeric">
                <PublishedValue cell={l.enrolled} threshold={data.threshold} />
              </td>
              <td className="numeric">{formatNumber(l.target)}</td>
              <td className="numeric">{num(l.pacePerMonth)}</td>
              <td className="numeric">{num(l.projectedAtEnd, 0)}</td>
              <td className="numeric">{num(l.neededPerMonth)}</td>
              <td>
                {l.willReach === null ? (
                  "–"
                ) : (
                  <StatusTag colour={l.willReach ? "green" : "red"}>
                    {l.willReach ? t("evaluation.projection.yes") : t("evaluation.projection.no")}
                  </StatusTag>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TrendSection({
  data,
  genders,
}: {
  data: Dashboard;
  genders: readonly (typeof GENDERS)[number][];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  const { params, setParams } = useReportParams();
  const goalId = params.get("mal") ?? "";
  const setGoalId = (id: string) => {
    const next = new URLSearchParams(params);
    if (id === data.goals[0]?.goalId) next.delete("mal");
    else next.set("mal", id);
    setParams(next, { replace: true });
  };
  const goal = data.goals.find((g) => g.goalId === goalId) ?? data.goals[0];
  if (!goal) return null;
  const isCount = goal.kind === "enrolmentCount";
  const points = data.trend.map((p) => p.goals.find((g) => g.goalId === goal.goalId)!);
  const labels = data.trend.map((p) => p.asOf.slice(0, 7));
  const value = (x: { numerator: { value: number | null }; rate: number | null }) =>
    isCount ? x.numerator.value : x.rate;
  const series = [
    {
      key: "total",
      label: t("evaluation.goals.allGenders"),
      colour: "var(--color-text)",
      values: points.map((p) => value(p)),
      dashed: true,
    },
    ...genders.map((g) => ({
      key: g,
      label: t(`vocab.gender.${g}`),
      colour: GENDER_COLOURS[g] ?? "var(--color-primary)",
      values: points.map((p) => value(p.byGender[g])),
    })),
  ];
  const chartTitle = t("evaluation.trend.chartTitle", { goal: goal.name[language] });
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t("evaluation.trend.title")}</h2>
      <div className="field">
        <label className="field__label" htmlFor="trend-goal">
          {t("evaluation.trend.goal")}
        </label>
        <select
          id="trend-goal"
          className="select"
          value={goal.goalId}
          onChange={(e) => setGoalId(e.target.value)}
        >
          {data.goals.map((g) => (
            <option key={g.goalId} value={g.goalId}>
              {g.name[language]}
            </option>
          ))}
        </select>
      </div>
      <LineChart
        title={chartTitle}
        xLabels={labels}
        series={series}
        format={(v) => (isCount ? formatNumber(Math.round(v)) : formatPercent(v))}
        max={isCount ? undefined : 1}
        target={isCount ? null : goal.target}
        targetLabel={t("admin.enrolment.legendTarget")}
      />
      <details>
        <summary>{t("evaluation.trend.tableToggle")}</summary>
        <div style={{ overflowX: "auto" }}>
          <table className="simple-table" data-testid="trend-table">
            <caption>{chartTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluation.trend.month")}</th>
                <th scope="col" className="numeric">
                  {t("evaluation.goals.allGenders")}
                </th>
                {genders.map((g) => (
                  <th key={g} scope="col" className="numeric">
                    {t(`vocab.gender.${g}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => {
                const cellFor = (x: {
                  numerator: {
                    value: number | null;
                    suppressed: boolean;
                    reason?: "primary" | "secondary" | null;
                  };
                  denominator: {
                    value: number | null;
                    suppressed: boolean;
                    reason?: "primary" | "secondary" | null;
                  };
                  rate: number | null;
                }) =>
                  isCount ? (
                    <PublishedValue cell={x.numerator} threshold={data.threshold} />
                  ) : (
                    <>
                      {rateText(x.rate)} (
                      <PublishedValue cell={x.numerator} threshold={data.threshold} />/
                      <PublishedValue cell={x.denominator} threshold={data.threshold} />)
                    </>
                  );
                return (
                  <tr key={data.trend[i]!.asOf}>
                    <th scope="row">{data.trend[i]!.asOf}</th>
                    <td className="numeric">{cellFor(p)}</td>
                    {genders.map((g) => (
                      <td key={g} className="numeric">
                        {cellFor(p.byGender[g])}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** The project's gender-balance requirement on published counts: shown, or said to be hidden. */
function GenderBalanceSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const balance = data.genderBalance;
  if (!balance) return null;
  const percent = (v: number) => formatPercent(v);
  return (
    <section aria-labelledby="gender-balance" data-testid="gender-balance">
      <h2 id="gender-balance">{t("evaluation.goals.genderBalance.title")}</h2>
      <p>
        {t("evaluation.goals.genderBalance.intro", {
          min: percent(balance.minShare),
          max: percent(balance.maxShare),
          over: t(`evaluation.goals.genderBalance.over.${balance.over}`),
        })}
      </p>
      <table className="simple-table">
        <caption>{t("evaluation.goals.genderBalance.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.goals.group")}</th>
            <th scope="col" className="numeric">
              {t("admin.goals.numerator")}
            </th>
            <th scope="col" className="numeric">
              {t("evaluation.goals.genderBalance.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {(["woman", "man"] as const).map((g) => (
            <tr key={g}>
              <th scope="row">{t(`vocab.gender.${g}`)}</th>
              <td className="numeric">
                <PublishedValue cell={balance.counts[g]} threshold={data.threshold} />
              </td>
              <td className="numeric">
                {balance.shares[g] === null ? "–" : percent(balance.shares[g])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <StatusTag colour={balance.within === null ? "grey" : balance.within ? "green" : "red"}>
          {balance.within === null
            ? t("evaluation.goals.genderBalance.hidden")
            : balance.within
              ? t("evaluation.goals.genderBalance.within")
              : t("evaluation.goals.genderBalance.outside")}
        </StatusTag>
      </p>
    </section>
  );
}

function ExportButtons() {
  const { id: projectId } = useActiveProject();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { filter, asOf, threshold } = useReportParams();
  const report = useMutation(
    trpc.exports.goalsReport.mutationOptions({ onSuccess: downloadBase64 }),
  );
  return (
    <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap", marginBottom: "1rem" }}>
      <button
        type="button"
        className="button"
        aria-disabled={report.isPending}
        onClick={() =>
          report.isPending || report.mutate({ projectId, format: "pdf", filter, asOf, threshold })
        }
      >
        {t("evaluation.exports.goalsPdf")}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={report.isPending}
        onClick={() =>
          report.isPending || report.mutate({ projectId, format: "xlsx", filter, asOf, threshold })
        }
      >
        {t("evaluation.exports.goalsXlsx")}
      </button>
      <p role="status" aria-live="polite">
        {report.isPending
          ? t("evaluation.exports.working")
          : report.isSuccess
            ? t("evaluation.exports.done", { file: report.data.fileName })
            : report.isError
              ? `${t("evaluation.exports.failed")} ${translateKey(t, describeClientError(report.error).messageKey)}`
              : ""}
      </p>
    </div>
  );
}
