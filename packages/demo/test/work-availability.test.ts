import { addDays } from "@opis/domain";
import { expect, test } from "vitest";
import { generateDemoData } from "../src/generate";

// ADR 0032: a few running participations show the work availability's end on the to-do list.
test("a few active demo participations have a work availability ending within 30 days", () => {
  const today = "2026-03-16";
  const data = generateDemoData({ participants: 120, seed: 1, today });
  const ending = data.enrolments.filter((e) => e.workAvailabilityUntil);
  expect(ending.length).toBeGreaterThanOrEqual(2);
  for (const e of ending) {
    expect(e.status).toBe("active");
    const until = e.workAvailabilityUntil ?? "";
    expect(until > today && until <= addDays(today, 30)).toBe(true);
    expect(until >= e.startDate).toBe(true);
  }
  // Most participations stay open-ended.
  expect(ending.length).toBeLessThan(data.enrolments.length / 5);
});
