import { formatNumber, formatPercent, PublishedValue, useTranslation } from "@opis/ui";
import type { GenderBar } from "./gender-chart";
import type { PublishedCount } from "./published-count";

function shareOfTarget(count: PublishedCount, target: number | null): string {
  if (target === null || count.suppressed || count.value === null) return "–";
  return formatPercent(count.value / target);
}

/** The chart's numbers as a table: enrolled, goal and share of the goal per gender, and in total. */
export function EnrolmentTable({
  bars,
  total,
  threshold,
}: {
  bars: readonly GenderBar[];
  total: { count: PublishedCount; target: number | null };
  threshold: number;
}) {
  const { t } = useTranslation();
  return (
    <table className="simple-table" data-testid="gender-table">
      <caption>{t("admin.enrolment.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.enrolment.gender")}</th>
          <th scope="col" className="numeric">
            {t("admin.enrolment.enrolled")}
          </th>
          <th scope="col" className="numeric">
            {t("admin.enrolment.target")}
          </th>
          <th scope="col" className="numeric">
            {t("admin.enrolment.share")}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.gender}>
            <th scope="row">{bar.label}</th>
            <td className="numeric">
              <PublishedValue cell={bar.count} threshold={threshold} />
            </td>
            <td className="numeric">
              {bar.target === null ? t("admin.enrolment.noTarget") : formatNumber(bar.target)}
            </td>
            <td className="numeric">{shareOfTarget(bar.count, bar.target)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("admin.enrolment.total")}</th>
          <td className="numeric">
            <PublishedValue cell={total.count} threshold={threshold} />
          </td>
          <td className="numeric">
            {total.target === null ? t("admin.enrolment.noTarget") : formatNumber(total.target)}
          </td>
          <td className="numeric">{shareOfTarget(total.count, total.target)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
