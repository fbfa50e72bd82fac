import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "../format/format";

/** A count as the API publishes it, with why it may be hidden. */
export interface PublishedCellLike {
  value: number | null;
  suppressed: boolean;
  reason?: "primary" | "secondary" | null;
}

/** "1 234"; "<5" for a small count; ".." for a count hidden to protect a small one. Never 0. */
export function PublishedValue({
  cell,
  threshold = 5,
}: {
  cell: PublishedCellLike;
  threshold?: number;
}) {
  const { t } = useTranslation();
  if (cell.suppressed || cell.value === null) {
    if (cell.reason === "secondary") {
      return <abbr title={t("evaluation.suppression.secondaryLabel")}>..</abbr>;
    }
    return (
      <abbr title={t("evaluation.suppression.primaryLabel", { threshold })}>{`<${threshold}`}</abbr>
    );
  }
  return <>{formatNumber(cell.value)}</>;
}

export function publishedText(cell: PublishedCellLike, threshold = 5): string {
  if (cell.suppressed || cell.value === null)
    return cell.reason === "secondary" ? ".." : `<${threshold}`;
  return formatNumber(cell.value);
}

export function rateText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : formatPercent(rate);
}

/** Explains "<5" and ".." under every table that may hold them. */
export function SuppressionNote({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="suppression-note">
      {t("evaluation.suppression.note", { threshold })}
    </p>
  );
}
