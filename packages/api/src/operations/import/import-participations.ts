import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import {
  type Database,
  emptyImportBatch,
  findPeopleIds,
  type ImportBatch,
  type ImportOfficer,
  insertImportBatch,
  insertParticipantImport,
  loadImportOfficers,
  loadParticipationKeys,
  schema,
} from "@opis/db";
import {
  cellsByColumn,
  checkImportHeader,
  type HistoricalParticipation,
  IMPORT_FILE_MESSAGES,
  type ImportIssue,
  type IsoDate,
  intakeFactsOfImport,
  type ProjectDefinition,
  participationKey,
  scheduledFollowUps,
  validateParticipationRow,
} from "@opis/domain";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit";
import { readCsvRows, type TableRow } from "./read-csv-rows";
import { readXlsxRows } from "./read-xlsx-rows";

/** A file to import: its name (the extension says CSV or XLSX) and a way to read it. */
export interface ImportSource {
  fileName: string;
  open(): Readable;
}

export interface ParticipationImportResult {
  /** True when the whole file was valid (and, unless a dry run, written). */
  ok: boolean;
  dryRun: boolean;
  /** The import written; null when refused or a dry run. */
  importId: string | null;
  fileSha256: string;
  /** Data rows (header and blank lines not counted). */
  rowCount: number;
  /** Participations written (or that would be, in a dry run). */
  added: number;
  /** Rows already in the project (same personal number and start date): left as they are. */
  skipped: number;
  exitsAdded: number;
  outcomesAdded: number;
  /** Every problem, by row and column; empty when ok. */
  issues: ImportIssue[];
}

/** The largest file the console takes (about 100,000 rows of CSV); larger ones go through the CLI. */
export const MAX_PARTICIPATION_IMPORT_BYTES = 16 * 1024 * 1024;

/** Rows written per statement: large enough that a round trip is cheap per row, small enough to bound memory. */
const BATCH_ROWS = 5_000;

class RollBack extends Error {}

/**
 * Imports historical participations from a CSV or XLSX file, streamed: each
 * row is validated by the domain as it is read and written in batches inside
 * one transaction. The first problem stops the writing (the rest of the file
 * is still checked, so every error is listed) and the transaction is rolled
 * back: nothing is written unless the whole file is valid. Rows whose personal
 * number and start date the project already has are skipped, so importing a
 * file again changes nothing. A dry run does all of it and rolls back.
 */
export async function importParticipations(options: {
  db: Database;
  project: ProjectDefinition;
  source: ImportSource;
  /** The administrator importing; null from the command line. */
  actorUserId: string | null;
  today: IsoDate;
  dryRun?: boolean;
}): Promise<ParticipationImportResult> {
  const { db, project, source, today } = options;
  const dryRun = options.dryRun ?? false;
  let result: ParticipationImportResult | null = null;
  try {
    await db.transaction(async (tx) => {
      result = await importInTransaction(
        tx as unknown as Database,
        options,
        dryRun,
        today,
        project,
        source,
      );
      if (!result.ok || dryRun) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const checked = result as ParticipationImportResult | null;
  if (!checked) throw new Error("import produced no result");
  if (dryRun || !checked.ok) {
    // A preview or a refused file wrote nothing, but it did compare the file's people with
    // the register (who is "already there"): that read is audited on its own.
    await recordAudit(db, {
      actorUserId: options.actorUserId,
      action: dryRun ? "import.participants.preview" : "import.participants.refused",
      subjectType: "participantImport",
      subjectId: null,
      details: {
        projectId: project.id,
        fileName: source.fileName,
        fileSha256: checked.fileSha256,
        rows: checked.rowCount,
        issues: checked.issues.length,
      },
    });
  }
  return checked;
}

async function importInTransaction(
  tx: Database,
  options: { actorUserId: string | null },
  dryRun: boolean,
  today: IsoDate,
  project: ProjectDefinition,
  source: ImportSource,
): Promise<ParticipationImportResult> {
  const officers = await loadImportOfficers(tx);
  const existing = await loadParticipationKeys(tx, project.id);
  const context = { project, today, officerEmails: new Set(officers.keys()) };
  const followUpRule = project.followUpRules[0];
  const importId = randomUUID();
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  const createdPeople = new Map<string, string>();
  const personIds: string[] = [];
  let batch: HistoricalParticipation[] = [];
  const counts = { rows: 0, added: 0, skipped: 0, exits: 0, outcomes: 0 };
  const hash = createHash("sha256");

  // The import row first: enrolments reference it. Its counts are filled in at the end.
  await insertParticipantImport(tx, {
    id: importId,
    projectId: project.id,
    fileName: source.fileName,
    fileSha256: "",
    rowCount: 0,
    addedCount: 0,
    skippedCount: 0,
    exitsAdded: 0,
    outcomesAdded: 0,
    importedBy: options.actorUserId,
  });

  // Writing overlaps reading: while the database writes one batch, the next is read and
  // validated. At most two batches are held; writes stay in order on the one connection.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await writing;
    if (rows.length === 0 || issues.length > 0) return;
    writing = writeBatch(tx, {
      project,
      importId,
      rows,
      officers,
      createdPeople,
      followUpRuleId: followUpRule?.id ?? null,
    }).then((written) => {
      personIds.push(...written.personIds);
      counts.exits += written.exits;
      counts.outcomes += written.outcomes;
    });
    // A failed write must not go unobserved until the next flush.
    writing.catch(() => undefined);
  };
  let header: string[] | null = null;
  try {
    for await (const { row, cells } of readTableRows(source, hash)) {
      if (header === null) {
        header = cells;
        issues.push(...checkImportHeader(header));
        if (issues.length > 0) break;
        continue;
      }
      if (cells.every((c) => c.trim() === "")) continue;
      counts.rows++;
      const checked = validateParticipationRow(cellsByColumn(header, cells), row, context);
      if (!checked.ok) {
        issues.push(...checked.issues);
        continue;
      }
      const value = checked.value;
      if (
        value.outcome90 &&
        value.exit &&
        !scheduledFollowUps(project, { exitDate: value.exit.date, reason: value.exit.reason }).some(
          (due) => due.ruleId === followUpRule?.id,
        )
      ) {
        // No follow-up of this exit under the project's rules: there is nowhere to record an outcome.
        issues.push({
          row,
          column: "outcome90",
          messageKey: "validation.import.outcome90.notInProject",
        });
        continue;
      }
      const key = participationKey(value);
      if (seen.has(key)) {
        issues.push({ row, column: "startDate", messageKey: IMPORT_FILE_MESSAGES.duplicate });
        continue;
      }
      seen.add(key);
      if (existing.has(key)) {
        counts.skipped++;
        continue;
      }
      counts.added++;
      if (issues.length > 0) continue; // checking only from here on
      batch.push(value);
      if (batch.length >= BATCH_ROWS) await flush();
    }
  } catch (error) {
    if (error instanceof RollBack) throw error;
    // A broken file (not CSV or XLSX, bad encoding, a damaged zip): say so, with no details of its content.
    issues.push({
      row: header === null ? 1 : counts.rows + 1,
      column: "",
      messageKey: IMPORT_FILE_MESSAGES.unreadable,
    });
  }
  if (header === null && issues.length === 0) {
    issues.push({ row: 1, column: "", messageKey: IMPORT_FILE_MESSAGES.empty });
  } else if (counts.rows === 0 && issues.length === 0) {
    issues.push({ row: 2, column: "", messageKey: IMPORT_FILE_MESSAGES.empty });
  }
  await flush();
  await writing;
  const fileSha256 = hash.digest("hex");
  const base = {
    dryRun,
    fileSha256,
    rowCount: counts.rows,
    added: counts.added,
    skipped: counts.skipped,
    exitsAdded: counts.exits,
    outcomesAdded: counts.outcomes,
  };
  if (issues.length > 0) return { ...base, ok: false, importId: null, issues };
  await tx
    .update(schema.participantImports)
    .set({
      fileSha256,
      rowCount: counts.rows,
      addedCount: counts.added,
      skippedCount: counts.skipped,
      exitsAdded: counts.exits,
      outcomesAdded: counts.outcomes,
    })
    .where(eq(schema.participantImports.id, importId));
  await recordAudit(tx, {
    actorUserId: options.actorUserId,
    action: "import.participants",
    subjectType: "participantImport",
    subjectId: importId,
    personIds,
    details: {
      projectId: project.id,
      fileName: source.fileName,
      fileSha256,
      rows: counts.rows,
      added: counts.added,
      skipped: counts.skipped,
    },
  });
  return { ...base, ok: true, importId: dryRun ? null : importId, issues: [] };
}

/** The file's records, CSV or XLSX by its name, hashing the bytes as they pass. */
async function* readTableRows(
  source: ImportSource,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<TableRow> {
  const input = source.open();
  const chunks = (async function* () {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (chunk.length === 0) continue;
      hash.update(chunk);
      yield chunk;
    }
  })();
  const first = await chunks.next();
  if (first.done) return; // an empty file: no header
  const all = (async function* () {
    yield first.value;
    yield* chunks;
  })();
  if (/\.xlsx$/i.test(source.fileName)) {
    // ExcelJS's streaming reader can wait forever on input that is not a zip: refuse it here.
    if (!first.value.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new Error("not an XLSX file");
    yield* readXlsxRows(Readable.from(all));
  } else yield* readCsvRows(all);
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function writeBatch(
  tx: Database,
  options: {
    project: ProjectDefinition;
    importId: string;
    rows: readonly HistoricalParticipation[];
    officers: ReadonlyMap<string, ImportOfficer>;
    /** People this import created so far, by personal number (a person may have several participations). */
    createdPeople: Map<string, string>;
    followUpRuleId: string | null;
  },
): Promise<{ personIds: string[]; exits: number; outcomes: number }> {
  const { project, rows, createdPeople } = options;
  const unknownPins = [...new Set(rows.map((r) => r.personalIdentityNumber))].filter(
    (pin) => !createdPeople.has(pin),
  );
  const found = await findPeopleIds(tx, unknownPins);
  const batch: ImportBatch = emptyImportBatch();
  const personIds: string[] = [];
  let exits = 0;
  let outcomes = 0;
  for (const r of rows) {
    let personId =
      createdPeople.get(r.personalIdentityNumber) ?? found.get(r.personalIdentityNumber);
    if (!personId) {
      personId = randomUUID();
      createdPeople.set(r.personalIdentityNumber, personId);
      const p = batch.people;
      p.id.push(personId);
      p.personalIdentityNumber.push(r.personalIdentityNumber);
      p.identityKind.push(r.identityKind);
      p.givenName.push(r.givenName);
      p.familyName.push(r.familyName);
      p.gender.push(r.gender);
      p.birthDate.push(r.birthDate);
    }
    personIds.push(personId);
    const officer = options.officers.get(r.officerEmail);
    if (!officer) throw new Error("a validated row names an unknown officer");
    const enrolmentId = randomUUID();
    const e = batch.participations;
    e.intakeId.push(randomUUID());
    e.enrolmentId.push(enrolmentId);
    e.personId.push(personId);
    e.officerUserId.push(officer.id);
    e.office.push(officer.office);
    e.municipalityCode.push(r.municipalityCode);
    e.startDate.push(r.startDate);
    e.status.push(r.exit ? "exited" : "active");
    e.gender.push(r.gender);
    e.birthDate.push(r.birthDate);
    e.hasDisability.push(r.disability);
    e.birthRegion.push(r.birthRegion);
    e.educationLevel.push(r.educationLevel);
    e.monthsRegistered.push(r.monthsRegisteredAtAf);
    e.priorityGroups.push(r.priorityGroups.join("|"));
    e.facts.push(JSON.stringify(intakeFactsOfImport(r)));
    if (!r.exit) continue;
    exits++;
    const x = batch.exits;
    x.enrolmentId.push(enrolmentId);
    x.exitDate.push(r.exit.date);
    x.reason.push(r.exit.reason);
    x.status.push(r.exit.status);
    x.recordedBy.push(officer.id);
    for (const due of scheduledFollowUps(project, {
      exitDate: r.exit.date,
      reason: r.exit.reason,
    })) {
      const withOutcome = r.outcome90 !== null && due.ruleId === options.followUpRuleId;
      if (withOutcome) outcomes++;
      const f = batch.followUps;
      f.enrolmentId.push(enrolmentId);
      f.ruleId.push(due.ruleId);
      f.dueDate.push(due.dueDate);
      f.outcome.push(withOutcome ? (r.outcome90?.outcome ?? null) : null);
      f.recordedOn.push(withOutcome ? (r.outcome90?.date ?? null) : null);
      f.recordedBy.push(withOutcome ? officer.id : null);
    }
  }
  await insertImportBatch(tx, { projectId: project.id, importId: options.importId, batch });
  return { personIds, exits, outcomes };
}
