import { writeFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportManagingAuthorityFile, exportProjectData } from "@opis/api/data-out";
import { resolveProject } from "@opis/api/reports";
import type { DatabaseHandle } from "@opis/db";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, todayInSweden } from "../env";

const usage = `Usage: opis export participant-file --project ID --month YYYY-MM [--format csv|xlsx] --out FILE
       opis export project --project ID [--format xlsx|zip] --out FILE

participant-file  The managing authority's participant file for a month: one row per
                  participant enrolled by its last day, personal number, start and end
                  date, ESF+ indicators at entry and on leaving (docs/data-out.md).
project           Every table of the project with a codebook, as XLSX (a sheet per
                  table) or CSV files in a zip.

Both hold personal data; each run is logged in the audit log with the people in it.
Exit codes: 0 written, 1 unknown project, 2 wrong usage.`;

/** `opis export …` on the database `open` gives (tests hand in their own). */
export function createExportCommand(
  open: () => Promise<DatabaseHandle>,
  today: () => string = todayInSweden,
): Command {
  return {
    name: "export",
    summary: "write the managing authority's participant file or the whole project's data",
    usage,
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        strict: true,
        allowPositionals: true,
        options: {
          project: { type: "string" },
          month: { type: "string" },
          format: { type: "string" },
          out: { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
      if (values.help) {
        console.log(usage);
        return 0;
      }
      const [what] = positionals;
      if (what !== "participant-file" && what !== "project") {
        throw new UsageError("name what to export: participant-file or project");
      }
      if (!values.project) throw new UsageError("--project is required");
      if (!values.out) throw new UsageError("--out is required");
      const out = isAbsolute(values.out)
        ? values.out
        : resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
      const month = values.month ?? "";
      if (what === "participant-file" && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
        throw new UsageError("--month must be YYYY-MM");
      }
      const format = values.format ?? (what === "project" ? "xlsx" : "csv");
      const formats = what === "project" ? ["xlsx", "zip"] : ["csv", "xlsx"];
      if (!formats.includes(format))
        throw new UsageError(`--format must be ${formats.join(" or ")}`);

      const handle = await open();
      try {
        const project = await resolveProject(handle.db, values.project);
        if (!project) {
          console.error(`No project "${values.project}" (see \`opis project list\`).`);
          return 1;
        }
        const file =
          what === "project"
            ? await exportProjectData({
                db: handle.db,
                project: project.definition,
                format: format as "xlsx" | "zip",
                actorUserId: null,
              })
            : await exportManagingAuthorityFile({
                db: handle.db,
                project: project.definition,
                month,
                today: today(),
                format: format as "csv" | "xlsx",
                actorUserId: null,
              });
        await writeFile(out, file.data);
        console.log(`Wrote ${out} (${file.rowCount} rows).`);
        return 0;
      } finally {
        await handle.close();
      }
    },
  };
}

export const exportCommand = createExportCommand(() => openDatabase(databaseTarget()));
