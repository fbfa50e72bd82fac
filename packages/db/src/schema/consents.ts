import type {
  HealthDataBasis,
  LegalBasis,
  ProcessingPurpose,
  SharingConsentStatus,
} from "@opis/domain";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";
import { intakes } from "./intake";
import { people } from "./people";
import { users } from "./users";

/**
 * The participant's consent to share information between AF and the municipality
 * (lifting secrecy between the authorities), the art. 13 information they were given,
 * and the legal basis of each purpose, recorded at intake (ADR 0016). One row per
 * intake; a withdrawal sets `withdrawn_*`, the answer stays as it was given.
 */
export const sharingConsents = pgTable(
  "sharing_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    intakeId: uuid("intake_id")
      .notNull()
      .references(() => intakes.id),
    informedOn: isoDate("informed_on").notNull(),
    noticeVersion: text("notice_version").notNull(),
    status: text("status").$type<SharingConsentStatus>().notNull(),
    decidedOn: isoDate("decided_on").notNull(),
    healthDataBasis: text("health_data_basis").$type<HealthDataBasis>().notNull(),
    legalBases: jsonb("legal_bases").$type<Record<ProcessingPurpose, LegalBasis>>().notNull(),
    recordedByUserId: uuid("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnOn: isoDate("withdrawn_on"),
    withdrawnByUserId: uuid("withdrawn_by_user_id").references(() => users.id),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("sharing_consents_intake_uq").on(t.intakeId),
    index("sharing_consents_person_idx").on(t.personId),
  ],
);
