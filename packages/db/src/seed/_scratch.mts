import { createTestDatabase } from "/work/main/packages/db/src/testing";
import { generateDemoData } from "/work/main/packages/db/src/seed";
import { sql } from "drizzle-orm";
const n = Number(process.argv[2] ?? 600);
const h = await createTestDatabase();
const data = generateDemoData({ participants: n, seed: 1, today: "2026-03-16" });
const { bulkInsert } = await import("/work/main/packages/db/src/seed/insert");
const schema = await import("/work/main/packages/db/src/schema");
await bulkInsert(h.db, schema.users, data.users);
await bulkInsert(h.db, schema.people, data.people);
await bulkInsert(h.db, schema.intakes, data.intakes);
await bulkInsert(h.db, schema.enrolments, data.enrolments);
let t = performance.now();
const rows = data.attendance;
const CH = 20000;
await h.db.transaction(async (tx) => {
  for (let o = 0; o < rows.length; o += CH) {
    const c = rows.slice(o, o + CH);
    const arr = (vals: (string | number | null | undefined)[]) =>
      `{${vals.map((v) => (v == null ? "NULL" : String(v))).join(",")}}`;
    await tx.execute(sql`insert into attendance (enrolment_id, date, planned_minutes, present_minutes, absence_reason, recorded_by)
    select * from unnest(${arr(c.map((r) => r.enrolmentId))}::uuid[], ${arr(c.map((r) => r.date))}::date[], ${arr(c.map((r) => r.plannedMinutes))}::int2[], ${arr(c.map((r) => r.presentMinutes))}::int2[], ${arr(c.map((r) => r.absenceReason))}::text[], ${arr(c.map((r) => r.recordedBy))}::uuid[])`);
  }
});
console.log("unnest", Math.round(performance.now() - t));
await h.db.execute(sql`truncate attendance`);
t = performance.now();
await h.db.transaction(async (tx) => bulkInsert(tx, schema.attendance, rows, 20000));
console.log("json", Math.round(performance.now() - t));
await h.db.execute(sql`truncate attendance`);
t = performance.now();
await h.db.transaction(async (tx) => bulkInsert(tx, schema.attendance, rows, 2000));
console.log("json 2000", Math.round(performance.now() - t));
await h.db.execute(sql`create table att2 (like attendance including defaults)`);
t = performance.now();
const { getTableColumns } = await import("drizzle-orm");

const json = JSON.stringify(
  rows.map((r) => ({
    enrolment_id: r.enrolmentId,
    date: r.date,
    planned_minutes: r.plannedMinutes,
    present_minutes: r.presentMinutes,
    absence_reason: r.absenceReason,
    recorded_by: r.recordedBy,
  })),
);
t = performance.now();
await h.db.execute(
  sql`insert into att2 select * from json_populate_recordset(null::att2, ${json}::json)`,
);
console.log("no constraints", Math.round(performance.now() - t));
t = performance.now();
await h.db.execute(sql`truncate attendance`);
await h.db.transaction(async (tx) => {
  await tx.execute(sql`set local session_replication_role = replica`);
  await bulkInsert(tx, schema.attendance, rows, 20000);
});
console.log("replica", Math.round(performance.now() - t));
t = performance.now();
await h.db.execute(sql`select count(*) from json_populate_recordset(null::att2, ${json}::json)`);
console.log("parse only", Math.round(performance.now() - t));
await h.close();
