import { listCoordinators } from "@opis/db";
import {
  ConsentAtIntakeSchema,
  DeclineDecisionSchema,
  EnrolmentDecisionSchema,
  IntakeFactsSchema,
  MunicipalityCodeSchema,
  ProjectIdSchema,
  textSchema,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import {
  declineIntake,
  enrolParticipant,
  getIntake,
  IntakeDraftEntriesSchema,
  lookupPerson,
  saveIntakeDraft,
  startIntake,
} from "../operations/intake";
import { projectIdFor } from "../project-context";
import { type AuthedContext, procedureFor, rateLimited, router } from "../trpc";

const officer = procedureFor("officer");
const IntakeIdSchema = z.uuid({ error: "validation.invalid" });
const PinInputSchema = z.string().max(20, { error: "validation.personnummer.format" });

function operation(ctx: AuthedContext) {
  const now = ctx.now();
  return { db: ctx.db, user: ctx.user, now, today: todayIn(ctx) };
}

export const intakeRouter = router({
  lookupPerson: officer
    .use(rateLimited("lookup"))
    .input(
      z.object({ personalIdentityNumber: PinInputSchema, projectId: ProjectIdSchema.optional() }),
    )
    .mutation(({ ctx, input }) =>
      lookupPerson({ ...operation(ctx), ...input, projectId: projectIdFor(ctx, input.projectId) }),
    ),

  start: officer
    .input(
      z.object({
        personalIdentityNumber: PinInputSchema,
        givenName: textSchema().max(100).optional(),
        familyName: textSchema().max(100).optional(),
        projectId: ProjectIdSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      startIntake({ ...operation(ctx), ...input, projectId: projectIdFor(ctx, input.projectId) }),
    ),

  get: officer
    .input(z.object({ intakeId: IntakeIdSchema }))
    .query(({ ctx, input }) => getIntake({ ...operation(ctx), ...input })),

  saveDraft: officer
    .input(
      z.object({
        intakeId: IntakeIdSchema,
        facts: IntakeFactsSchema.partial(),
        entries: IntakeDraftEntriesSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => saveIntakeDraft({ ...operation(ctx), ...input })),

  coordinators: officer
    .input(z.object({ municipalityCode: MunicipalityCodeSchema }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const rows = await listCoordinators(tx, [input.municipalityCode]);
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "intake.coordinators",
          subjectType: "staff",
          subjectId: input.municipalityCode,
        });
        return rows.map(({ id, name }) => ({ id, name }));
      }),
    ),

  enrol: officer
    .input(
      z.object({
        intakeId: IntakeIdSchema,
        facts: IntakeFactsSchema,
        decision: EnrolmentDecisionSchema,
        /**
         * The participant's answers on information, sharing and health data (ADR 0016).
         * The staff app always sends them; callers from before consent recording may not.
         */
        consent: ConsentAtIntakeSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => enrolParticipant({ ...operation(ctx), ...input })),

  decline: officer
    .input(
      z.object({
        intakeId: IntakeIdSchema,
        facts: IntakeFactsSchema,
        decision: DeclineDecisionSchema,
      }),
    )
    .mutation(({ ctx, input }) => declineIntake({ ...operation(ctx), ...input })),
});
