import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeGoalAttainment } from "../goals/compute-goal-attainment";
import { classifyOutcome, outcomeGoalOf } from "../goals/outcome-by-goal";
import type { ParticipantRecord } from "../goals/participant-record";
import { scheduledFollowUps } from "../goals/scheduled-follow-ups";
import { exitStatusCategoriesOf, STANDARD_EXIT_STATUS_CATEGORIES } from "./categories";
import { OPIS_PROJECT, OPIS_WORK_OR_STUDIES } from "./opis";
import { type ProjectDefinition, ProjectDefinitionSchema } from "./project-definition";
import { parseProjectDefinitionJson } from "./project-file";
import { siteOf, sitesOf } from "./sites";

const fifth = (() => {
  const result = parseProjectDefinitionJson(
    readFileSync(
      new URL("../../test-vectors/projects/steg-kronoberg.json", import.meta.url),
      "utf8",
    ),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.project;
})();

function issues(change: (p: ProjectDefinition) => unknown) {
  const result = ProjectDefinitionSchema.safeParse(change(structuredClone(fifth)));
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("sites", () => {
  test("a site spans municipalities; a participant belongs to the site of their municipality", () => {
    expect(siteOf(fifth, "0764")).toBe("vaxjoAlvesta");
    expect(siteOf(fifth, "0780")).toBe("vaxjoAlvesta");
    expect(siteOf(fifth, "0781")).toBe("ljungby");
  });
  test("without sites, each municipality is its own site", () => {
    expect(sitesOf(OPIS_PROJECT).map((s) => s.id)).toEqual([...OPIS_PROJECT.municipalities]);
    expect(siteOf(OPIS_PROJECT, "0680")).toBe("0680");
  });
  const cases = [
    {
      name: "a municipality outside the project",
      change: (p: ProjectDefinition) => ({
        ...p,
        sites: [{ ...p.sites![0]!, municipalities: ["0780", "0764", "0765"] }, p.sites![1]!],
      }),
      want: "sites.0.municipalities.2: validation.project.site.unknownMunicipality",
    },
    {
      name: "a municipality in two sites",
      change: (p: ProjectDefinition) => ({
        ...p,
        sites: [p.sites![0]!, { ...p.sites![1]!, municipalities: ["0781", "0764"] }],
      }),
      want: "sites.1.municipalities.1: validation.project.site.overlap",
    },
    {
      name: "a municipality in no site",
      change: (p: ProjectDefinition) => ({ ...p, sites: [p.sites![0]!] }),
      want: "municipalities.2: validation.project.site.uncovered",
    },
  ];
  for (const tc of cases) test(tc.name, () => expect(issues(tc.change)).toContain(tc.want));
});

describe("the project's own categories", () => {
  test("statuses at exit are the project's, each mapped to ESF+ and to work or studies", () => {
    expect(exitStatusCategoriesOf(fifth).map((c) => [c.id, c.counts, c.esf])).toEqual([
      ["work", "work", "employment"],
      ["education", "studies", "education"],
      ["activeSearch", "neither", "jobSearching"],
      ["otherExit", "neither", "none"],
    ]);
    expect(exitStatusCategoriesOf(OPIS_PROJECT)).toBe(STANDARD_EXIT_STATUS_CATEGORIES);
  });
  test("a goal naming a category the project lacks is refused", () => {
    expect(
      issues((p) => ({
        ...p,
        goals: p.goals.map((g) =>
          g.kind === "exitStatusRate" ? { ...g, successStatuses: ["employed"] } : g,
        ),
      })),
    ).toContain("goals.1.successStatuses.0: validation.project.goal.unknownCategory");
  });
  test("OPIS's explicit success list equals its categories that count as work or studies", () => {
    const goal = outcomeGoalOf(OPIS_PROJECT, "workOrStudies90Days");
    const implicit = { ...goal, successOutcomes: undefined } as typeof goal;
    const record = (outcome: string): ParticipantRecord => ({
      ...baseRecord,
      exit: { date: "2025-08-01", reason: "completed", status: "employed" },
      followUp: { outcome, recordedOn: "2025-10-30" },
    });
    for (const outcome of [
      "unsubsidisedWork",
      "jobbspar",
      "other",
      "unknown",
      ...OPIS_WORK_OR_STUDIES,
    ]) {
      expect(classifyOutcome(OPIS_PROJECT, implicit!, record(outcome), "2026-01-01")).toBe(
        classifyOutcome(OPIS_PROJECT, goal!, record(outcome), "2026-01-01"),
      );
    }
  });
});

const baseRecord: ParticipantRecord = {
  participantId: "p",
  gender: "woman",
  birthDate: "1990-01-01",
  municipalityCode: "0780",
  enrolledOn: "2026-02-02",
  obstacles: {
    disability: false,
    ageBand: "30to54",
    bornOutsideEurope: false,
    lowEducation: false,
  },
  priorityGroups: [],
  exit: null,
  followUp: null,
  assessments: [],
};

describe("a project without follow-up that measures the status at exit", () => {
  const goal = outcomeGoalOf(fifth, "workOrEducationAtExit")!;
  test("an exit schedules no follow-up", () => {
    expect(scheduledFollowUps(fifth, { exitDate: "2026-05-04", reason: "completed" })).toEqual([]);
    expect(
      scheduledFollowUps(OPIS_PROJECT, { exitDate: "2026-05-04", reason: "droppedOutWork" }),
    ).toEqual([{ ruleId: "outcome90", dueDate: "2026-08-02" }]);
  });
  test("no exit is ever missing or pending: the outcome is known on the day of exit", () => {
    const statuses = exitStatusCategoriesOf(fifth).map((c) => c.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (status, exitAfter, asOfAfter) => {
          const exitDate = addDaysTo("2026-02-02", exitAfter);
          const asOf = addDaysTo(exitDate, asOfAfter);
          const record = {
            ...baseRecord,
            exit: { date: exitDate, reason: "completed" as const, status },
          };
          const outcome = classifyOutcome(fifth, goal, record, asOf);
          expect(outcome).toBe(
            status === "work" || status === "education" ? "workOrStudies" : "other",
          );
        },
      ),
    );
  });
  test("gender balance is measured over those who have exited", () => {
    const records: ParticipantRecord[] = [
      { ...baseRecord, participantId: "a", gender: "woman" },
      { ...baseRecord, participantId: "b", gender: "woman" },
      { ...baseRecord, participantId: "c", gender: "woman" },
      {
        ...baseRecord,
        participantId: "d",
        gender: "man",
        exit: { date: "2026-03-02", reason: "completed", status: "work" },
      },
      {
        ...baseRecord,
        participantId: "e",
        gender: "woman",
        exit: { date: "2026-03-02", reason: "droppedOutUnknown", status: "otherExit" },
      },
    ];
    const attainment = computeGoalAttainment(fifth, records, "2026-04-01");
    expect(attainment.genderBalance).toEqual({
      minShare: 0.4,
      maxShare: 0.6,
      over: "exited",
      shares: { woman: 0.5, man: 0.5 },
      within: true,
    });
    const goal = attainment.goals.find((g) => g.goalId === "workOrEducationAtExit")!;
    expect([goal.numerator, goal.denominator, goal.pending, goal.missing]).toEqual([1, 2, 3, 0]);
    expect(goal.splits.site).toMatchObject({
      vaxjoAlvesta: { numerator: 1, denominator: 2 },
      ljungby: { numerator: 0, denominator: 0 },
    });
  });
});

function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
