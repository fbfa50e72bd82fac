import { parseArgs } from "node:util";
import { benchAuditChain } from "./audit-chain.bench";
import { benchCaseload } from "./caseload.bench";
import { benchDashboard } from "./dashboard.bench";
import { benchDomain } from "./domain.bench";
import { benchImport } from "./import.bench";
import { benchMatching } from "./matching.bench";

/**
 * `npm run bench -- --suite domain [--sizes 10000,100000]`
 * `npm run bench -- --suite caseload [--participants 100000] [--seconds 8]` (PostgreSQL)
 * `npm run bench -- --suite dashboard [--participants 1000000]` (PostgreSQL)
 * `npm run bench -- --suite matching`
 * `npm run bench -- --suite audit [--participants 20000]` (PostgreSQL; rows written)
 * `npm run bench -- --suite import [--participants 100000]` (PostgreSQL)
 * Prints a Markdown table to paste into BENCHMARKS.md with the command and sizes.
 */
const { values } = parseArgs({
  options: {
    suite: { type: "string", default: "domain" },
    sizes: { type: "string", default: "10000,100000" },
    participants: { type: "string", default: "100000" },
    seconds: { type: "string", default: "8" },
    reuse: { type: "boolean", default: false },
  },
});
console.log(`suite: ${values.suite}; node ${process.version}; ${new Date().toISOString()}`);

if (values.suite === "caseload") {
  const rows = await benchCaseload({
    participants: Number(values.participants),
    seconds: Number(values.seconds),
  });
  console.log(`data: ${rows[0]?.size ?? ""}`);
  console.log("| benchmark | clients | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.concurrency ?? ""} | ${row.requestsPerSecond ?? ""} | ${row.p50Ms.toFixed(1)} | ${row.p99Ms.toFixed(1)} |`,
    );
  }
} else if (values.suite === "dashboard") {
  const rows = await benchDashboard({
    size: Number(values.participants),
    reuse: values.reuse ?? false,
  });
  console.log("| benchmark | size | ms |\n|---|---|---:|");
  for (const row of rows) console.log(`| ${row.name} | ${row.size} | ${Math.round(row.ms)} |`);
} else if (values.suite === "audit") {
  const rows = await benchAuditChain({ rows: Number(values.participants), clients: 8 });
  console.log("| benchmark | size | result |\n|---|---|---:|");
  for (const row of rows) console.log(`| ${row.name} | ${row.size} | ${row.value} |`);
} else if (values.suite === "import") {
  const rows = await benchImport({ rows: Number(values.participants) });
  console.log(
    "| benchmark | rows | s | rows/s | peak heap MB | peak RSS MB |\n|---|---:|---:|---:|---:|---:|",
  );
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.rows} | ${row.seconds.toFixed(2)} | ${Math.round(row.rowsPerSecond)} | ${row.peakHeapMb?.toFixed(0) ?? ""} | ${row.peakRssMb?.toFixed(0) ?? ""} |`,
    );
  }
  const [own, copy] = rows;
  if (own && copy)
    console.log(
      `\nimport / COPY throughput: ${(own.rowsPerSecond / copy.rowsPerSecond).toFixed(2)}`,
    );
} else if (values.suite === "matching") {
  const rows = await benchMatching();
  console.log("| benchmark | size | ms |\n|---|---|---:|");
  for (const row of rows) console.log(`| ${row.name} | ${row.size} | ${Math.round(row.ms)} |`);
} else {
  const sizes = (values.sizes ?? "")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const rows = await benchDomain(sizes);
  console.log("| benchmark | samples | median ms | p99 ms |\n|---|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.samples} | ${row.medianMs.toFixed(2)} | ${row.p99Ms.toFixed(2)} |`,
    );
  }
}
