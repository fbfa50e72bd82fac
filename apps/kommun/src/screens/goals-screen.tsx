import {
  municipalityName,
  PublishedValue,
  rateText,
  Select,
  SuppressionNote,
  useActiveProject,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { useEffect, useId, useState } from "react";

/**
 * The coordinator's own municipality's goal figures, from the same protected
 * publication as the evaluators' dashboard (ADR 0011): counts by gender on a
 * month end, small and give-away counts hidden.
 */
export function GoalsScreen() {
  const { id: projectId } = useActiveProject();
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const language = i18n.language === "en" ? "en" : "sv";
  const [asOf, setAsOf] = useState("");
  const goals = useQuery(
    trpc.statistics.municipalityGoals.queryOptions({
      projectId,
      ...(asOf ? { asOf } : {}),
    }),
  );
  useEffect(() => {
    document.title = `${t("kommun.goals.title")} – OPIS`;
  }, [t]);
  const data = goals.data;
  return (
    <>
      <h1>{t("kommun.goals.title")}</h1>
      {data ? <p className="lead">{municipalityName(data.municipalityCode)}</p> : null}
      <Select
        id={`${id}-as-of`}
        name="per"
        label={t("evaluation.filters.asOf")}
        hint={t("evaluation.filters.asOfHint")}
        placeholder={t("evaluation.filters.latestMonthEnd")}
        options={[...(data?.monthEnds ?? [])].reverse().map((d) => ({ value: d, label: d }))}
        value={asOf}
        onChange={(e) => setAsOf(e.target.value)}
      />
      {goals.isPending ? <p role="status">{t("app.loading")}</p> : null}
      {goals.isError ? <p role="alert">{t("kommun.goals.loadError")}</p> : null}
      {data && !data.dashboard ? <p>{t("kommun.goals.none")}</p> : null}
      {data?.dashboard ? (
        <>
          <p data-testid="kommun-goals-as-of">
            {t("evaluation.report.asOf", { date: data.dashboard.asOf })}
          </p>
          <table className="simple-table" data-testid="kommun-goal-table">
            <caption>{t("kommun.goals.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.goals.goal")}</th>
                <th scope="col" className="numeric">
                  {t("vocab.gender.woman")}
                </th>
                <th scope="col" className="numeric">
                  {t("vocab.gender.man")}
                </th>
                <th scope="col" className="numeric">
                  {t("admin.enrolment.total")}
                </th>
                <th scope="col" className="numeric">
                  {t("admin.goals.rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.dashboard.goals.map((goal) => (
                <tr key={goal.goalId}>
                  <th scope="row">{goal.name[language]}</th>
                  <td className="numeric">
                    <PublishedValue
                      cell={goal.byGender.woman.numerator}
                      threshold={data.dashboard!.threshold}
                    />
                  </td>
                  <td className="numeric">
                    <PublishedValue
                      cell={goal.byGender.man.numerator}
                      threshold={data.dashboard!.threshold}
                    />
                  </td>
                  <td className="numeric">
                    <PublishedValue cell={goal.numerator} threshold={data.dashboard!.threshold} />
                  </td>
                  <td className="numeric">{rateText(goal.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SuppressionNote threshold={data.dashboard.threshold} />
        </>
      ) : null}
    </>
  );
}
