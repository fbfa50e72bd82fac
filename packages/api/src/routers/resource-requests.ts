import {
  activitiesOfRequest,
  findResourceRequest,
  insertResourceRequest,
  listResourceRequests,
  updateResourceRequest,
} from "@opis/db";
import {
  canTransitionResourceRequest,
  RESOURCE_REQUEST_STATUSES,
  ResourceRequestInputSchema,
  ResourceRequestTransitionSchema,
} from "@opis/domain";
import { z } from "zod";
import { AppError } from "../errors";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { procedureFor, router } from "../trpc";

export const resourceRequestsRouter = router({
  /**
   * Coordinators see their municipality's requests; AF officers and project
   * management see all of the project's. Only ids of participants leave here.
   */
  list: procedureFor("coordinator", "officer", "admin")
    .input(z.object({ status: z.enum(RESOURCE_REQUEST_STATUSES).optional() }))
    .query(async ({ ctx, input }) => {
      const municipalityCode =
        ctx.user.role === "coordinator" ? (ctx.user.municipalityCode ?? "-") : undefined;
      const rows = await listResourceRequests(ctx.db, { municipalityCode, status: input.status });
      return rows.map(({ request, requestedByName }) => ({
        id: request.id,
        municipalityCode: request.municipalityCode,
        activityType: request.activityType,
        description: request.description,
        hours: request.hours,
        enrolmentId: request.enrolmentId,
        forWhom: request.forWhom,
        reason: request.reason,
        status: request.status,
        declineReason: request.declineReason,
        scheduledFor: request.scheduledFor,
        requestedByName,
        createdAt: request.createdAt.toISOString(),
      }));
    }),

  create: procedureFor("coordinator")
    .input(ResourceRequestInputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        if (!ctx.user.municipalityCode) throw new AppError("FORBIDDEN", "errors.forbidden");
        if (input.enrolmentId) await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        return {
          id: await insertResourceRequest(tx, {
            municipalityCode: ctx.user.municipalityCode,
            input,
            requestedBy: ctx.user.id,
          }),
        };
      }),
    ),

  /** AF decides (accept, decline with reason); either side schedules and marks done. */
  transition: procedureFor("coordinator", "officer", "admin")
    .input(z.object({ id: z.uuid(), transition: ResourceRequestTransitionSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const request = await findResourceRequest(tx, input.id);
        const ownsIt =
          ctx.user.role !== "coordinator" ||
          request?.municipalityCode === ctx.user.municipalityCode;
        if (!request || !ownsIt) throw new AppError("NOT_FOUND", "errors.resourceRequest.notFound");
        const { transition } = input;
        const decides = transition.to === "accepted" || transition.to === "declined";
        if (decides && ctx.user.role === "coordinator")
          throw new AppError("FORBIDDEN", "errors.forbidden");
        if (!canTransitionResourceRequest(request.status, transition.to)) {
          throw new AppError("CONFLICT", "errors.resourceRequest.invalidTransition");
        }
        await updateResourceRequest(tx, request.id, {
          status: transition.to,
          ...(transition.to === "declined" ? { declineReason: transition.reason } : {}),
          ...(transition.to === "scheduled" ? { scheduledFor: transition.scheduledFor } : {}),
          ...(decides ? { decidedBy: ctx.user.id, decidedAt: ctx.now() } : {}),
          updatedAt: ctx.now(),
        });
        return { status: transition.to };
      }),
    ),

  /** The activities a request produced; a coordinator only for their own municipality's. */
  activities: procedureFor("coordinator", "officer", "admin")
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const request = await findResourceRequest(tx, input.id);
        const ownsIt =
          ctx.user.role !== "coordinator" ||
          request?.municipalityCode === ctx.user.municipalityCode;
        if (!request || !ownsIt) throw new AppError("NOT_FOUND", "errors.resourceRequest.notFound");
        return activitiesOfRequest(tx, request.id);
      }),
    ),
});
