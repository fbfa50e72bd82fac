import {
  type Executor,
  findPersonByIdentityNumber,
  loadPersonRecord,
  type PersonRecord,
  schema,
} from "@opis/db";
import { personalIdentityNumberSchema } from "@opis/domain";
import { inArray } from "drizzle-orm";
import PDFDocument from "pdfkit";
import { recordAudit } from "../audit";
import { AppError, fieldErrorsFromZod } from "../errors";

/** The register extract (GDPR art. 15): everything OPIS stores about a person, and who read it. */
export interface PersonExtract {
  kind: "opis-register-extract";
  generatedAt: string;
  person: PersonRecord["person"];
  /** Rows per table; dates as ISO strings. */
  data: PersonRecord["tables"];
  /** Every audit row naming the person, with the user's name: who read or changed what, when. */
  accessLog: (PersonRecord["accessLog"][number] & { actorName: string | null })[];
}

/** Finds the person by number or refuses naming the field; NOT_FOUND when OPIS has no such person. */
export async function findPersonForExtract(
  db: Executor,
  personalIdentityNumber: string,
  today: string,
) {
  const parsed = personalIdentityNumberSchema(today).safeParse(personalIdentityNumber);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "errors.validation", {
      personalIdentityNumber: fieldErrorsFromZod(parsed.error)._form ?? ["validation.invalid"],
    });
  }
  const person = await findPersonByIdentityNumber(db, parsed.data);
  if (!person) throw new AppError("NOT_FOUND", "errors.person.notFound");
  return person;
}

/**
 * Builds the extract in the caller's transaction and audits it there (`person.extract`),
 * so an extract is never made without its audit row. The extract's own audit row is in it.
 */
export async function buildPersonExtract(
  tx: Executor,
  input: { personId: string; actorUserId: string | null; now: Date; via: "admin" | "cli" },
): Promise<PersonExtract> {
  await recordAudit(tx, {
    actorUserId: input.actorUserId,
    action: "person.extract",
    subjectType: "person",
    subjectId: input.personId,
    personIds: [input.personId],
    details: { via: input.via },
  });
  const record = await loadPersonRecord(tx, input.personId);
  if (!record) throw new AppError("NOT_FOUND", "errors.person.notFound");
  const actorIds = [
    ...new Set(record.accessLog.map((row) => row.actorUserId).filter((id) => id !== null)),
  ];
  const actors =
    actorIds.length === 0
      ? []
      : await tx
          .select({ id: schema.users.id, name: schema.users.name })
          .from(schema.users)
          .where(inArray(schema.users.id, actorIds));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    kind: "opis-register-extract",
    generatedAt: input.now.toISOString(),
    person: record.person,
    data: record.tables,
    accessLog: record.accessLog.map((row) => ({
      ...row,
      actorName: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
    })),
  };
}

/** The extract as JSON text (dates as ISO strings), for the file the person receives. */
export function personExtractJson(extract: PersonExtract): string {
  return `${JSON.stringify(extract, null, 2)}\n`;
}

const TABLE_TITLES: Record<string, string> = {
  intakes: "Inskrivningar (kartläggning)",
  enrolments: "Deltaganden",
  sharing_consents: "Information och samtycke",
  person_corrections: "Rättade uppgifter",
  activities: "Insatser",
  attendance: "Närvaro",
  attendance_totals: "Närvaro per vecka",
  assessments: "Bedömningar",
  case_notes: "Anteckningar",
  joint_plans: "Gemensam plan",
  exits: "Avslut",
  follow_ups: "Uppföljningar",
  resource_requests: "Förfrågningar om insatser",
  employer_contacts: "Arbetsgivarkontakter",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (value instanceof Date) return value.toISOString().replace("T", " ").slice(0, 16);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A readable PDF of the extract: the person, each kind of record, then the access log. */
export async function personExtractPdf(extract: PersonExtract): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: "Registerutdrag från OPIS" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  const p = extract.person;
  doc.font("Helvetica-Bold").fontSize(18).text("Registerutdrag från OPIS");
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(
      `Enligt artikel 15 i dataskyddsförordningen. Framtaget ${show(new Date(extract.generatedAt))} (UTC).`,
    );
  doc.moveDown();
  doc.font("Helvetica-Bold").fontSize(13).text("Personen");
  doc.font("Helvetica").fontSize(10);
  doc.text(`Namn: ${p.givenName} ${p.familyName}`);
  doc.text(`Personnummer: ${p.personalIdentityNumber} (${p.identityKind})`);
  doc.text(`Födelsedatum: ${p.birthDate}   Juridiskt kön: ${p.gender}`);
  doc.text(`Registrerad: ${show(p.createdAt)}`);
  for (const [table, rows] of Object.entries(extract.data)) {
    if (rows.length === 0) continue;
    doc.moveDown();
    doc
      .font("Helvetica-Bold")
      .fontSize(13)
      .text(`${TABLE_TITLES[table] ?? table} (${rows.length})`);
    doc.font("Helvetica").fontSize(9);
    rows.forEach((row, index) => {
      doc.font("Helvetica-Bold").text(`${index + 1}.`);
      doc.font("Helvetica");
      for (const [key, value] of Object.entries(row)) doc.text(`${key}: ${show(value)}`);
    });
  }
  doc.moveDown();
  doc
    .font("Helvetica-Bold")
    .fontSize(13)
    .text(`Vem har läst eller ändrat uppgifterna (${extract.accessLog.length})`);
  doc.font("Helvetica").fontSize(9);
  for (const row of extract.accessLog) {
    doc.text(`${show(row.at)}  ${row.actorName ?? "systemet"}  ${row.action}  ${row.subjectType}`);
  }
  doc.end();
  return done;
}
