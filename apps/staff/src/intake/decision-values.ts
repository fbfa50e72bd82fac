import {
  assessEligibility,
  type ConsentAtIntake,
  ConsentAtIntakeSchema,
  type DeclineDecision,
  DeclineDecisionSchema,
  type EnrolmentDecision,
  EnrolmentDecisionSchema,
  enrolmentDecisionSchemaFor,
  type IntakeFacts,
  PRIVACY_NOTICE_VERSION,
  type ProjectDefinition,
  validateConsentAtIntake,
} from "@opis/domain";

export interface DecisionValues {
  kind: "enrol" | "decline" | "";
  startDate: string;
  municipalityCode: string;
  coordinatorUserId: string;
  exceptionJustification: string;
  reason: string;
  note: string;
  /** Information and consent (ADR 0016), asked with the participant present at enrolment. */
  consentInformed: boolean;
  consentInformedOn: string;
  consentSharing: "given" | "declined" | "";
  consentDecidedOn: string;
  consentHealthData: "explicitConsent" | "notRecorded" | "";
}

/** The decision form before anything is chosen: dates default to today. */
export function emptyDecision(today: string, municipalityCode: string): DecisionValues {
  return {
    kind: "",
    startDate: today,
    municipalityCode,
    coordinatorUserId: "",
    exceptionJustification: "",
    reason: "",
    note: "",
    consentInformed: false,
    consentInformedOn: today,
    consentSharing: "",
    consentDecidedOn: today,
    consentHealthData: "",
  };
}

/** The decision as a saved draft left it, over the empty one for what it does not say. */
export function restoreDecision(
  empty: DecisionValues,
  entries: { decision?: Partial<DecisionValues> | undefined },
): DecisionValues {
  const saved = Object.fromEntries(
    Object.entries(entries.decision ?? {}).filter(([, value]) => value !== undefined),
  );
  return { ...empty, ...saved };
}

/** The decision form's consent field for each field of the domain's ConsentAtIntake. */
export const CONSENT_FIELDS: Readonly<Record<keyof ConsentAtIntake, DecisionField>> = {
  informedOn: "consentInformedOn",
  noticeVersion: "consentInformed",
  sharing: "consentSharing",
  decidedOn: "consentDecidedOn",
  healthDataBasis: "consentHealthData",
};

export type DecisionField = Exclude<keyof DecisionValues, never>;

/** Errors about the decision: message keys by field, and one about the decision as a whole. */
export interface DecisionErrors {
  fields: Partial<Record<DecisionField, string>>;
  general: string | undefined;
}

export const NO_DECISION_ERRORS: DecisionErrors = { fields: {}, general: undefined };

export type CheckedDecision =
  | { kind: "enrol"; decision: EnrolmentDecision; consent: ConsentAtIntake }
  | { kind: "decline"; decision: DeclineDecision };

interface Issue {
  path: PropertyKey[];
  message: string;
}

function collect(issues: readonly Issue[]): DecisionErrors {
  const errors: DecisionErrors = { fields: {}, general: undefined };
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string") errors.fields[field as DecisionField] ??= issue.message;
    else errors.general ??= issue.message;
  }
  return errors;
}

/**
 * Checks the decision with the domain's schemas. With complete facts the
 * enrolment is checked against their assessment too (exception needs a
 * justification; a person outside a required rule cannot be enrolled).
 */
export function checkDecision(
  values: DecisionValues,
  facts: IntakeFacts | null,
  project: ProjectDefinition,
  today: string,
): { ok: true; checked: CheckedDecision } | { ok: false; errors: DecisionErrors } {
  if (values.kind === "enrol") {
    const candidate = {
      startDate: values.startDate.trim(),
      municipalityCode: values.municipalityCode,
      ...(values.coordinatorUserId ? { coordinatorUserId: values.coordinatorUserId } : {}),
      ...(values.exceptionJustification.trim()
        ? { exceptionJustification: values.exceptionJustification.trim() }
        : {}),
    };
    const schema = facts
      ? enrolmentDecisionSchemaFor(assessEligibility(project, facts, today))
      : EnrolmentDecisionSchema;
    const result = schema.safeParse(candidate);
    const consent = ConsentAtIntakeSchema.safeParse({
      informedOn: values.consentInformedOn.trim(),
      noticeVersion: values.consentInformed ? PRIVACY_NOTICE_VERSION : "",
      sharing: values.consentSharing || undefined,
      decidedOn: values.consentDecidedOn.trim(),
      healthDataBasis: values.consentHealthData || undefined,
    });
    const errors = result.success ? NO_DECISION_ERRORS : collect(result.error.issues);
    const fields = { ...errors.fields };
    const consentIssues = consent.success
      ? validateConsentAtIntake(
          consent.data,
          today,
          facts?.hasDisabilityReducingWorkCapacity ?? false,
        ).map((e) => ({ path: [e.field], message: e.messageKey }))
      : consent.error.issues;
    for (const issue of consentIssues) {
      const field = CONSENT_FIELDS[issue.path[0] as keyof ConsentAtIntake];
      if (field) fields[field] ??= issue.message;
    }
    if (result.success && consent.success && consentIssues.length === 0) {
      return { ok: true, checked: { kind: "enrol", decision: result.data, consent: consent.data } };
    }
    return { ok: false, errors: { fields, general: errors.general } };
  }
  if (values.kind === "decline") {
    const result = DeclineDecisionSchema.safeParse({
      reason: values.reason,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    });
    return result.success
      ? { ok: true, checked: { kind: "decline", decision: result.data } }
      : { ok: false, errors: collect(result.error.issues) };
  }
  return {
    ok: false,
    errors: { fields: { kind: "staff.decision.kindRequired" }, general: undefined },
  };
}

/** The id of the control an error about a decision field links to. */
export function decisionFieldId(field: DecisionField): string {
  return `decision-${field}`;
}
