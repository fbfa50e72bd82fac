import {
  type JointPlanContent,
  nextPlanReview,
  PLATFORM_TIME_ZONE,
  swedishDate,
} from "@opis/domain";
import PDFDocument from "pdfkit";
import {
  ACTIVITY_TYPE_LABELS,
  PLAN_PDF_LABELS as L,
  plainSwedishDate,
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

const swedishClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: PLATFORM_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/** "12 maj 2026 kl. 14:05", in Swedish time. */
function plainSwedishInstant(instant: Date): string {
  return `${plainSwedishDate(swedishDate(instant))} kl. ${swedishClock.format(instant)}`;
}

/**
 * The joint plan as a tagged PDF for the participant, in plain Swedish: headings, paragraphs
 * and lists are structure elements and the text is real text, so a screen reader reads it in
 * order; the document's language is sv-SE and its title is shown instead of the file name.
 * The standard fonts' WinAnsi encoding holds å, ä and ö.
 */
export async function planPdf(plan: PlanOnPaper): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    pdfVersion: "1.7",
    tagged: true,
    lang: "sv-SE",
    displayTitle: true,
    info: { Title: `${L.title} – ${plan.participantName}`, Subject: L.title },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  const root = doc.struct("Document");
  doc.addStructure(root);
  const heading = (type: "H1" | "H2", text: string) => {
    root.add(
      doc.struct(type, {}, () => {
        doc
          .font("Helvetica-Bold")
          .fontSize(type === "H1" ? 18 : 13)
          .text(text);
      }),
    );
    doc.font("Helvetica").fontSize(11);
  };
  const paragraph = (text: string) => {
    root.add(doc.struct("P", {}, () => doc.font("Helvetica").fontSize(11).text(text)));
  };
  const list = (entries: string[][]) => {
    const element = doc.struct("L");
    root.add(element);
    for (const lines of entries) {
      element.add(
        doc.struct("LI", {}, () => {
          doc.font("Helvetica").fontSize(11);
          lines.forEach((line, index) => {
            doc.text(index === 0 ? `• ${line}` : line, { indent: index === 0 ? 0 : 12 });
          });
          doc.moveDown(0.3);
        }),
      );
    }
    element.end();
  };

  heading("H1", L.title);
  paragraph(`${L.participant}: ${plan.participantName}`);
  paragraph(L.intro);
  doc.moveDown();

  heading("H2", L.goals);
  if (plan.content.goals.length === 0) paragraph(L.noGoals);
  else list(plan.content.goals.map((goal) => [goal.text]));
  doc.moveDown();

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
  doc.moveDown();

  const review = nextPlanReview(plan.content);
  heading("H2", L.nextReview);
  paragraph(review ? plainSwedishDate(review) : L.notDecided);
  paragraph(plan.content.agreedWithParticipant ? L.agreed : L.notAgreed);
  doc.moveDown();

  heading("H2", L.contacts);
  list([
    [`${L.officer}: ${plan.officerName}`],
    ...(plan.coordinatorName ? [[`${L.coordinator}: ${plan.coordinatorName}`]] : []),
  ]);
  doc.moveDown();

  paragraph(
    plan.version === 0 || !plan.savedAt
      ? L.neverSaved
      : `${L.version} ${plan.version}, ${L.savedBy} ${plainSwedishInstant(plan.savedAt)}${
          plan.savedBy ? ` ${L.by} ${plan.savedBy}` : ""
        }. ${L.printed} ${plainSwedishDate(plan.printedOn)}.`,
  );
  root.end();
  doc.end();
  return done;
}
