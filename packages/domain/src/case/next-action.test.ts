import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
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
      expected: {
        kind: "writePlan",
        dueDate: "2026-03-15",
        overdue: false,
        source: "planDueAfterStart",
      },
    },
    {
      name: "no plan after two weeks is overdue",
      state: { startDate: "2026-02-01" },
      expected: {
        kind: "writePlan",
        dueDate: "2026-02-15",
        overdue: true,
        source: "planDueAfterStart",
      },
    },
    {
      name: "a plan with a review date",
      state: { planVersion: 2, nextPlanReview: "2026-03-20" },
      expected: {
        kind: "reviewPlan",
        dueDate: "2026-03-20",
        overdue: false,
        source: "planReviewDate",
      },
    },
    {
      name: "a plan without review dates",
      state: { planVersion: 1 },
      expected: { kind: "none", dueDate: null, overdue: false },
    },
    {
      name: "exited, follow-up overdue",
      state: { status: "exited", followUp: { status: "overdue", dueDate: "2026-02-01" } },
      expected: {
        kind: "recordFollowUp",
        dueDate: "2026-02-01",
        overdue: true,
        source: "followUpRule",
      },
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

describe("overdue after the project's grace period", () => {
  const review = { ...active, planVersion: 1, nextPlanReview: "2026-03-03" };
  test("a week late is overdue without grace, not with seven days'", () => {
    expect(nextCaseAction(review, "2026-03-10").overdue).toBe(true);
    expect(nextCaseAction(review, "2026-03-10", 7).overdue).toBe(false);
    expect(nextCaseAction(review, "2026-03-11", 7).overdue).toBe(true);
  });
  test("overdue exactly when today is past due + grace", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (late, grace) => {
          const today = addDays(review.nextPlanReview, late);
          return nextCaseAction(review, today, grace).overdue === late > grace;
        },
      ),
    );
  });
});
