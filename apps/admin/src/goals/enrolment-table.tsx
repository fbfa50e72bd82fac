import { formatPercent, useTranslation } from "@opis/ui";
import type { GenderBar } from "./gender-chart";
import { Count, type PublishedCount } from "./published-count";

function shareOfTarget(count: PublishedCount, target: number | null): string {
  if (target === null || count.suppressed || count.value === null) return "–";
  return formatPercent(count.value / target);
}

/** The chart's numbers as a table: enrolled, goal and share of the goal per gender, and in total. */
export function EnrolmentTable({
  bars,
  total,
}: {
  bars: readonly GenderBar[];
  total: { count: PublishedCount; target: number | null };
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
              <Count count={bar.count} />
            </td>
            <td className="numeric">{bar.target ?? t("admin.enrolment.noTarget")}</td>
            <td className="numeric">{shareOfTarget(bar.count, bar.target)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("admin.enrolment.total")}</th>
          <td className="numeric">
            <Count count={total.count} />
          </td>
          <td className="numeric">{total.target ?? t("admin.enrolment.noTarget")}</td>
          <td className="numeric">{shareOfTarget(total.count, total.target)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
