import type { RouterOutputs } from "@opis/api";
import { formatNumber, formatPercent, StatusTag, type TagColour, useTranslation } from "@opis/ui";
import { Count } from "./published-count";

type Goal = RouterOutputs["goals"]["summary"]["goals"][number];

const STATUS_COLOURS: Record<string, TagColour> = {
  met: "green",
  onTrack: "blue",
  atRisk: "red",
  notYetMeasurable: "grey",
};

/** Every goal with numerator, denominator, rate, target and status. */
export function GoalTable({ goals }: { goals: readonly Goal[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "sv";
  return (
    <table className="simple-table" data-testid="goal-table">
      <caption>{t("admin.goals.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.goals.goal")}</th>
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
      <tbody>
        {goals.map((goal) => (
          <tr key={goal.goalId}>
            <th scope="row">{goal.name[language]}</th>
            <td className="numeric">
              <Count count={goal.numerator} />
            </td>
            <td className="numeric">
              <Count count={goal.denominator} />
            </td>
            <td className="numeric">
              {goal.rate === null ? t("admin.goals.notMeasurable") : formatPercent(goal.rate)}
            </td>
            <td className="numeric">
              {goal.kind === "enrolmentCount"
                ? formatNumber(goal.target)
                : formatPercent(goal.target)}
            </td>
            <td>
              <StatusTag colour={STATUS_COLOURS[goal.status] ?? "grey"}>
                {t(`vocab.goalStatus.${goal.status}`)}
              </StatusTag>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
