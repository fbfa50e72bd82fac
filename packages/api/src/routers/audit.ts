import { auditActions, searchAuditEvents, verifyAuditChain } from "@opis/db";
import { IsoDateSchema, maskPersonalIdentityNumber } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { toCsv } from "../operations/evaluation/exports";
import { procedureFor, router } from "../trpc";

/** The audit log is project management's to read: who read or changed what, and when. */
const auditor = procedureFor("admin");

const PERSONAL_NUMBER = /^\d{12}$/;

const AuditFilterSchema = z
  .object({
    personId: z.uuid().optional(),
    actorUserId: z.uuid().optional(),
    action: z.string().trim().min(1).max(100).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "errors.auditFilter.dateOrder",
    path: ["to"],
  });
type AuditFilter = z.infer<typeof AuditFilterSchema>;

function searchOf(filter: AuditFilter) {
  return {
    personId: filter.personId,
    actorUserId: filter.actorUserId,
    action: filter.action,
    fromDate: filter.from,
    toDate: filter.to,
  };
}

/**
 * What the screen shows of a row's details: a searched personal number only
 * masked (the person's id says who it was); everything else as logged.
 */
function shownDetails(details: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!details) return null;
  const searched = details.searched;
  return typeof searched === "string" && PERSONAL_NUMBER.test(searched)
    ? { ...details, searched: maskPersonalIdentityNumber(searched) }
    : details;
}

type Row = Awaited<ReturnType<typeof searchAuditEvents>>[number];

function present({ event, actorName, actorRole }: Row) {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actorUserId: event.actorUserId,
    actorName: actorName ?? null,
    actorRole: actorRole ?? null,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    personIds: event.personIds,
    details: shownDetails(event.details ?? null),
  };
}

export const auditRouter = router({
  /** Rows newest first, 50 at a time (keyset paging on `beforeId`); the search is itself logged. */
  search: auditor
    .input(
      z.object({
        filter: AuditFilterSchema.default({}),
        beforeId: z.int().positive().optional(),
        limit: z.int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const rows = await searchAuditEvents(tx, {
          ...searchOf(input.filter),
          beforeId: input.beforeId,
          limit: input.limit + 1,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "audit.search",
          subjectType: "audit",
          personIds: input.filter.personId ? [input.filter.personId] : [],
          details: { filter: input.filter, rows: Math.min(rows.length, input.limit) },
        });
        return {
          items: rows.slice(0, input.limit).map(present),
          hasMore: rows.length > input.limit,
          actions: await auditActions(tx),
        };
      }),
    ),

  /** The filtered rows (at most 10 000) as CSV. */
  export: auditor
    .input(z.object({ filter: AuditFilterSchema.default({}) }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const rows = (
          await searchAuditEvents(tx, { ...searchOf(input.filter), limit: 10_000 })
        ).map(present);
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "audit.export",
          subjectType: "audit",
          personIds: input.filter.personId ? [input.filter.personId] : [],
          details: { filter: input.filter, rows: rows.length },
        });
        const csv = toCsv(
          [
            "id",
            "at",
            "actor_user_id",
            "actor_name",
            "action",
            "subject_type",
            "subject_id",
            "person_ids",
            "details",
          ],
          rows.map((r) => [
            r.id,
            r.at,
            r.actorUserId ?? "",
            r.actorName ?? "",
            r.action,
            r.subjectType,
            r.subjectId ?? "",
            r.personIds.join(" "),
            r.details ? JSON.stringify(r.details) : "",
          ]),
        );
        return {
          fileName: "granskningslogg.csv",
          mimeType: "text/csv;charset=utf-8",
          base64: Buffer.from(csv, "utf8").toString("base64"),
          rowCount: rows.length,
        };
      }),
    ),

  /** Walks the hash chain now (the nightly job does the same) and says where it breaks. */
  verify: auditor.mutation(async ({ ctx }) => {
    const report = await verifyAuditChain(ctx.db);
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "audit.verify",
      subjectType: "audit",
      details: { rowsChecked: report.rowsChecked, broken: report.firstBreak !== null },
    });
    return report;
  }),
});
