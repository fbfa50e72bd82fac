import {
  findExit,
  findParticipant,
  insertCorrection,
  listParticipants,
  loadTimeline,
  PARTICIPANT_LIST_SORTS,
  setWorkAvailability,
  sumAttendance,
} from "@opis/db";
import {
  addDays,
  daysBetween,
  MunicipalityCodeSchema,
  maskPersonalIdentityNumber,
  NextActionKindSchema,
  PriorityGroupIdSchema,
  ProjectIdSchema,
  participationRate,
  textSchema,
  validateWorkAvailabilityChange,
  WorkAvailabilityChangeSchema,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError, fieldErrorsAt } from "../errors";
import { nextActionsFor } from "../operations/case-state";
import { personSummary } from "../operations/intake";
import { loadParticipantSummary } from "../operations/participant-summary/participant-summary";
import { participantSummaryPdf } from "../operations/participant-summary/participant-summary-pdf";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { projectIdFor } from "../project-context";
import { procedureFor, rateLimited, router, searchesText } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

export const ParticipantListInputSchema = z.object({
  projectId: ProjectIdSchema.optional(),
  scope: z.enum(["mine", "office"]).optional(),
  search: textSchema().max(100).optional(),
  status: z.enum(["active", "exited"]).optional(),
  municipalityCode: MunicipalityCodeSchema.optional(),
  /** Only the cases whose next action is of this kind, filtered before paging. */
  nextAction: NextActionKindSchema.optional(),
  /** Only the cases with handovers the caller's organisation has not opened yet. */
  unread: z.boolean().optional(),
  /** Only the cases in one of the project's priority groups, or in any of them (`any`). */
  priorityGroup: z.union([z.literal("any"), PriorityGroupIdSchema]).optional(),
  /** `nextActionDue`: by the next action's due date, cases with nothing to do last. */
  sort: z.enum(PARTICIPANT_LIST_SORTS).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
});

export const participantsRouter = router({
  /** The caller's participants: an officer's cases or office, a coordinator's municipality. */
  list: caseworker
    .use(rateLimited("search", searchesText))
    .input(ParticipantListInputSchema)
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const scope = enrolmentScopeFor(ctx.user, input.scope);
        const today = todayIn(ctx);
        const projectId = projectIdFor(ctx, input.projectId);
        const { unread, priorityGroup, ...filters } = input;
        const { items, total } = await listParticipants(tx, {
          ...filters,
          projectId,
          scope,
          today,
          unreadBy: unread ? ctx.user.organisation : undefined,
          priorityGroup:
            priorityGroup === undefined
              ? undefined
              : priorityGroup === "any"
                ? { kind: "any" }
                : { kind: "group", id: priorityGroup },
        });
        // Every list is logged, also one that finds nothing, with what was searched:
        // a run of searches closing in on a masked number shows in the log.
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "participant.list",
          subjectType: "person",
          personIds: items.map((i) => i.personId),
          details: {
            page: input.page,
            search: input.search ?? null,
            scope: input.scope ?? null,
            status: input.status ?? null,
            municipalityCode: input.municipalityCode ?? null,
            unread: input.unread ?? null,
            priorityGroup: input.priorityGroup ?? null,
            rows: items.length,
          },
        });
        // What the page shows comes from the domain's rule; the filter and sort
        // above used its SQL form, which a differential test keeps equal (ADR 0008).
        const actions = await nextActionsFor(
          tx,
          items.map((i) => ({ ...i, projectId })),
          today,
        );
        return {
          total,
          items: items.map(({ personalIdentityNumber, personId: _personId, ...item }) => ({
            ...item,
            maskedPin: maskPersonalIdentityNumber(personalIdentityNumber),
            nextAction: actions.get(item.enrolmentId) ?? null,
          })),
        };
      }),
    ),

  get: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await findParticipant(tx, input.enrolmentId, enrolmentScopeFor(ctx.user));
      // Outside the caller's scope looks the same as not existing.
      if (!found) throw new AppError("NOT_FOUND", "errors.participant.notFound");
      const { enrolment, person } = found;
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "participant.read",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [person.id],
      });
      const today = todayIn(ctx);
      const endDate =
        enrolment.status === "exited"
          ? ((await findExit(tx, enrolment.id))?.exitDate ?? today)
          : today;
      const attendance = await sumAttendance(tx, enrolment.id, addDays(endDate, -27), endDate);
      const actions = await nextActionsFor(
        tx,
        [{ ...enrolment, enrolmentId: enrolment.id }],
        today,
      );
      return {
        enrolmentId: enrolment.id,
        daysInProject: daysBetween(enrolment.startDate, endDate),
        participationRate4Weeks: participationRate(attendance.present, attendance.planned),
        nextAction: actions.get(enrolment.id) ?? null,
        projectId: enrolment.projectId,
        person: personSummary(person),
        municipalityCode: enrolment.municipalityCode,
        status: enrolment.status,
        startDate: enrolment.startDate,
        byException: enrolment.byException,
        workAvailabilityPercent: enrolment.workAvailabilityPercent,
        workAvailabilityUntil: enrolment.workAvailabilityUntil,
        priorityGroups: enrolment.priorityGroups,
        officerName: found.officerName,
        coordinatorName: found.coordinatorName,
      };
    }),
  ),

  /**
   * The summary of the participation on paper: a tagged PDF in plain Swedish for the
   * participant (name, dates, contacts, plan goals, activities, attendance, latest
   * assessments, what comes next; never the personal identity number). Audited as a read
   * of the person's data (`participant.summaryPrint`).
   */
  summaryPdf: caseworker.input(z.object({ enrolmentId: z.uuid() })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await findParticipant(tx, input.enrolmentId, enrolmentScopeFor(ctx.user));
      // Outside the caller's scope looks the same as not existing.
      if (!found) throw new AppError("NOT_FOUND", "errors.participant.notFound");
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "participant.summaryPrint",
        subjectType: "enrolment",
        subjectId: found.enrolment.id,
        personIds: [found.enrolment.personId],
      });
      const day = todayIn(ctx);
      const data = await participantSummaryPdf(await loadParticipantSummary(tx, found, day));
      return {
        fileName: `sammanfattning-deltagande-${day}.pdf`,
        mimeType: "application/pdf",
        base64: data.toString("base64"),
      };
    }),
  ),

  /**
   * Records or changes the participant's work availability (arbetsutbud) on an active
   * participation: the percent and the last day it lasts (null: open-ended). An AF
   * decision, so the officer's (like the exit). A changed percent is a correction
   * (ADR 0021): its reason and the old values are kept in record_corrections. The
   * audit row names the old and new values either way (ADR 0032).
   */
  setWorkAvailability: procedureFor("officer")
    .input(z.object({ enrolmentId: z.uuid(), workAvailability: WorkAvailabilityChangeSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        if (enrolment.status !== "active")
          throw new AppError("CONFLICT", "errors.workAvailability.notActive");
        const change = input.workAvailability;
        const errors = validateWorkAvailabilityChange(change, {
          startDate: enrolment.startDate,
          previous: {
            percent: enrolment.workAvailabilityPercent,
            until: enrolment.workAvailabilityUntil,
          },
        });
        if (errors.length > 0) {
          throw new AppError(
            "VALIDATION",
            "errors.validation",
            fieldErrorsAt("workAvailability", errors),
          );
        }
        const current = { percent: change.percent, until: change.until };
        const previous = await setWorkAvailability(tx, enrolment.id, current, ctx.now());
        if (!previous) throw new AppError("NOT_FOUND", "errors.participant.notFound");
        const corrected = previous.percent !== current.percent;
        if (corrected) {
          await insertCorrection(tx, {
            enrolmentId: enrolment.id,
            recordType: "workAvailability",
            recordKey: enrolment.id,
            action: "corrected",
            reason: change.reason ?? "",
            previous,
            current,
            correctedBy: ctx.user.id,
            correctedAt: ctx.now(),
          });
        }
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "participant.workAvailability",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: {
            previousPercent: previous.percent,
            previousUntil: previous.until,
            percent: current.percent,
            until: current.until,
            corrected,
          },
        });
        return current;
      }),
    ),

  /** Everything that happened in the case, from both organisations, newest first. */
  timeline: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
      const events = await loadTimeline(tx, enrolment.id);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "participant.timeline",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [enrolment.personId],
      });
      return events;
    }),
  ),
});
