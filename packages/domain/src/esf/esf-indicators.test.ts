import { describe, expect, test } from "vitest";
import { OPIS_PROJECT } from "../projects/opis";
import type { ProjectDefinition } from "../projects/project-definition";
import {
  countEsfIndicators,
  ESF_INDICATORS,
  EsfIndicatorSchema,
  type EsfParticipant,
} from "./esf-indicators";

const participant: EsfParticipant = {
  gender: "woman",
  birthDate: "2002-03-01",
  enrolledOn: "2025-03-01",
  birthRegion: "outsideEurope",
  educationLevel: "2",
  monthsRegisteredAtStart: 8,
  disability: true,
  exit: { date: "2025-09-01", status: "apprenticeship" },
  gainedQualification: true,
};

const own: Pick<ProjectDefinition, "id" | "exitStatuses"> = {
  id: "own",
  exitStatuses: [
    { id: "work", name: { sv: "Arbete", en: "Work" }, counts: "work", esf: "employment" },
    {
      id: "searching",
      name: { sv: "Söker", en: "Seeking" },
      counts: "neither",
      esf: "jobSearching",
    },
  ],
};

const row = (counts: Record<string, Record<string, number>>, code: string) => counts[code]?.woman;

describe("ESF+ indicators as data", () => {
  test("every indicator parses with its schema and has a unique code", () => {
    for (const i of ESF_INDICATORS) expect(EsfIndicatorSchema.parse(i)).toEqual(i);
    expect(new Set(ESF_INDICATORS.map((i) => i.code)).size).toBe(ESF_INDICATORS.length);
  });
  test("participant indicators", () => {
    const counts = countEsfIndicators(OPIS_PROJECT, [participant], "2025-12-31");
    const counted = ESF_INDICATORS.filter((i) => row(counts, i.code) === 1).map((i) => i.code);
    expect(counted).toEqual([
      "total",
      "unemployed",
      "longTermUnemployed", // under 25: more than 6 months
      "under30",
      "isced0to2",
      "disability",
      "thirdCountry",
      "foreignBackground",
      "resultEducation", // an apprenticeship counts as education or training in ESF+
      "resultQualification",
    ]);
    expect(counts.total).toEqual({ woman: 1, man: 0, nonBinary: 0 });
  });
  test("results on leaving follow the project's own categories and wait for the exit", () => {
    const working = { ...participant, exit: { date: "2025-09-01", status: "work" } };
    const seeking = { ...participant, exit: { date: "2025-09-01", status: "searching" } };
    const counts = countEsfIndicators(own, [working, seeking], "2025-12-31");
    expect(row(counts, "resultEmployment")).toBe(1);
    expect(row(counts, "resultJobSearching")).toBe(1);
    expect(row(counts, "resultEducation")).toBe(0);
    const before = countEsfIndicators(own, [working, seeking], "2025-08-31");
    expect(row(before, "resultEmployment")).toBe(0);
    expect(row(before, "resultQualification")).toBe(0);
    expect(row(before, "total")).toBe(2);
  });
});
