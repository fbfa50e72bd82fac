import { z } from "zod";

/**
 * Who a user is to the platform. Roles and their scopes come from the server's
 * user records, never from the browser or the identity provider's claims.
 */
export const ROLES = ["officer", "coordinator", "evaluator", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** The organisations taking part: AF, or a municipality. */
export const ORGANISATION_KINDS = ["af", "kommun"] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;
