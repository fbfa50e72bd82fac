import type { OrganisationKind } from "@opis/domain";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { enrolments } from "./enrolments";
import { users } from "./users";

/**
 * Notes in a participant's case and handover messages between AF and the
 * municipality. A handover is unread for the receiving organisation until
 * someone there opens the participant's messages.
 */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"note" | "handover">().notNull(),
    text: text("text").notNull(),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    authorOrganisation: text("author_organisation").$type<OrganisationKind>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    readBy: uuid("read_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("case_notes_enrolment_idx").on(t.enrolmentId, t.createdAt)],
);
