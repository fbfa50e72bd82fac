import { formatNumber, translateKey, useTranslation } from "@opis/ui";
import type { RefObject } from "react";

/** One refused cell or row of an uploaded file; `column` is null for a whole row. */
export interface FileError {
  row: number;
  column: string | null;
  messageKey: string;
}

/**
 * Why a file was refused: a heading with the number of errors, a note when only the first
 * ones are listed, and a table by row and column. Takes focus (`outcomeRef`) so that a
 * screen reader hears it at once.
 */
export function FileErrorTable({
  outcomeRef,
  total,
  errors,
  keys,
}: {
  outcomeRef: RefObject<HTMLDivElement | null>;
  total: number;
  errors: readonly FileError[];
  /** Catalog keys of the heading ("{{errors}} errors", plural by `count`) and of "the first {{shown}} are shown". */
  keys: { heading: string; firstErrors: string };
}) {
  const { t } = useTranslation();
  return (
    <div
      ref={outcomeRef}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      data-testid="import-errors"
    >
      <h3>{t(keys.heading, { count: total, errors: formatNumber(total) })}</h3>
      {total > errors.length ? (
        <p>{t(keys.firstErrors, { shown: formatNumber(errors.length) })}</p>
      ) : null}
      <table className="table">
        <caption className="visually-hidden">{t("admin.import.errorsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.import.errorRow")}</th>
            <th scope="col">{t("admin.import.errorColumn")}</th>
            <th scope="col">{t("admin.import.errorMessage")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr key={`${e.row}-${e.column}-${e.messageKey}`}>
              <td>{formatNumber(e.row)}</td>
              <td>{e.column || t("admin.import.wholeRow")}</td>
              <td>{translateKey(t, e.messageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
