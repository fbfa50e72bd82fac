import { useTranslation } from "react-i18next";
import { formatNumber } from "../format/format";

export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("table.pagination")}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        {t("table.previous")}
      </button>
      <span>{t("table.page", { page: formatNumber(page), pages: formatNumber(pages) })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPageChange(page + 1)}
      >
        {t("table.next")}
      </button>
    </nav>
  );
}
