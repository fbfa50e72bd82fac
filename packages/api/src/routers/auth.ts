import {
  deleteOtherSessions,
  deleteUserSessions,
  listActiveAdministrators,
  listProjectAdministrators,
  listUserSessions,
} from "@opis/db";
import { z } from "zod";
import { recordAudit } from "../audit";
import { AppError } from "../errors";
import { resolveProjects } from "../operations/projects";
import { anyUserProcedure, router } from "../trpc";

/** Without a request session (jobs, in-process callers) idle sessions still count as over after 30 minutes. */
const DEFAULT_IDLE_MINUTES = 30;

export const authRouter = router({
  /**
   * The logged-in user: name, role and scope, as the server knows them, with the
   * projects they work in (id and name, for the apps' project switcher).
   */
  me: anyUserProcedure.query(async ({ ctx }) => {
    const definitions = await resolveProjects(ctx.db, ctx.user.projectIds);
    const projects = ctx.user.projectIds.flatMap((id) => {
      const definition = definitions.get(id);
      return definition ? [{ id, name: definition.name }] : [];
    });
    // Whom to ask for access (the apps' no-access pages): the administrators of the
    // user's projects, or every active administrator for someone in no project yet.
    const found =
      ctx.user.projectIds.length > 0
        ? (
            await Promise.all(
              ctx.user.projectIds.map((id) => listProjectAdministrators(ctx.db, id)),
            )
          ).flat()
        : await listActiveAdministrators(ctx.db);
    const administrators = [
      ...new Map(found.map((a) => [`${a.name}\u0000${a.email ?? ""}`, a])).values(),
    ];
    return { ...ctx.user, projects, administrators };
  }),

  /** The caller's own live sessions, most recently used first; `current` marks this one. */
  sessions: anyUserProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const idleMinutes = ctx.session?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
    const rows = await listUserSessions(
      ctx.db,
      ctx.user.id,
      now,
      new Date(now.getTime() - idleMinutes * 60_000),
    );
    return rows.map((row) => ({
      handle: row.handle,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      idleExpiresAt: new Date(row.lastSeenAt.getTime() + idleMinutes * 60_000).toISOString(),
      userAgent: row.userAgent,
      acr: row.acr,
      current: row.handle === ctx.session?.handle,
    }));
  }),

  /** Ends one of the caller's own sessions (another user's handle is NOT_FOUND). */
  endSession: anyUserProcedure
    .input(z.object({ handle: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction(async (tx) => {
        const ended = await deleteUserSessions(tx, ctx.user.id, [input.handle]);
        if (ended === 0) throw new AppError("NOT_FOUND", "errors.notFound");
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "session.end",
          subjectType: "session",
          subjectId: input.handle,
          details: { current: input.handle === ctx.session?.handle },
        });
      });
      return { ended: 1 };
    }),

  /** Ends every session of the caller except the one making this request. */
  endOtherSessions: anyUserProcedure.mutation(async ({ ctx }) => {
    const handle = ctx.session?.handle;
    if (!handle) throw new AppError("NOT_FOUND", "errors.notFound");
    const ended = await ctx.db.transaction(async (tx) => {
      const count = await deleteOtherSessions(tx, ctx.user.id, handle);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "session.endOthers",
        subjectType: "session",
        subjectId: handle,
        details: { ended: count },
      });
      return count;
    });
    return { ended };
  }),
});
