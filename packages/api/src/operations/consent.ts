import type { Transaction } from "@opis/db";
import { insertSharingConsent, type SharingConsentRecord } from "@opis/db";
import {
  type ConsentAtIntake,
  LEGAL_BASIS_BY_PURPOSE,
  municipalityAccess,
  validateConsentAtIntake,
} from "@opis/domain";
import { recordAudit } from "../audit";
import { AppError, fieldErrorsAt } from "../errors";

/**
 * Records the participant's answers at intake (ADR 0016): art. 13 information,
 * consent to share with the municipality, the art. 9 basis for the disability
 * fact, and the legal basis of each purpose. Runs in the caller's transaction.
 */
export async function recordConsentAtIntake(
  tx: Transaction,
  input: {
    consent: ConsentAtIntake;
    personId: string;
    intakeId: string;
    userId: string;
    today: string;
    now: Date;
    hasDisability: boolean;
    /** Where field errors are reported ("consent" on intake.enrol). */
    fieldPrefix: string;
  },
): Promise<SharingConsentRecord> {
  const errors = validateConsentAtIntake(input.consent, input.today, input.hasDisability);
  if (errors.length > 0) {
    throw new AppError("VALIDATION", "errors.validation", fieldErrorsAt(input.fieldPrefix, errors));
  }
  const row = await insertSharingConsent(tx, {
    personId: input.personId,
    intakeId: input.intakeId,
    informedOn: input.consent.informedOn,
    noticeVersion: input.consent.noticeVersion,
    status: input.consent.sharing,
    decidedOn: input.consent.decidedOn,
    healthDataBasis: input.consent.healthDataBasis,
    legalBases: { ...LEGAL_BASIS_BY_PURPOSE },
    recordedByUserId: input.userId,
    recordedAt: input.now,
  });
  await recordAudit(tx, {
    actorUserId: input.userId,
    action: "consent.record",
    subjectType: "consent",
    subjectId: row.id,
    personIds: [input.personId],
    details: { sharing: row.status, healthDataBasis: row.healthDataBasis },
  });
  return row;
}

/** The consent as the apps show it. */
export function consentView(row: SharingConsentRecord | undefined) {
  if (!row) return { recorded: false as const, municipalityAccess: municipalityAccess(null) };
  return {
    recorded: true as const,
    id: row.id,
    status: row.status,
    informedOn: row.informedOn,
    noticeVersion: row.noticeVersion,
    decidedOn: row.decidedOn,
    healthDataBasis: row.healthDataBasis,
    legalBases: row.legalBases,
    recordedAt: row.recordedAt.toISOString(),
    withdrawnOn: row.withdrawnOn,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    municipalityAccess: municipalityAccess({
      status: row.status,
      decidedOn: row.decidedOn,
      withdrawnOn: row.withdrawnOn,
    }),
  };
}
