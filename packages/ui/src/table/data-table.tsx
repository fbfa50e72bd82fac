import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowData,
  useReactTable,
} from "@tanstack/react-table";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Pagination } from "./pagination";
import { TableCount } from "./table-count";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** The cell names the row: rendered as <th scope="row">. */
    rowHeader?: boolean;
    /** The server can sort on this column (its id is the sort key). */
    sortable?: boolean;
  }
}

export interface TableSort {
  id: string;
  desc: boolean;
}

export interface DataTableProps<T> {
  caption: string;
  columns: ColumnDef<T>[];
  rows: readonly T[];
  getRowId: (row: T) => string;
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: TableSort | null;
  onSortChange: (sort: TableSort) => void;
  onPageChange: (page: number) => void;
  /** The first load: nothing to show yet. */
  loading: boolean;
  /** A later load (new page, sort or filter): the old rows stay while it runs. */
  refreshing?: boolean;
  /** Why it is empty and what to do; shown instead of the table. */
  empty: ReactNode;
}

/**
 * A server-paged, server-sorted table: sortable headers with aria-sort, a
 * header that stays in view, "Visar 1–50 av 1 234" and paging below.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  getRowId,
  total,
  page,
  pageSize,
  sort,
  onSortChange,
  onPageChange,
  loading,
  refreshing = false,
  empty,
}: DataTableProps<T>) {
  const { t } = useTranslation();

  if (loading) {
    return (
      <p role="status" className="table-count">
        {t("table.loading")}
      </p>
    );
  }

  if (total === 0) {
    return (
      <>
        <TableCount page={page} pageSize={pageSize} total={0} />
        <div className="table-empty">{empty}</div>
      </>
    );
  }

  return (
    <>
      <TableCount page={page} pageSize={pageSize} total={total} />
      <TableView
        caption={caption}
        columns={columns}
        rows={rows}
        getRowId={getRowId}
        sort={sort}
        onSortChange={onSortChange}
        refreshing={refreshing}
      />
      <Pagination page={page} pageSize={pageSize} total={total} onPageChange={onPageChange} />
    </>
  );
}

export interface TableViewProps<T> {
  caption: string;
  columns: ColumnDef<T>[];
  rows: readonly T[];
  getRowId: (row: T) => string;
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort) => void;
  refreshing?: boolean;
}

/**
 * The table itself: a visually hidden caption, column headers (sort buttons
 * with aria-sort where the column is sortable), a row header cell per row.
 */
export function TableView<T>({
  caption,
  columns,
  rows,
  getRowId,
  sort = null,
  onSortChange,
  refreshing,
}: TableViewProps<T>) {
  const table = useReactTable<T>({
    data: rows as T[],
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting: sort ? [sort] : [] },
  });

  return (
    <table className="data-table" aria-busy={refreshing}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sortable =
                onSortChange !== undefined && header.column.columnDef.meta?.sortable === true;
              const direction =
                sort?.id === header.column.id
                  ? sort.desc
                    ? "descending"
                    : "ascending"
                  : undefined;
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={direction}
                  className={header.column.columnDef.meta?.numeric ? "numeric" : undefined}
                >
                  {sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSortChange?.({
                          id: header.column.id,
                          desc: direction === "ascending",
                        })
                      }
                    >
                      {label}
                      <span className="sort-button__icon" aria-hidden="true">
                        {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => {
              const meta = cell.column.columnDef.meta;
              const content = flexRender(cell.column.columnDef.cell, cell.getContext());
              const className = meta?.numeric ? "numeric" : undefined;
              return meta?.rowHeader ? (
                <th key={cell.id} scope="row" className={className}>
                  {content}
                </th>
              ) : (
                <td key={cell.id} className={className}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
