import { z } from "zod";
import { compareIsoDates } from "../dates/calendar";
import { IsoDateSchema } from "../dates/iso-date";

/**
 * Consent and legal basis (GDPR art. 6, 9 and 13; OSL 10 kap. 1 §). AF and the
 * municipality are separate authorities: secrecy between them is lifted for a
 * participant only by the participant's consent. ADR 0016.
 */

/** The version of the art. 13 information text the participant was given (docs/privacy.md). */
export const PRIVACY_NOTICE_VERSION = "2026-12" as const;

/** The participant's answer on sharing information between AF and the municipality. */
export const SHARING_CONSENT_STATUSES = ["given", "declined", "withdrawn"] as const;
export const SharingConsentStatusSchema = z.enum(SHARING_CONSENT_STATUSES, {
  error: "validation.consent.sharing.required",
});
export type SharingConsentStatus = z.infer<typeof SharingConsentStatusSchema>;

/** Why OPIS processes the person's data; each purpose has its own legal basis. */
export const PROCESSING_PURPOSES = [
  "caseWork",
  "sharingWithMunicipality",
  "esfReporting",
  "evaluation",
] as const;
export type ProcessingPurpose = (typeof PROCESSING_PURPOSES)[number];

/** GDPR art. 6.1 bases OPIS uses: public task (e), legal obligation (c), consent (a). */
export const LEGAL_BASES = ["publicTask", "legalObligation", "consent"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * The basis of each purpose. Case work is AF's and the municipality's public task;
 * ESF reporting a legal obligation under the ESF+ regulation; evaluation a public
 * task on pseudonymised data; sharing between the authorities rests on consent.
 */
export const LEGAL_BASIS_BY_PURPOSE: Readonly<Record<ProcessingPurpose, LegalBasis>> = {
  caseWork: "publicTask",
  sharingWithMunicipality: "consent",
  esfReporting: "legalObligation",
  evaluation: "publicTask",
};

/**
 * The art. 9 basis for the disability fact (health data): the participant's explicit
 * consent, or that it is not recorded at all. Without one of these, intake may not
 * store it as "yes".
 */
export const HEALTH_DATA_BASES = ["explicitConsent", "notRecorded"] as const;
export const HealthDataBasisSchema = z.enum(HEALTH_DATA_BASES, {
  error: "validation.consent.healthDataBasis.required",
});
export type HealthDataBasis = z.infer<typeof HealthDataBasisSchema>;

/** What the officer records at intake, with the participant present. */
export const ConsentAtIntakeSchema = z.object({
  /** The day the participant was given the art. 13 information. */
  informedOn: IsoDateSchema,
  /** Which text version they were given. */
  noticeVersion: z.literal(PRIVACY_NOTICE_VERSION, {
    error: "validation.consent.noticeVersion.invalid",
  }),
  sharing: z.enum(["given", "declined"], { error: "validation.consent.sharing.required" }),
  /** The day the participant answered. */
  decidedOn: IsoDateSchema,
  healthDataBasis: HealthDataBasisSchema,
});
export type ConsentAtIntake = z.infer<typeof ConsentAtIntakeSchema>;

/** A consent as stored: the answer, and when and by whom it was withdrawn. */
export interface SharingConsentState {
  status: SharingConsentStatus;
  decidedOn: string;
  withdrawnOn: string | null;
}

export interface ConsentFieldError {
  field: keyof ConsentAtIntake;
  messageKey:
    | "validation.consent.informedOn.future"
    | "validation.consent.decidedOn.future"
    | "validation.consent.decidedOn.beforeInformed"
    | "validation.consent.healthDataBasis.mismatch";
}

/**
 * Checks a consent record against the day it is recorded and the facts: no dates in
 * the future, the answer not before the information, and a disability recorded as
 * "yes" only with explicit consent (art. 9.2 a).
 */
export function validateConsentAtIntake(
  consent: ConsentAtIntake,
  today: string,
  hasDisabilityRecorded: boolean,
): ConsentFieldError[] {
  const errors: ConsentFieldError[] = [];
  if (compareIsoDates(consent.informedOn, today) > 0) {
    errors.push({ field: "informedOn", messageKey: "validation.consent.informedOn.future" });
  }
  if (compareIsoDates(consent.decidedOn, today) > 0) {
    errors.push({ field: "decidedOn", messageKey: "validation.consent.decidedOn.future" });
  } else if (compareIsoDates(consent.decidedOn, consent.informedOn) < 0) {
    errors.push({ field: "decidedOn", messageKey: "validation.consent.decidedOn.beforeInformed" });
  }
  if (hasDisabilityRecorded && consent.healthDataBasis !== "explicitConsent") {
    errors.push({
      field: "healthDataBasis",
      messageKey: "validation.consent.healthDataBasis.mismatch",
    });
  }
  return errors;
}

/**
 * What the municipality may see of a participant (ADR 0016):
 * - "full" with the participant's consent given and not withdrawn;
 * - "full" too when no answer is recorded (enrolments from before OPIS recorded consent;
 *   the municipality's own task covered them) — to be re-asked at the next meeting;
 * - "none" when the participant declined or withdrew: secrecy between the authorities
 *   applies, and the municipality's coordinator sees only that such participants exist.
 */
export type MunicipalityAccess = "full" | "none";

export function municipalityAccess(consent: SharingConsentState | null): MunicipalityAccess {
  if (consent === null) return "full";
  return consent.status === "given" && consent.withdrawnOn === null ? "full" : "none";
}

/** The stored statuses that keep the municipality out; the database query mirrors the rule with it. */
export const STATUSES_WITHOUT_MUNICIPALITY_ACCESS: readonly SharingConsentStatus[] =
  SHARING_CONSENT_STATUSES.filter(
    (status) =>
      municipalityAccess({ status, decidedOn: "2026-01-01", withdrawnOn: null }) === "none",
  );

/** A withdrawal: the day, which must not be before the consent or in the future. */
export const ConsentWithdrawalSchema = z.object({ withdrawnOn: IsoDateSchema });

export function validateWithdrawal(
  consent: SharingConsentState,
  withdrawnOn: string,
  today: string,
):
  | "validation.consent.withdrawnOn.future"
  | "validation.consent.withdrawnOn.beforeConsent"
  | "validation.consent.notGiven"
  | null {
  if (consent.status !== "given") return "validation.consent.notGiven";
  if (compareIsoDates(withdrawnOn, today) > 0) return "validation.consent.withdrawnOn.future";
  if (compareIsoDates(withdrawnOn, consent.decidedOn) < 0)
    return "validation.consent.withdrawnOn.beforeConsent";
  return null;
}
