import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  buildPersonExtract,
  findPersonForExtract,
  personExtractJson,
  personExtractPdf,
} from "@opis/api";
import { swedishDate } from "@opis/domain";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget } from "../env";
import type { OpenDatabase } from "./project";

const usage = `Usage: opis person extract --personal-identity-number N --out FILE.json [--pdf FILE.pdf]

extract   writes the register extract (GDPR art. 15) of the person with personal identity
          number N: everything OPIS stores about them, including the access log (who read
          or changed their data, when), as JSON; with --pdf also as a readable PDF.
          The extract is audited like one made in the admin console.

The database is DATABASE_URL if set, else PGlite in OPIS_DATA_DIR.
Exit codes: 0 done, 1 no such person or invalid number, 2 wrong usage.`;

/** `opis person extract` on the database `open` gives. */
export function createPersonCommand(open: OpenDatabase): Command {
  return {
    name: "person",
    summary: "a person's register extract (GDPR art. 15) as JSON and PDF",
    usage,
    async run(args) {
      const [action, ...rest] = args;
      if (action === "--help" || action === "-h") {
        console.log(usage);
        return 0;
      }
      if (action !== "extract") throw new UsageError(`unknown action: ${action ?? "(none)"}`);
      const { values } = parseArgs({
        args: rest,
        options: {
          "personal-identity-number": { type: "string" },
          out: { type: "string" },
          pdf: { type: "string" },
        },
        strict: true,
      });
      const number = values["personal-identity-number"];
      if (!number) throw new UsageError("--personal-identity-number is required");
      if (!values.out) throw new UsageError("--out is required");
      const base = process.env.INIT_CWD ?? process.cwd();
      const handle = await open();
      try {
        const now = new Date();
        const extract = await handle.db.transaction(async (tx) => {
          const person = await findPersonForExtract(tx, number, swedishDate(now));
          return buildPersonExtract(tx, {
            personId: person.id,
            actorUserId: null,
            now,
            via: "cli",
          });
        });
        await writeFile(resolve(base, values.out), personExtractJson(extract));
        if (values.pdf) await writeFile(resolve(base, values.pdf), await personExtractPdf(extract));
        const rows = Object.values(extract.data).reduce((n, t) => n + t.length, 0);
        console.log(
          `Wrote ${values.out}${values.pdf ? ` and ${values.pdf}` : ""}: ${rows} rows in ${
            Object.keys(extract.data).length
          } tables, ${extract.accessLog.length} access-log rows.`,
        );
        return 0;
      } catch (error) {
        const key = (error as { messageKey?: string }).messageKey;
        if (key === "errors.person.notFound") {
          console.error("No person with that number in OPIS.");
          return 1;
        }
        if (key === "errors.validation") {
          console.error("Not a valid personal identity number or coordination number.");
          return 1;
        }
        throw error;
      } finally {
        await handle.close();
      }
    },
  };
}

export const personCommand = createPersonCommand(async () => {
  const target = databaseTarget();
  console.error(`Database: ${describeTarget(target)}`);
  return openDatabase(target);
});
