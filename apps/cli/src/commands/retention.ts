import { parseArgs } from "node:util";
import { runRetention } from "@opis/api";
import { swedishDate } from "@opis/domain";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget } from "../env";
import type { OpenDatabase } from "./project";

const usage = `Usage: opis retention run [--dry-run]

run       applies the retention rule (ADR 0016): the people of every project whose
          retention period (the project's end plus its retention months, 72 for OPIS)
          has passed are pseudonymised — names, numbers, notes, plans, consents and
          corrections go; the anonymous rows the statistics read stay, so the project's
          figures are unchanged. Audited. The server also runs it nightly.
--dry-run reports what is due and changes nothing.

Exit codes: 0 done, 2 wrong usage.`;

export function createRetentionCommand(open: OpenDatabase): Command {
  return {
    name: "retention",
    summary: "pseudonymise personal data past the projects' retention periods",
    usage,
    async run(args) {
      const [action, ...rest] = args;
      if (action === "--help" || action === "-h") {
        console.log(usage);
        return 0;
      }
      if (action !== "run") throw new UsageError(`unknown action: ${action ?? "(none)"}`);
      const { values } = parseArgs({
        args: rest,
        options: { "dry-run": { type: "boolean" } },
        strict: true,
      });
      const handle = await open();
      try {
        const now = new Date();
        const report = await runRetention(handle.db, {
          today: swedishDate(now),
          now,
          dryRun: values["dry-run"] ?? false,
        });
        for (const p of report.projects) {
          console.log(
            `${p.projectId}: personal data kept until ${p.retentionEndsOn}${p.due ? " — due" : ""}`,
          );
        }
        console.log(
          report.dryRun
            ? `Dry run: ${report.people} people would be pseudonymised.`
            : `Pseudonymised ${report.people} people${
                report.erased ? ` (${JSON.stringify(report.erased)})` : ""
              }.`,
        );
        return 0;
      } finally {
        await handle.close();
      }
    },
  };
}

export const retentionCommand = createRetentionCommand(async () => {
  const target = databaseTarget();
  console.error(`Database: ${describeTarget(target)}`);
  return openDatabase(target);
});
