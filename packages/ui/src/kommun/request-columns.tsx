import type { RouterOutputs } from "@opis/api";
import type { ColumnDef } from "@tanstack/react-table";
import { formatDate, formatNumber } from "../format/format";
import { RequestStatusTag } from "./request-status-tag";

export type RequestRow = RouterOutputs["resourceRequests"]["list"][number];
export type RequestColumn = ColumnDef<RequestRow>;

/**
 * The columns both lists of requests for resource show (the municipality's
 * and AF's); each app names them and adds its own.
 */
export function requestColumns(
  headers: { hours: string; created: string; status: string },
  {
    statusDetails = false,
  }: {
    /** The reason for a decline and the date of a scheduled request under the status. */
    statusDetails?: boolean;
  } = {},
): Record<"hours" | "created" | "status", RequestColumn> {
  return {
    hours: {
      id: "hours",
      header: headers.hours,
      cell: ({ row }) => (row.original.hours === null ? "–" : formatNumber(row.original.hours)),
      meta: { numeric: true },
    },
    created: {
      id: "created",
      header: headers.created,
      cell: ({ row }) => (
        <>
          {formatDate(row.original.createdAt)}
          <span className="field__hint"> {row.original.requestedByName}</span>
        </>
      ),
    },
    status: {
      id: "status",
      header: headers.status,
      cell: ({ row: { original: r } }) => (
        <>
          <RequestStatusTag status={r.status} />
          {statusDetails && r.declineReason ? (
            <span className="field__hint"> {r.declineReason}</span>
          ) : null}
          {statusDetails && r.scheduledFor ? (
            <span className="field__hint"> {formatDate(r.scheduledFor)}</span>
          ) : null}
        </>
      ),
    },
  };
}
