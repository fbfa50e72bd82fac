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
async function loadOwnEmployer(ctx: AuthedContext, employerId: string) {
  const employer = await findEmployer(ctx.db, employerId);
  if (!employer || employer.municipalityCode !== ownMunicipality(ctx.user)) {
    throw new AppError("NOT_FOUND", "errors.employer.notFound");
  }
  return employer;
}

/**
 * A likely duplicate in the register is a warning the user confirms: the first
 * save is refused with the field named, a save with confirmDuplicate goes through.
 */
async function warnOfDuplicates(
  ctx: AuthedContext,
  input: EmployerInput,
  confirmed: boolean,
  ignoreId?: string,
) {
  if (confirmed) return;
  const register = await listEmployers(ctx.db, ownMunicipality(ctx.user));
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
    .query(({ ctx, input }) => listEmployers(ctx.db, ownMunicipality(ctx.user), input.search)),

  create: coordinator
    .input(EmployerInputSchema.extend(confirmDuplicate))
    .mutation(async ({ ctx, input: { confirmDuplicate: confirmed, ...input } }) => {
      await warnOfDuplicates(ctx, input, confirmed);
      return {
        id: await insertEmployer(ctx.db, {
          municipalityCode: ownMunicipality(ctx.user),
          input,
          createdBy: ctx.user.id,
        }),
      };
    }),

  update: coordinator
    .input(z.object({ employerId: z.uuid(), employer: EmployerInputSchema, ...confirmDuplicate }))
    .mutation(async ({ ctx, input }) => {
      const employer = await loadOwnEmployer(ctx, input.employerId);
      await warnOfDuplicates(ctx, input.employer, input.confirmDuplicate, employer.id);
      await updateEmployer(ctx.db, employer.id, input.employer, ctx.now());
      return { id: employer.id };
    }),

  /** An employer with its contact log, newest first. */
  get: coordinator.input(z.object({ employerId: z.uuid() })).query(async ({ ctx, input }) => {
    const employer = await loadOwnEmployer(ctx, input.employerId);
    return { employer, contacts: await listEmployerContacts(ctx.db, employer.id) };
  }),

  addContact: coordinator
    .input(z.object({ employerId: z.uuid(), contact: EmployerContactInputSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const employer = await loadOwnEmployer({ ...ctx, db: tx }, input.employerId);
        if (input.contact.enrolmentId) {
          const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.contact.enrolmentId);
          await recordAudit(tx, {
            actorUserId: ctx.user.id,
            action: "employer.contact",
            subjectType: "enrolment",
            subjectId: enrolment.id,
            personIds: [enrolment.personId],
          });
        }
        return {
          id: await insertEmployerContact(tx, {
            employerId: employer.id,
            input: input.contact,
            userId: ctx.user.id,
          }),
        };
      }),
    ),
});
