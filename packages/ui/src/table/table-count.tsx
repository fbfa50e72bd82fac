import { useTranslation } from "react-i18next";
import { formatNumber } from "../format/format";

/** "Visar 1–50 av 1 234", announced when it changes. */
export function TableCount({
  page,
  pageSize,
  total,
}: {
  page: number;
  pageSize: number;
  total: number;
}) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <p className="table-count" role="status" aria-live="polite">
      {total === 0
        ? t("table.showingNone")
        : t("table.showing", {
            from: formatNumber(from),
            to: formatNumber(to),
            total: formatNumber(total),
          })}
    </p>
  );
}
