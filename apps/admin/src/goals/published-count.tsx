import { formatNumber, useTranslation } from "@opis/ui";

/** A count as the API publishes it: small counts are suppressed. */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

/** "1 234", or "<5" for a suppressed count — never 0. */
export function Count({ count }: { count: PublishedCount }) {
  const { t } = useTranslation();
  if (count.suppressed || count.value === null) {
    return <abbr title={t("admin.suppressedLabel")}>{t("admin.suppressed")}</abbr>;
  }
  return <>{formatNumber(count.value)}</>;
}

export function countText(count: PublishedCount, suppressed: string): string {
  return count.suppressed || count.value === null ? suppressed : formatNumber(count.value);
}
