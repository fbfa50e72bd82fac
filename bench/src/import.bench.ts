import { once } from "node:events";
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { importParticipations } from "@opis/api/imports";
import { schema } from "@opis/db";
import { DEMO_USERS, demoUserRows, historicalRows } from "@opis/demo";
import {
  EXIT_STATUSES,
  FOLLOW_UP_OUTCOMES,
  OPIS_PROJECT,
  PARTICIPATION_IMPORT_COLUMNS,
  type ProjectDefinition,
} from "@opis/domain";
import pg from "pg";
import { benchDatabaseUrl, freshBenchDatabase } from "./bench-database";

export interface ImportBenchRow {
  name: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakHeapMb?: number;
  peakRssMb?: number;
}

/** The tables an import writes, in the order COPY must fill them (foreign keys). */
const TABLES = ["people", "intakes", "enrolments", "exits", "follow_ups"] as const;

/**
 * Issue 13 item 2: N historical participations (CSV, semicolons, BOM) through
 * `importParticipations` — parsed as a stream, every row validated by the
 * domain, written in batches in one transaction — against PostgreSQL's `COPY`
 * of exactly the rows that import wrote into the same five tables of a fresh
 * database (one transaction, server-side files, so COPY pays no client cost).
 * Memory is sampled every 20 ms during the import.
 */
export async function benchImport(options: {
  rows: number;
  dir?: string;
}): Promise<ImportBenchRow[]> {
  const project = OPIS_PROJECT as ProjectDefinition;
  const dir = options.dir ?? "/tmp/opis-bench-import";
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777); // the database server writes and reads the COPY files here
  const file = join(dir, "participations.csv");
  await writeCsv(file, options.rows, project);
  console.error(`  file: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${options.rows} rows`);

  const source = await freshBenchDatabase("opis_bench_import");
  await source.db.insert(schema.users).values(demoUserRows());
  const memory = sampleMemory();
  const started = performance.now();
  const result = await importParticipations({
    db: source.db,
    project,
    source: { fileName: "participations.csv", open: () => createReadStream(file) },
    actorUserId: null,
    today: "2027-12-30",
  });
  const importSeconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  if (!result.ok || result.added !== options.rows) {
    throw new Error(`import refused: ${JSON.stringify(result.issues.slice(0, 5))}`);
  }
  await source.close();

  // The same rows, as the import wrote them, into a fresh database by COPY.
  const admin = new pg.Client({ connectionString: benchDatabaseUrl("opis_bench_import") });
  await admin.connect();
  for (const table of ["users", "participant_imports", ...TABLES]) {
    await admin.query(`COPY ${table} TO '${join(dir, `${table}.copy`)}'`);
  }
  await admin.end();
  const target = await freshBenchDatabase("opis_bench_import_copy");
  await target.close();
  const client = new pg.Client({ connectionString: benchDatabaseUrl("opis_bench_import_copy") });
  await client.connect();
  await client.query(`COPY users FROM '${join(dir, "users.copy")}'`);
  await client.query(`COPY participant_imports FROM '${join(dir, "participant_imports.copy")}'`);
  const copyStarted = performance.now();
  await client.query("BEGIN");
  for (const table of TABLES)
    await client.query(`COPY ${table} FROM '${join(dir, `${table}.copy`)}'`);
  await client.query("COMMIT");
  const copySeconds = (performance.now() - copyStarted) / 1000;
  const copied = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM enrolments");
  await client.end();
  if (copied.rows[0]?.n !== options.rows) throw new Error("COPY did not write every row");

  return [
    {
      name: "import (stream, validate, write)",
      rows: options.rows,
      seconds: importSeconds,
      rowsPerSecond: options.rows / importSeconds,
      peakHeapMb: peak.heapMb,
      peakRssMb: peak.rssMb,
    },
    {
      name: "COPY of the same rows",
      rows: options.rows,
      seconds: copySeconds,
      rowsPerSecond: options.rows / copySeconds,
    },
  ];
}

async function writeCsv(file: string, count: number, project: ProjectDefinition) {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write(`\uFEFF${PARTICIPATION_IMPORT_COLUMNS.join(";")}\r\n`);
  for (const row of historicalRows({
    count,
    seed: "bench-import",
    from: "2025-01-02",
    to: "2027-12-20",
    today: "2027-12-30",
    municipalities: project.municipalities,
    officerEmails: DEMO_USERS.filter((u) => u.role === "officer").map((u) => u.email as string),
    exitStatuses: EXIT_STATUSES,
    followUpOutcomes: FOLLOW_UP_OUTCOMES,
  })) {
    await write(`${PARTICIPATION_IMPORT_COLUMNS.map((c) => row[c]).join(";")}\r\n`);
  }
  out.end();
  await once(out, "finish");
}

function sampleMemory() {
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { heapMb: heap / 1e6, rssMb: rss / 1e6 };
    },
  };
}
