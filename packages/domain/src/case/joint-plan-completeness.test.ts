import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EMPTY_JOINT_PLAN, PLAN_ITEM_STATUSES } from "./joint-plan";
import { validateJointPlanComplete } from "./joint-plan-completeness";

const item = (status: (typeof PLAN_ITEM_STATUSES)[number]) => ({
  id: `i-${status}`,
  description: "Språkträning",
  activityType: null,
  responsible: "kommun" as const,
  reviewDate: null,
  status,
});
const complete = {
  ...EMPTY_JOINT_PLAN,
  goals: [{ id: "g1", text: "Jobb inom vården" }],
  items: [item("planned")],
  nextReviewDate: "2026-05-01",
};

describe("a joint plan worth a version", () => {
  test("the empty plan names all three missing parts", () => {
    expect(validateJointPlanComplete(EMPTY_JOINT_PLAN).map((e) => e.field)).toEqual([
      "goals",
      "items",
      "nextReviewDate",
    ]);
  });
  test("a complete plan passes", () => expect(validateJointPlanComplete(complete)).toEqual([]));
  test("only done or cancelled steps are no plan ahead", () => {
    expect(
      validateJointPlanComplete({ ...complete, items: [item("done"), item("cancelled")] }),
    ).toEqual([{ field: "items", messageKey: "validation.plan.items.required" }]);
  });
  test("errors appear exactly for the missing parts", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.subarray([...PLAN_ITEM_STATUSES]),
        fc.boolean(),
        (hasGoal, statuses, hasDate) => {
          const fields = validateJointPlanComplete({
            ...complete,
            goals: hasGoal ? complete.goals : [],
            items: statuses.map(item),
            nextReviewDate: hasDate ? "2026-05-01" : null,
          }).map((e) => e.field);
          const hasOpen = statuses.includes("planned") || statuses.includes("ongoing");
          return (
            fields.includes("goals") === !hasGoal &&
            fields.includes("items") === !hasOpen &&
            fields.includes("nextReviewDate") === !hasDate
          );
        },
      ),
    );
  });
});
