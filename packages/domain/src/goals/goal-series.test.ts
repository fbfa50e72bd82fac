import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, daysBetween } from "../dates/calendar";
import { OPIS_PROJECT } from "../projects/opis";
import { PROJECTS } from "../projects/registry";
import { classifyParticipant, measurementChangeDays } from "./classify-participant";
import { computeGoalAttainment, computeGoalAttainmentSeries } from "./compute-goal-attainment";
import { asOfArb, dayOffset, participant, recordArb } from "./goal-test-support";

const base = participant({
  participantId: "p1",
  gender: "man",
  enrolledOn: "2025-03-10",
  exit: { date: "2025-09-01", reason: "completed", status: "employed" },
  followUp: { outcome: "unsubsidisedWork", recordedOn: "2025-12-01" },
});

describe("computeGoalAttainmentSeries (examples)", () => {
  test("a trend follows one participant from enrolment to a 90-day outcome", () => {
    const days = ["2025-02-28", "2025-03-31", "2025-09-30", "2025-11-30", "2025-12-31"];
    const series = computeGoalAttainmentSeries(OPIS_PROJECT, [base], days);
    const outcome = (i: number) => series[i]?.goals.find((g) => g.goalId === "workOrStudies90Days");
    const enrolled = (i: number) => series[i]?.goals.find((g) => g.kind === "enrolmentCount");
    expect(series.map((a) => a.asOf)).toEqual(days);
    expect([0, 1, 2, 3, 4].map((i) => enrolled(i)?.numerator)).toEqual([0, 1, 1, 1, 1]);
    // Exited 1 Sep: due 30 Nov (window 16 Nov–30 Dec), pending until recorded on 1 Dec.
    expect(outcome(2)).toMatchObject({ numerator: 0, denominator: 0, pending: 1, missing: 0 });
    expect(outcome(4)).toMatchObject({ numerator: 1, denominator: 1, pending: 0, missing: 0 });
    expect(outcome(4)?.splits.gender.man).toMatchObject({ numerator: 1, denominator: 1 });
  });

  test("days come back in the order asked, repeats included", () => {
    const days = ["2025-12-31", "2025-03-31", "2025-12-31"];
    const series = computeGoalAttainmentSeries(OPIS_PROJECT, [base], days);
    expect(series.map((a) => a.asOf)).toEqual(days);
    expect(series[0]).toEqual(computeGoalAttainment(OPIS_PROJECT, [base], "2025-12-31"));
  });

  test("no days, no attainments; no records, zeros", () => {
    expect(computeGoalAttainmentSeries(OPIS_PROJECT, [base], [])).toEqual([]);
    const [empty] = computeGoalAttainmentSeries(OPIS_PROJECT, [], ["2026-01-01"]);
    expect(empty?.goals.every((g) => g.numerator === 0)).toBe(true);
  });
});

describe.each(PROJECTS.map((p) => [p.id, p] as const))(
  "goal series properties: %s",
  (_id, project) => {
    // Also municipalities outside the project's list, which get cells of their own.
    const record = recordArb(project).chain((r) =>
      fc
        .constantFrom(r.municipalityCode, "0180")
        .map((municipalityCode) => ({ ...r, municipalityCode })),
    );

    test("the series on each day equals the attainment computed for that day alone", () => {
      fc.assert(
        fc.property(
          fc.array(record, { maxLength: 25 }),
          fc.array(asOfArb(project), { minLength: 1, maxLength: 12 }),
          (records, days) => {
            const series = computeGoalAttainmentSeries(project, records, days);
            days.forEach((day, i) => {
              expect(series[i]).toEqual(computeGoalAttainment(project, records, day));
            });
          },
        ),
        { numRuns: 150 },
      );
    });

    test("between two change days, no goal's classification changes", () => {
      fc.assert(
        fc.property(record, asOfArb(project), dayOffset(400), (r, from, length) => {
          const changes = measurementChangeDays(project, r);
          const to = addDays(from, length);
          // The last change on or before `to` must be on or before `from`.
          if (changes.some((c) => c > from && c <= to)) return;
          for (const goal of project.goals) {
            if (goal.kind === "enrolmentCount") continue;
            expect(classifyParticipant(goal, project, r, to)).toBe(
              classifyParticipant(goal, project, r, from),
            );
          }
        }),
        { numRuns: 500 },
      );
    });

    test("every day of a record's life: classification changes only on a change day", () => {
      fc.assert(
        fc.property(record, (r) => {
          const changes = new Set(measurementChangeDays(project, r));
          const start = addDays(r.enrolledOn, -1);
          const span = daysBetween(start, addDays(r.exit?.date ?? r.enrolledOn, 200));
          for (const goal of project.goals) {
            if (goal.kind === "enrolmentCount") continue;
            let previous = classifyParticipant(goal, project, r, start);
            for (let d = 1; d <= span; d++) {
              const day = addDays(start, d);
              const now = classifyParticipant(goal, project, r, day);
              if (now !== previous) expect(changes.has(day)).toBe(true);
              previous = now;
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  },
);
