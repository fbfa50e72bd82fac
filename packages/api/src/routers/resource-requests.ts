import {
  activitiesOfRequest,
  insertResourceRequest,
  listResourceRequests,
  markRequestDecisionSeen,
  updateResourceRequest,
} from "@opis/db";
import {
  canTransitionResourceRequest,
  RESOURCE_REQUEST_STATUSES,
  ResourceRequestInputSchema,
  ResourceRequestTransitionSchema,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { AppError } from "../errors";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import {
  loadResourceRequestInScope,
  resourceRequestScopeFor,
} from "../policies/resource-request-access";
import { procedureFor, router } from "../trpc";

/** The people a request names (one participant, or none for a group). */
const personIdsOf = (request: { enrolmentPersonId?: string | null }) =>
  request.enrolmentPersonId ? [request.enrolmentPersonId] : [];

export const resourceRequestsRouter = router({
  /**
   * Coordinators see their municipality's requests; AF officers those of the
   * municipalities their office serves; project management all, read-only.
   * Only ids of participants leave here.
   */
  list: procedureFor("coordinator", "officer", "admin")
    .input(z.object({ status: z.enum(RESOURCE_REQUEST_STATUSES).optional() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const rows = await listResourceRequests(tx, {
          scope: resourceRequestScopeFor(ctx.user),
          status: input.status,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "resourceRequest.list",
          subjectType: "resourceRequest",
          details: { status: input.status ?? null, rows: rows.length },
        });
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
    ),

  create: procedureFor("coordinator")
    .input(ResourceRequestInputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        if (!ctx.user.municipalityCode) throw new AppError("FORBIDDEN", "errors.forbidden");
        const enrolment = input.enrolmentId
          ? await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId)
          : null;
        const id = await insertResourceRequest(tx, {
          municipalityCode: ctx.user.municipalityCode,
          input,
          requestedBy: ctx.user.id,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "resourceRequest.create",
          subjectType: "resourceRequest",
          subjectId: id ?? null,
          personIds: personIdsOf({ enrolmentPersonId: enrolment?.personId }),
          details: { activityType: input.activityType },
        });
        return { id };
      }),
    ),

  /**
   * AF decides (accept, decline with reason); either side schedules and marks
   * done. Project management only reads.
   */
  transition: procedureFor("coordinator", "officer")
    .input(z.object({ id: z.uuid(), transition: ResourceRequestTransitionSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const request = await loadResourceRequestInScope(tx, ctx.user, input.id);
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
          // A new decision is the requester's to-do item until they open it.
          ...(decides
            ? { decidedBy: ctx.user.id, decidedAt: ctx.now(), decisionSeenAt: null }
            : {}),
          updatedAt: ctx.now(),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "resourceRequest.transition",
          subjectType: "resourceRequest",
          subjectId: request.id,
          details: { from: request.status, to: transition.to },
        });
        return { status: transition.to };
      }),
    ),

  /**
   * The activities a request produced, for whoever may see the request. The
   * request's page reads this, so opening it marks the decision seen by the
   * requester (it leaves their to-do list), like opening notes marks handovers read.
   */
  activities: procedureFor("coordinator", "officer", "admin")
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const request = await loadResourceRequestInScope(tx, ctx.user, input.id);
        await markRequestDecisionSeen(tx, {
          requestId: request.id,
          requestedBy: ctx.user.id,
          at: ctx.now(),
        });
        const rows = await activitiesOfRequest(tx, request.id);
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "resourceRequest.activities",
          subjectType: "resourceRequest",
          subjectId: request.id,
          details: { rows: rows.length },
        });
        return rows;
      }),
    ),
});
