import {
  deleteActivity,
  deleteAssessment,
  findActivity,
  findAssessment,
  findExit,
  findFollowUp,
  insertCorrection,
  listAssessments,
  listCorrections,
  setFollowUpResult,
  updateAssessment,
  updateExit,
  withdrawExit,
} from "@opis/db";
import {
  AssessmentRecordSchema,
  CorrectableRecordSchema,
  CorrectionReasonSchema,
  ExitRecordInputSchema,
  scheduledFollowUps,
  validateAssessmentRecord,
  validateExit,
  validateSingleBaseline,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError, fieldErrorsAt } from "../errors";
import { requireProject } from "../operations/intake";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { type AuthedContext, procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");
const officer = procedureFor("officer");
const reason = { reason: CorrectionReasonSchema };

type Tx = Parameters<Parameters<AuthedContext["db"]["transaction"]>[0]>[0];

/** The correction row and the audit row, written with the change in one transaction. */
async function keepHistory(
  tx: Tx,
  ctx: AuthedContext,
  enrolment: { id: string; personId: string },
  values: {
    recordType: z.infer<typeof CorrectableRecordSchema>;
    recordKey: string;
    action: "corrected" | "withdrawn";
    reason: string;
    previous: Record<string, unknown>;
    current: Record<string, unknown> | null;
  },
) {
  await insertCorrection(tx, {
    enrolmentId: enrolment.id,
    ...values,
    correctedBy: ctx.user.id,
    correctedAt: ctx.now(),
  });
  await recordAudit(tx, {
    actorUserId: ctx.user.id,
    action: `${values.recordType}.${values.action === "corrected" ? "correct" : "withdraw"}`,
    subjectType: "enrolment",
    subjectId: enrolment.id,
    personIds: [enrolment.personId],
    details: { recordKey: values.recordKey },
  });
}

/**
 * Corrections and withdrawals of saved records, each with a mandatory reason.
 * The record keeps the current value (so every report uses it); the history
 * keeps the old one, who changed it, when and why.
 */
export const correctionsRouter = router({
  /** A participant's corrections, newest first; of one kind of record or one record when asked. */
  list: caseworker
    .input(
      z.object({
        enrolmentId: z.uuid(),
        recordType: CorrectableRecordSchema.optional(),
        recordKey: z.string().max(100).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const rows = await listCorrections(tx, enrolment.id, {
          ...(input.recordType ? { recordType: input.recordType } : {}),
          ...(input.recordKey ? { recordKey: input.recordKey } : {}),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "corrections.read",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return rows.map((r) => ({ ...r, correctedAt: r.correctedAt.toISOString() }));
      }),
    ),

  /** Corrects an assessment (record) or withdraws it (record null). */
  assessment: caseworker
    .input(
      z.object({ assessmentId: z.uuid(), record: AssessmentRecordSchema.nullable(), ...reason }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const before = await findAssessment(tx, input.assessmentId);
        if (!before) throw new AppError("NOT_FOUND", "errors.assessment.notFound");
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, before.enrolmentId);
        const previous = {
          instrumentId: before.instrumentId,
          phase: before.phase,
          assessedOn: before.assessedOn,
          value: before.value,
          areaValues: before.areaValues,
        };
        if (input.record) {
          const project = await requireProject(tx, enrolment.projectId);
          const instrument = project.instruments.find((i) => i.id === input.record?.instrumentId);
          if (!instrument) {
            throw new AppError("VALIDATION", "errors.validation", {
              "record.instrumentId": ["validation.assessment.instrument.mismatch"],
            });
          }
          const errors = validateAssessmentRecord(instrument, input.record);
          if (input.record.assessedOn > todayIn(ctx)) errors.push("validation.date.invalid");
          const baseline = validateSingleBaseline(
            input.record,
            await listAssessments(tx, enrolment.id),
            before.id,
          );
          if (errors.length > 0 || baseline.length > 0) {
            throw new AppError("VALIDATION", "errors.validation", {
              ...(errors.length > 0 ? { record: errors } : {}),
              ...(baseline.length > 0 ? { "record.phase": baseline } : {}),
            });
          }
          await updateAssessment(tx, before.id, input.record);
        } else {
          await deleteAssessment(tx, before.id);
        }
        await keepHistory(tx, ctx, enrolment, {
          recordType: "assessment",
          recordKey: before.id,
          action: input.record ? "corrected" : "withdrawn",
          reason: input.reason,
          previous,
          current: input.record ? { ...input.record } : null,
        });
        return { id: before.id };
      }),
    ),

  /** Withdraws an activity registered by mistake (changes go through activities.update). */
  withdrawActivity: caseworker
    .input(z.object({ activityId: z.uuid(), ...reason }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const before = await findActivity(tx, input.activityId);
        if (!before) throw new AppError("NOT_FOUND", "errors.activity.notFound");
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, before.enrolmentId);
        await deleteActivity(tx, before.id);
        await keepHistory(tx, ctx, enrolment, {
          recordType: "activity",
          recordKey: before.id,
          action: "withdrawn",
          reason: input.reason,
          previous: {
            type: before.type,
            title: before.title,
            startDate: before.startDate,
            endDate: before.endDate,
            hoursPerWeek: before.hoursPerWeek,
          },
          current: null,
        });
        return { id: before.id };
      }),
    ),

  /**
   * Corrects an exit (exit) or withdraws it (exit null: the participation is
   * active again). A withdrawal is refused once a follow-up has been recorded.
   */
  exit: officer
    .input(z.object({ enrolmentId: z.uuid(), exit: ExitRecordInputSchema.nullable(), ...reason }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const before = await findExit(tx, enrolment.id);
        if (!before) throw new AppError("NOT_FOUND", "errors.exit.notFound");
        const project = await requireProject(tx, enrolment.projectId);
        const previous = {
          exitDate: before.exitDate,
          reason: before.reason,
          status: before.status,
          gainedQualification: before.gainedQualification,
          note: before.note,
        };
        if (input.exit) {
          const errors = validateExit(input.exit, {
            startDate: enrolment.startDate,
            today: todayIn(ctx),
            project,
          });
          if (errors.length > 0) {
            throw new AppError("VALIDATION", "errors.validation", fieldErrorsAt("exit", errors));
          }
          await updateExit(tx, enrolment.id, input.exit, scheduledFollowUps(project, input.exit));
        } else {
          await withdrawExit(tx, enrolment.id, ctx.now());
        }
        await keepHistory(tx, ctx, enrolment, {
          recordType: "exit",
          recordKey: enrolment.id,
          action: input.exit ? "corrected" : "withdrawn",
          reason: input.reason,
          previous,
          current: input.exit ? { ...input.exit } : null,
        });
        return { enrolmentId: enrolment.id };
      }),
    ),

  /** Withdraws a follow-up's result (recorded by mistake): it is open again. */
  withdrawFollowUp: officer
    .input(z.object({ followUpId: z.uuid(), ...reason }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const found = await findFollowUp(tx, input.followUpId);
        if (!found) throw new AppError("NOT_FOUND", "errors.followUp.notFound");
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, found.followUp.enrolmentId);
        if (found.followUp.recordedOn === null) {
          throw new AppError("CONFLICT", "errors.followUp.notRecorded");
        }
        await setFollowUpResult(tx, input.followUpId, null);
        await keepHistory(tx, ctx, enrolment, {
          recordType: "followUp",
          recordKey: input.followUpId,
          action: "withdrawn",
          reason: input.reason,
          previous: {
            outcome: found.followUp.outcome,
            source: found.followUp.source,
            recordedOn: found.followUp.recordedOn,
          },
          current: null,
        });
        return { id: input.followUpId };
      }),
    ),
});
