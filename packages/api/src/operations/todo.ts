import type { Executor } from "@opis/db";
import {
  listActiveCases,
  listDraftIntakes,
  listFollowUps,
  listUnreadHandovers,
  listUnseenRequestDecisions,
  sumAttendanceByEnrolment,
} from "@opis/db";
import {
  addDays,
  type CaseReminderKind,
  caseReminders,
  caseWorkSettingsOf,
  classifyFollowUp,
  PARTICIPATION_WINDOW_DAYS,
} from "@opis/domain";
import { recordAudit } from "../audit";
import type { SessionUser } from "../context";
import { enrolmentScopeFor, type OfficerListScope } from "../policies/enrolment-scope";
import { nextActionsFor } from "./case-state";
import { resolveProjects } from "./projects";

/** How far ahead "coming due" looks. */
export const TODO_HORIZON_DAYS = 14;

/**
 * An officer's due work on `today`. Used by the to-do screen and by the daily
 * reminder job, so both always agree.
 */
export async function computeTodo(options: {
  db: Executor;
  user: SessionUser;
  scope: OfficerListScope;
  today: string;
}) {
  const { db, user, today } = options;
  const horizon = addDays(today, TODO_HORIZON_DAYS);
  const scope = enrolmentScopeFor(user, options.scope);
  // Sequential: inside a transaction the queries share one connection.
  const drafts = await listDraftIntakes(db, user.id);
  const active = await listActiveCases(db, scope);
  const followUps = await listFollowUps(db, {
    scope,
    onlyOpen: true,
    dueOnOrBefore: horizon,
    limit: 500,
  });
  const actions = await nextActionsFor(db, active, today);
  // Handovers from the other organisation are the reader's work until opened.
  const handovers = await listUnreadHandovers(db, { scope, readerOrganisation: user.organisation });
  // A decision on the caller's own resource request is theirs to read until opened.
  const decisions = await listUnseenRequestDecisions(db, user.id);
  const lastFourWeeks = await sumAttendanceByEnrolment(
    db,
    active.map((c) => c.enrolmentId),
    addDays(today, -PARTICIPATION_WINDOW_DAYS),
    today,
  );
  const activeProjects = await resolveProjects(
    db,
    active.map((c) => c.projectId),
  );
  const reminders = active.flatMap((c) => {
    const project = activeProjects.get(c.projectId);
    if (!project) return [];
    return caseReminders(
      {
        startDate: c.startDate,
        lastFourWeeks: lastFourWeeks.get(c.enrolmentId) ?? { planned: 0, present: 0 },
        workAvailabilityUntil: c.workAvailabilityUntil,
      },
      project,
      caseWorkSettingsOf(project),
      today,
    ).map((r) => ({
      kind: r.kind as CaseReminderKind,
      enrolmentId: c.enrolmentId,
      givenName: c.givenName,
      familyName: c.familyName,
      dueDate: r.dueDate,
      priority: c.priorityGroups.length > 0,
    }));
  });
  const plans = active.flatMap((c) => {
    const action = actions.get(c.enrolmentId);
    if (!action || action.kind === "none" || !action.dueDate || action.dueDate > horizon) return [];
    return [
      {
        kind: action.kind,
        enrolmentId: c.enrolmentId,
        givenName: c.givenName,
        familyName: c.familyName,
        dueDate: action.dueDate,
        overdue: action.overdue,
      },
    ];
  });
  const projects = await resolveProjects(
    db,
    followUps.map((f) => f.projectId),
  );
  const follow = followUps.flatMap((f) => {
    const rule = projects.get(f.projectId)?.followUpRules.find((r) => r.id === f.ruleId);
    if (!rule) return [];
    const status = classifyFollowUp(rule, f.exitDate, f.recordedOn, today);
    return [
      {
        kind: "recordFollowUp" as const,
        followUpId: f.followUpId,
        enrolmentId: f.enrolmentId,
        givenName: f.givenName,
        familyName: f.familyName,
        dueDate: f.dueDate,
        overdue: status === "overdue",
      },
    ];
  });
  const personIds = [
    ...handovers.map((h) => h.personId),
    ...drafts.map((d) => d.personId),
    ...active.map((a) => a.personId),
    ...followUps.map((f) => f.personId),
  ];
  if (personIds.length > 0) {
    await recordAudit(db, {
      actorUserId: user.id,
      action: "todo.list",
      subjectType: "person",
      personIds: [...new Set(personIds)],
    });
  }
  const byDue = <T extends { dueDate: string }>(a: T, b: T) => (a.dueDate < b.dueDate ? -1 : 1);
  return {
    intakes: drafts.map((d) => ({
      intakeId: d.intakeId,
      givenName: d.givenName,
      familyName: d.familyName,
      updatedAt: d.updatedAt.toISOString(),
    })),
    plans: plans.sort(byDue),
    followUps: follow.sort(byDue),
    handovers: handovers.map((h) => ({
      kind: "readHandover" as const,
      enrolmentId: h.enrolmentId,
      givenName: h.givenName,
      familyName: h.familyName,
      unread: h.unread,
      since: h.since ? new Date(h.since).toISOString() : null,
    })),
    reminders: reminders.sort(byDue),
    decisions: decisions.map((d) => ({
      kind: "readRequestDecision" as const,
      requestId: d.requestId,
      activityType: d.activityType,
      status: d.status,
      decidedAt: d.decidedAt ? d.decidedAt.toISOString() : null,
    })),
  };
}

export type Todo = Awaited<ReturnType<typeof computeTodo>>;
