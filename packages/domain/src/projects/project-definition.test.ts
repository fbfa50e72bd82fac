import { describe, expect, test } from "vitest";
import { OPIS_PROJECT } from "./opis";
import { type ProjectDefinition, ProjectDefinitionSchema } from "./project-definition";
import { getProject, PROJECTS } from "./registry";

describe("every registered project parses", () => {
  for (const project of PROJECTS) {
    test(project.id, () => {
      const result = ProjectDefinitionSchema.safeParse(project);
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }
  test("ids are unique and getProject finds each", () => {
    expect(new Set(PROJECTS.map((p) => p.id)).size).toBe(PROJECTS.length);
    for (const p of PROJECTS) expect(getProject(p.id)).toBe(p);
    expect(getProject("no-such-project")).toBeUndefined();
  });
});

describe("OPIS is defined as the brief says", () => {
  test("period and municipalities", () => {
    expect(OPIS_PROJECT.period).toEqual({ start: "2025-01-02", end: "2027-12-30" });
    expect([...OPIS_PROJECT.municipalities].sort()).toEqual([
      "0662",
      "0680",
      "0684",
      "0685",
      "0686",
      "0862",
      "0880",
      "0881",
      "0882",
      "0883",
    ]);
  });
  test("target-group rules and their strengths", () => {
    expect(OPIS_PROJECT.targetGroupRules.map((r) => [r.kind, r.strength])).toEqual([
      ["registeredAtLeast", "primary"],
      ["earlierSupportTried", "required"],
      ["labourMarketAssessment", "required"],
      ["workAvailabilityAtLeast", "required"],
      ["residesInProjectMunicipality", "required"],
      ["participatesOnSite", "required"],
    ]);
  });
  test("goal targets", () => {
    const targets = Object.fromEntries(OPIS_PROJECT.goals.map((g) => [g.id, g.target]));
    expect(targets).toEqual({
      enrolment: 400,
      completion: 0.8,
      workOrStudies90Days: 0.6,
      languageStep: 0.9,
    });
  });
});

function withChange(change: (p: ProjectDefinition) => ProjectDefinition) {
  return ProjectDefinitionSchema.safeParse(
    change(structuredClone(OPIS_PROJECT) as ProjectDefinition),
  );
}

describe("the schema rejects broken definitions", () => {
  const cases: {
    name: string;
    change: (p: ProjectDefinition) => ProjectDefinition;
    key: string;
  }[] = [
    {
      name: "period ends before it starts",
      change: (p) => ({ ...p, period: { start: "2027-01-01", end: "2025-01-01" } }),
      key: "validation.project.period.order",
    },
    {
      name: "a goal names an unknown follow-up rule",
      change: (p) => ({ ...p, followUpRules: [] }),
      key: "validation.project.goal.unknownFollowUpRule",
    },
    {
      name: "a goal names an unknown instrument",
      change: (p) => ({ ...p, instruments: [] }),
      key: "validation.project.goal.unknownInstrument",
    },
    {
      name: "duplicate municipality",
      change: (p) => ({ ...p, municipalities: [...p.municipalities, "0680"] }),
      key: "validation.project.duplicateId",
    },
    {
      name: "duplicate rule id",
      change: (p) => ({ ...p, targetGroupRules: [...p.targetGroupRules, p.targetGroupRules[0]!] }),
      key: "validation.project.duplicateId",
    },
    {
      name: "language goal's baseline above the scale",
      change: (p) => ({
        ...p,
        goals: p.goals.map((g) =>
          g.kind === "assessmentProgressRate" ? { ...g, baselineAtMost: 9 } : g,
        ),
      }),
      key: "validation.project.goal.baselineAtMost",
    },
    {
      name: "an ageBetween rule with min above max",
      change: (p) => ({
        ...p,
        targetGroupRules: [
          { id: "age", kind: "ageBetween", min: 30, max: 20, strength: "required" },
        ],
      }),
      key: "validation.project.rule.ageRange",
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const result = withChange(tc.change);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toContain(tc.key);
    });
  }
  test("an unknown municipality code", () => {
    expect(withChange((p) => ({ ...p, municipalities: ["9999" as never] })).success).toBe(false);
  });
});
