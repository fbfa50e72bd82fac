import { describe, expect, it } from "vitest";
import { JOB_ACTION_PLAN_EUROPE_PROJECT } from "./job-action-plan-europe";
import { OPIS_PROJECT } from "./opis";
import { PriorityGroupIdSchema, priorityGroupsOf } from "./priority-groups";

describe("priorityGroupsOf", () => {
  it("names the project's groups by id, without their conditions", () => {
    const groups = priorityGroupsOf(OPIS_PROJECT);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups[0]).toEqual({
      id: "womenBornOutsideEurope25Plus",
      name: {
        sv: "Utomeuropeiskt födda kvinnor 25 år och äldre",
        en: "Women born outside Europe aged 25 or older",
      },
    });
  });

  it("is empty for a project without priority groups", () => {
    expect(priorityGroupsOf(JOB_ACTION_PLAN_EUROPE_PROJECT)).toEqual([]);
  });

  it("takes a group id as the definition writes it, nothing else", () => {
    expect(PriorityGroupIdSchema.safeParse("womenBornOutsideEurope25Plus").success).toBe(true);
    expect(PriorityGroupIdSchema.safeParse("no such").success).toBe(false);
  });
});
