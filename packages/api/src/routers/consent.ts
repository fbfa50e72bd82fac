import {
  countWithheldFromMunicipality,
  findConsentForEnrolment,
  schema,
  withdrawSharingConsent,
} from "@opis/db";
import { ConsentAtIntakeSchema, ConsentWithdrawalSchema, validateWithdrawal } from "@opis/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError } from "../errors";
import { consentView, recordConsentAtIntake } from "../operations/consent";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { procedureFor, router } from "../trpc";

const EnrolmentInput = z.object({ enrolmentId: z.uuid() });

export const consentRouter = router({
  /**
   * For the coordinator's list: how many of the municipality's active participants
   * it does not show because they declined or withdrew consent (no names, no ids).
   */
  withheldCount: procedureFor("coordinator").query(async ({ ctx }) => {
    if (!ctx.user.municipalityCode) throw new AppError("FORBIDDEN", "errors.forbidden");
    return { count: await countWithheldFromMunicipality(ctx.db, ctx.user.municipalityCode) };
  }),

  /** The participant's consent and legal bases, for the participant page; a read of personal data. */
  get: procedureFor("officer", "coordinator")
    .input(EnrolmentInput)
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const row = await findConsentForEnrolment(tx, enrolment.id);
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "consent.read",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return consentView(row);
      }),
    ),

  /**
   * Records the answers for a participation that has none (enrolled before OPIS
   * recorded consent). A recorded answer is changed only by withdrawal.
   */
  record: procedureFor("officer")
    .input(EnrolmentInput.extend({ consent: ConsentAtIntakeSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        if (await findConsentForEnrolment(tx, enrolment.id)) {
          throw new AppError("CONFLICT", "errors.consent.alreadyRecorded");
        }
        const row = await recordConsentAtIntake(tx, {
          consent: input.consent,
          personId: enrolment.personId,
          intakeId: enrolment.intakeId,
          userId: ctx.user.id,
          today: todayIn(ctx),
          now: ctx.now(),
          // Unknown (an imported history) is not a recorded disability: no health data to consent to.
          hasDisability: enrolment.hasDisability === true,
          fieldPrefix: "consent",
        });
        return consentView(row);
      }),
    ),

  /**
   * The participant withdraws consent (told to their officer or coordinator): from this
   * request on the municipality no longer reaches the participation. Audited.
   */
  withdraw: procedureFor("officer", "coordinator")
    .input(EnrolmentInput.extend(ConsentWithdrawalSchema.shape))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const row = await findConsentForEnrolment(tx, enrolment.id);
        if (!row) throw new AppError("PRECONDITION_FAILED", "errors.consent.notRecorded");
        // Lock the consent so two withdrawals cannot both pass the check.
        await tx
          .select({ id: schema.sharingConsents.id })
          .from(schema.sharingConsents)
          .where(eq(schema.sharingConsents.id, row.id))
          .for("update");
        const problem = validateWithdrawal(row, input.withdrawnOn, todayIn(ctx));
        if (problem === "validation.consent.notGiven") {
          throw new AppError("CONFLICT", "errors.consent.notGiven");
        }
        if (problem) {
          throw new AppError("VALIDATION", "errors.validation", { withdrawnOn: [problem] });
        }
        const updated = await withdrawSharingConsent(tx, row.id, {
          withdrawnOn: input.withdrawnOn,
          withdrawnByUserId: ctx.user.id,
          at: ctx.now(),
        });
        if (!updated) throw new AppError("CONFLICT", "errors.consent.notGiven");
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "consent.withdraw",
          subjectType: "consent",
          subjectId: row.id,
          personIds: [enrolment.personId],
          details: { withdrawnOn: input.withdrawnOn, enrolmentId: enrolment.id },
        });
        return consentView(updated);
      }),
    ),
});
