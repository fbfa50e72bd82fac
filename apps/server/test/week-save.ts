import { addDays, isoWeekStart } from "@opis/domain";
import { type Browser, callProcedure } from "./helpers";

export interface WeekToSave {
  weekStart: string;
  friday: string;
  enrolmentIds: string[];
  cells: { enrolmentId: string; date: string; plannedMinutes: number }[];
}

interface GridParticipant {
  enrolmentId: string;
  plannedMinutesPerDay: number;
  cells: { date: string; inPeriod: boolean }[];
}

/** The latest week (from this one backwards) where the user has at least two participants to record. */
export async function findWeekToSave(browser: Browser, today: string): Promise<WeekToSave> {
  let weekStart = isoWeekStart(today);
  for (let i = 0; i < 30; i++, weekStart = addDays(weekStart, -7)) {
    const { status, body } = await callProcedure(
      browser,
      "attendance.week",
      { weekStart },
      "query",
    );
    if (status !== 200) throw new Error(`attendance.week answered ${status}`);
    const grid = body.result?.data as { participants: GridParticipant[] } | undefined;
    const participants = grid?.participants ?? [];
    const cells = participants.flatMap((p) =>
      p.cells
        .filter((c) => c.inPeriod)
        .map((c) => ({
          enrolmentId: p.enrolmentId,
          date: c.date,
          plannedMinutes: p.plannedMinutesPerDay,
        })),
    );
    const enrolmentIds = [...new Set(cells.map((c) => c.enrolmentId))];
    if (enrolmentIds.length >= 2) {
      return { weekStart, friday: addDays(weekStart, 4), enrolmentIds, cells };
    }
  }
  throw new Error("no week with participants to record");
}

/** A save of the whole week with the same present minutes in every cell (a reason when short). */
export function weekSaveInput(week: WeekToSave, presentMinutes: number) {
  return {
    weekStart: week.weekStart,
    entries: week.cells.map((cell) => ({
      enrolmentId: cell.enrolmentId,
      date: cell.date,
      presentMinutes,
      absenceReason: presentMinutes < cell.plannedMinutes ? "illness" : null,
    })),
    // Saving recorded days with other minutes corrects them, which needs a reason (issue 14).
    correctionReason: "Närvaron rättad",
  };
}
