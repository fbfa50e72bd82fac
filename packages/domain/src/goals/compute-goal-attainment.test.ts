import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import type { GoalDefinition } from "../projects/goal-definitions";
import { OPIS_PROJECT } from "../projects/opis";
import type { ProjectDefinition } from "../projects/project-definition";
import { PROJECTS } from "../projects/registry";
import { computeGoalAttainment, type GoalResult } from "./compute-goal-attainment";
import { asOfArb, participant, recordArb } from "./goal-test-support";
import type { ParticipantRecord } from "./participant-record";
import type { SplitCell } from "./splits";

const opis: ProjectDefinition = OPIS_PROJECT;

function goal(
  project: ProjectDefinition,
  records: ParticipantRecord[],
  asOf: string,
  goalId: string,
): GoalResult {
  const found = computeGoalAttainment(project, records, asOf).goals.find(
    (g) => g.goalId === goalId,
  );
  if (!found) throw new Error(`no goal ${goalId}`);
  return found;
}

const completed = (date: string) => ({
  date,
  reason: "completed" as const,
  status: "employed" as const,
});

describe("follow-up outcome goal (OPIS, exit 2025-08-01, due 2025-10-30)", () => {
  const exit = completed("2025-08-01");
  const cases = [
    {
      name: "on time and in work: success",
      record: participant({
        exit,
        followUp: { outcome: "subsidisedWork", recordedOn: "2025-10-30" },
      }),
      asOf: "2025-12-31",
      want: { numerator: 1, denominator: 1, pending: 0, missing: 0 },
    },
    {
      name: "on time but outcome unknown: missing, not failure",
      record: participant({ exit, followUp: { outcome: "unknown", recordedOn: "2025-10-30" } }),
      asOf: "2025-12-31",
      want: { numerator: 0, denominator: 0, pending: 0, missing: 1 },
    },
    {
      name: "recorded too early, window still open: pending",
      record: participant({
        exit,
        followUp: { outcome: "regularStudies", recordedOn: "2025-09-01" },
      }),
      asOf: "2025-11-01",
      want: { numerator: 0, denominator: 0, pending: 1, missing: 0 },
    },
    {
      name: "recorded too early, window closed: missing",
      record: participant({
        exit,
        followUp: { outcome: "regularStudies", recordedOn: "2025-09-01" },
      }),
      asOf: "2025-12-01",
      want: { numerator: 0, denominator: 0, pending: 0, missing: 1 },
    },
    {
      name: "a dropout is outside the completers' goal",
      record: participant({ exit: { ...exit, reason: "droppedOutWork" } }),
      asOf: "2025-12-31",
      want: { numerator: 0, denominator: 0, pending: 0, missing: 0 },
    },
    {
      name: "an exit dated after asOf has not happened yet",
      record: participant({ exit }),
      asOf: "2025-07-31",
      want: { numerator: 0, denominator: 0, pending: 1, missing: 0 },
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const g = goal(opis, [tc.record], tc.asOf, "workOrStudies90Days");
      expect({
        numerator: g.numerator,
        denominator: g.denominator,
        pending: g.pending,
        missing: g.missing,
      }).toEqual(tc.want);
    });
  }
});

describe("enrolment count goal", () => {
  const many = (n: number, gender: "woman" | "man") =>
    Array.from({ length: n }, (_, i) => participant({ participantId: `${gender}${i}`, gender }));
  const cases = [
    {
      name: "400 with 200 + 200: met",
      records: [...many(200, "woman"), ...many(200, "man")],
      asOf: "2026-01-01",
      want: "met",
    },
    {
      name: "400 but 150 women: not met, on pace a year in",
      records: [...many(150, "woman"), ...many(250, "man")],
      asOf: "2026-01-01",
      want: "onTrack",
    },
    {
      name: "400 but 150 women at the end: atRisk",
      records: [...many(150, "woman"), ...many(250, "man")],
      asOf: "2027-12-31",
      want: "atRisk",
    },
    {
      name: "half-way with 100 + 100: on track",
      records: [...many(100, "woman"), ...many(100, "man")],
      asOf: "2026-07-01",
      want: "onTrack",
    },
    {
      name: "half-way with 80 + 80: at risk",
      records: [...many(80, "woman"), ...many(80, "man")],
      asOf: "2026-07-01",
      want: "atRisk",
    },
  ];
  for (const tc of cases)
    test(tc.name, () => expect(goal(opis, tc.records, tc.asOf, "enrolment").status).toBe(tc.want));

  test("gender cells carry their own target and share", () => {
    const g = goal(opis, [...many(3, "woman"), ...many(1, "man")], "2026-01-01", "enrolment");
    expect(g.splits.gender.woman).toMatchObject({
      numerator: 3,
      denominator: 4,
      rate: 0.75,
      target: 200,
    });
    expect(g.splits.gender.nonBinary.target).toBeUndefined();
    expect(g.rate).toBe(4 / 400);
  });
  test("a municipality outside the project gets its own cell", () => {
    const g = goal(opis, [participant({ municipalityCode: "1880" })], "2026-01-01", "enrolment");
    expect(g.splits.municipality["1880"]?.numerator).toBe(1);
    expect(g.splits.municipality["0680"]?.numerator).toBe(0);
  });
});

describe("rate goal status", () => {
  const exits = (done: number, dropped: number) => [
    ...Array.from({ length: done }, () => participant({ exit: completed("2025-06-01") })),
    ...Array.from({ length: dropped }, () =>
      participant({ exit: { date: "2025-06-01", reason: "droppedOutUnknown", status: "other" } }),
    ),
  ];
  const cases = [
    {
      name: "at the target while running: onTrack",
      records: exits(4, 1),
      asOf: "2026-01-01",
      want: "onTrack",
    },
    {
      name: "below the target while running: atRisk",
      records: exits(3, 1),
      asOf: "2026-01-01",
      want: "atRisk",
    },
    {
      name: "at the target after the end: met",
      records: exits(4, 1),
      asOf: "2027-12-31",
      want: "met",
    },
    {
      name: "on the last day the period has not ended",
      records: exits(4, 1),
      asOf: "2027-12-30",
      want: "onTrack",
    },
    {
      name: "no exits: notYetMeasurable",
      records: [participant()],
      asOf: "2026-01-01",
      want: "notYetMeasurable",
    },
  ];
  for (const tc of cases)
    test(tc.name, () => expect(goal(opis, tc.records, tc.asOf, "completion").status).toBe(tc.want));
});

// ---- properties -------------------------------------------------------------

const isRateGoal = (g: GoalResult | GoalDefinition) => g.kind !== "enrolmentCount";

describe.each(PROJECTS.map((p) => [p.id, p] as const))("goal properties: %s", (_id, project) => {
  const records = fc.array(recordArb(project), { maxLength: 40 });
  const asOf = asOfArb(project);

  test("a rate lies in [0, 1] (count goals: ≥ 0), in totals and in every split cell", () => {
    fc.assert(
      fc.property(records, asOf, (rs, day) => {
        for (const g of computeGoalAttainment(project, rs, day).goals) {
          const cells = Object.values(g.splits).flatMap(
            (split) => Object.values(split) as SplitCell[],
          );
          const rates = [g.rate, ...cells.map((c) => c.rate)];
          for (const rate of rates) {
            if (rate === null) continue;
            expect(rate).toBeGreaterThanOrEqual(0);
            if (isRateGoal(g) || rate !== g.rate) expect(rate).toBeLessThanOrEqual(1);
          }
          if (isRateGoal(g)) expect(g.rate === null).toBe(g.denominator === 0);
          if (isRateGoal(g)) expect(g.status === "notYetMeasurable").toBe(g.denominator === 0);
        }
      }),
    );
  });

  test("gender splits sum to the total", () => {
    fc.assert(
      fc.property(records, asOf, (rs, day) => {
        for (const g of computeGoalAttainment(project, rs, day).goals) {
          const cells = Object.values(g.splits.gender);
          const sum = (key: "numerator" | "denominator" | "pending" | "missing") =>
            cells.reduce((total, c) => total + c[key], 0);
          expect(sum("numerator")).toBe(g.numerator);
          if (isRateGoal(g)) {
            expect(sum("denominator")).toBe(g.denominator);
            expect(sum("pending")).toBe(g.pending);
            expect(sum("missing")).toBe(g.missing);
          }
        }
      }),
    );
  });

  test("adding a completer never lowers a numerator", () => {
    fc.assert(
      fc.property(records, recordArb(project), asOf, (rs, extra, day) => {
        const completer = {
          ...extra,
          exit: {
            date: extra.exit?.date ?? extra.enrolledOn,
            reason: "completed" as const,
            status: extra.exit?.status ?? "employed",
          },
        };
        const before = computeGoalAttainment(project, rs, day).goals;
        const after = computeGoalAttainment(project, [...rs, completer], day).goals;
        before.forEach((g, i) => {
          expect(after[i]!.numerator).toBeGreaterThanOrEqual(g.numerator);
        });
      }),
    );
  });

  test("a pending (still active) participant never changes a rate goal's numerator or denominator", () => {
    fc.assert(
      fc.property(records, recordArb(project), asOf, (rs, extra, day) => {
        const active = { ...extra, exit: undefined, followUp: undefined };
        const before = computeGoalAttainment(project, rs, day).goals;
        const after = computeGoalAttainment(project, [...rs, active], day).goals;
        before.forEach((g, i) => {
          if (!isRateGoal(g)) return;
          expect([after[i]!.numerator, after[i]!.denominator]).toEqual([
            g.numerator,
            g.denominator,
          ]);
        });
      }),
    );
  });

  test("records enrolled after asOf change nothing", () => {
    fc.assert(
      fc.property(records, recordArb(project), asOf, (rs, extra, day) => {
        const later = { ...extra, enrolledOn: addDays(day, 1) };
        expect(computeGoalAttainment(project, [...rs, later], day)).toEqual(
          computeGoalAttainment(project, rs, day),
        );
      }),
    );
  });
});
