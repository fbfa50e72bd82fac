import { createReadStream } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importParticipations, listImports, undoImport } from "@opis/api/imports";
import { resolveProject } from "@opis/api/reports";
import type { DatabaseHandle } from "@opis/db";
import { sv } from "@opis/ui/i18n/catalogs";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, todayInSweden } from "../env";

const usage = `Usage: opis import participants --project ID --file F.csv|F.xlsx [--dry-run]
       opis import list --project ID
       opis import undo IMPORT_ID

participants  Imports historical participations (one row per participation; the
              columns and codes are in docs/import.md). Every row is checked first;
              every problem is listed with its row and column, and nothing is
              written unless the whole file is valid. Rows whose personal number
              and start date the project already has are skipped, so a file can be
              imported again safely. --dry-run checks and counts, and writes nothing.
list          The project's imports, newest first.
undo          Removes an import as a whole, while nothing has been recorded on its
              participants since.

Exit codes: 0 done, 1 the file was refused or the import cannot be undone, 2 wrong usage.`;

const catalog = sv as Record<string, string>;
const describe = (key: string) => catalog[key] ?? key;

/** `opis import …` on the database `open` gives (tests hand in their own). */
export function createImportCommand(
  open: () => Promise<DatabaseHandle>,
  today: () => string = todayInSweden,
): Command {
  return {
    name: "import",
    summary: "import historical participations from CSV or XLSX; list or undo imports",
    usage,
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        strict: true,
        allowPositionals: true,
        options: {
          project: { type: "string" },
          file: { type: "string" },
          "dry-run": { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      });
      if (values.help) {
        console.log(usage);
        return 0;
      }
      const [action, id] = positionals;
      if (action === "participants") {
        if (!values.project) throw new UsageError("--project is required");
        if (!values.file) throw new UsageError("--file is required");
        if (!/\.(csv|xlsx)$/i.test(values.file))
          throw new UsageError("--file must end in .csv or .xlsx");
        const path = isAbsolute(values.file)
          ? values.file
          : resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
        return withDatabase(open, async (handle) => {
          const project = await resolveProject(handle.db, values.project as string);
          if (!project) {
            console.error(`No project "${values.project}" (see \`opis project list\`).`);
            return 1;
          }
          const result = await importParticipations({
            db: handle.db,
            project: project.definition,
            source: { fileName: basename(path), open: () => createReadStream(path) },
            actorUserId: null,
            today: today(),
            dryRun: values["dry-run"],
          });
          if (!result.ok) {
            console.error(
              `Refused: ${result.issues.length} problem(s) in ${basename(path)}; nothing was written.`,
            );
            for (const issue of result.issues) {
              const column = issue.column ? `, column ${issue.column}` : "";
              console.error(
                `row ${issue.row}${column}: ${describe(issue.messageKey)} (${issue.messageKey})`,
              );
            }
            return 1;
          }
          const verb = result.dryRun ? "Would add" : "Added";
          console.log(
            `${verb} ${result.added} participation(s) (${result.exitsAdded} exits, ${result.outcomesAdded} outcomes); ` +
              `${result.skipped} already there, skipped. ${result.rowCount} rows, sha256 ${result.fileSha256}.`,
          );
          if (result.importId)
            console.log(`Import ${result.importId} (undo: opis import undo ${result.importId})`);
          return 0;
        });
      }
      if (action === "list") {
        if (!values.project) throw new UsageError("--project is required");
        return withDatabase(open, async (handle) => {
          const imports = await listImports(handle.db, values.project as string);
          if (imports.length === 0) console.log("No imports.");
          for (const i of imports) {
            const state = i.undoneAt ? `undone ${i.undoneAt}` : "in force";
            console.log(
              `${i.id}  ${i.createdAt}  ${i.fileName}  added ${i.added}, skipped ${i.skipped}  ${state}`,
            );
          }
          return 0;
        });
      }
      if (action === "undo") {
        if (!id) throw new UsageError("name the import to undo (see `opis import list`)");
        return withDatabase(open, async (handle) => {
          try {
            const { removed } = await undoImport({
              db: handle.db,
              importId: id,
              actorUserId: null,
            });
            console.log(`Undone: ${removed} participation(s) removed.`);
            return 0;
          } catch (error) {
            const e = error as { messageKey?: string; fieldErrors?: Record<string, string[]> };
            if (!e.messageKey) throw error;
            const tables = e.fieldErrors?.changedTables?.join(", ");
            console.error(`${describe(e.messageKey)}${tables ? ` (${tables})` : ""}`);
            return 1;
          }
        });
      }
      throw new UsageError("name an action: participants, list or undo");
    },
  };
}

async function withDatabase(
  open: () => Promise<DatabaseHandle>,
  work: (handle: DatabaseHandle) => Promise<number>,
): Promise<number> {
  const handle = await open();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export const importCommand = createImportCommand(() => openDatabase(databaseTarget()));
