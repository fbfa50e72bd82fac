import { expect, test } from "vitest";
import {
  computeGoalAttainment,
  LIFE_WHEEL,
  OPIS_PROJECT,
  OPIS_WORK_OR_STUDIES,
  type ProjectDefinition,
  ProjectDefinitionSchema,
} from "../src/index";

// The README's worked example, kept compiling and parsing.
const OPIS_NEXT_PROJECT = {
  ...OPIS_PROJECT,
  id: "opis-next",
  period: { start: "2028-01-03", end: "2030-12-20" },
  followUpRules: [
    ...OPIS_PROJECT.followUpRules,
    {
      id: "outcome180",
      anchor: "exit",
      offsetDays: 180,
      window: { daysBefore: 14, daysAfter: 30 },
      appliesTo: "allExits",
    },
  ],
  goals: [
    ...OPIS_PROJECT.goals,
    {
      id: "workOrStudies180Days",
      kind: "followUpOutcomeRate",
      name: {
        sv: "50 % i arbete eller studier efter 180 dagar",
        en: "50 % in work or studies after 180 days",
      },
      target: 0.5,
      followUpRuleId: "outcome180",
      population: "allExits",
      successOutcomes: [...OPIS_WORK_OR_STUDIES],
    },
    {
      id: "digitalSkills",
      kind: "assessmentProgressRate",
      name: { sv: "Digital vana ökar", en: "Digital skills improve" },
      target: 0.7,
      instrumentId: LIFE_WHEEL.id,
      area: "digitalSkills",
      minGain: 2,
    },
  ],
} satisfies ProjectDefinition;

test("the README's worked example is a valid project", () => {
  expect(ProjectDefinitionSchema.safeParse(OPIS_NEXT_PROJECT).error?.issues ?? []).toEqual([]);
  const goals = computeGoalAttainment(OPIS_NEXT_PROJECT, [], "2028-06-01").goals;
  expect(goals.map((g) => g.goalId)).toContain("digitalSkills");
});

test("naming an area the life wheel lacks is rejected", () => {
  const broken = {
    ...OPIS_NEXT_PROJECT,
    goals: OPIS_NEXT_PROJECT.goals.map((g) =>
      g.id === "digitalSkills" ? { ...g, area: "pets" } : g,
    ),
  };
  expect(ProjectDefinitionSchema.safeParse(broken).error?.issues.map((i) => i.message)).toContain(
    "validation.project.goal.area",
  );
});
