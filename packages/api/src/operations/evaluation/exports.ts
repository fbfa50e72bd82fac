import { createHmac, randomBytes } from "node:crypto";
import {
  ageOn,
  classifyOutcome,
  countEsfIndicators,
  ESF_INDICATORS,
  type EsfParticipant,
  GENDERS,
  type Gender,
  type ProjectDefinition,
} from "@opis/domain";
import { formatPublishedCell, type PublishedCell } from "@opis/evaluation";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { Dashboard } from "./dashboard";
import { publishGenderCounts } from "./publish";
import { type EvaluationRecord, resolveOutcomeGoal } from "./records";

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file, base64-encoded. */
  base64: string;
  rowCount: number;
}

export const MIME = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

/**
 * Pseudonyms for one export: HMAC-SHA-256 of the enrolment id under a key
 * drawn for this export and then forgotten. Stable within the export,
 * unlinkable between exports.
 */
export function createPseudonymiser(key: Buffer = randomBytes(32)): (id: string) => string {
  return (id) => {
    const digest = createHmac("sha256", key).update(id).digest();
    // Consonants only: no digit runs that could pass for a personal number, no words.
    let out = "";
    for (let i = 0; i < 16; i++) out += PSEUDONYM_ALPHABET[digest[i]! % PSEUDONYM_ALPHABET.length];
    return out;
  };
}

/** 20 letters; 16 of them carry about 69 bits (the byte modulo bias is negligible here). */
const PSEUDONYM_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

export const PARTICIPANT_COLUMNS = [
  "pseudonym",
  "gender",
  "birthYear",
  "ageAtStart",
  "ageBand",
  "birthRegion",
  "educationLevel",
  "disability",
  "municipality",
  "monthsRegisteredAtStart",
  "priorityGroups",
  "startMonth",
  "exitMonth",
  "exitReason",
  "exitStatus",
  "gainedQualification",
  "outcome90",
  "outcome90Class",
  "attendedHours",
  "activityTypes",
  "validationWithCertificate",
  "internshipViaEmployerRegister",
] as const;

/** Participant-level rows with no names or personal numbers; dates coarsened to months. */
export function participantRows(
  project: ProjectDefinition,
  records: readonly EvaluationRecord[],
  asOf: string,
  pseudonym: (id: string) => string,
): (string | number | boolean)[][] {
  const goal = resolveOutcomeGoal(project);
  const rows = records.map((r) => [
    pseudonym(r.participantId),
    r.gender,
    Number(r.birthDate.slice(0, 4)),
    ageOn(r.birthDate, r.enrolledOn),
    r.obstacles.ageBand,
    r.birthRegion ?? "unknown",
    r.educationLevel,
    r.obstacles.disability ?? "unknown",
    r.municipalityCode,
    r.facts.monthsRegisteredAtStart,
    r.priorityGroups.join("|"),
    r.enrolledOn.slice(0, 7),
    r.exit ? r.exit.date.slice(0, 7) : "",
    r.exit?.reason ?? "",
    r.exit?.status ?? "",
    r.exit ? r.facts.gainedQualification : "",
    r.followUp?.outcome ?? "",
    (goal && classifyOutcome(project, goal, r, asOf)) ?? "",
    Math.round((r.facts.presentMinutes / 60) * 10) / 10,
    r.facts.activityTypes.join("|"),
    r.facts.validationWithCertificate,
    r.facts.internshipViaEmployerRegister,
  ]);
  // Sorted by pseudonym so row order says nothing about enrolment order.
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

function csvCell(value: string | number | boolean): string {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (string | number | boolean)[][]) {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function toXlsx(
  sheets: {
    name: string;
    header: readonly string[];
    rows: readonly (string | number | boolean | null)[][];
    notes?: string[];
  }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "OPIS";
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name);
    sheet.addRow([...s.header]).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row.map((v) => v ?? ""));
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    sheet.columns.forEach((c) => {
      c.width = 18;
    });
    if (s.notes?.length) {
      sheet.addRow([]);
      for (const n of s.notes) sheet.addRow([n]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellText = (cell: PublishedCell, threshold: number) => formatPublishedCell(cell, threshold);
const pct = (rate: number | null) =>
  rate === null ? "–" : `${(rate * 100).toLocaleString("sv-SE", { maximumFractionDigits: 1 })} %`;

export const GENDER_LABELS_SV: Record<Gender, string> = {
  woman: "Kvinnor",
  man: "Män",
  nonBinary: "Icke-binära",
};
const STATUS_SV: Record<string, string> = {
  met: "Uppnått",
  onTrack: "I fas",
  atRisk: "Risk",
  notYetMeasurable: "Kan inte mätas än",
};

export const SUPPRESSION_NOTE = (threshold: number) =>
  `<${threshold}: färre än ${threshold} personer. "..": dolt för att ett litet värde inte ska kunna räknas fram ur summor (sekundär röjandekontroll).`;

/** The goals report rows: per goal, total and per gender. */
export function goalReportRows(dashboard: Dashboard): (string | number)[][] {
  const t = dashboard.threshold;
  return dashboard.goals.map((g) => [
    g.name.sv,
    cellText(g.numerator, t),
    cellText(g.denominator, t),
    pct(g.rate),
    g.kind === "enrolmentCount" ? g.target : pct(g.target),
    STATUS_SV[g.status] ?? g.status,
    ...GENDERS.flatMap((gender) => {
      const c = g.byGender[gender];
      return [cellText(c.numerator, t), cellText(c.denominator, t), pct(c.rate)];
    }),
  ]);
}

export const GOAL_REPORT_HEADER = [
  "Mål",
  "Täljare",
  "Nämnare",
  "Utfall",
  "Målnivå",
  "Status",
  ...GENDERS.flatMap((g) => [
    `${GENDER_LABELS_SV[g]} täljare`,
    `${GENDER_LABELS_SV[g]} nämnare`,
    `${GENDER_LABELS_SV[g]} utfall`,
  ]),
];

export function projectionRows(dashboard: Dashboard): (string | number)[][] {
  const t = dashboard.threshold;
  const num = (n: number | null, digits = 1) =>
    n === null ? "–" : n.toLocaleString("sv-SE", { maximumFractionDigits: digits });
  return (dashboard.projection?.lines ?? []).map((l) => [
    l.group === "total" ? "Totalt" : GENDER_LABELS_SV[l.group],
    cellText(l.enrolled, t),
    l.target,
    num(l.pacePerMonth),
    num(l.projectedAtEnd, 0),
    num(l.neededPerMonth),
    l.willReach === null ? "–" : l.willReach ? "Ja" : "Nej",
  ]);
}
export const PROJECTION_HEADER = [
  "Grupp",
  "Inskrivna",
  "Mål",
  "Inskrivna per månad hittills",
  "Prognos vid projektslut",
  "Behövs per månad",
  "Nås målet?",
];

export async function goalReportXlsx(project: ProjectDefinition, dashboard: Dashboard) {
  const trendRows = dashboard.trend.flatMap((point) =>
    point.goals.map((g) => [
      point.asOf,
      project.goals.find((d) => d.id === g.goalId)?.name.sv ?? g.goalId,
      cellText(g.numerator, dashboard.threshold),
      cellText(g.denominator, dashboard.threshold),
      pct(g.rate),
    ]),
  );
  return toXlsx([
    {
      name: "Mål",
      header: GOAL_REPORT_HEADER,
      rows: goalReportRows(dashboard),
      notes: [
        `${project.name.sv}, uppgifter per ${dashboard.asOf}.`,
        SUPPRESSION_NOTE(dashboard.threshold),
      ],
    },
    { name: "Prognos", header: PROJECTION_HEADER, rows: projectionRows(dashboard) },
    {
      name: "Trend",
      header: ["Månadsslut", "Mål", "Täljare", "Nämnare", "Utfall"],
      rows: trendRows,
    },
  ]);
}

/** A one-page-per-section PDF for the steering group. */
export async function goalReportPdf(
  project: ProjectDefinition,
  dashboard: Dashboard,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 40,
    info: { Title: `Måluppfyllelse ${project.name.sv}` },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  doc.fontSize(18).text(`Måluppfyllelse – ${project.name.sv}`);
  doc
    .moveDown(0.3)
    .fontSize(10)
    .text(`Uppgifter per ${dashboard.asOf}. ${SUPPRESSION_NOTE(dashboard.threshold)}`);
  doc.moveDown();
  const table = (header: readonly string[], rows: (string | number)[][], widths: number[]) => {
    const x0 = doc.page.margins.left;
    const drawRow = (cells: readonly (string | number)[], bold: boolean) => {
      const y = doc.y;
      let x = x0;
      let height = 0;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      cells.forEach((c, i) => {
        const w = widths[i] ?? 60;
        height = Math.max(height, doc.heightOfString(String(c), { width: w - 4 }));
      });
      if (y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      cells.forEach((c, i) => {
        const w = widths[i] ?? 60;
        doc.text(String(c), x + 2, top, { width: w - 4 });
        x += w;
      });
      doc.y = top + height + 4;
      doc.x = x0;
    };
    drawRow(header, true);
    for (const r of rows) drawRow(r, false);
    doc.moveDown();
  };
  doc.fontSize(13).font("Helvetica-Bold").text("Projektets mål");
  table(GOAL_REPORT_HEADER, goalReportRows(dashboard), [
    150,
    45,
    45,
    45,
    40,
    55,
    ...Array(9).fill(45),
  ]);
  doc.fontSize(13).font("Helvetica-Bold").text("Prognos för inskrivningen till projektslut");
  table(PROJECTION_HEADER, projectionRows(dashboard), [90, 70, 60, 110, 110, 100, 70]);
  doc.end();
  return done;
}

/** A participant as the ESF+ indicators read them (@opis/domain's EsfParticipant). */
export function esfParticipant(r: EvaluationRecord): EsfParticipant {
  return {
    gender: r.gender,
    birthDate: r.birthDate,
    enrolledOn: r.enrolledOn,
    birthRegion: r.birthRegion,
    educationLevel: r.educationLevel,
    monthsRegisteredAtStart: r.facts.monthsRegisteredAtStart,
    disability: r.obstacles.disability,
    exit: r.exit ?? null,
    gainedQualification: r.facts.gainedQualification,
  };
}

export interface EsfRow {
  code: string;
  label: string;
  byGender: Record<Gender, PublishedCell>;
  total: PublishedCell;
}

/** The ESF+ indicators by gender, each count published (suppressed) as one line. */
export function esfTable(
  project: ProjectDefinition,
  records: readonly EvaluationRecord[],
  asOf: string,
  threshold: number,
): EsfRow[] {
  const counts = countEsfIndicators(project, records.map(esfParticipant), asOf);
  return ESF_INDICATORS.map((i) => {
    const c = counts[i.code]!;
    const p = publishGenderCounts(c, threshold);
    return { code: i.code, label: i.label.sv, byGender: p.byGender, total: p.total };
  });
}

export async function esfXlsx(rows: EsfRow[], threshold: number, asOf: string) {
  return toXlsx([
    {
      name: "ESF+",
      header: [
        "Indikator (id)",
        "Beskrivning",
        ...GENDERS.map((g) => GENDER_LABELS_SV[g]),
        "Totalt",
      ],
      rows: rows.map((r) => [
        r.code,
        r.label,
        ...GENDERS.map((g) => cellText(r.byGender[g], threshold)),
        cellText(r.total, threshold),
      ]),
      notes: [
        `Förordning (EU) 2021/1057, bilaga I. Uppgifter per ${asOf}.`,
        SUPPRESSION_NOTE(threshold),
        "Tredjelandsmedborgare: medborgarskap registreras inte; födda utanför Europa används som närmevärde.",
      ],
    },
  ]);
}
