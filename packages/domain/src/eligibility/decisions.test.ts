import { describe, expect, test } from "vitest";
import type { EligibilityAssessment, EligibilityOutcome } from "./assess-eligibility";
import { DeclineDecisionSchema } from "./decline-decision";
import {
  type EnrolmentDecision,
  EnrolmentDecisionSchema,
  enrolmentDecisionSchemaFor,
  validateEnrolmentDecision,
} from "./enrolment-decision";

function assessment(outcome: EligibilityOutcome): EligibilityAssessment {
  return {
    projectId: "opis",
    asOf: "2025-03-01",
    outcome,
    rules: [],
    priorityGroups: [],
    obstacles: {
      disability: false,
      ageBand: "30to54",
      bornOutsideEurope: false,
      lowEducation: false,
    },
  };
}

const decision: EnrolmentDecision = { startDate: "2025-03-03", municipalityCode: "0680" };
const justification = "Inskriven 20 månader men har långvarigt försörjningsstöd.";

describe("validateEnrolmentDecision", () => {
  const cases: {
    name: string;
    outcome: EligibilityOutcome;
    decision: EnrolmentDecision;
    want: string[];
  }[] = [
    { name: "eligible needs no justification", outcome: "eligible", decision, want: [] },
    {
      name: "exception without justification",
      outcome: "eligibleByException",
      decision,
      want: ["exceptionJustification:validation.enrolment.exceptionJustification.required"],
    },
    {
      name: "exception with a short justification",
      outcome: "eligibleByException",
      decision: { ...decision, exceptionJustification: "för kort" },
      want: ["exceptionJustification:validation.enrolment.exceptionJustification.tooShort"],
    },
    {
      name: "exception with a justification",
      outcome: "eligibleByException",
      decision: { ...decision, exceptionJustification: justification },
      want: [],
    },
    {
      name: "not eligible cannot be enrolled, justification or not",
      outcome: "notEligible",
      decision: { ...decision, exceptionJustification: justification },
      want: ["form:validation.enrolment.notEligible"],
    },
    {
      name: "start before the assessment",
      outcome: "eligible",
      decision: { ...decision, startDate: "2025-02-28" },
      want: ["startDate:validation.enrolment.startDate.beforeAssessment"],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const errors = validateEnrolmentDecision(assessment(tc.outcome), tc.decision);
      expect(errors.map((e) => `${e.field ?? "form"}:${e.messageKey}`)).toEqual(tc.want);
    });
  }
  test("the form schema reports the same errors on their paths", () => {
    const result = enrolmentDecisionSchemaFor(assessment("eligibleByException")).safeParse(
      decision,
    );
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["exceptionJustification", "validation.enrolment.exceptionJustification.required"],
    ]);
  });
  test("the base schema checks field formats", () => {
    const result = EnrolmentDecisionSchema.safeParse({
      startDate: "2025-02-30",
      municipalityCode: "1234",
      coordinatorUserId: "not-a-uuid",
      exceptionJustification: "   kort   ",
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      "validation.date.invalid",
      "validation.enrolment.coordinatorUserId.invalid",
      "validation.enrolment.exceptionJustification.tooShort",
      "validation.enrolment.municipalityCode.invalid",
    ]);
  });
});

describe("DeclineDecisionSchema", () => {
  const cases = [
    { input: { reason: "participantDeclined" }, want: [] },
    { input: { reason: "other" }, want: ["validation.decline.note.required"] },
    { input: { reason: "other", note: "  " }, want: ["validation.decline.note.required"] },
    { input: { reason: "other", note: "Flyttar utomlands." }, want: [] },
    { input: { reason: "bored" }, want: ["validation.decline.reason.invalid"] },
    {
      input: { reason: "projectFull", note: "x".repeat(2001) },
      want: ["validation.decline.note.tooLong"],
    },
  ];
  for (const tc of cases) {
    test(JSON.stringify(tc.input).slice(0, 60), () => {
      const result = DeclineDecisionSchema.safeParse(tc.input);
      expect(result.error?.issues.map((i) => i.message) ?? []).toEqual(tc.want);
    });
  }
});
