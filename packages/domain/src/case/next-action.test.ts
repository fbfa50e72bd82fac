import { describe, expect, test } from "vitest";
import { type CaseState, nextCaseAction } from "./next-action";

const active: CaseState = {
  status: "active",
  startDate: "2026-03-01",
  planVersion: 0,
  nextPlanReview: null,
  followUp: null,
};

describe("nextCaseAction", () => {
  const cases: {
    name: string;
    state: Partial<CaseState>;
    expected: ReturnType<typeof nextCaseAction>;
  }[] = [
    {
      name: "no plan yet, within two weeks",
      state: {},
      expected: { kind: "writePlan", dueDate: "2026-03-15", overdue: false },
    },
    {
      name: "no plan after two weeks is overdue",
      state: { startDate: "2026-02-01" },
      expected: { kind: "writePlan", dueDate: "2026-02-15", overdue: true },
    },
    {
      name: "a plan with a review date",
      state: { planVersion: 2, nextPlanReview: "2026-03-20" },
      expected: { kind: "reviewPlan", dueDate: "2026-03-20", overdue: false },
    },
    {
      name: "a plan without review dates",
      state: { planVersion: 1 },
      expected: { kind: "none", dueDate: null, overdue: false },
    },
    {
      name: "exited, follow-up overdue",
      state: { status: "exited", followUp: { status: "overdue", dueDate: "2026-02-01" } },
      expected: { kind: "recordFollowUp", dueDate: "2026-02-01", overdue: true },
    },
    {
      name: "exited, follow-up recorded",
      state: { status: "exited", followUp: { status: "recordedOnTime", dueDate: "2026-02-01" } },
      expected: { kind: "none", dueDate: null, overdue: false },
    },
  ];
  for (const tc of cases)
    test(tc.name, () =>
      expect(nextCaseAction({ ...active, ...tc.state }, "2026-03-10")).toEqual(tc.expected),
    );
});
