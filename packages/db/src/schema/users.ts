import type { OrganisationKind, Role } from "@opis/domain";
import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * People who log in. Role and scope live here, on the server, and are never
 * taken from the browser or the identity provider's claims.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The identity provider's stable subject ("sub") for this user. */
    subject: text("subject").notNull().unique(),
    name: text("name").notNull(),
    email: text("email"),
    role: text("role").$type<Role>().notNull(),
    organisation: text("organisation").$type<OrganisationKind>().notNull(),
    /** AF office (arbetsförmedlingskontor) an officer belongs to, e.g. "Jönköping". */
    office: text("office"),
    /** The municipality a coordinator works for. */
    municipalityCode: text("municipality_code"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_office_idx").on(t.office),
    index("users_municipality_idx").on(t.municipalityCode),
  ],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** The ID token, kept for RP-initiated logout at the identity provider. */
    idToken: text("id_token"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** An OIDC authorization request in flight (state, nonce and PKCE verifier). */
export const authRequests = pgTable("auth_requests", {
  state: text("state").primaryKey(),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  returnTo: text("return_to").notNull(),
  createdAt: createdAt(),
});
