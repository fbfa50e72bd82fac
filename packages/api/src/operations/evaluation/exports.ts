import {
  ageOn,
  classifyOutcome,
  ESF_INDICATORS,
  GENDERS,
  type Gender,
  type ProjectDefinition,
} from "@opis/domain";
import { formatPublishedCell, type PublishedCell, type PublishedReport } from "@opis/evaluation";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { Dashboard } from "./dashboard";
import type { Flows } from "./flows";
import type { PublishedInterval } from "./publish";
import { type EvaluationRecord, resolveOutcomeGoal } from "./records";
import type { SuccessFactors } from "./success-factors";
import type { PublishedTable } from "./tables";

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
    g.status === null ? "Dolt (röjandekontroll)" : (STATUS_SV[g.status] ?? g.status),
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

/** A further table of the steering-group report: every cell from the publication. */
export interface ReportSection {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

const tableRows = (
  table: PublishedTable,
  label: (key: string) => string,
  threshold: number,
  totalLabel: string,
): (string | number)[][] => [
  ...table.rowKeys.map((key, i) => [
    label(key),
    ...table.cells[i]!.map((c) => cellText(c, threshold)),
    cellText(table.rowTotals[i]!, threshold),
  ]),
  [
    totalLabel,
    ...table.columnTotals.map((c) => cellText(c, threshold)),
    cellText(table.grandTotal, threshold),
  ],
];

/** Flows, status at exit and success factors for the steering group, as marked tables. */
export function steeringGroupSections(flows: Flows, factors: SuccessFactors): ReportSection[] {
  const t = flows.threshold;
  const genderHeader = (first: string) => [
    first,
    ...GENDERS.map((g) => GENDER_LABELS_SV[g]),
    "Totalt",
  ];
  const interval = (i: PublishedInterval) =>
    i.rate === null ? "–" : `${pct(i.rate)} (${pct(i.lower)}–${pct(i.upper)})`;
  const factorRows = [
    ["Alla mätta", cellText(factors.population.n, t), interval(factors.population)],
    ...[...factors.activityTypes, ...factors.dose, ...factors.methods].map((r) => [
      r.key,
      cellText(r.overall.n, t),
      interval(r.overall),
    ]),
  ];
  return [
    {
      title: "Flöde: avslut och avbrott per orsak och kön",
      header: genderHeader("Orsak"),
      rows: tableRows(flows.exits, (k) => EXIT_LABELS_SV[k] ?? k, t, "Inskrivna"),
    },
    {
      title: "Status vid avslut per kön",
      header: genderHeader("Status"),
      rows: tableRows(flows.statusAtExit, (k) => k, t, "Avslutade"),
    },
    {
      title: "Läget 90 dagar efter avslut per kön",
      header: genderHeader("Utfall"),
      rows: tableRows(flows.outcomes, (k) => OUTCOME_LABELS_SV[k] ?? k, t, "Inskrivna"),
    },
    {
      title: "Framgångsfaktorer: andel i arbete eller studier (95 % intervall)",
      header: ["Grupp", "Antal mätta", "Andel"],
      rows: factorRows,
    },
  ];
}

const EXIT_LABELS_SV: Record<string, string> = {
  active: "Pågående",
  completed: "Fullföljt",
  droppedOutWork: "Avbrott: arbete",
  droppedOutStudies: "Avbrott: studier",
  droppedOutIllness: "Avbrott: sjukdom",
  droppedOutMoving: "Avbrott: flytt",
  droppedOutOtherKnown: "Avbrott: annan känd orsak",
  droppedOutUnknown: "Avbrott: okänd orsak",
};
const OUTCOME_LABELS_SV: Record<string, string> = {
  active: "Pågående",
  workOrStudies: "Arbete eller studier",
  other: "Annat",
  missing: "Uppgift saknas",
  pending: "Inte dags ännu",
  notMeasured: "Avslutade (mäts inte)",
};

export async function goalReportXlsx(
  project: ProjectDefinition,
  dashboard: Dashboard,
  sections: ReportSection[] = [],
) {
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
    ...sections.map((section, i) => ({
      name: ["Flöden", "Status vid avslut", "Utfall", "Framgångsfaktorer"][i] ?? `Tabell ${i + 1}`,
      header: section.header,
      rows: section.rows,
      notes: [
        section.title,
        `Uppgifter per ${dashboard.asOf}.`,
        SUPPRESSION_NOTE(dashboard.threshold),
      ],
    })),
  ]);
}

/** A one-page-per-section PDF for the steering group. */
export async function goalReportPdf(
  project: ProjectDefinition,
  dashboard: Dashboard,
  sections: ReportSection[] = [],
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
  for (const section of sections) {
    doc.fontSize(13).font("Helvetica-Bold").text(section.title);
    table(
      section.header,
      section.rows,
      section.header.map((_, i) => (i === 0 ? 200 : 80)),
    );
  }
  doc.end();
  return done;
}

export interface EsfRow {
  code: string;
  label: string;
  byGender: Record<Gender, PublishedCell>;
  total: PublishedCell;
}

/** The ESF+ indicators by gender, every count read from the publication. */
export function esfTable(report: PublishedReport): EsfRow[] {
  return ESF_INDICATORS.map((i) => {
    const p = report.byGender(`esf.${i.code}`);
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
