import type { ColumnDef } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatDate } from "../format/format";
import { municipalityName } from "../layout/municipality-name";
import { ParticipantStatusTag } from "./participant-status-tag";
import type { ParticipantRow } from "./use-participant-list";

export type ParticipantColumn = ColumnDef<ParticipantRow>;

/**
 * The columns every participant list shares; an app picks and orders them and
 * adds its own. The name links to the participant and names the row; name,
 * municipality and start date sort on the server.
 */
export function participantColumns(
  t: TFunction,
  {
    href,
    afterName,
  }: {
    /** Where the name links to. */
    href: (row: ParticipantRow) => string;
    /** Shown after the name link, such as a tag for unread messages. */
    afterName?: (row: ParticipantRow) => ReactNode;
  },
) {
  return {
    name: {
      id: "name",
      header: t("participants.col.name"),
      cell: ({ row }) => (
        <>
          <Link to={href(row.original)}>
            {`${row.original.familyName}, ${row.original.givenName}`}
          </Link>
          {afterName?.(row.original)}
        </>
      ),
      meta: { rowHeader: true, sortable: true },
    },
    pin: {
      id: "pin",
      header: t("participants.col.pin"),
      cell: ({ row }) => <span className="tabular">{row.original.maskedPin}</span>,
    },
    municipality: {
      id: "municipality",
      header: t("participants.col.municipality"),
      cell: ({ row }) => municipalityName(row.original.municipalityCode),
      meta: { sortable: true },
    },
    startDate: {
      id: "startDate",
      header: t("participants.col.startDate"),
      cell: ({ row }) => formatDate(row.original.startDate),
      meta: { sortable: true },
    },
    status: {
      id: "status",
      header: t("participants.col.status"),
      cell: ({ row }) => <ParticipantStatusTag status={row.original.status} />,
    },
    officer: {
      id: "officer",
      header: t("participants.col.officer"),
      cell: ({ row }) => row.original.officerName,
    },
  } satisfies Record<string, ParticipantColumn>;
}
