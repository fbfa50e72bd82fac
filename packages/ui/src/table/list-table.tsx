import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../feedback/notice";
import { translateKey } from "../i18n";
import { describeClientError } from "../trpc/errors";
import { TableView } from "./data-table";

/** What ListTable needs of a query (a react-query result fits). */
export interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: readonly T[] | undefined;
}

export interface ListTableProps<T> {
  query: ListQuery<T>;
  caption: string;
  columns: ColumnDef<T>[];
  getRowId: (row: T) => string;
  /** Why it is empty and what to do; shown instead of the table. */
  empty: ReactNode;
  /** Catalog key of the count above the table ({{count}}); none when left out. */
  countKey?: string;
  /** The class of the box around the table; `table-scroll` keeps the header in view. */
  scrollClassName?: string;
}

/**
 * A short list the server sends whole (no paging, no server sorting): the
 * loading, error and empty states, then the table.
 */
export function ListTable<T>({
  query,
  caption,
  columns,
  getRowId,
  empty,
  countKey,
  scrollClassName = "table-scroll",
}: ListTableProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t("table.loading")}</p>;
  if (query.isError || !query.data) {
    return (
      <Notice kind="error" role="alert">
        <p>{translateKey(t, describeClientError(query.error).messageKey)}</p>
      </Notice>
    );
  }
  if (query.data.length === 0) return <div className="table-empty">{empty}</div>;
  return (
    <>
      {countKey ? <p className="table-count">{t(countKey, { count: query.data.length })}</p> : null}
      <div className={scrollClassName}>
        <TableView caption={caption} columns={columns} rows={query.data} getRowId={getRowId} />
      </div>
    </>
  );
}
