import { type AuditChainReport, type DatabaseHandle, verifyAuditChain } from "@opis/db";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget } from "../env";

const usage = `Usage: opis audit verify

verify  walks the audit log's hash chain (docs/decisions/0013) in order, recomputing
        every row's hash, and names the first row whose content, link to the row
        before or place in the sequence does not match.

The database is DATABASE_URL if set, else PGlite in OPIS_DATA_DIR.
Exit codes: 0 the chain is unbroken, 1 broken (or the database unreachable), 2 wrong usage.`;

/** The verdict as one line, for people and for logs. */
export function describeChainReport(report: AuditChainReport): string {
  if (!report.firstBreak) return `audit chain unbroken: ${report.rowsChecked} rows verified`;
  const { id, chainSeq, reason } = report.firstBreak;
  const why = {
    contentChanged: "its content does not match its hash",
    linkBroken: "its link does not match the previous row's hash",
    rowsMissing: "rows before it are missing",
  }[reason];
  return `audit chain BROKEN at row id ${id} (chain position ${chainSeq}): ${why}; ${report.rowsChecked} rows before it verified`;
}

/** `opis audit verify` on the database `open` gives. */
export function createAuditCommand(open: () => Promise<DatabaseHandle>): Command {
  return {
    name: "audit",
    summary: "verify the audit log's hash chain",
    usage,
    async run(args) {
      const [action, ...rest] = args;
      if (action === "--help" || action === "-h") {
        console.log(usage);
        return 0;
      }
      if (action !== "verify") throw new UsageError(`unknown action: ${action ?? "(none)"}`);
      if (rest.length > 0) throw new UsageError("verify takes no arguments");
      const handle = await open();
      try {
        const report = await verifyAuditChain(handle.db);
        const line = describeChainReport(report);
        if (report.firstBreak) console.error(line);
        else console.log(line);
        return report.firstBreak ? 1 : 0;
      } finally {
        await handle.close();
      }
    },
  };
}

export const auditCommand = createAuditCommand(async () => {
  const target = databaseTarget();
  console.error(`database: ${describeTarget(target)}`);
  return openDatabase(target);
});
