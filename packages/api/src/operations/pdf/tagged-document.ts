import { PLATFORM_TIME_ZONE, swedishDate } from "@opis/domain";
import PDFDocument from "pdfkit";

/**
 * The building blocks of the participant's papers (the joint plan, the summary of the
 * participation): a tagged PDF whose headings, paragraphs and lists are structure elements
 * and whose text is real text, so a screen reader reads it in order; the document's language
 * is sv-SE and its title is shown instead of the file name. The standard fonts' WinAnsi
 * encoding holds å, ä and ö.
 */
export interface TaggedDocument {
  heading(level: "H1" | "H2", text: string): void;
  paragraph(text: string): void;
  /** A list; each entry is its lines, the first marked with a bullet, the rest indented. */
  list(entries: readonly (readonly string[])[]): void;
  /** Some space between sections. */
  gap(): void;
  /** Closes the structure and the document; resolves to the file's bytes. */
  finish(): Promise<Buffer>;
}

export function taggedDocument(info: { title: string; subject: string }): TaggedDocument {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    pdfVersion: "1.7",
    tagged: true,
    lang: "sv-SE",
    displayTitle: true,
    info: { Title: info.title, Subject: info.subject },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  const root = doc.struct("Document");
  doc.addStructure(root);
  return {
    heading(level, text) {
      root.add(
        doc.struct(level, {}, () => {
          doc
            .font("Helvetica-Bold")
            .fontSize(level === "H1" ? 18 : 13)
            .text(text);
        }),
      );
      doc.font("Helvetica").fontSize(11);
    },
    paragraph(text) {
      root.add(doc.struct("P", {}, () => doc.font("Helvetica").fontSize(11).text(text)));
    },
    list(entries) {
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
    },
    gap() {
      doc.moveDown();
    },
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-05-12" as "12 maj 2026": easier to read than the ISO form. */
export function plainSwedishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const swedishClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: PLATFORM_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/** "12 maj 2026 kl. 14:05", in Swedish time. */
export function plainSwedishInstant(instant: Date): string {
  return `${plainSwedishDate(swedishDate(instant))} kl. ${swedishClock.format(instant)}`;
}

/** The paper's last words: the day it was printed ("Utskriven 2 april 2026."). */
export function printedOnText(isoDate: string): string {
  return `Utskriven ${plainSwedishDate(isoDate)}.`;
}
