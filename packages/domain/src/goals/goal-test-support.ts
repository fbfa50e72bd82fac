import fc from "fast-check";
import { addDays } from "../dates/calendar";
import type { Assessment } from "../instruments/assessment";
import { AGE_BANDS } from "../intake/age-band";
import type { ProjectDefinition } from "../projects/project-definition";
import { EXIT_REASONS, EXIT_STATUSES } from "../vocabularies/exit";
import { FOLLOW_UP_OUTCOMES } from "../vocabularies/follow-up";
import { GENDERS } from "../vocabularies/gender";
import type { ParticipantRecord } from "./participant-record";

// Test support for the goal engine: a record factory and fast-check arbitraries (not exported).

/** A participant enrolled 2025-02-01 with no obstacles; override what a test is about. */
export function participant(overrides: Partial<ParticipantRecord> = {}): ParticipantRecord {
  return {
    participantId: "x",
    gender: "woman",
    birthDate: "1980-01-01",
    municipalityCode: "0680",
    enrolledOn: "2025-02-01",
    obstacles: {
      disability: false,
      ageBand: "30to54",
      bornOutsideEurope: false,
      lowEducation: false,
    },
    priorityGroups: [],
    assessments: [],
    ...overrides,
  };
}

export const dayOffset = (max: number) => fc.integer({ min: 0, max });

export function recordArb(project: ProjectDefinition): fc.Arbitrary<ParticipantRecord> {
  const instrumentIds = project.instruments.map((i) => i.id);
  const assessmentArb = fc.record({
    instrumentId: fc.constantFrom(...instrumentIds, "languageLevel"),
    phase: fc.constantFrom("baseline", "periodic", "exit", "followUp") as fc.Arbitrary<
      Assessment["phase"]
    >,
    offset: dayOffset(500),
    value: fc.integer({ min: 1, max: 10 }),
    area: fc.constantFrom(undefined, "finances", "health"),
  });
  return fc
    .record({
      id: fc.uuid(),
      gender: fc.constantFrom(...GENDERS),
      municipalityCode: fc.constantFrom(...project.municipalities),
      enrolOffset: dayOffset(1100),
      exit: fc.option(
        fc.record({
          offset: dayOffset(400),
          reason: fc.constantFrom(...EXIT_REASONS),
          status: fc.constantFrom(...EXIT_STATUSES),
        }),
        { nil: undefined },
      ),
      followUp: fc.option(
        fc.record({ outcome: fc.constantFrom(...FOLLOW_UP_OUTCOMES), offset: dayOffset(200) }),
        {
          nil: undefined,
        },
      ),
      obstacles: fc.record({
        disability: fc.option(fc.boolean(), { nil: null }),
        ageBand: fc.constantFrom(...AGE_BANDS),
        bornOutsideEurope: fc.option(fc.boolean(), { nil: null }),
        lowEducation: fc.option(fc.boolean(), { nil: null }),
      }),
      assessments: fc.array(assessmentArb, { maxLength: 5 }),
    })
    .map((r) => {
      const enrolledOn = addDays(project.period.start, r.enrolOffset);
      const exitDate = r.exit ? addDays(enrolledOn, r.exit.offset) : null;
      return {
        participantId: r.id,
        gender: r.gender,
        birthDate: "1980-01-01",
        municipalityCode: r.municipalityCode,
        enrolledOn,
        obstacles: r.obstacles,
        priorityGroups: [],
        exit:
          r.exit && exitDate
            ? { date: exitDate, reason: r.exit.reason, status: r.exit.status }
            : undefined,
        followUp:
          r.followUp && exitDate
            ? { outcome: r.followUp.outcome, recordedOn: addDays(exitDate, r.followUp.offset) }
            : undefined,
        assessments: r.assessments.map((a) => ({
          instrumentId: a.instrumentId,
          phase: a.phase,
          assessedOn: addDays(enrolledOn, a.phase === "baseline" ? 0 : a.offset),
          value: a.value,
          ...(a.area === undefined ? {} : { area: a.area }),
        })),
      } satisfies ParticipantRecord;
    });
}

export function asOfArb(project: ProjectDefinition) {
  return dayOffset(1600).map((d) => addDays(project.period.start, d - 100));
}
