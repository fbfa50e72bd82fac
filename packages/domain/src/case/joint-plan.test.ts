import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  EMPTY_JOINT_PLAN,
  type JointPlanContent,
  JointPlanContentSchema,
  nextPlanReview,
} from "./joint-plan";

const item = (reviewDate: string | null, status: "planned" | "ongoing" | "done" | "cancelled") => ({
  id: `i-${reviewDate}-${status}`,
  description: "Praktik i butik",
  activityType: "internship" as const,
  responsible: "kommun" as const,
  reviewDate,
  status,
});

describe("nextPlanReview", () => {
  const cases: { name: string; plan: JointPlanContent; expected: string | null }[] = [
    { name: "an empty plan has none", plan: EMPTY_JOINT_PLAN, expected: null },
    {
      name: "the plan's own date",
      plan: { ...EMPTY_JOINT_PLAN, nextReviewDate: "2026-04-01" },
      expected: "2026-04-01",
    },
    {
      // Issue 14: the header said 2026-09-30 (a step's date) while the plan said 2026-11-27.
      name: "the plan's own review date wins over an earlier step's",
      plan: {
        ...EMPTY_JOINT_PLAN,
        nextReviewDate: "2026-04-01",
        items: [item("2026-03-15", "ongoing")],
      },
      expected: "2026-04-01",
    },
    {
      name: "done and cancelled items do not count",
      plan: {
        ...EMPTY_JOINT_PLAN,
        items: [item("2026-03-01", "done"), item("2026-03-02", "cancelled")],
      },
      expected: null,
    },
  ];
  for (const tc of cases) test(tc.name, () => expect(nextPlanReview(tc.plan)).toBe(tc.expected));

  test("is the plan's review date whenever the plan has one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
        const plan = {
          ...EMPTY_JOINT_PLAN,
          nextReviewDate: day(a),
          items: [item(day(b), "planned")],
        };
        return nextPlanReview(plan) === day(a);
      }),
    );
  });

  test("without its own date, is never later than any open item's review date", () => {
    const date = fc
      .integer({ min: 0, max: 1000 })
      .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(date, { nil: null }),
            fc.constantFrom("planned", "ongoing", "done", "cancelled" as const),
          ),
        ),
        (entries) => {
          const plan = { ...EMPTY_JOINT_PLAN, items: entries.map(([d, s]) => item(d, s)) };
          const next = nextPlanReview(plan);
          for (const i of plan.items) {
            if ((i.status === "planned" || i.status === "ongoing") && i.reviewDate) {
              if (next === null || next > i.reviewDate) return false;
            }
          }
          return true;
        },
      ),
    );
  });
});

test("a plan item needs a description", () => {
  const result = JointPlanContentSchema.safeParse({
    ...EMPTY_JOINT_PLAN,
    items: [{ ...item(null, "planned"), description: " " }],
  });
  expect(result.error?.issues[0]?.message).toBe("validation.plan.item.required");
});
