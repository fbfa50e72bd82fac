import type { Gender } from "@opis/domain";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";

/**
 * A person known to the platform. Direct identifiers live only here, so that
 * access to them can be controlled and logged in one place.
 */
export const people = pgTable("people", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Canonical 12-digit personnummer or samordningsnummer. */
  personalIdentityNumber: text("personal_identity_number").notNull().unique(),
  identityKind: text("identity_kind").$type<"personnummer" | "samordningsnummer">().notNull(),
  givenName: text("given_name").notNull(),
  familyName: text("family_name").notNull(),
  gender: text("gender").$type<Gender>().notNull(),
  birthDate: isoDate("birth_date").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /** Set when the retention rule replaced the person's identity by a pseudonym (ADR 0016). */
  pseudonymisedAt: timestamp("pseudonymised_at", { withTimezone: true }),
});
