import type { Executor } from "@opis/db";
import {
  findEmployer,
  insertEmployer,
  insertEmployerContact,
  listEmployerContacts,
  listEmployers,
  updateEmployer,
} from "@opis/db";
import {
  EmployerContactInputSchema,
  type EmployerInput,
  EmployerInputSchema,
  employerDuplicateWarnings,
  textSchema,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { AppError } from "../errors";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { type AuthedContext, procedureFor, rateLimited, router, searchesText } from "../trpc";

const coordinator = procedureFor("coordinator");

function ownMunicipality(user: AuthedContext["user"]): string {
  if (!user.municipalityCode) throw new AppError("FORBIDDEN", "errors.forbidden");
  return user.municipalityCode;
}

/** The register is the municipality's own: another municipality's employer is not found. */
async function loadOwnEmployer(db: Executor, user: AuthedContext["user"], employerId: string) {
  const employer = await findEmployer(db, employerId);
  if (!employer || employer.municipalityCode !== ownMunicipality(user)) {
    throw new AppError("NOT_FOUND", "errors.employer.notFound");
  }
  return employer;
}

/** Employer data names contact people: reads and writes are logged like case data. */
function auditEmployer(
  db: Executor,
  user: AuthedContext["user"],
  action: string,
  employerId: string | null,
  details?: Record<string, unknown>,
) {
  return recordAudit(db, {
    actorUserId: user.id,
    action,
    subjectType: "employer",
    subjectId: employerId,
    ...(details ? { details } : {}),
  });
}

/**
 * A likely duplicate in the register is a warning the user confirms: the first
 * save is refused with the field named, a save with confirmDuplicate goes through.
 */
async function warnOfDuplicates(
  db: Executor,
  user: AuthedContext["user"],
  input: EmployerInput,
  confirmed: boolean,
  ignoreId?: string,
) {
  if (confirmed) return;
  const register = await listEmployers(db, ownMunicipality(user));
  const warnings = employerDuplicateWarnings(input, register, ignoreId);
  if (warnings.length > 0) {
    throw new AppError("CONFLICT", "validation.employer.name.duplicate", { name: warnings });
  }
}

const confirmDuplicate = { confirmDuplicate: z.boolean().default(false) };

export const employersRouter = router({
  list: coordinator
    .use(rateLimited("search", searchesText))
    .input(z.object({ search: textSchema().max(100).optional() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const rows = await listEmployers(tx, ownMunicipality(ctx.user), input.search);
        await auditEmployer(tx, ctx.user, "employer.list", null, {
          search: input.search ?? null,
          rows: rows.length,
        });
        return rows;
      }),
    ),

  create: coordinator
    .input(EmployerInputSchema.extend(confirmDuplicate))
    .mutation(async ({ ctx, input: { confirmDuplicate: confirmed, ...input } }) => {
      return ctx.db.transaction(async (tx) => {
        await warnOfDuplicates(tx, ctx.user, input, confirmed);
        const id = await insertEmployer(tx, {
          municipalityCode: ownMunicipality(ctx.user),
          input,
          createdBy: ctx.user.id,
        });
        await auditEmployer(tx, ctx.user, "employer.create", id ?? null);
        return { id };
      });
    }),

  update: coordinator
    .input(z.object({ employerId: z.uuid(), employer: EmployerInputSchema, ...confirmDuplicate }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        // Scope first: an id outside the caller's register is NOT_FOUND, whatever its name.
        const employer = await loadOwnEmployer(tx, ctx.user, input.employerId);
        await warnOfDuplicates(tx, ctx.user, input.employer, input.confirmDuplicate, employer.id);
        await updateEmployer(tx, employer.id, input.employer, ctx.now());
        await auditEmployer(tx, ctx.user, "employer.update", employer.id);
        return { id: employer.id };
      }),
    ),

  /** An employer with its contact log, newest first. */
  get: coordinator.input(z.object({ employerId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const employer = await loadOwnEmployer(tx, ctx.user, input.employerId);
      const contacts = await listEmployerContacts(tx, employer.id);
      await auditEmployer(tx, ctx.user, "employer.read", employer.id);
      return { employer, contacts };
    }),
  ),

  addContact: coordinator
    .input(z.object({ employerId: z.uuid(), contact: EmployerContactInputSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const employer = await loadOwnEmployer(tx, ctx.user, input.employerId);
        const enrolment = input.contact.enrolmentId
          ? await loadEnrolmentInScope(tx, ctx.user, input.contact.enrolmentId)
          : null;
        const id = await insertEmployerContact(tx, {
          employerId: employer.id,
          input: input.contact,
          userId: ctx.user.id,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "employer.contact",
          subjectType: enrolment ? "enrolment" : "employer",
          subjectId: enrolment ? enrolment.id : employer.id,
          personIds: enrolment ? [enrolment.personId] : [],
          details: { employerId: employer.id },
        });
        return { id };
      }),
    ),
});
