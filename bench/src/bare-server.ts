/**
 * The baseline: bare node:http + pg running the same SQL the API runs for the
 * caseload page and the participant page (including the audit insert), with
 * no framework, no session lookup and no validation. Started as a child
 * process by caseload.bench.ts.
 */
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const officerId = process.env.BENCH_OFFICER_ID ?? "";

const LIST_SQL = `
  select e.id, p.id as person_id, p.given_name, p.family_name, p.personal_identity_number, e.gender,
         e.municipality_code, e.status, e.start_date, o.name as officer_name, c.name as coordinator_name
  from enrolments e
  join people p on p.id = e.person_id
  join users o on o.id = e.officer_user_id
  left join users c on c.id = e.coordinator_user_id
  where e.project_id = 'opis' and e.officer_user_id = $1
  order by p.family_name, p.given_name, e.id
  limit 50 offset 0`;
const COUNT_SQL = `
  select count(*) from enrolments e join people p on p.id = e.person_id
  where e.project_id = 'opis' and e.officer_user_id = $1`;
const PLANS_SQL = `
  select distinct on (enrolment_id) enrolment_id, version, content from joint_plans
  where enrolment_id = any($1::uuid[]) order by enrolment_id, version desc`;
const EXITS_SQL = `
  select x.enrolment_id, x.exit_date, f.id, f.rule_id, f.due_date, f.recorded_on from exits x
  left join follow_ups f on f.enrolment_id = x.enrolment_id where x.enrolment_id = any($1::uuid[])`;
const AUDIT_SQL = `
  insert into audit_events (actor_user_id, action, subject_type, subject_id, person_ids)
  values ($1, $2, $3, $4, $5::uuid[])`;

const TIMELINE_SQL = [
  "select a.*, u.name from activities a join users u on u.id = a.created_by where enrolment_id = $1",
  "select a.*, u.name from assessments a join users u on u.id = a.assessed_by where enrolment_id = $1",
  "select n.*, u.name from case_notes n join users u on u.id = n.author_user_id where enrolment_id = $1",
  "select outcome, recorded_on from follow_ups where enrolment_id = $1 and recorded_on is not null",
];

async function caseload() {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const list = await client.query(LIST_SQL, [officerId]);
    const total = await client.query(COUNT_SQL, [officerId]);
    const ids = list.rows.map((r) => r.id);
    await client.query(AUDIT_SQL, [
      officerId,
      "participant.list",
      "person",
      null,
      list.rows.map((r) => r.person_id),
    ]);
    await client.query(PLANS_SQL, [ids]);
    await client.query(EXITS_SQL, [ids]);
    await client.query("commit");
    return { total: total.rows[0].count, items: list.rows };
  } finally {
    client.release();
  }
}

async function participantPage(enrolmentId: string) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const detail = await client.query(
      `select e.*, p.given_name, p.family_name, p.personal_identity_number, o.name as officer_name, c.name as coordinator_name
       from enrolments e join people p on p.id = e.person_id join users o on o.id = e.officer_user_id
       left join users c on c.id = e.coordinator_user_id where e.id = $1`,
      [enrolmentId],
    );
    const row = detail.rows[0];
    await client.query(AUDIT_SQL, [
      officerId,
      "participant.read",
      "enrolment",
      enrolmentId,
      [row.person_id],
    ]);
    await client.query("select exit_date from exits where enrolment_id = $1", [enrolmentId]);
    await client.query(
      "select sum(planned_minutes), sum(present_minutes) from attendance where enrolment_id = $1 and date between $2 and $3",
      [enrolmentId, "2026-10-27", "2026-11-23"],
    );
    await client.query(PLANS_SQL, [[enrolmentId]]);
    await client.query(EXITS_SQL, [[enrolmentId]]);
    const plans = await client.query(
      "select j.*, u.name from joint_plans j join users u on u.id = j.created_by where enrolment_id = $1 order by version desc",
      [enrolmentId],
    );
    await client.query(AUDIT_SQL, [
      officerId,
      "plan.read",
      "enrolment",
      enrolmentId,
      [row.person_id],
    ]);
    const timeline = [];
    for (const text of TIMELINE_SQL) timeline.push(await client.query(text, [enrolmentId]));
    await client.query(AUDIT_SQL, [
      officerId,
      "participant.timeline",
      "enrolment",
      enrolmentId,
      [row.person_id],
    ]);
    await client.query("commit");
    return { detail: row, plans: plans.rows, timeline: timeline.map((t) => t.rows) };
  } finally {
    client.release();
  }
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body =
      url.pathname === "/caseload"
        ? await caseload()
        : await participantPage(url.searchParams.get("id") ?? "");
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
}).listen(Number(process.env.PORT ?? 3901), "127.0.0.1", () => console.log("bare server ready"));
