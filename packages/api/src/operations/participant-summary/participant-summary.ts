import {
  type Executor,
  findExit,
  type findParticipant,
  listActivities,
  listAssessments,
  listAttendance,
  listFollowUpsOfEnrolment,
  listPlanVersions,
} from "@opis/db";
import {
  activityState,
  addDays,
  exitStatusCategory,
  nextPlanReview,
  participationRate,
} from "@opis/domain";
import { requireProject } from "../intake";
import type {
  ParticipantSummaryOnPaper,
  SummaryAssessment,
  SummaryFollowUp,
} from "./participant-summary-pdf";

type FoundParticipant = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/**
 * The summary of a participation for its paper, from what the case page reads: the
 * enrolment and its contacts (participants.get), the current plan (plans.get), the
 * activities, the recorded attendance of the same four weeks as the header's
 * participation rate, each instrument's latest assessment and what comes next.
 */
export async function loadParticipantSummary(
  db: Executor,
  found: FoundParticipant,
  today: string,
): Promise<ParticipantSummaryOnPaper> {
  const { enrolment, person } = found;
  // Sequential: inside a transaction the queries share one connection.
  const project = await requireProject(db, enrolment.projectId);
  const exit = enrolment.status === "exited" ? await findExit(db, enrolment.id) : undefined;
  const endDate = exit?.exitDate ?? today;
  const [plan] = await listPlanVersions(db, enrolment.id);
  const activities = await listActivities(db, enrolment.id);
  const days = await listAttendance(db, enrolment.id, addDays(endDate, -27), endDate);
  const assessments = await listAssessments(db, enrolment.id);
  const followUps = exit ? await listFollowUpsOfEnrolment(db, enrolment.id) : [];

  const planned = days.filter((d) => d.plannedMinutes > 0);
  const minutes = (key: "plannedMinutes" | "presentMinutes") =>
    days.reduce((sum, d) => sum + d[key], 0);

  // Each instrument's latest sitting (the rows come oldest first).
  const latest: SummaryAssessment[] = [];
  for (const instrument of project.instruments) {
    const last = assessments.filter((a) => a.instrumentId === instrument.id).at(-1);
    if (last) {
      latest.push({
        instrument,
        assessedOn: last.assessedOn,
        value: last.value,
        areaValues: last.areaValues,
      });
    }
  }

  const next: SummaryFollowUp[] = [];
  if (plan && enrolment.status === "active") {
    const review = nextPlanReview(plan.content);
    if (review && review >= today) next.push({ kind: "planReview", date: review });
    for (const item of plan.content.items) {
      if ((item.status === "planned" || item.status === "ongoing") && item.reviewDate) {
        if (item.reviewDate >= today) {
          next.push({
            kind: "planItemReview",
            date: item.reviewDate,
            description: item.description,
          });
        }
      }
    }
  }
  // A follow-up after the exit is still to come until it is recorded.
  for (const f of followUps) {
    if (f.recordedOn === null) next.push({ kind: "afterExit", date: f.dueDate });
  }
  next.sort((a, b) => a.date.localeCompare(b.date));

  return {
    participantName: `${person.givenName} ${person.familyName}`,
    projectName: project.name.sv,
    startDate: enrolment.startDate,
    exit: exit
      ? {
          exitDate: exit.exitDate,
          statusName: exitStatusCategory(project, exit.status)?.name.sv ?? null,
        }
      : null,
    officerName: found.officerName,
    coordinatorName: found.coordinatorName,
    plan: plan
      ? {
          goals: plan.content.goals.map((g) => g.text),
          nextReview: nextPlanReview(plan.content),
        }
      : null,
    activities: activities.map(({ activity }) => ({
      title: activity.title,
      type: activity.type,
      startDate: activity.startDate,
      endDate: activity.endDate,
      state: activityState(activity, today),
    })),
    attendance: {
      daysPlanned: planned.length,
      daysPresent: planned.filter((d) => d.presentMinutes > 0).length,
      rate: participationRate(minutes("presentMinutes"), minutes("plannedMinutes")),
    },
    assessments: latest,
    followUps: next,
    printedOn: today,
  };
}
