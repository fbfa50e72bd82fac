import { NEXT_ACTION_KINDS, priorityGroupsOf } from "@opis/domain";
import {
  type ColumnDef,
  municipalityName,
  NextActionText,
  type ParticipantRow,
  ParticipantsTable,
  participantColumns,
  Select,
  StatusTag,
  useParticipantList,
  useProjectDefinition,
  useQuery,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type ReactNode, useCallback, useMemo } from "react";
import { PATHS } from "../paths";
import {
  type CaseloadParams,
  parseNextAction,
  parsePriorityGroup,
  readCaseloadParams,
  writeCaseloadParams,
} from "./caseload-params";

/**
 * The officer's caseload ("Mina deltagare", switchable to the office): search
 * by name or personal number, filters (municipality, the kind of next step),
 * sorting (also by the next step's date) and paging, all on the server.
 */
export function Caseload({ emptyNone }: { emptyNone: ReactNode }) {
  const project = useProjectDefinition();
  const projectMunicipalities = project?.municipalities ?? [];
  const priorityGroups = project ? priorityGroupsOf(project) : [];
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith("en") ? "en" : "sv";
  const groupName = useCallback(
    (id: string) =>
      (project ? priorityGroupsOf(project) : []).find((g) => g.id === id)?.name[language] ?? id,
    [project, language],
  );
  const trpc = useTRPC();
  const list = useParticipantList<CaseloadParams>({
    read: readCaseloadParams,
    write: writeCaseloadParams,
    input: ({ scope, municipalityCode, nextAction, priorityGroup }) => ({
      scope,
      ...(municipalityCode ? { municipalityCode } : {}),
      ...(nextAction ? { nextAction } : {}),
      ...(priorityGroup ? { priorityGroup } : {}),
    }),
  });
  const { state, update } = list;
  const unread = useQuery(trpc.notes.unread.queryOptions());
  const unreadBy = unread.data?.byEnrolment ?? {};

  const columns = useMemo<ColumnDef<ParticipantRow>[]>(() => {
    const column = participantColumns(t, {
      href: (row) => PATHS.participant(row.enrolmentId),
      afterName: (row) => {
        const count = unreadBy[row.enrolmentId] ?? 0;
        return (
          <>
            {count > 0 ? (
              <>
                {" "}
                <StatusTag colour="blue">{t("staff.caseload.unread", { count })}</StatusTag>
              </>
            ) : null}
            {row.priorityGroups.map((id) => (
              <span key={id}>
                {" "}
                <StatusTag colour="grey">{groupName(id)}</StatusTag>
              </span>
            ))}
          </>
        );
      },
    });
    return [
      column.name,
      column.pin,
      column.municipality,
      column.startDate,
      column.status,
      {
        // Sorts by the next step's due date; cases with nothing to do come last.
        id: "nextActionDue",
        header: t("staff.caseload.col.nextAction"),
        cell: ({ row }) => <NextActionText action={row.original.nextAction} />,
        meta: { sortable: true },
      },
      ...(state.scope === "office" ? [column.officer] : []),
    ];
  }, [t, unreadBy, state.scope, groupName]);

  return (
    <ParticipantsTable
      list={list}
      idPrefix="caseload"
      searchKeys={{
        label: "staff.caseload.search",
        hint: "staff.caseload.searchHint",
        applied: "staff.caseload.filter.search",
      }}
      columns={columns}
      caption={
        state.scope === "office" ? t("staff.caseload.scope.office") : t("participants.scope.mine")
      }
      filtersBeforeStatus={
        <Select
          id="caseload-scope"
          label={t("participants.scope")}
          value={state.scope}
          onChange={(event) =>
            update({ scope: event.target.value === "office" ? "office" : "mine" })
          }
          options={[
            { value: "mine", label: t("participants.scope.mine") },
            { value: "office", label: t("staff.caseload.scope.office") },
          ]}
        />
      }
      filtersAfterStatus={
        <>
          <Select
            id="caseload-municipality"
            label={t("participants.col.municipality")}
            value={state.municipalityCode ?? ""}
            onChange={(event) =>
              update({
                municipalityCode: projectMunicipalities.find((c) => c === event.target.value),
              })
            }
            options={[
              { value: "", label: t("staff.caseload.municipality.all") },
              ...projectMunicipalities.map((code) => ({
                value: code,
                label: municipalityName(code),
              })),
            ]}
          />
          <Select
            id="caseload-next-action"
            label={t("staff.caseload.nextAction")}
            value={state.nextAction ?? ""}
            onChange={(event) => update({ nextAction: parseNextAction(event.target.value) })}
            options={[
              { value: "", label: t("staff.caseload.nextAction.all") },
              ...NEXT_ACTION_KINDS.map((kind) => ({
                value: kind,
                label: t(`vocab.nextActionKind.${kind}`),
              })),
            ]}
          />
          {priorityGroups.length > 0 ? (
            <Select
              id="caseload-priority-group"
              label={t("casework.priorityGroup.filter")}
              value={state.priorityGroup ?? ""}
              onChange={(event) =>
                update({ priorityGroup: parsePriorityGroup(event.target.value) })
              }
              options={[
                { value: "", label: t("casework.priorityGroup.all") },
                { value: "any", label: t("casework.priorityGroup.any") },
                ...priorityGroups.map((g) => ({ value: g.id, label: g.name[language] })),
              ]}
            />
          ) : null}
        </>
      }
      appliedFilters={[
        state.municipalityCode
          ? t("staff.caseload.filter.municipality", {
              municipality: municipalityName(state.municipalityCode),
            })
          : null,
        state.nextAction
          ? t("staff.caseload.filter.nextAction", {
              action: t(`vocab.nextActionKind.${state.nextAction}`),
            })
          : null,
        state.priorityGroup === "any"
          ? t("casework.priorityGroup.appliedAny")
          : state.priorityGroup
            ? t("casework.priorityGroup.applied", { group: groupName(state.priorityGroup) })
            : null,
      ]}
      clearFilters={{
        municipalityCode: undefined,
        nextAction: undefined,
        priorityGroup: undefined,
      }}
      emptyNone={emptyNone}
      emptyHeadingLevel={3}
    />
  );
}
