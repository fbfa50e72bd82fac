import "./kommun.css";

export { ActivityForm, type ActivityFormProps } from "./activity-form";
export { AssessmentForm, type AssessmentFormProps, instrumentName } from "./assessment-form";
export {
  type AttendanceRow,
  type AttendanceSaveEntry,
  type AttendanceWeek,
  type CellDraft,
  changedEntries,
  draftFromWeek,
  fillNormalWeek,
  hasUnsavedChanges,
  type WeekDraft,
} from "./attendance-draft";
export { AttendanceGrid } from "./attendance-grid";
export { EmployerContactForm, EmployerForm } from "./employer-forms";
export { issuesByPath, serverFieldErrors } from "./form-errors";
export { formatHours, parseHours } from "./hours";
export { type AssessmentRow, ProgressionChart } from "./progression-chart";
export { type RequestColumn, type RequestRow, requestColumns } from "./request-columns";
export { RequestStatusTag } from "./request-status-tag";
export { useServerFormErrors } from "./use-server-form-errors";
export { weekdayName } from "./week";
