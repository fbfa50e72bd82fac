import type { Executor } from "@opis/db";
import {
  findActivity,
  findEmployerInMunicipality,
  insertActivity,
  insertCorrection,
  listActivities,
  updateActivity,
} from "@opis/db";
import { type ActivityInput, ActivityInputSchema, CorrectionReasonSchema } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { AppError } from "../errors";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { loadResourceRequestInScope } from "../policies/resource-request-access";
import { procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

/** An internship's employer must come from the participant's municipality's register. */
async function checkEmployer(db: Executor, input: ActivityInput, municipalityCode: string) {
  if (
    input.employerId &&
    !(await findEmployerInMunicipality(db, input.employerId, municipalityCode))
  ) {
    throw new AppError("VALIDATION", "errors.validation", {
      "activity.employerId": ["validation.activity.employerId.required"],
    });
  }
}

export const activitiesRouter = router({
  list: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
      const rows = await listActivities(tx, enrolment.id);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "activities.read",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [enrolment.personId],
      });
      return rows.map(({ activity, employerName }) => ({
        id: activity.id,
        type: activity.type,
        title: activity.title,
        provider: activity.provider,
        employerId: activity.employerId,
        employerName,
        startDate: activity.startDate,
        endDate: activity.endDate,
        hoursPerWeek: activity.hoursPerWeek,
        planItemId: activity.planItemId,
        validationModule: activity.validationModule,
        certificateIssued: activity.certificateIssued,
        resourceRequestId: activity.resourceRequestId,
      }));
    }),
  ),

  create: caseworker
    .input(
      z.object({
        enrolmentId: z.uuid(),
        activity: ActivityInputSchema,
        resourceRequestId: z.uuid().nullish(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        await checkEmployer(tx, input.activity, enrolment.municipalityCode);
        if (input.resourceRequestId) {
          // The request must be one the caller may see, and for the participant's municipality:
          // anything else is answered as unknown (never a 500 from the foreign key).
          const request = await loadResourceRequestInScope(tx, ctx.user, input.resourceRequestId);
          if (request.municipalityCode !== enrolment.municipalityCode) {
            throw new AppError("NOT_FOUND", "errors.resourceRequest.notFound");
          }
        }
        const id = await insertActivity(tx, {
          enrolmentId: enrolment.id,
          input: input.activity,
          createdBy: ctx.user.id,
          resourceRequestId: input.resourceRequestId ?? null,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "activities.create",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: { type: input.activity.type },
        });
        return { id };
      }),
    ),

  update: caseworker
    .input(
      z.object({
        activityId: z.uuid(),
        activity: ActivityInputSchema,
        /** Why the activity changes; kept with the old values in its history. */
        correctionReason: CorrectionReasonSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const activity = await findActivity(tx, input.activityId);
        if (!activity) throw new AppError("NOT_FOUND", "errors.activity.notFound");
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, activity.enrolmentId);
        await checkEmployer(tx, input.activity, enrolment.municipalityCode);
        await updateActivity(tx, activity.id, input.activity, ctx.now());
        // An activity changes as it runs (end date, hours): every change keeps the old values.
        const previous = Object.fromEntries(
          Object.keys(input.activity).map((key) => [key, activity[key as keyof typeof activity]]),
        );
        await insertCorrection(tx, {
          enrolmentId: enrolment.id,
          recordType: "activity",
          recordKey: activity.id,
          action: "corrected",
          reason: input.correctionReason ?? "",
          previous,
          current: { ...input.activity },
          correctedBy: ctx.user.id,
          correctedAt: ctx.now(),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "activities.update",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return { id: activity.id };
      }),
    ),
});
