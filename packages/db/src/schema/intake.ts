import type { IntakeFacts } from "@opis/domain";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { people } from "./people";
import { users } from "./users";

export type IntakeStatus = "draft" | "enrolled" | "declined";
export type EligibilityOutcome = "eligible" | "eligibleByException" | "notEligible";

/**
 * A target-group assessment (kartläggning vid inskrivning). The facts are kept
 * as entered, even partly filled while a draft, so nothing typed is lost; the
 * eligibility result is the server's snapshot at the decision.
 */
export const intakes = pgTable(
  "intakes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: text("project_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    officerUserId: uuid("officer_user_id")
      .notNull()
      .references(() => users.id),
    status: text("status").$type<IntakeStatus>().notNull().default("draft"),
    facts: jsonb("facts").$type<Partial<IntakeFacts>>().notNull().default({}),
    /**
     * What a draft holds that is not yet a valid fact (a "Ja" whose date is still being typed)
     * and the decision as far as it has been filled in; the API's schema bounds it.
     */
    draftEntries: jsonb("draft_entries").$type<Record<string, unknown>>().notNull().default({}),
    eligibilityOutcome: text("eligibility_outcome").$type<EligibilityOutcome>(),
    eligibility: jsonb("eligibility").$type<unknown>(),
    exceptionJustification: text("exception_justification"),
    declineReason: text("decline_reason"),
    declineNote: text("decline_note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("intakes_person_idx").on(t.personId),
    index("intakes_officer_status_idx").on(t.officerUserId, t.status),
  ],
);
