import type { ActivityState, ActivityType, Instrument } from "@opis/domain";
import { plainSwedishDate, printedOnText, taggedDocument } from "../pdf/tagged-document";
import { ACTIVITY_TYPE_LABELS } from "../plan-pdf/plan-pdf-labels";
import {
  attendanceInWords,
  SUMMARY_PDF_LABELS as L,
  LIFE_WHEEL_AREA_LABELS,
  STEP_LABELS,
} from "./participant-summary-labels";

export interface SummaryActivity {
  title: string;
  type: ActivityType;
  startDate: string;
  endDate: string | null;
  state: ActivityState;
}

/** An instrument's latest sitting. */
export interface SummaryAssessment {
  instrument: Instrument;
  assessedOn: string;
  value: number | null;
  areaValues: Record<string, number> | null;
}

export interface SummaryFollowUp {
  kind: "planReview" | "planItemReview" | "afterExit";
  date: string;
  /** The plan item followed up, for `planItemReview`. */
  description?: string;
}

/**
 * What the summary shows, from the data the case page shows. Only the name identifies
 * the participant: the personal identity number never goes on the paper.
 */
export interface ParticipantSummaryOnPaper {
  participantName: string;
  projectName: string;
  startDate: string;
  /** The exit and the status at exit in the project's words, once the participation ended. */
  exit: { exitDate: string; statusName: string | null } | null;
  officerName: string;
  coordinatorName: string | null;
  /** The current joint plan's goals and next review; null when no plan is saved. */
  plan: { goals: string[]; nextReview: string | null } | null;
  activities: SummaryActivity[];
  /** Recorded days of the four weeks up to today (or the exit day). */
  attendance: { daysPresent: number; daysPlanned: number; rate: number | null };
  assessments: SummaryAssessment[];
  followUps: SummaryFollowUp[];
  /** The day it is printed, in Sweden (ISO date). */
  printedOn: string;
}

function period(activity: SummaryActivity): string {
  return activity.endDate
    ? `${L.from} ${plainSwedishDate(activity.startDate)} ${L.to} ${plainSwedishDate(activity.endDate)}`
    : `${L.from} ${plainSwedishDate(activity.startDate)}`;
}

/** The latest level in words: a step's name, "7 av 10", or one line per life-wheel area. */
function levelLines(a: SummaryAssessment): string[] {
  const { instrument } = a;
  if (instrument.kind === "lifeWheel") {
    return instrument.areas
      .filter((area) => a.areaValues?.[area.id] !== undefined)
      .map(
        (area) =>
          `${LIFE_WHEEL_AREA_LABELS[area.id]}: ${a.areaValues?.[area.id]} ${L.of} ${instrument.max}`,
      );
  }
  if (a.value === null) return [];
  if (instrument.kind === "stepScale") {
    const step = instrument.steps.find((s) => s.value === a.value);
    const named = step ? STEP_LABELS[step.labelKey] : undefined;
    return [named ?? `${a.value} ${L.of} ${instrument.steps.length}`];
  }
  return [`${a.value} ${L.of} ${instrument.max}`];
}

function followUpText(f: SummaryFollowUp): string {
  const what =
    f.kind === "planReview"
      ? L.planReview
      : f.kind === "afterExit"
        ? L.afterExit
        : `${L.planItemReview}: ${f.description ?? ""}`;
  return `${plainSwedishDate(f.date)}: ${what}`;
}

/**
 * The summary of a participation as a tagged PDF for the participant, in plain Swedish:
 * the same building blocks as the joint plan's paper (taggedDocument).
 */
export async function participantSummaryPdf(summary: ParticipantSummaryOnPaper): Promise<Buffer> {
  const { heading, paragraph, list, gap, finish } = taggedDocument({
    title: `${L.title} – ${summary.participantName}`,
    subject: L.title,
  });

  heading("H1", L.title);
  paragraph(`${L.participant}: ${summary.participantName}`);
  paragraph(`${L.project}: ${summary.projectName}`);
  paragraph(L.intro);
  gap();

  heading("H2", L.participation);
  paragraph(`${L.started} ${plainSwedishDate(summary.startDate)}.`);
  if (summary.exit) {
    paragraph(`${L.ended} ${plainSwedishDate(summary.exit.exitDate)}.`);
    if (summary.exit.statusName) paragraph(`${L.statusAtExit}: ${summary.exit.statusName}.`);
  } else paragraph(L.ongoing);
  gap();

  heading("H2", L.contacts);
  list([
    [`${L.officer}: ${summary.officerName}`],
    ...(summary.coordinatorName ? [[`${L.coordinator}: ${summary.coordinatorName}`]] : []),
  ]);
  gap();

  heading("H2", L.goals);
  if (!summary.plan) paragraph(L.noPlan);
  else {
    if (summary.plan.goals.length === 0) paragraph(L.noGoals);
    else list(summary.plan.goals.map((goal) => [goal]));
    // After the exit the plan is no longer reviewed.
    if (!summary.exit) {
      paragraph(
        `${L.nextReview}: ${summary.plan.nextReview ? plainSwedishDate(summary.plan.nextReview) : L.notDecided}.`,
      );
    }
  }
  gap();

  heading("H2", L.activities);
  if (summary.activities.length === 0) paragraph(L.noActivities);
  for (const [state, label] of [
    ["ongoing", L.activitiesOngoing],
    ["planned", L.activitiesPlanned],
    ["done", L.activitiesDone],
  ] as const) {
    const inState = summary.activities.filter((a) => a.state === state);
    if (inState.length === 0) continue;
    paragraph(`${label}:`);
    list(inState.map((a) => [a.title, `${ACTIVITY_TYPE_LABELS[a.type]}, ${period(a)}`]));
  }
  gap();

  heading("H2", L.attendance);
  const { daysPresent, daysPlanned, rate } = summary.attendance;
  paragraph(daysPlanned === 0 ? L.noAttendance : attendanceInWords(daysPresent, daysPlanned, rate));
  gap();

  heading("H2", L.assessments);
  const assessed = summary.assessments
    .map((a) => ({ a, lines: levelLines(a) }))
    .filter(({ lines }) => lines.length > 0);
  if (assessed.length === 0) paragraph(L.noAssessments);
  else
    list(
      assessed.map(({ a, lines }) => [
        `${a.instrument.name.sv} (${L.assessedOn} ${plainSwedishDate(a.assessedOn)})`,
        ...lines,
      ]),
    );
  gap();

  heading("H2", L.followUps);
  if (summary.followUps.length === 0) paragraph(L.noFollowUps);
  else list(summary.followUps.map((f) => [followUpText(f)]));
  gap();

  paragraph(printedOnText(summary.printedOn));
  return finish();
}
