import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityState } from "./activity-state";

const day = fc
  .date({ min: new Date("2024-01-01"), max: new Date("2028-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("activityState", () => {
  it("reads the examples as a participant would", () => {
    const a = { startDate: "2026-03-02", endDate: "2026-03-27" };
    expect(activityState(a, "2026-03-01")).toBe("planned");
    expect(activityState(a, "2026-03-02")).toBe("ongoing");
    expect(activityState(a, "2026-03-27")).toBe("ongoing");
    expect(activityState(a, "2026-03-28")).toBe("done");
    expect(activityState({ startDate: "2026-03-02", endDate: null }, "2027-01-01")).toBe("ongoing");
  });

  it("is ongoing exactly on the days from start to end, both included", () => {
    fc.assert(
      fc.property(day, day, day, (start, end, today) => {
        fc.pre(start <= end);
        const state = activityState({ startDate: start, endDate: end }, today);
        expect(state === "ongoing").toBe(start <= today && today <= end);
        expect(state === "planned").toBe(today < start);
        expect(state === "done").toBe(today > end);
      }),
    );
  });
});
