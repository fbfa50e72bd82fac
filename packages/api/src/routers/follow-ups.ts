import { findFollowUp, insertCorrection, listFollowUps, setFollowUpResult } from "@opis/db";
import {
  addDays,
  CorrectionReasonSchema,
  classifyFollowUp,
  FollowUpRecordInputSchema,
  followUpWindow,
  followUpWindowWarnings,
  type ProjectDefinition,
  validateFollowUpRecord,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError, fieldErrorsAt } from "../errors";
import { requireProject } from "../operations/intake";
import { resolveProjects } from "../operations/projects";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { procedureFor, router } from "../trpc";

const officer = procedureFor("officer");

function ruleOf(project: ProjectDefinition | undefined, ruleId: string) {
  const rule = project?.followUpRules.find((r) => r.id === ruleId);
  if (!rule) throw new AppError("NOT_FOUND", "errors.followUp.unknownRule");
  return rule;
}

export const followUpsRouter = router({
  /**
   * Follow-ups of the officer's cases (or office): due, overdue and coming up
   * within `horizonDays`, each classified against the project's window.
   */
  list: officer
    .input(
      z.object({
        scope: z.enum(["mine", "office"]).default("mine"),
        view: z.enum(["open", "recorded"]).default("open"),
        horizonDays: z.int().min(0).max(365).default(30),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const today = todayIn(ctx);
        const rows = await listFollowUps(tx, {
          scope: enrolmentScopeFor(ctx.user, input.scope),
          onlyOpen: input.view === "open",
          dueOnOrBefore: input.view === "open" ? addDays(today, input.horizonDays) : undefined,
          limit: 500,
        });
        const projects = await resolveProjects(
          tx,
          rows.map((r) => r.projectId),
        );
        const items = rows
          .filter((r) => input.view === "open" || r.recordedOn !== null)
          .map((r) => ({
            followUpId: r.followUpId,
            enrolmentId: r.enrolmentId,
            givenName: r.givenName,
            familyName: r.familyName,
            municipalityCode: r.municipalityCode,
            exitDate: r.exitDate,
            exitReason: r.exitReason,
            dueDate: r.dueDate,
            outcome: r.outcome,
            recordedOn: r.recordedOn,
            status: classifyFollowUp(
              ruleOf(projects.get(r.projectId), r.ruleId),
              r.exitDate,
              r.recordedOn,
              today,
            ),
          }));
        if (items.length > 0) {
          await recordAudit(tx, {
            actorUserId: ctx.user.id,
            action: "followUp.list",
            subjectType: "person",
            personIds: rows.map((r) => r.personId),
          });
        }
        return { items };
      }),
    ),

  /**
   * Records what a follow-up found. A recording outside the project's window
   * does not count towards the goal, so it is saved only once the user
   * confirms it (confirmOutsideWindow). Recording over an earlier result is a
   * correction: it needs a reason, and the earlier result is kept in the history.
   */
  record: officer
    .input(
      z.object({
        followUpId: z.uuid(),
        record: FollowUpRecordInputSchema,
        confirmOutsideWindow: z.boolean().default(false),
        correctionReason: CorrectionReasonSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const found = await findFollowUp(tx, input.followUpId);
        if (!found) throw new AppError("NOT_FOUND", "errors.followUp.notFound");
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, found.followUp.enrolmentId);
        const project = await requireProject(tx, enrolment.projectId);
        const rule = ruleOf(project, found.followUp.ruleId);
        const today = todayIn(ctx);
        const errors = validateFollowUpRecord(input.record, {
          exitDate: found.exitDate,
          today,
          project,
        });
        if (errors.length > 0)
          throw new AppError("VALIDATION", "errors.validation", fieldErrorsAt("record", errors));
        const warnings = followUpWindowWarnings(
          input.record.recordedOn,
          followUpWindow(rule, found.exitDate),
          input.confirmOutsideWindow,
        );
        if (warnings.length > 0) {
          throw new AppError(
            "PRECONDITION_FAILED",
            "validation.followUp.recordedOn.outsideWindow",
            {
              "record.recordedOn": warnings,
            },
          );
        }
        const earlier = found.followUp;
        const correcting = earlier.recordedOn !== null;
        if (correcting && !input.correctionReason) {
          throw new AppError("VALIDATION", "errors.validation", {
            correctionReason: ["validation.recordCorrection.reason.required"],
          });
        }
        await setFollowUpResult(tx, input.followUpId, {
          outcome: input.record.outcome,
          source: input.record.source,
          recordedOn: input.record.recordedOn,
          recordedBy: ctx.user.id,
        });
        if (correcting) {
          await insertCorrection(tx, {
            enrolmentId: enrolment.id,
            recordType: "followUp",
            recordKey: input.followUpId,
            action: "corrected",
            reason: input.correctionReason ?? "",
            previous: {
              outcome: earlier.outcome,
              source: earlier.source,
              recordedOn: earlier.recordedOn,
            },
            current: { ...input.record },
            correctedBy: ctx.user.id,
            correctedAt: ctx.now(),
          });
        }
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: correcting ? "followUp.correct" : "followUp.record",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return { status: classifyFollowUp(rule, found.exitDate, input.record.recordedOn, today) };
      }),
    ),
});
