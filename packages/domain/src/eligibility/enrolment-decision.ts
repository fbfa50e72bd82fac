import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date";
import type { ProjectDefinition } from "../projects/project-definition";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import { MUNICIPALITIES, type MunicipalityCode } from "../vocabularies/municipalities";
import type { EligibilityAssessment } from "./assess-eligibility";

const municipalityCodes = MUNICIPALITIES.map((m) => m.code) as [
  MunicipalityCode,
  ...MunicipalityCode[],
];

export const EXCEPTION_JUSTIFICATION_MIN_LENGTH = 20;

/** The officer's decision to enrol a person after the eligibility assessment. */
export const EnrolmentDecisionSchema = z.object({
  startDate: IsoDateSchema,
  municipalityCode: z.enum(municipalityCodes, {
    error: "validation.enrolment.municipalityCode.invalid",
  }),
  coordinatorUserId: z.uuid({ error: "validation.enrolment.coordinatorUserId.invalid" }).optional(),
  /** Why a person outside a primary ("i första hand") rule is enrolled anyway. */
  exceptionJustification: textSchema({ multiline: true })
    .trim()
    .min(EXCEPTION_JUSTIFICATION_MIN_LENGTH, {
      error: "validation.enrolment.exceptionJustification.tooShort",
    })
    .max(2000, { error: "validation.enrolment.exceptionJustification.tooLong" })
    .optional(),
});
export type EnrolmentDecision = z.infer<typeof EnrolmentDecisionSchema>;

export interface DecisionFieldError {
  /** The decision field at fault, or null for the decision as a whole. */
  field: keyof EnrolmentDecision | null;
  messageKey: ValidationMessageKey;
}

/**
 * Checks a decision against the assessment it rests on: nobody outside a
 * required rule is enrolled, and an exception carries its justification.
 */
export function validateEnrolmentDecision(
  assessment: EligibilityAssessment,
  decision: EnrolmentDecision,
  project?: Pick<ProjectDefinition, "municipalities">,
): DecisionFieldError[] {
  if (assessment.outcome === "notEligible") {
    return [{ field: null, messageKey: "validation.enrolment.notEligible" }];
  }
  const errors: DecisionFieldError[] = [];
  if (assessment.outcome === "eligibleByException") {
    const text = decision.exceptionJustification?.trim() ?? "";
    if (text === "") {
      errors.push({
        field: "exceptionJustification",
        messageKey: "validation.enrolment.exceptionJustification.required",
      });
    } else if (text.length < EXCEPTION_JUSTIFICATION_MIN_LENGTH) {
      errors.push({
        field: "exceptionJustification",
        messageKey: "validation.enrolment.exceptionJustification.tooShort",
      });
    }
  }
  if (project && !project.municipalities.includes(decision.municipalityCode)) {
    errors.push({
      field: "municipalityCode",
      messageKey: "validation.enrolment.municipalityCode.notInProject",
    });
  }
  if (decision.startDate < assessment.asOf) {
    errors.push({
      field: "startDate",
      messageKey: "validation.enrolment.startDate.beforeAssessment",
    });
  }
  return errors;
}

/** EnrolmentDecisionSchema plus the checks that need the assessment, for forms. */
export function enrolmentDecisionSchemaFor(
  assessment: EligibilityAssessment,
  project?: Pick<ProjectDefinition, "municipalities">,
) {
  return EnrolmentDecisionSchema.superRefine((decision, ctx) => {
    for (const error of validateEnrolmentDecision(assessment, decision, project)) {
      ctx.addIssue({
        code: "custom",
        message: error.messageKey,
        path: error.field ? [error.field] : [],
      });
    }
  });
}
