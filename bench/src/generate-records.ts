import {
  addDays,
  ageBandOf,
  ageOn,
  EXIT_REASONS,
  FOLLOW_UP_OUTCOMES,
  type IntakeFacts,
  OPIS_PROJECT,
  type ParticipantRecord,
} from "@opis/domain";
import { createRandom } from "./prng";

/**
 * Pseudonymous participant records for the goal engine: sizes past the test
 * number files use pseudonymous keys, never personal numbers.
 */
export function generateParticipantRecords(count: number, seed = 1): ParticipantRecord[] {
  const random = createRandom(seed);
  const municipalities = OPIS_PROJECT.municipalities;
  const records: ParticipantRecord[] = [];
  for (let i = 0; i < count; i++) {
    const enrolledOn = addDays("2025-01-02", random.int(0, 650));
    const birthDate = addDays("1960-01-01", random.int(0, 14_000));
    const exited = random.chance(0.6);
    const exitDate = addDays(enrolledOn, random.int(60, 240));
    const baseline = random.int(1, 6);
    records.push({
      participantId: `p${i}`,
      gender: random.chance(0.5) ? "woman" : "man",
      birthDate,
      municipalityCode: random.pick(municipalities),
      enrolledOn,
      obstacles: {
        disability: random.chance(0.2),
        ageBand: ageBandOf(ageOn(birthDate, enrolledOn)),
        bornOutsideEurope: random.chance(0.45),
        lowEducation: random.chance(0.4),
      },
      priorityGroups: [],
      exit: exited
        ? {
            date: exitDate,
            reason: random.chance(0.8) ? "completed" : random.pick(EXIT_REASONS),
            status: "other",
          }
        : null,
      followUp:
        exited && random.chance(0.7)
          ? { outcome: random.pick(FOLLOW_UP_OUTCOMES), recordedOn: addDays(exitDate, 92) }
          : null,
      assessments: [
        {
          instrumentId: "languageLevel",
          phase: "baseline",
          assessedOn: enrolledOn,
          value: baseline,
        },
        {
          instrumentId: "languageLevel",
          phase: "periodic",
          assessedOn: addDays(enrolledOn, 60),
          value: Math.min(6, baseline + random.int(0, 1)),
        },
      ],
    });
  }
  return records;
}

export function generateIntakeFacts(count: number, seed = 1): IntakeFacts[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => ({
    gender: random.chance(0.5) ? "woman" : "man",
    birthDate: addDays("1960-01-01", random.int(0, 14_000)),
    municipalityCode: random.pick(OPIS_PROJECT.municipalities),
    monthsRegisteredAtAf: random.int(0, 120),
    earlierSupportTried: random.chance(0.9),
    labourMarketAssessmentDate: random.chance(0.9)
      ? addDays("2025-06-01", random.int(0, 300))
      : null,
    workAvailabilityPercent: random.pick([25, 50, 75, 100]),
    participatesOnSite: random.chance(0.95),
    hasDisabilityReducingWorkCapacity: random.chance(0.2),
    educationLevel: random.pick(["1", "2", "3", "4", "5", "US"] as const),
    birthRegion: random.pick([
      "sweden",
      "nordic",
      "euEfta",
      "restOfEurope",
      "outsideEurope",
    ] as const),
    languageLevel: random.int(1, 6),
  }));
}
