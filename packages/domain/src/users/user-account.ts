import { z } from "zod";
import {
  type OrganisationKind,
  OrganisationKindSchema,
  type Role,
  RoleSchema,
} from "../access/roles";
import { type Office, officeServesMunicipality } from "../projects/case-work-settings";
import { ProjectIdSchema } from "../projects/project-definition";
import { textSchema } from "../text/text-schema";
import type { ValidationMessageKey } from "../validation/message-keys";
import { MunicipalityCodeSchema } from "../vocabularies/municipalities";

/** The organisation each role works for; evaluators and administrators may be either. */
export function organisationsForRole(role: Role): readonly OrganisationKind[] {
  if (role === "officer") return ["af"];
  if (role === "coordinator") return ["kommun"];
  return ["af", "kommun"];
}

/**
 * A user account as the administrator writes it (create and update alike). The
 * subject is the identity provider's "sub"; when left out, the user is matched on
 * the e-mail address at their first login and the subject stored then.
 */
export const UserAccountSchema = z
  .object({
    subject: textSchema()
      .trim()
      .min(1, { error: "validation.user.subject.required" })
      .max(200, { error: "validation.user.subject.tooLong" })
      .nullable(),
    name: textSchema({ typeError: "validation.user.name.required" })
      .trim()
      .min(1, { error: "validation.user.name.required" })
      .max(200, { error: "validation.user.name.tooLong" }),
    email: z
      .string({ error: "validation.user.email.format" })
      .trim()
      .max(254, { error: "validation.user.email.format" })
      .pipe(z.email({ error: "validation.user.email.format" })),
    role: RoleSchema,
    organisation: OrganisationKindSchema,
    office: textSchema()
      .trim()
      .min(1, { error: "validation.user.office.required" })
      .max(100, { error: "validation.user.office.required" })
      .nullable(),
    municipalityCode: MunicipalityCodeSchema.nullable(),
    projectIds: z.array(ProjectIdSchema).min(1, { error: "validation.user.projectIds.required" }),
  })
  .superRefine((account, ctx) => {
    for (const { field, messageKey } of validateUserAccountShape(account)) {
      ctx.addIssue({ code: "custom", path: [field], message: messageKey });
    }
  });
export type UserAccount = z.infer<typeof UserAccountSchema>;

export interface UserAccountError {
  field: "organisation" | "office" | "municipalityCode" | "projectIds";
  messageKey: ValidationMessageKey;
}

type Shape = Pick<UserAccount, "role" | "organisation" | "office" | "municipalityCode">;

/** The rules that need no project: the organisation fits the role, each role has its scope. */
export function validateUserAccountShape(account: Shape): UserAccountError[] {
  const errors: UserAccountError[] = [];
  if (!organisationsForRole(account.role).includes(account.organisation)) {
    errors.push({ field: "organisation", messageKey: "validation.user.organisation.notForRole" });
  }
  if (account.role === "officer" && !account.office) {
    errors.push({ field: "office", messageKey: "validation.user.office.required" });
  }
  if (account.role === "coordinator" && !account.municipalityCode) {
    errors.push({
      field: "municipalityCode",
      messageKey: "validation.user.municipalityCode.required",
    });
  }
  return errors;
}

/**
 * The rules against a project the user works in: an officer's office is one of
 * the project's (any office when the project lists none), a coordinator's
 * municipality is one of the project's.
 */
export function validateUserAccountInProject(
  project: {
    id: string;
    municipalities: readonly string[];
    offices?: readonly Office[] | undefined;
  },
  account: Shape & Pick<UserAccount, "projectIds">,
): UserAccountError[] {
  const errors: UserAccountError[] = [];
  if (!account.projectIds.includes(project.id)) {
    errors.push({ field: "projectIds", messageKey: "validation.user.projectIds.required" });
  }
  if (
    account.role === "officer" &&
    account.office &&
    project.offices &&
    !project.offices.some((o) => o.name === account.office)
  ) {
    errors.push({ field: "office", messageKey: "validation.user.office.notInProject" });
  }
  if (
    account.role === "coordinator" &&
    account.municipalityCode &&
    !project.municipalities.includes(account.municipalityCode)
  ) {
    errors.push({
      field: "municipalityCode",
      messageKey: "validation.user.municipalityCode.notInProject",
    });
  }
  return errors;
}

/** The account schema for a form in one project: the shape rules and the project's. */
export function userAccountSchemaFor(project: Parameters<typeof validateUserAccountInProject>[0]) {
  return UserAccountSchema.superRefine((account, ctx) => {
    for (const { field, messageKey } of validateUserAccountInProject(project, account)) {
      ctx.addIssue({ code: "custom", path: [field], message: messageKey });
    }
  });
}

/**
 * Whether a user may take over a participant's case as officer (`officer`) or
 * coordinator: active, of that role, in the project; an officer of an office
 * that serves the participant's municipality, a coordinator of that municipality. A list of message keys, empty when they may.
 */
export function validateNewOwner(
  project: { offices?: readonly Office[] | undefined },
  owner: {
    active: boolean;
    role: Role;
    projectIds: readonly string[];
    office: string | null;
    municipalityCode: string | null;
  },
  as: "officer" | "coordinator",
  enrolment: { projectId: string; municipalityCode: string },
): ValidationMessageKey[] {
  if (!owner.active) return ["validation.user.owner.inactive"];
  if (owner.role !== as) return ["validation.user.owner.wrongRole"];
  if (!owner.projectIds.includes(enrolment.projectId))
    return ["validation.user.owner.notInProject"];
  if (
    as === "officer" &&
    !officeServesMunicipality(project, owner.office, enrolment.municipalityCode)
  ) {
    return ["validation.user.owner.officeNotServing"];
  }
  if (as === "coordinator" && owner.municipalityCode !== enrolment.municipalityCode) {
    return ["validation.user.owner.otherMunicipality"];
  }
  return [];
}

/** The refusals of user administration that need the database to decide (the API makes them). */
export const USER_ADMIN_REFUSALS = {
  deactivateSelf: "validation.user.deactivate.self",
  emailTaken: "validation.user.email.taken",
  enrolmentNotActive: "validation.user.enrolment.notActive",
  sameOwner: "validation.user.owner.same",
  subjectTaken: "validation.user.subject.taken",
} as const satisfies Record<string, ValidationMessageKey>;
