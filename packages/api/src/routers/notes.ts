import { countUnreadHandovers, listCaseNotes, markHandoversRead, schema } from "@opis/db";
import { CaseNoteSchema } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

export const notesRouter = router({
  /** A participant's notes and handovers; opening them marks the other side's handovers read. */
  list: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
      const notes = await listCaseNotes(tx, enrolment.id);
      await markHandoversRead(tx, {
        enrolmentId: enrolment.id,
        readerOrganisation: ctx.user.organisation,
        readerUserId: ctx.user.id,
        at: ctx.now(),
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "notes.read",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [enrolment.personId],
      });
      return notes.map((n) => ({
        ...n,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      }));
    }),
  ),

  add: caseworker
    .input(z.object({ enrolmentId: z.uuid(), note: CaseNoteSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const [row] = await tx
          .insert(schema.caseNotes)
          .values({
            enrolmentId: enrolment.id,
            kind: input.note.kind,
            text: input.note.text,
            authorUserId: ctx.user.id,
            authorOrganisation: ctx.user.organisation,
          })
          .returning({ id: schema.caseNotes.id, createdAt: schema.caseNotes.createdAt });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "notes.add",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: { kind: input.note.kind },
        });
        return { id: row?.id ?? "", createdAt: row?.createdAt.toISOString() ?? "" };
      }),
    ),

  /** Unread handovers from the other organisation, per participant, for badges. */
  unread: caseworker.query(async ({ ctx }) => {
    const rows = await countUnreadHandovers(ctx.db, {
      scope: enrolmentScopeFor(ctx.user),
      readerOrganisation: ctx.user.organisation,
    });
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "notes.unread",
      subjectType: "caseload",
    });
    return {
      total: rows.reduce((sum, r) => sum + r.unread, 0),
      byEnrolment: Object.fromEntries(rows.map((r) => [r.enrolmentId, r.unread])),
    };
  }),
});
