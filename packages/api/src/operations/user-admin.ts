import { randomUUID } from "node:crypto";
import {
  addAssignmentHandover,
  deactivateUser,
  type Executor,
  findEnrolmentOwners,
  findUserByEmail,
  findUserById,
  findUserBySubject,
  insertUser,
  listActiveEnrolmentsOfOfficer,
  setEnrolmentCoordinator,
  setEnrolmentOfficer,
  updateUser,
} from "@opis/db";
import {
  type OrganisationKind,
  type ProjectDefinition,
  USER_ADMIN_REFUSALS,
  type UserAccount,
  validateNewOwner,
  validateUserAccountInProject,
} from "@opis/domain";
import { recordAudit } from "../audit";
import { AppError, fieldErrorsAt } from "../errors";
import { resolveProject } from "./projects";

/**
 * Who does the administration: a user in the console, or null for the CLI
 * (the operator at the database's console, audited without a user).
 */
export interface UserAdministrator {
  id: string | null;
  name: string;
  organisation: OrganisationKind;
  /** The projects the administrator may manage users of; null for the CLI (all). */
  projectIds: readonly string[] | null;
}

/** The subject of an account whose login has not matched yet (matched on e-mail). */
export const UNCLAIMED_SUBJECT_PREFIX = "unclaimed:";

function refuse(field: string, messageKeys: readonly string[]): never {
  throw new AppError("VALIDATION", "errors.validation", { [field]: [...messageKeys] });
}

async function checkAccountAgainstProjects(
  db: Executor,
  account: UserAccount,
  by: UserAdministrator,
): Promise<void> {
  for (const projectId of account.projectIds) {
    if (by.projectIds && !by.projectIds.includes(projectId)) {
      refuse("account.projectIds", ["validation.user.projectIds.required"]);
    }
    const project = await resolveProject(db, projectId);
    if (!project) refuse("account.projectIds", ["validation.user.projectIds.required"]);
    const errors = validateUserAccountInProject(project.definition, account);
    if (errors.length > 0) {
      throw new AppError("VALIDATION", "errors.validation", fieldErrorsAt("account", errors));
    }
  }
}

async function refuseTakenEmail(db: Executor, email: string, exceptUserId?: string) {
  const existing = await findUserByEmail(db, email);
  if (existing && existing.id !== exceptUserId) {
    throw new AppError("CONFLICT", "errors.conflict", {
      "account.email": [USER_ADMIN_REFUSALS.emailTaken],
    });
  }
}

/** The user, when they work in `projectId` (an administrator's scope); else NOT_FOUND. */
export async function loadUserInProject(db: Executor, userId: string, projectId: string) {
  const user = await findUserById(db, userId);
  if (!user?.projectIds.includes(projectId)) {
    throw new AppError("NOT_FOUND", "errors.notFound");
  }
  return user;
}

/** Creates a user account, checked against every project it names; audited. */
export async function createUserAccount(options: {
  db: Executor;
  account: UserAccount;
  by: UserAdministrator;
}) {
  const { db, account, by } = options;
  await checkAccountAgainstProjects(db, account, by);
  await refuseTakenEmail(db, account.email);
  if (account.subject) await refuseTakenSubject(db, account.subject);
  const user = await insertUser(db, {
    ...account,
    subject: account.subject ?? `${UNCLAIMED_SUBJECT_PREFIX}${randomUUID()}`,
  });
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.create",
    subjectType: "user",
    subjectId: user.id,
    details: {
      role: user.role,
      organisation: user.organisation,
      office: user.office,
      municipalityCode: user.municipalityCode,
      projectIds: user.projectIds,
    },
  });
  return user;
}

async function refuseTakenSubject(db: Executor, subject: string, exceptUserId?: string) {
  const existing = await findUserBySubject(db, subject);
  if (existing && existing.id !== exceptUserId) {
    throw new AppError("CONFLICT", "errors.conflict", {
      "account.subject": [USER_ADMIN_REFUSALS.subjectTaken],
    });
  }
}

/** Changes a user's name, e-mail, role, organisation, scope and projects; audited. */
export async function updateUserAccount(options: {
  db: Executor;
  userId: string;
  projectId: string;
  account: UserAccount;
  by: UserAdministrator;
}) {
  const { db, account, by } = options;
  const before = await loadUserInProject(db, options.userId, options.projectId);
  await checkAccountAgainstProjects(db, account, by);
  await refuseTakenEmail(db, account.email, before.id);
  if (account.subject) await refuseTakenSubject(db, account.subject, before.id);
  const { subject, ...rest } = account;
  const user = await updateUser(db, before.id, subject ? { ...rest, subject } : rest);
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.update",
    subjectType: "user",
    subjectId: before.id,
    details: {
      before: {
        role: before.role,
        office: before.office,
        municipalityCode: before.municipalityCode,
        projectIds: before.projectIds,
      },
      after: {
        role: account.role,
        office: account.office,
        municipalityCode: account.municipalityCode,
        projectIds: account.projectIds,
      },
    },
  });
  return user;
}

/** Deactivates a user and ends their sessions at once, in the caller's transaction; audited. */
export async function deactivateUserAccount(options: {
  db: Executor;
  userId: string;
  projectId: string | null;
  by: UserAdministrator;
}) {
  const { db, by } = options;
  const user = options.projectId
    ? await loadUserInProject(db, options.userId, options.projectId)
    : await findUserById(db, options.userId);
  if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
  if (user.id === by.id) refuse("userId", [USER_ADMIN_REFUSALS.deactivateSelf]);
  const sessionsEnded = await deactivateUser(db, user.id);
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.deactivate",
    subjectType: "user",
    subjectId: user.id,
    details: { sessionsEnded, wasActive: user.active },
  });
  return { userId: user.id, sessionsEnded };
}

type Owners = NonNullable<Awaited<ReturnType<typeof findEnrolmentOwners>>>;

async function loadNewOwner(
  db: Executor,
  project: ProjectDefinition,
  field: string,
  userId: string,
  as: "officer" | "coordinator",
  enrolment: { projectId: string; municipalityCode: string },
) {
  const owner = await findUserById(db, userId);
  if (!owner) refuse(field, ["validation.user.owner.notInProject"]);
  const errors = validateNewOwner(project, owner, as, enrolment);
  if (errors.length > 0) refuse(field, errors);
  return owner;
}

async function loadActiveEnrolmentInProject(db: Executor, enrolmentId: string, projectId: string) {
  const enrolment = await findEnrolmentOwners(db, enrolmentId);
  if (!enrolment || enrolment.projectId !== projectId) {
    throw new AppError("NOT_FOUND", "errors.notFound");
  }
  if (enrolment.status !== "active")
    refuse("enrolmentId", [USER_ADMIN_REFUSALS.enrolmentNotActive]);
  return enrolment;
}

async function handOver(
  db: Executor,
  by: UserAdministrator,
  enrolment: Pick<Owners, "id">,
  text: string,
) {
  if (!by.id) return;
  await addAssignmentHandover(db, {
    enrolmentId: enrolment.id,
    text,
    authorUserId: by.id,
    authorOrganisation: by.organisation,
  });
}

/**
 * The case's officer becomes `officerUserId` (the owning office follows); the new
 * officer finds a handover on their to-do list. Audited.
 */
export async function reassignOfficer(options: {
  db: Executor;
  project: ProjectDefinition;
  enrolmentId: string;
  officerUserId: string;
  by: UserAdministrator;
}) {
  const { db, project, by } = options;
  const enrolment = await loadActiveEnrolmentInProject(db, options.enrolmentId, project.id);
  const officer = await loadNewOwner(
    db,
    project,
    "officerUserId",
    options.officerUserId,
    "officer",
    enrolment,
  );
  await moveCase(db, by, enrolment, officer);
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.reassignOfficer",
    subjectType: "enrolment",
    subjectId: enrolment.id,
    personIds: [enrolment.personId],
    details: { fromUserId: enrolment.officerUserId, toUserId: officer.id },
  });
  return { enrolmentId: enrolment.id, officerUserId: officer.id };
}

async function moveCase(
  db: Executor,
  by: UserAdministrator,
  enrolment: Pick<Owners, "id">,
  officer: { id: string; name: string; office: string | null },
) {
  await setEnrolmentOfficer(db, enrolment.id, { userId: officer.id, office: officer.office ?? "" });
  await handOver(
    db,
    by,
    enrolment,
    `Ärendet har flyttats till ${officer.name} av ${by.name} (administratör).`,
  );
}

/**
 * Every active participation of officer `fromUserId` in the project goes to
 * `toUserId`, each with a handover on the new officer's to-do list; one audit
 * row names them all.
 */
export async function reassignCaseload(options: {
  db: Executor;
  project: ProjectDefinition;
  fromUserId: string;
  toUserId: string;
  by: UserAdministrator;
}) {
  const { db, project, by } = options;
  const from = await loadUserInProject(db, options.fromUserId, project.id);
  if (from.id === options.toUserId) refuse("toUserId", [USER_ADMIN_REFUSALS.sameOwner]);
  const enrolments = await listActiveEnrolmentsOfOfficer(db, {
    projectId: project.id,
    officerUserId: from.id,
  });
  const officer = await findUserById(db, options.toUserId);
  if (!officer) refuse("toUserId", ["validation.user.owner.notInProject"]);
  // The officer's standing even for an empty caseload (a project without offices
  // lets any office serve), then their office against each participant's municipality.
  const standing = validateNewOwner({}, officer, "officer", {
    projectId: project.id,
    municipalityCode: "",
  });
  if (standing.length > 0) refuse("toUserId", standing);
  for (const enrolment of enrolments) {
    const errors = validateNewOwner(project, officer, "officer", {
      projectId: project.id,
      municipalityCode: enrolment.municipalityCode,
    });
    if (errors.length > 0) refuse("toUserId", errors);
  }
  for (const enrolment of enrolments) await moveCase(db, by, enrolment, officer);
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.reassignCaseload",
    subjectType: "user",
    subjectId: from.id,
    personIds: [...new Set(enrolments.map((e) => e.personId))],
    details: {
      fromUserId: from.id,
      toUserId: officer.id,
      enrolmentIds: enrolments.map((e) => e.id),
    },
  });
  return { moved: enrolments.length };
}

/** The case's coordinator becomes `coordinatorUserId`, told through their to-do list. Audited. */
export async function assignCoordinator(options: {
  db: Executor;
  project: ProjectDefinition;
  enrolmentId: string;
  coordinatorUserId: string;
  by: UserAdministrator;
}) {
  const { db, project, by } = options;
  const enrolment = await loadActiveEnrolmentInProject(db, options.enrolmentId, project.id);
  const coordinator = await loadNewOwner(
    db,
    project,
    "coordinatorUserId",
    options.coordinatorUserId,
    "coordinator",
    enrolment,
  );
  await setEnrolmentCoordinator(db, enrolment.id, coordinator.id);
  await handOver(
    db,
    by,
    enrolment,
    `${coordinator.name} är nu deltagarens koordinator (ändrat av ${by.name}, administratör).`,
  );
  await recordAudit(db, {
    actorUserId: by.id,
    action: "users.assignCoordinator",
    subjectType: "enrolment",
    subjectId: enrolment.id,
    personIds: [enrolment.personId],
    details: { fromUserId: enrolment.coordinatorUserId, toUserId: coordinator.id },
  });
  return { enrolmentId: enrolment.id, coordinatorUserId: coordinator.id };
}
