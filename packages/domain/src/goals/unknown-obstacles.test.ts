import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { obstacleKey } from "../intake/obstacles";
import { OPIS_PROJECT } from "../projects/opis";
import type { ProjectDefinition } from "../projects/project-definition";
import { computeGoalAttainment } from "./compute-goal-attainment";
import { asOfArb, participant, recordArb } from "./goal-test-support";
import { splitKeys } from "./splits";

const project = OPIS_PROJECT as ProjectDefinition;
const OBSTACLES = ["disability", "bornOutsideEurope", "lowEducation"] as const;

describe("an unknown obstacle (an imported history's 'unknown') is counted as unknown, never as 'no'", () => {
  test("examples: the split key", () => {
    expect(obstacleKey(null)).toBe("unknown");
    expect(obstacleKey(false)).toBe("no");
    expect(obstacleKey(true)).toBe("yes");
    const record = participant({
      obstacles: {
        disability: null,
        ageBand: "30to54",
        bornOutsideEurope: null,
        lowEducation: false,
      },
    });
    expect(splitKeys(project, record)).toMatchObject({
      disability: "unknown",
      bornOutsideEurope: "unknown",
      lowEducation: "no",
    });
  });

  test("property: per obstacle, the enrolment goal's yes/no/unknown cells count exactly the true/false/null facts", () => {
    fc.assert(
      fc.property(
        fc.array(recordArb(project), { maxLength: 40 }),
        asOfArb(project),
        (records, asOf) => {
          const enrolment = computeGoalAttainment(project, records, asOf).goals.find(
            (g) => g.kind === "enrolmentCount",
          );
          if (!enrolment) return;
          const enrolled = records.filter((r) => r.enrolledOn <= asOf);
          for (const obstacle of OBSTACLES) {
            const split = enrolment.splits[obstacle];
            const count = (value: boolean | null) =>
              enrolled.filter((r) => r.obstacles[obstacle] === value).length;
            expect(split.no.numerator, `${obstacle} no`).toBe(count(false));
            expect(split.yes.numerator, `${obstacle} yes`).toBe(count(true));
            expect(split.unknown?.numerator ?? 0, `${obstacle} unknown`).toBe(count(null));
          }
        },
      ),
    );
  });
});
