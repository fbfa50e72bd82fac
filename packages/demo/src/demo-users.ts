import { OPIS_PROJECT, type OrganisationKind, type Role } from "@opis/domain";

export interface DemoUser {
  /** The subject the development identity provider issues for this user. */
  readonly subject: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly organisation: OrganisationKind;
  readonly office: string | null;
  readonly municipalityCode: string | null;
  /** Shown on the development login page, which lists only these. */
  readonly description: string;
  /** The projects the user works in: the demo's (ADR 0028). */
  readonly projectIds: readonly string[];
}

const DEMO_PROJECT_IDS: readonly string[] = [OPIS_PROJECT.id];

/**
 * The demo users the development identity provider offers. Their roles and
 * scopes are seeded into `users`; the IdP only proves who they are.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    subject: "demo-officer-jonkoping",
    name: "Anna Lindqvist",
    email: "anna.lindqvist@example.af.se",
    role: "officer",
    organisation: "af",
    office: "Jönköping",
    municipalityCode: "0680",
    projectIds: DEMO_PROJECT_IDS,
    description: "Arbetsförmedlare, Jönköping",
  },
  {
    subject: "demo-officer-kalmar",
    name: "Erik Johansson",
    email: "erik.johansson@example.af.se",
    role: "officer",
    organisation: "af",
    office: "Kalmar",
    municipalityCode: "0880",
    projectIds: DEMO_PROJECT_IDS,
    description: "Arbetsförmedlare, Kalmar",
  },
  {
    subject: "demo-coordinator-kalmar",
    name: "Maria Svensson",
    email: "maria.svensson@example.kalmar.se",
    role: "coordinator",
    organisation: "kommun",
    office: null,
    municipalityCode: "0880",
    projectIds: DEMO_PROJECT_IDS,
    description: "Kommunal koordinator, Kalmar kommun",
  },
  {
    subject: "demo-coordinator-vastervik",
    name: "Johan Berg",
    email: "johan.berg@example.vastervik.se",
    role: "coordinator",
    organisation: "kommun",
    office: null,
    municipalityCode: "0883",
    projectIds: DEMO_PROJECT_IDS,
    description: "Kommunal koordinator, Västerviks kommun",
  },
  {
    subject: "demo-evaluator",
    name: "Karin Ek",
    email: "karin.ek@example.af.se",
    role: "evaluator",
    organisation: "af",
    office: null,
    municipalityCode: null,
    projectIds: DEMO_PROJECT_IDS,
    description: "Utvärderare, Arbetsförmedlingens analysavdelning",
  },
  {
    subject: "demo-admin",
    name: "Lars Nyström",
    email: "lars.nystrom@example.af.se",
    role: "admin",
    organisation: "af",
    office: null,
    municipalityCode: null,
    projectIds: DEMO_PROJECT_IDS,
    description: "Administratör, projektledningen",
  },
];

/** Which AF office serves which project municipality in the demo data. */
export const DEMO_OFFICE_BY_MUNICIPALITY: Readonly<Record<string, string>> = {
  "0686": "Jönköping",
  "0662": "Jönköping",
  "0680": "Jönköping",
  "0684": "Jönköping",
  "0685": "Jönköping",
  "0862": "Kalmar",
  "0880": "Kalmar",
  "0881": "Kalmar",
  "0882": "Kalmar",
  "0883": "Kalmar",
};

/** The demo users as rows of `users` (for tests that insert them themselves). */
export function demoUserRows() {
  return DEMO_USERS.map(({ description: _description, projectIds, ...user }) => ({
    ...user,
    projectIds: [...projectIds],
  }));
}
