import { sql } from "drizzle-orm";
import { createTestDatabase } from "../testing";
import { generateDemoData } from "./index";
import { bulkInsert } from "./insert";
import * as schema from "../schema";
const n = Number(process.argv[2] ?? 600);
const h = await createTestDatabase();
const d = generateDemoData({ participants: n, seed: 1, today: "2026-11-23" });
await bulkInsert(h.db, schema.users, d.users);
await bulkInsert(h.db, schema.people, d.people);
await bulkInsert(h.db, schema.intakes, d.intakes);
await bulkInsert(h.db, schema.enrolments, d.enrolments);
const time = async (label: string, rows: typeof d.attendance, replica: boolean, chunk = 20000) => {
  await h.db.execute(sql`truncate attendance`);
  const t = performance.now();
  await h.db.transaction(async (tx) => {
    if (replica) await tx.execute(sql`set local session_replication_role = replica`);
    await bulkInsert(tx, schema.attendance, rows, chunk);
  });
  console.log(label, rows.length, Math.round(performance.now() - t));
};
const sorted = [...d.attendance].sort((a, b) =>
  a.enrolmentId < b.enrolmentId ? -1 : a.enrolmentId > b.enrolmentId ? 1 : a.date < b.date ? -1 : 1,
);
await time("plain", d.attendance, false);
await time("replica", d.attendance, true);
await time("sorted", sorted, false);
await time("sorted+replica", sorted, true);
await time("sorted+replica 5000", sorted, true, 5000);
await h.close();
