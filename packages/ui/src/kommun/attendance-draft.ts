import type { RouterOutputs } from "@opis/api";
import { type AbsenceReason, participationRate } from "@opis/domain";
import { formatHours, parseHours } from "./hours";

export type AttendanceWeek = RouterOutputs["attendance"]["week"];
export type AttendanceRow = AttendanceWeek["participants"][number];

/** What the user has typed in one cell. */
export interface CellDraft {
  text: string;
  reason: AbsenceReason | "";
}

/** The grid being edited: five cells per participant, by enrolment id. */
export type WeekDraft = Record<string, readonly CellDraft[]>;

export interface AttendanceSaveEntry {
  enrolmentId: string;
  date: string;
  presentMinutes: number;
  absenceReason: AbsenceReason | null;
}

/** A cell's problem, as a catalog key. */
export type CellError =
  | "kommun.attendance.error.hours"
  | "kommun.attendance.error.cleared"
  | "validation.attendance.absenceReason.required";

/** The draft as recorded on the server: empty until recorded. */
export function draftFromWeek(week: AttendanceWeek): WeekDraft {
  const draft: Record<string, CellDraft[]> = {};
  for (const row of week.participants) {
    draft[row.enrolmentId] = row.cells.map((cell) => ({
      text: cell.presentMinutes === null ? "" : formatHours(cell.presentMinutes),
      reason: (cell.absenceReason as AbsenceReason | null) ?? "",
    }));
  }
  return draft;
}

/** "Fyll i normal vecka": planned hours in every empty cell within the participation. */
export function fillNormalWeek(
  week: AttendanceWeek,
  draft: WeekDraft,
): { draft: WeekDraft; filled: number } {
  let filled = 0;
  const next: Record<string, readonly CellDraft[]> = { ...draft };
  for (const row of week.participants) {
    const cells = draft[row.enrolmentId] ?? [];
    if (!row.cells.some((cell, i) => cell.recordable && (cells[i]?.text ?? "") === "")) continue;
    next[row.enrolmentId] = row.cells.map((cell, i) => {
      const current = cells[i] ?? { text: "", reason: "" as const };
      if (!cell.recordable || current.text.trim() !== "") return current;
      filled++;
      return { text: formatHours(cell.plannedMinutes), reason: "" as const };
    });
  }
  return { draft: next, filled };
}

/** Present minutes below this need a reason (the server's rule: the participant's daily plan). */
function planOf(row: AttendanceRow): number {
  return row.plannedMinutesPerDay;
}

/** A cell's problem, or null when it can be saved (or is simply not recorded). */
export function cellError(row: AttendanceRow, index: number, cell: CellDraft): CellError | null {
  const server = row.cells[index];
  if (!server?.inPeriod) return null;
  const minutes = parseHours(cell.text);
  // An emptied recorded day is a withdrawal: saved with the correction's reason.
  if (minutes === undefined) return null;
  if (Number.isNaN(minutes) || minutes < 0 || minutes > 24 * 60) {
    return "kommun.attendance.error.hours";
  }
  if (minutes < planOf(row) && cell.reason === "") {
    return "validation.attendance.absenceReason.required";
  }
  return null;
}

/** Whether the cell asks for an absence reason (time short of the plan). */
export function needsReason(row: AttendanceRow, cell: CellDraft): boolean {
  const minutes = parseHours(cell.text);
  return minutes !== undefined && !Number.isNaN(minutes) && minutes < planOf(row);
}

/** The cells that differ from what is recorded, ready for attendance.saveWeek. */
export function changedEntries(week: AttendanceWeek, draft: WeekDraft): AttendanceSaveEntry[] {
  const entries: AttendanceSaveEntry[] = [];
  for (const row of week.participants) {
    const cells = draft[row.enrolmentId] ?? [];
    row.cells.forEach((server, i) => {
      const cell = cells[i];
      if (!server.inPeriod || !cell) return;
      const minutes = parseHours(cell.text);
      if (minutes === undefined || Number.isNaN(minutes)) return;
      const reason = minutes < planOf(row) && cell.reason !== "" ? cell.reason : null;
      if (minutes === server.presentMinutes && reason === (server.absenceReason ?? null)) return;
      entries.push({
        enrolmentId: row.enrolmentId,
        date: server.date,
        presentMinutes: minutes,
        absenceReason: reason,
      });
    });
  }
  return entries;
}

/** Recorded days the user has emptied: withdrawn on save, with the correction's reason. */
export function clearedDays(
  week: AttendanceWeek,
  draft: WeekDraft,
): { enrolmentId: string; date: string }[] {
  const days: { enrolmentId: string; date: string }[] = [];
  for (const row of week.participants) {
    const cells = draft[row.enrolmentId] ?? [];
    row.cells.forEach((server, i) => {
      const cell = cells[i];
      if (!server.inPeriod || !cell || server.presentMinutes === null) return;
      if (parseHours(cell.text) === undefined) {
        days.push({ enrolmentId: row.enrolmentId, date: server.date });
      }
    });
  }
  return days;
}

/** How many recorded days a save would change or empty: each needs the correction's reason. */
export function correctedDayCount(week: AttendanceWeek, draft: WeekDraft): number {
  const recorded = new Set(
    week.participants.flatMap((row) =>
      row.cells
        .filter((cell) => cell.presentMinutes !== null)
        .map((cell) => `${row.enrolmentId}|${cell.date}`),
    ),
  );
  const changed = changedEntries(week, draft).filter((e) =>
    recorded.has(`${e.enrolmentId}|${e.date}`),
  );
  return changed.length + clearedDays(week, draft).length;
}

/**
 * Whether the draft differs from `baseline` (the week as loaded or last saved)
 * in anything a save would record or refuse: the hours, the absence reason
 * where one counts, or text that is not hours. "8" and "8,0" are the same.
 */
export function hasUnsavedChanges(
  week: AttendanceWeek,
  baseline: WeekDraft,
  draft: WeekDraft,
): boolean {
  for (const row of week.participants) {
    const before = baseline[row.enrolmentId] ?? [];
    const after = draft[row.enrolmentId] ?? [];
    if (before === after) continue;
    for (const [i, server] of row.cells.entries()) {
      if (server.inPeriod && cellMeaning(row, before[i]) !== cellMeaning(row, after[i])) {
        return true;
      }
    }
  }
  return false;
}

/** What a cell says, comparable as a string: minutes and the reason that counts, or the unreadable text. */
function cellMeaning(row: AttendanceRow, cell: CellDraft | undefined): string {
  const text = cell?.text.trim() ?? "";
  const minutes = parseHours(text);
  if (minutes === undefined) return "";
  if (Number.isNaN(minutes)) return `?${text}`;
  return `${minutes}|${minutes < planOf(row) ? (cell?.reason ?? "") : ""}`;
}

/** Present ÷ planned over the days with a readable value; null when none. */
export function rowRate(
  row: AttendanceRow,
  cells: readonly CellDraft[],
): { present: number; planned: number } {
  let present = 0;
  let planned = 0;
  row.cells.forEach((server, i) => {
    const minutes = parseHours(cells[i]?.text ?? "");
    if (!server.inPeriod || minutes === undefined || Number.isNaN(minutes)) return;
    present += minutes;
    planned += server.plannedMinutes;
  });
  return { present, planned };
}

export function rateOf(sum: { present: number; planned: number }): number | null {
  return participationRate(sum.present, sum.planned);
}

export function weekRate(week: AttendanceWeek, draft: WeekDraft): number | null {
  let present = 0;
  let planned = 0;
  for (const row of week.participants) {
    const sum = rowRate(row, draft[row.enrolmentId] ?? []);
    present += sum.present;
    planned += sum.planned;
  }
  return participationRate(present, planned);
}
