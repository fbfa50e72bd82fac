import { type JointPlanContent, nextPlanReview } from "@opis/domain";
import {
  plainSwedishDate,
  plainSwedishInstant,
  printedOnText,
  taggedDocument,
} from "../pdf/tagged-document";
import {
  ACTIVITY_TYPE_LABELS,
  PLAN_PDF_LABELS as L,
  RESPONSIBLE_LABELS,
  STATUS_LABELS,
} from "./plan-pdf-labels";

/** What the paper shows: the same plan version the plan screen shows, and who to contact. */
export interface PlanOnPaper {
  participantName: string;
  version: number;
  content: JointPlanContent;
  savedAt: Date | null;
  savedBy: string | null;
  officerName: string;
  coordinatorName: string | null;
  /** The day it is printed, in Sweden (ISO date). */
  printedOn: string;
}

/**
 * The joint plan as a tagged PDF for the participant, in plain Swedish (see taggedDocument).
 */
export async function planPdf(plan: PlanOnPaper): Promise<Buffer> {
  const { heading, paragraph, list, gap, finish } = taggedDocument({
    title: `${L.title} – ${plan.participantName}`,
    subject: L.title,
  });

  heading("H1", L.title);
  paragraph(`${L.participant}: ${plan.participantName}`);
  paragraph(L.intro);
  gap();

  heading("H2", L.goals);
  if (plan.content.goals.length === 0) paragraph(L.noGoals);
  else list(plan.content.goals.map((goal) => [goal.text]));
  gap();

  heading("H2", L.items);
  if (plan.content.items.length === 0) paragraph(L.noItems);
  else
    list(
      plan.content.items.map((item) => [
        item.description,
        ...(item.activityType
          ? [`${L.activityType}: ${ACTIVITY_TYPE_LABELS[item.activityType]}`]
          : []),
        `${L.responsible}: ${RESPONSIBLE_LABELS[item.responsible]}`,
        `${L.when}: ${item.reviewDate ? plainSwedishDate(item.reviewDate) : L.notDecided}`,
        `${L.status}: ${STATUS_LABELS[item.status]}`,
      ]),
    );
  gap();

  const review = nextPlanReview(plan.content);
  heading("H2", L.nextReview);
  paragraph(review ? plainSwedishDate(review) : L.notDecided);
  paragraph(plan.content.agreedWithParticipant ? L.agreed : L.notAgreed);
  gap();

  heading("H2", L.contacts);
  list([
    [`${L.officer}: ${plan.officerName}`],
    ...(plan.coordinatorName ? [[`${L.coordinator}: ${plan.coordinatorName}`]] : []),
  ]);
  gap();

  paragraph(
    plan.version === 0 || !plan.savedAt
      ? L.neverSaved
      : `${L.version} ${plan.version}, ${L.savedBy} ${plainSwedishInstant(plan.savedAt)}${
          plan.savedBy ? ` ${L.by} ${plan.savedBy}` : ""
        }. ${printedOnText(plan.printedOn)}`,
  );
  return finish();
}
