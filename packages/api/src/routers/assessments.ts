import { insertAssessment, listAssessments } from "@opis/db";
import {
  AssessmentRecordSchema,
  validateAssessmentRecord,
  validateSingleBaseline,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError } from "../errors";
import { requireProject } from "../operations/intake";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

export const assessmentsRouter = router({
  /** A participant's assessments and the project's instruments, for the form and the chart. */
  list: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
      const project = await requireProject(tx, enrolment.projectId);
      const rows = await listAssessments(tx, enrolment.id);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "assessments.read",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [enrolment.personId],
      });
      return { instruments: project.instruments, assessments: rows };
    }),
  ),

  record: caseworker
    .input(z.object({ enrolmentId: z.uuid(), record: AssessmentRecordSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const project = await requireProject(tx, enrolment.projectId);
        const instrument = project.instruments.find((i) => i.id === input.record.instrumentId);
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
        );
        if (errors.length > 0 || baseline.length > 0) {
          throw new AppError("VALIDATION", "errors.validation", {
            ...(errors.length > 0 ? { record: errors } : {}),
            ...(baseline.length > 0 ? { "record.phase": baseline } : {}),
          });
        }
        const id = await insertAssessment(tx, {
          enrolmentId: enrolment.id,
          ...input.record,
          assessedBy: ctx.user.id,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "assessments.record",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: { instrumentId: instrument.id },
        });
        return { id };
      }),
    ),
});
