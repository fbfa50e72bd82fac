import { describe, expect, test } from "vitest";
import type { Assessment } from "../instruments/assessment";
import { LANGUAGE_LEVEL_SCALE, LIFE_WHEEL } from "../instruments/standard";
import { stepProgression } from "./step-progression";

const a = (
  phase: Assessment["phase"],
  assessedOn: string,
  value: number,
  extra: Partial<Assessment> = {},
): Assessment => ({
  instrumentId: "languageLevel",
  phase,
  assessedOn,
  value,
  ...extra,
});

describe("stepProgression", () => {
  const cases = [
    { name: "no assessments", input: [], want: { baseline: null, latest: null, gain: null } },
    {
      name: "baseline only",
      input: [a("baseline", "2025-01-10", 2)],
      want: { baseline: 2, latest: null, gain: null },
    },
    {
      name: "one step forward at exit",
      input: [a("baseline", "2025-01-10", 2), a("exit", "2025-06-10", 3)],
      want: { baseline: 2, latest: 3, gain: 1 },
    },
    {
      name: "the latest assessment counts, even when lower",
      input: [
        a("baseline", "2025-01-10", 2),
        a("periodic", "2025-03-10", 4),
        a("exit", "2025-06-10", 3),
      ],
      want: { baseline: 2, latest: 3, gain: 1 },
    },
    {
      name: "order of input does not matter",
      input: [
        a("exit", "2025-06-10", 5),
        a("periodic", "2025-03-10", 4),
        a("baseline", "2025-01-10", 2),
      ],
      want: { baseline: 2, latest: 5, gain: 3 },
    },
    {
      name: "other instruments are ignored",
      input: [
        a("baseline", "2025-01-10", 2),
        a("exit", "2025-06-10", 9, { instrumentId: "closenessToWork" }),
      ],
      want: { baseline: 2, latest: null, gain: null },
    },
    {
      name: "a second baseline is not a later assessment",
      input: [a("baseline", "2025-01-10", 2), a("baseline", "2025-02-10", 3)],
      want: { baseline: 2, latest: null, gain: null },
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => expect(stepProgression(LANGUAGE_LEVEL_SCALE, tc.input)).toEqual(tc.want));
  }
  test("asOf hides later assessments", () => {
    const input = [a("baseline", "2025-01-10", 2), a("exit", "2025-06-10", 3)];
    expect(stepProgression(LANGUAGE_LEVEL_SCALE, input, { asOf: "2025-06-09" }).gain).toBeNull();
  });
  test("life-wheel areas are kept apart", () => {
    const w = (phase: Assessment["phase"], day: string, value: number, area: string) =>
      a(phase, day, value, { instrumentId: "lifeWheel", area });
    const input = [
      w("baseline", "2025-01-10", 3, "finances"),
      w("exit", "2025-06-10", 6, "finances"),
      w("exit", "2025-06-10", 1, "health"),
    ];
    expect(stepProgression(LIFE_WHEEL, input, { area: "finances" }).gain).toBe(3);
    expect(stepProgression(LIFE_WHEEL, input, { area: "health" }).gain).toBeNull();
  });
});
