import { describe, expect, test } from "vitest";
import {
  type AttendanceWeek,
  type CellDraft,
  cellError,
  changedEntries,
  clearedDays,
  correctedDayCount,
  draftFromWeek,
  fillNormalWeek,
  hasUnsavedChanges,
  type WeekDraft,
  weekRate,
} from "./attendance-draft";
import { formatHours, parseHours } from "./hours";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const days = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

function week(): AttendanceWeek {
  const cells = (
    planned: number,
    recorded: (number | null)[],
    inPeriod = [true, true, true, true, true],
  ) =>
    days.map((date, i) => ({
      date,
      inPeriod: inPeriod[i] ?? true,
      recordable: inPeriod[i] ?? true,
      plannedMinutes: inPeriod[i] ? planned : 0,
      presentMinutes: recorded[i] ?? null,
      absenceReason: null,
    }));
  return {
    weekStart: days[0] ?? "",
    days,
    participants: [
      {
        enrolmentId: A,
        givenName: "Anna",
        familyName: "Ek",
        workAvailabilityPercent: 75,
        plannedMinutesPerDay: 360,
        cells: cells(360, [360, null, null, null, null]),
        participationRate: 1,
      },
      {
        enrolmentId: B,
        givenName: "Bo",
        familyName: "Al",
        workAvailabilityPercent: 100,
        plannedMinutesPerDay: 480,
        cells: cells(480, [], [false, false, true, true, true]),
        participationRate: null,
      },
    ],
  } as AttendanceWeek;
}

describe("hours", () => {
  test("reads Swedish decimals, clock times and whole hours as minutes", () => {
    expect(parseHours("3,5")).toBe(210);
    expect(parseHours("3.5")).toBe(210);
    expect(parseHours("7")).toBe(420);
    expect(parseHours("3:30")).toBe(210);
    expect(parseHours(" ")).toBeUndefined();
    expect(parseHours("tre")).toBeNaN();
    expect(parseHours("3:75")).toBeNaN();
  });

  test("writes minutes back as hours that read back the same", () => {
    expect(formatHours(210)).toBe("3,5");
    expect(formatHours(480)).toBe("8");
    for (const minutes of [0, 1, 29, 302, 359, 481]) {
      expect(parseHours(formatHours(minutes))).toBe(minutes);
    }
  });
});

describe("the attendance draft", () => {
  test("is empty until recorded, and a normal week fills only empty cells in the participation", () => {
    const w = week();
    const draft = draftFromWeek(w);
    expect(draft[A]?.map((c) => c.text)).toEqual(["6", "", "", "", ""]);
    const { draft: filled, filled: count } = fillNormalWeek(w, draft);
    expect(count).toBe(4 + 3);
    expect(filled[A]?.map((c) => c.text)).toEqual(["6", "6", "6", "6", "6"]);
    expect(filled[B]?.map((c) => c.text)).toEqual(["", "", "8", "8", "8"]);
    expect(changedEntries(w, filled)).toHaveLength(7);
    expect(weekRate(w, filled)).toBe(1);
  });

  test("time short of the plan needs a reason; a recorded day can be emptied", () => {
    const w = week();
    const row = w.participants[0];
    if (!row) throw new Error("no row");
    expect(cellError(row, 1, { text: "3,5", reason: "" })).toBe(
      "validation.attendance.absenceReason.required",
    );
    expect(cellError(row, 1, { text: "3,5", reason: "illness" })).toBeNull();
    expect(cellError(row, 1, { text: "25", reason: "" })).toBe("kommun.attendance.error.hours");
    // Emptying a recorded day is a withdrawal, saved with a reason: not a cell error.
    expect(cellError(row, 0, { text: "", reason: "" })).toBeNull();
    expect(cellError(row, 1, { text: "", reason: "" })).toBeNull();
  });

  test("emptied and changed recorded days are corrections that need a reason", () => {
    const w = week();
    const row = w.participants[0];
    if (!row) throw new Error("no row");
    const draft = draftFromWeek(w);
    const recorded = row.cells.findIndex((c) => c.presentMinutes !== null);
    const cells = [...(draft[row.enrolmentId] ?? [])];
    cells[recorded] = { text: "", reason: "" };
    const emptied = { ...draft, [row.enrolmentId]: cells };
    expect(clearedDays(w, emptied)).toEqual([
      { enrolmentId: row.enrolmentId, date: row.cells[recorded]?.date },
    ]);
    expect(correctedDayCount(w, emptied)).toBe(1);
    expect(correctedDayCount(w, draft)).toBe(0);
  });

  test("sends only changed cells, with the reason only when short of the plan", () => {
    const w = week();
    const draft = draftFromWeek(w);
    const edited = {
      ...draft,
      [A]:
        draft[A]?.map((c, i) =>
          i === 0
            ? { text: "0", reason: "illness" as const }
            : i === 1
              ? { text: "6", reason: "other" as const }
              : c,
        ) ?? [],
    };
    expect(changedEntries(w, edited)).toEqual([
      { enrolmentId: A, date: "2026-11-16", presentMinutes: 0, absenceReason: "illness" },
      { enrolmentId: A, date: "2026-11-17", presentMinutes: 360, absenceReason: null },
    ]);
  });
});

describe("unsaved changes", () => {
  const edit = (draft: WeekDraft, id: string, index: number, text: string, reason = "") => ({
    ...draft,
    [id]: (draft[id] ?? []).map((cell, i) =>
      i === index ? { text, reason: reason as CellDraft["reason"] } : cell,
    ),
  });

  test("the week as loaded has none", () => {
    const w = week();
    const loaded = draftFromWeek(w);
    expect(hasUnsavedChanges(w, loaded, loaded)).toBe(false);
    expect(hasUnsavedChanges(w, loaded, draftFromWeek(w))).toBe(false);
  });

  test("new hours, emptied days, a changed reason and unreadable text are unsaved", () => {
    const w = week();
    const loaded = draftFromWeek(w);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 1, "6"))).toBe(true);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 0, ""))).toBe(true);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 1, "tre"))).toBe(true);
    const short = edit(loaded, A, 0, "2", "illness");
    expect(hasUnsavedChanges(w, short, edit(short, A, 0, "2", "other"))).toBe(true);
    expect(hasUnsavedChanges(w, loaded, fillNormalWeek(w, loaded).draft)).toBe(true);
  });

  test("the same value written differently, or typed back, is not a change", () => {
    const w = week();
    const loaded = draftFromWeek(w);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 0, " 6,0 "))).toBe(false);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 0, "6:00"))).toBe(false);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 1, " "))).toBe(false);
    // A reason left behind on a full day is not saved, so it is no change either.
    expect(hasUnsavedChanges(w, loaded, edit(loaded, A, 0, "6", "illness"))).toBe(false);
  });

  test("days outside the participation do not count", () => {
    const w = week();
    const loaded = draftFromWeek(w);
    expect(hasUnsavedChanges(w, loaded, edit(loaded, B, 0, "8"))).toBe(false);
  });

  test("after a save the saved draft is the new baseline", () => {
    const w = week();
    const saved = edit(draftFromWeek(w), A, 1, "3,5", "illness");
    expect(hasUnsavedChanges(w, saved, saved)).toBe(false);
    expect(hasUnsavedChanges(w, saved, edit(saved, A, 2, "6"))).toBe(true);
  });
});
