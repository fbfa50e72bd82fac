import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, isoDate, updatedAt } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * The employer register a municipality's job-seeker pilot (sökandelots) builds:
 * employers offering internships and jobs, and every contact with them.
 */
export const employers = pgTable(
  "employers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityCode: text("municipality_code").notNull(),
    name: text("name").notNull(),
    /** Organisationsnummer, when known. */
    organisationNumber: text("organisation_number"),
    industry: text("industry"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("employers_municipality_idx").on(t.municipalityCode, t.name)],
);

/** One contact with an employer: who, when, what — before, during or after a placement. */
export const employerContacts = pgTable(
  "employer_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => employers.id, { onDelete: "cascade" }),
    /** The participant the contact was about, if any. */
    enrolmentId: uuid("enrolment_id").references(() => enrolments.id, { onDelete: "set null" }),
    contactedOn: isoDate("contacted_on").notNull(),
    channel: text("channel").$type<"visit" | "phone" | "email" | "meeting" | "other">().notNull(),
    summary: text("summary").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("employer_contacts_employer_idx").on(t.employerId, t.contactedOn)],
);
