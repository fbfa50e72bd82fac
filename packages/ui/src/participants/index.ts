export { type ParticipantColumn, participantColumns } from "./participant-columns";
export {
  PARTICIPANT_SORTS,
  type ParticipantListParams,
  type ParticipantSort,
  type ParticipantStatusFilter,
  parseParticipantStatus,
  readParticipantListParams,
  writeParticipantListParams,
} from "./participant-list-params";
export { ParticipantStatusTag } from "./participant-status-tag";
export { ParticipantsTable, type ParticipantsTableProps } from "./participants-table";
export {
  PARTICIPANT_PAGE_SIZE,
  type ParticipantList,
  type ParticipantListInput,
  type ParticipantListState,
  type ParticipantRow,
  useParticipantList,
} from "./use-participant-list";
