import { listProjectUsers } from "@opis/db";
import {
  municipalitiesServedBy,
  ProjectIdSchema,
  textSchema,
  UserAccountSchema,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { requireProject } from "../operations/intake";
import {
  assignCoordinator,
  createUserAccount,
  deactivateUserAccount,
  reassignCaseload,
  reassignOfficer,
  type UserAdministrator,
  updateUserAccount,
} from "../operations/user-admin";
import { projectIdFor } from "../project-context";
import type { AuthedContext } from "../trpc";
import { procedureFor, router } from "../trpc";

const administrator = procedureFor("admin");

function administratorOf(ctx: AuthedContext): UserAdministrator {
  return {
    id: ctx.user.id,
    name: ctx.user.name,
    organisation: ctx.user.organisation,
    projectIds: ctx.user.projectIds,
  };
}

type AdminUser = Awaited<ReturnType<typeof listProjectUsers>>[number];

function shapeUser(user: Omit<AdminUser, "activeCases"> & { activeCases?: number }) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organisation: user.organisation,
    office: user.office,
    municipalityCode: user.municipalityCode,
    projectIds: user.projectIds,
    active: user.active,
    /** Whether the identity provider's subject is known yet (else matched on e-mail at login). */
    claimed: !user.subject.startsWith("unclaimed:"),
    activeCases: user.activeCases ?? 0,
    createdAt: user.createdAt.toISOString(),
  };
}

const project = { projectId: ProjectIdSchema.optional() };

/** The administrator's console: users, offices and who owns which case (issue 13). */
export const usersRouter = router({
  /** The project's users, searched on name and e-mail and sorted. */
  list: administrator
    .input(
      z.object({
        ...project,
        search: textSchema().trim().max(100).optional(),
        sort: z.enum(["name", "role", "createdAt"]).default("name"),
        descending: z.boolean().default(false),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const projectId = projectIdFor(ctx, input.projectId);
        const rows = await listProjectUsers(tx, {
          projectId,
          ...(input.search ? { search: input.search } : {}),
          sort: input.sort,
          descending: input.descending,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "users.list",
          subjectType: "project",
          subjectId: projectId,
          details: { search: Boolean(input.search), count: rows.length },
        });
        return rows.map(shapeUser);
      }),
    ),

  /** The project's offices and the municipalities each serves (read-only: ADR 0029). */
  offices: administrator.input(z.object(project)).query(async ({ ctx, input }) => {
    const definition = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
    return {
      municipalities: [...definition.municipalities],
      /** False when the project lists no offices: any office serves any municipality. */
      listed: Boolean(definition.offices),
      offices: (definition.offices ?? []).map((office) => ({
        name: office.name,
        municipalities: [...municipalitiesServedBy(definition, office.name)],
      })),
    };
  }),

  create: administrator
    .input(z.object({ ...project, account: UserAccountSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        projectIdFor(ctx, input.projectId);
        const user = await createUserAccount({
          db: tx,
          account: input.account,
          by: administratorOf(ctx),
        });
        return shapeUser(user);
      }),
    ),

  update: administrator
    .input(z.object({ ...project, userId: z.uuid(), account: UserAccountSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const user = await updateUserAccount({
          db: tx,
          userId: input.userId,
          projectId: projectIdFor(ctx, input.projectId),
          account: input.account,
          by: administratorOf(ctx),
        });
        if (!user) throw new Error("updated user vanished");
        return shapeUser(user);
      }),
    ),

  /** Deactivates the user; every session of theirs ends in the same transaction. */
  deactivate: administrator
    .input(z.object({ ...project, userId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction((tx) =>
        deactivateUserAccount({
          db: tx,
          userId: input.userId,
          projectId: projectIdFor(ctx, input.projectId),
          by: administratorOf(ctx),
        }),
      ),
    ),

  reassignOfficer: administrator
    .input(z.object({ ...project, enrolmentId: z.uuid(), officerUserId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) =>
        reassignOfficer({
          db: tx,
          project: await requireProject(tx, projectIdFor(ctx, input.projectId)),
          enrolmentId: input.enrolmentId,
          officerUserId: input.officerUserId,
          by: administratorOf(ctx),
        }),
      ),
    ),

  reassignCaseload: administrator
    .input(z.object({ ...project, fromUserId: z.uuid(), toUserId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) =>
        reassignCaseload({
          db: tx,
          project: await requireProject(tx, projectIdFor(ctx, input.projectId)),
          fromUserId: input.fromUserId,
          toUserId: input.toUserId,
          by: administratorOf(ctx),
        }),
      ),
    ),

  assignCoordinator: administrator
    .input(z.object({ ...project, enrolmentId: z.uuid(), coordinatorUserId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) =>
        assignCoordinator({
          db: tx,
          project: await requireProject(tx, projectIdFor(ctx, input.projectId)),
          enrolmentId: input.enrolmentId,
          coordinatorUserId: input.coordinatorUserId,
          by: administratorOf(ctx),
        }),
      ),
    ),
});
