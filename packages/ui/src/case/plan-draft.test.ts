import { describe, expect, test } from "vitest";
import { checkPlanDraft, type PlanDraft, reapplyPlanEdits } from "./plan-draft";

const base: PlanDraft = {
  goals: [{ id: "g1", text: "Jobb inom vården" }],
  items: [
    {
      id: "i1",
      description: "SFI",
      activityType: "languageTraining",
      responsible: "kommun",
      reviewDate: "2026-12-01",
      status: "planned",
    },
  ],
  nextReviewDate: "2026-12-15",
  agreedWithParticipant: false,
};

describe("reapplyPlanEdits", () => {
  const cases: {
    name: string;
    mine: PlanDraft;
    theirs: PlanDraft;
    expected: PlanDraft;
    clashes: number;
  }[] = [
    {
      name: "keeps both sides' additions",
      mine: { ...base, goals: [...base.goals, { id: "g2", text: "Körkort" }] },
      theirs: { ...base, goals: [...base.goals, { id: "g3", text: "Praktik" }] },
      expected: {
        ...base,
        goals: [...base.goals, { id: "g3", text: "Praktik" }, { id: "g2", text: "Körkort" }],
      },
      clashes: 0,
    },
    {
      name: "takes their change where I changed nothing",
      mine: { ...base, agreedWithParticipant: true },
      theirs: { ...base, goals: [{ id: "g1", text: "Jobb inom äldreomsorgen" }] },
      expected: {
        ...base,
        agreedWithParticipant: true,
        goals: [{ id: "g1", text: "Jobb inom äldreomsorgen" }],
      },
      clashes: 0,
    },
    {
      name: "uses my change and counts a clash when both changed the same goal",
      mine: { ...base, goals: [{ id: "g1", text: "Mitt" }] },
      theirs: { ...base, goals: [{ id: "g1", text: "Deras" }] },
      expected: { ...base, goals: [{ id: "g1", text: "Mitt" }] },
      clashes: 1,
    },
    {
      name: "keeps an entry I deleted if they changed it",
      mine: { ...base, items: [] },
      theirs: {
        ...base,
        items: [{ ...(base.items[0] as PlanDraft["items"][number]), status: "ongoing" }],
      },
      expected: {
        ...base,
        items: [{ ...(base.items[0] as PlanDraft["items"][number]), status: "ongoing" }],
      },
      clashes: 1,
    },
    {
      name: "deletes an entry I deleted that they left alone",
      mine: { ...base, items: [] },
      theirs: { ...base, nextReviewDate: "2027-01-10" },
      expected: { ...base, items: [], nextReviewDate: "2027-01-10" },
      clashes: 0,
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const result = reapplyPlanEdits(base, tc.mine, tc.theirs);
      expect(result.draft).toEqual(tc.expected);
      expect(result.clashes).toBe(tc.clashes);
    });
  }
});

describe("checkPlanDraft", () => {
  test("links an empty goal and a malformed date to their fields", () => {
    const result = checkPlanDraft({
      ...base,
      goals: [{ id: "g1", text: " " }],
      nextReviewDate: "15/12",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { id: "plan-goal-0", messageKey: "validation.plan.goal.required" },
        { id: "plan-next-review", messageKey: "validation.date.invalid" },
      ]);
    }
  });

  test("turns an empty step date and type into null", () => {
    const result = checkPlanDraft({
      ...base,
      items: [
        { ...(base.items[0] as PlanDraft["items"][number]), activityType: "", reviewDate: "" },
      ],
      nextReviewDate: "2026-05-01",
    });
    expect(result.ok && result.content.items[0]?.reviewDate).toBeNull();
    expect(result.ok && result.content.items[0]?.activityType).toBeNull();
  });

  test("a plan without a review date, a goal or a step is not complete", () => {
    const result = checkPlanDraft({ ...base, goals: [], items: [], nextReviewDate: "" });
    expect(result.ok ? [] : result.issues).toEqual([
      { id: "plan-add-goal", messageKey: "validation.plan.goals.required" },
      { id: "plan-add-item", messageKey: "validation.plan.items.required" },
      { id: "plan-next-review", messageKey: "validation.plan.nextReviewDate.required" },
    ]);
  });
});
