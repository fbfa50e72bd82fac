import {
  type ColumnDef,
  municipalityName,
  Notice,
  type ParticipantRow,
  ParticipantsTable,
  participantColumns,
  readParticipantListParams,
  type TodoLinks,
  TodoQueue,
  useCurrentUser,
  useParticipantList,
  useQuery,
  useTRPC,
  useTranslation,
  writeParticipantListParams,
} from "@opis/ui";
import { useMemo } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../use-document-title";

const participantPath = (row: ParticipantRow) => `/deltagare/${row.enrolmentId}`;

/** Where the coordinator's to-do items are done; coordinators start no intakes. */
const TODO_LINKS: TodoLinks = {
  plan: (enrolmentId) => `/deltagare/${enrolmentId}/plan`,
  followUp: ({ enrolmentId }) => `/deltagare/${enrolmentId}`,
  handovers: (enrolmentId) => `/deltagare/${enrolmentId}/meddelanden`,
  participant: (enrolmentId) => `/deltagare/${enrolmentId}`,
  request: (requestId) => `/forfragningar/${requestId}`,
};

/**
 * The coordinator's start page: the same to-do list officers start from, then
 * the own municipality's participants (the server enforces the scope).
 */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const municipality = municipalityName(user.municipalityCode);
  const title = t("kommun.participants.title", { municipality });
  useDocumentTitle(title);
  const list = useParticipantList({
    read: readParticipantListParams,
    write: writeParticipantListParams,
  });
  const unread = useQuery(trpc.notes.unread.queryOptions());
  const withheld = useQuery(trpc.consent.withheldCount.queryOptions(undefined, { staleTime: 0 }));
  const unreadBy = unread.data?.byEnrolment ?? {};

  const columns = useMemo<ColumnDef<ParticipantRow>[]>(() => {
    const column = participantColumns(t, { href: participantPath });
    return [
      column.name,
      column.pin,
      column.municipality,
      column.startDate,
      column.officer,
      column.status,
      {
        id: "unread",
        header: t("kommun.participants.col.unread"),
        cell: ({ row }) => {
          const count = unreadBy[row.original.enrolmentId] ?? 0;
          return count > 0 ? (
            <Link to={`${participantPath(row.original)}/meddelanden`}>
              {t("kommun.participants.unread", { count })}
            </Link>
          ) : (
            <span className="visually-hidden">{t("kommun.participants.noUnread")}</span>
          );
        },
      },
    ];
  }, [t, unreadBy]);

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t("kommun.participants.lead", { municipality })}</p>
      {withheld.data && withheld.data.count > 0 ? (
        <Notice>
          <p data-testid="withheld-notice">
            {t("consent.withheld", { count: withheld.data.count })}
          </p>
        </Notice>
      ) : null}
      {unread.data && unread.data.total > 0 ? (
        <Notice>
          <p>{t("kommun.participants.unreadNotice", { count: unread.data.total })}</p>
        </Notice>
      ) : null}
      <section aria-labelledby="todo-title">
        <h2 id="todo-title">{t("kommun.todo.title")}</h2>
        <TodoQueue scope="mine" links={TODO_LINKS} />
      </section>
      <section aria-labelledby="participants-title">
        <h2 id="participants-title">{t("kommun.participants.listTitle")}</h2>
        <ParticipantsTable
          list={list}
          idPrefix="participant"
          columns={columns}
          caption={t("participants.caption")}
          emptyNone={
            <>
              <h3>{t("participants.empty.none.title")}</h3>
              <p>{t("participants.empty.none.bodyKommun")}</p>
            </>
          }
          emptyHeadingLevel={3}
        />
      </section>
    </>
  );
}
