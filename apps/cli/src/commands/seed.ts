import { parseArgs } from "node:util";
import {
  checkSeedOptions,
  databaseHasData,
  MAX_PARTICIPANTS,
  resetDatabase,
  type SeedOptions,
  seedDemoData,
  seedSecondProject,
} from "@opis/demo";
import { type Command, UsageError } from "../command";
import { openDatabase } from "../database";
import { databaseTarget, describeTarget, todayInSweden } from "../env";

const usage = `Usage: opis seed [--participants N] [--seed S] [--today YYYY-MM-DD] [--reset]

Fills the database with demo data for OPIS: staff (including the demo users of
the development login), people with Skatteverket's test personal numbers,
intakes, enrolments, plans, activities, attendance, assessments, exits and
follow-ups up to today. The same options always give the same data.

Options:
  --participants N   enrolled participants (default 600; at most ${MAX_PARTICIPANTS})
  --seed S           seed for the generator, a number or a word (default 1)
  --today DATE       the day the data ends, YYYY-MM-DD (default: today in Sweden)
  --reset            empty every table first (all data in the database is lost)
  -h, --help         show this help

The database is DATABASE_URL if set, else PGlite in OPIS_DATA_DIR
(default <repo>/.data/pglite).`;

export const seedCommand: Command = {
  name: "seed",
  summary: "fill the database with deterministic demo data",
  usage,
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        participants: { type: "string", default: "600" },
        seed: { type: "string", default: "1" },
        today: { type: "string" },
        reset: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    if (!/^\d+$/.test(values.participants)) {
      throw new UsageError("--participants must be a whole number");
    }
    const participants = Number(values.participants);
    const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
    const today = values.today ?? todayInSweden();
    const options: SeedOptions = { participants, seed, today };
    try {
      checkSeedOptions(options);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }

    const target = databaseTarget();
    console.log(`Database: ${describeTarget(target)}`);
    const handle = await openDatabase(target);
    try {
      if (values.reset) {
        const tables = await resetDatabase(handle.db);
        console.log(`Emptied ${tables.length} tables.`);
      } else if (await databaseHasData(handle.db)) {
        console.error(
          "The database already holds data. Run again with --reset to empty it first (everything in it is lost).",
        );
        return 1;
      }
      console.log(`Seeding ${participants} participants (seed ${seed}, today ${today}) …`);
      const started = performance.now();
      const summary = await seedDemoData(handle.db, options, {
        onStage: (stage) => console.log(`  ${stage} …`),
      });
      // A second project and a user in both, as the server seeds (issue 12).
      const second = await seedSecondProject(handle.db, { today: options.today });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const width = Math.max(...Object.keys(summary.counts).map((k) => k.length));
      for (const [table, n] of Object.entries(summary.counts)) {
        console.log(`  ${table.padEnd(width)}  ${String(n).padStart(8)}`);
      }
      console.log(
        `  second project ${second.projectId}: ${second.participants} participants, one user in both projects`,
      );
      console.log(`Done in ${seconds} s.`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
