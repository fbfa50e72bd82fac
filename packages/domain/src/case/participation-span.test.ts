import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../dates/calendar";
import { isInParticipation, participationOverlaps } from "./participation-span";

describe("the attendance window of a participation", () => {
  const span = { startDate: "2026-03-04", exitDate: "2026-03-11" };
  const cases = [
    { date: "2026-03-03", in: false },
    { date: "2026-03-04", in: true },
    { date: "2026-03-11", in: true },
    { date: "2026-03-12", in: false },
  ];
  for (const tc of cases) test(tc.date, () => expect(isInParticipation(tc.date, span)).toBe(tc.in));
  test("an active participation is open-ended", () => {
    expect(isInParticipation("2030-01-01", { startDate: "2026-03-04", exitDate: null })).toBe(true);
  });
  test("a week overlaps exactly when one of its days is in the participation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.option(fc.integer({ min: 0, max: 20 })),
        (weekOffset, length) => {
          const s = {
            startDate: "2026-03-04",
            exitDate: length === null ? null : addDays("2026-03-04", length),
          };
          const from = addDays("2026-03-04", weekOffset);
          const days = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(from, d));
          expect(participationOverlaps(s, from, addDays(from, 6))).toBe(
            days.some((d) => isInParticipation(d, s)),
          );
        },
      ),
    );
  });
});
