import { describe, expect, test } from "vitest";
import type { FollowUpRule } from "../projects/follow-up-rules";
import { classifyFollowUp, followUpWindow } from "./follow-up-window";

const rule: FollowUpRule = {
  id: "outcome90",
  anchor: "exit",
  offsetDays: 90,
  window: { daysBefore: 14, daysAfter: 30 },
  appliesTo: "allExits",
};
const EXIT = "2025-08-01"; // due 2025-10-30, window 2025-10-16 … 2025-11-29

test("followUpWindow", () => {
  expect(followUpWindow(rule, EXIT)).toEqual({
    dueDate: "2025-10-30",
    opensOn: "2025-10-16",
    closesOn: "2025-11-29",
  });
});

describe("classifyFollowUp", () => {
  const cases = [
    { name: "before the window", recordedOn: null, asOf: "2025-10-15", want: "notDue" },
    { name: "window opens", recordedOn: null, asOf: "2025-10-16", want: "due" },
    { name: "last day of the window", recordedOn: null, asOf: "2025-11-29", want: "due" },
    { name: "day after the window", recordedOn: null, asOf: "2025-11-30", want: "overdue" },
    {
      name: "recorded on the due date",
      recordedOn: "2025-10-30",
      asOf: "2026-01-01",
      want: "recordedOnTime",
    },
    {
      name: "recorded on the first day",
      recordedOn: "2025-10-16",
      asOf: "2026-01-01",
      want: "recordedOnTime",
    },
    {
      name: "recorded on the last day",
      recordedOn: "2025-11-29",
      asOf: "2026-01-01",
      want: "recordedOnTime",
    },
    {
      name: "recorded too early",
      recordedOn: "2025-09-01",
      asOf: "2025-09-02",
      want: "recordedOutsideWindow",
    },
    {
      name: "recorded too late",
      recordedOn: "2025-11-30",
      asOf: "2026-01-01",
      want: "recordedOutsideWindow",
    },
    {
      name: "a recording after asOf is not seen yet",
      recordedOn: "2025-10-30",
      asOf: "2025-10-20",
      want: "due",
    },
  ] as const;
  for (const tc of cases) {
    test(tc.name, () => expect(classifyFollowUp(rule, EXIT, tc.recordedOn, tc.asOf)).toBe(tc.want));
  }
});
