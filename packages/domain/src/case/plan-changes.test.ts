import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EMPTY_JOINT_PLAN, type JointPlanContent } from "./joint-plan";
import { planChanges } from "./plan-changes";

const v1: JointPlanContent = {
  goals: [{ id: "g1", text: "Jobb inom vården" }],
  items: [
    {
      id: "i1",
      description: "SFI",
      activityType: "languageTraining",
      responsible: "kommun",
      reviewDate: null,
      status: "planned",
    },
  ],
  nextReviewDate: "2026-05-01",
  agreedWithParticipant: false,
};

describe("what changed between plan versions", () => {
  test("nothing, when only whitespace differs", () =>
    expect(planChanges(v1, { ...v1, goals: [{ id: "g1", text: " Jobb inom vården " }] })).toEqual(
      [],
    ));
  test("a step's status, a new goal and the review date", () => {
    const v2: JointPlanContent = {
      ...v1,
      goals: [...v1.goals, { id: "g2", text: "Körkort" }],
      items: v1.items.map((i) => ({ ...i, status: "ongoing" as const })),
      nextReviewDate: "2026-06-01",
    };
    expect(planChanges(v1, v2).map((c) => c.kind)).toEqual([
      "goalAdded",
      "itemChanged",
      "nextReviewDateChanged",
    ]);
  });
  test("from the empty plan everything is added", () =>
    expect(planChanges(EMPTY_JOINT_PLAN, v1).map((c) => c.kind)).toEqual([
      "goalAdded",
      "itemAdded",
      "nextReviewDateChanged",
    ]));
  test("a plan never differs from itself, and a change is seen both ways", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.boolean(), (text, agreed) => {
        const other = {
          ...v1,
          goals: [{ id: "g1", text: `x${text}` }],
          agreedWithParticipant: agreed,
        };
        return (
          planChanges(other, other).length === 0 &&
          planChanges(v1, other).length === planChanges(other, v1).length
        );
      }),
    );
  });
});
