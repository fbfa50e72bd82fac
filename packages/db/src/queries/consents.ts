// Consent and legal basis per intake (ADR 0016).
import { STATUSES_WITHOUT_MUNICIPALITY_ACCESS } from "@opis/domain";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "../database";
import { enrolments, sharingConsents } from "../schema";

export type SharingConsentRecord = typeof sharingConsents.$inferSelect;
export type NewSharingConsent = typeof sharingConsents.$inferInsert;

export async function insertSharingConsent(
  db: Executor,
  values: NewSharingConsent,
): Promise<SharingConsentRecord> {
  const [row] = await db.insert(sharingConsents).values(values).returning();
  if (!row) throw new Error("consent insert returned nothing");
  return row;
}

/** The consent recorded at the intake behind this enrolment, if any. */
export async function findConsentForEnrolment(
  db: Executor,
  enrolmentId: string,
): Promise<SharingConsentRecord | undefined> {
  const rows = await db
    .select({ consent: sharingConsents })
    .from(enrolments)
    .innerJoin(sharingConsents, eq(sharingConsents.intakeId, enrolments.intakeId))
    .where(eq(enrolments.id, enrolmentId))
    .limit(1);
  return rows[0]?.consent;
}

/** Every consent of the person (for the register extract). */
export async function listConsentsOfPerson(
  db: Executor,
  personId: string,
): Promise<SharingConsentRecord[]> {
  return db.select().from(sharingConsents).where(eq(sharingConsents.personId, personId));
}

export interface WithdrawConsentInput {
  withdrawnOn: string;
  withdrawnByUserId: string;
  at: Date;
}

/** Marks a given consent withdrawn; returns the row, or undefined if it was not "given". */
export async function withdrawSharingConsent(
  db: Executor,
  consentId: string,
  input: WithdrawConsentInput,
): Promise<SharingConsentRecord | undefined> {
  const [row] = await db
    .update(sharingConsents)
    .set({
      status: "withdrawn",
      withdrawnOn: input.withdrawnOn,
      withdrawnByUserId: input.withdrawnByUserId,
      withdrawnAt: input.at,
      updatedAt: input.at,
    })
    .where(and(eq(sharingConsents.id, consentId), eq(sharingConsents.status, "given")))
    .returning();
  return row;
}

/**
 * Active participations in the municipality the coordinator may not see because the
 * participant declined or withdrew consent: counted, so the list can say why.
 */
export async function countWithheldFromMunicipality(
  db: Executor,
  municipalityCode: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enrolments)
    .innerJoin(sharingConsents, eq(sharingConsents.intakeId, enrolments.intakeId))
    .where(
      and(
        eq(enrolments.municipalityCode, municipalityCode as never),
        eq(enrolments.status, "active"),
        inArray(sharingConsents.status, [...STATUSES_WITHOUT_MUNICIPALITY_ACCESS]),
      ),
    );
  return Number(row?.n ?? 0);
}
