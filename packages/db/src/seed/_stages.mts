import { createTestDatabase } from "/work/main/packages/db/src/testing";
import { generateDemoData } from "/work/main/packages/db/src/seed";
import { bulkInsert } from "/work/main/packages/db/src/seed/insert";
import * as schema from "/work/main/packages/db/src/schema";
const n = Number(process.argv[2] ?? 600);
let t = performance.now();
const lap = (l: string) => {
  const x = performance.now();
  console.log(l, Math.round(x - t));
  t = x;
};
const h = await createTestDatabase();
lap("db");
const data = generateDemoData({ participants: n, seed: 1, today: process.argv[3] ?? "2026-03-16" });
lap("generate");
for (const [k, table, chunk] of [
  ["users", schema.users],
  ["people", schema.people],
  ["intakes", schema.intakes, 2000],
  ["enrolments", schema.enrolments],
  ["jointPlans", schema.jointPlans, 2000],
  ["activities", schema.activities],
  ["attendance", schema.attendance, 20000],
  ["assessments", schema.assessments],
  ["exits", schema.exits],
  ["followUps", schema.followUps],
] as const) {
  await h.db.transaction(async (tx) =>
    bulkInsert(tx, table as never, (data as never)[k], chunk as number | undefined),
  );
  lap(k);
}
await h.close();
lap("close");
