import { createHash, randomBytes } from "node:crypto";
import type { DatabaseHandle } from "@opis/db";
import { EMPTY_JOINT_PLAN } from "@opis/domain";
import { timed } from "./bench-database";

/** The Monday of the week the attendance benchmark saves and loads. */
export const BENCH_WEEK = "2026-11-16";
export const BENCH_TODAY = "2026-11-23";
/** Calendar days of one participation: with starts over 2025–2026, ~20 M weekday rows at 100,000. */
const PARTICIPATION_DAYS = 340;
/** Participants of the bench coordinator's municipality active in BENCH_WEEK. */
export const GRID_PARTICIPANTS = 200;

export interface CaseloadData {
  participants: number;
  attendanceRows: number;
  officer: { id: string; sessionToken: string };
  coordinator: { id: string; sessionToken: string };
  /** An enrolment of the bench officer, for the participant page. */
  sampleEnrolmentId: string;
}

const MUNICIPALITIES = [
  "0686",
  "0662",
  "0680",
  "0684",
  "0685",
  "0862",
  "0880",
  "0881",
  "0882",
  "0883",
];

/**
 * Loads `participants` pseudonymous participants (12-digit keys "190000…"
 * with month 00, which no personal number has) with plans, activities, exits, follow-ups and ~200
 * weekday attendance rows each, by set-based SQL on the server.
 * Participants 1…200 live in Kalmar (0880) and are active in BENCH_WEEK; the
 * other Kalmar participants ended long before, so the coordinator's week
 * grid holds exactly 200 rows.
 */
export async function loadCaseload(
  handle: DatabaseHandle,
  participants: number,
): Promise<CaseloadData> {
  const sql = (text: string, values?: unknown[]) => handle.executeSql(text, values);
  const officerToken = randomBytes(32).toString("base64url");
  const coordinatorToken = randomBytes(32).toString("base64url");
  const hash = (t: string) => createHash("sha256").update(t).digest("hex");

  // md5 gives stable ids; bench_uuid stamps the version and variant bits so they are valid UUIDs.
  await sql(`create or replace function bench_uuid(key text) returns uuid language sql immutable as
    $$ select overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid $$`);
  await timed("users and sessions", async () => {
    await sql(`
      insert into users (id, subject, name, role, organisation, office, municipality_code)
      select bench_uuid('officer' || i), 'bench-officer-' || i, 'Handläggare ' || i, 'officer', 'af',
             case when i % 2 = 0 then 'Kalmar' else 'Jönköping' end, null
      from generate_series(0, 19) i`);
    await sql(
      `
      insert into users (id, subject, name, role, organisation, office, municipality_code)
      select bench_uuid('coordinator' || m), 'bench-coordinator-' || m, 'Koordinator ' || m, 'coordinator', 'kommun', null, m
      from unnest($1::text[]) m`,
      [MUNICIPALITIES],
    );
    await sql(
      `insert into sessions (id, user_id, expires_at) values ($1, bench_uuid('officer0'), now() + interval '1 day'),
       ($2, bench_uuid('coordinator0880'), now() + interval '1 day')`,
      [hash(officerToken), hash(coordinatorToken)],
    );
  });

  await timed(`people, intakes, enrolments (${participants})`, async () => {
    await sql(
      `insert into people (id, personal_identity_number, identity_kind, given_name, family_name, gender, birth_date)
       select bench_uuid('p' || i), '190000' || lpad(i::text, 6, '0'), 'personnummer',
              (array['Anna','Erik','Fatima','Johan','Maria','Ali','Sara','Omar','Lina','Karl'])[1 + i % 10],
              (array['Andersson','Hassan','Berg','Nilsson','Yusuf','Lind','Ek','Karimi','Holm','Ström'])[1 + (i / 10) % 10]
                || ' ' || i,
              case when i % 2 = 0 then 'woman' else 'man' end,
              date '1960-01-01' + (i * 37 % 14000)
       from generate_series(1, $1::int) i`,
      [participants],
    );
    await sql(
      `insert into intakes (id, project_id, person_id, officer_user_id, status, facts, eligibility_outcome, decided_at)
       select bench_uuid('i' || i), 'opis', bench_uuid('p' || i), bench_uuid('officer' || (i % 20)), 'enrolled', '{}'::jsonb,
              'eligible', now()
       from generate_series(1, $1::int) i`,
      [participants],
    );
    // Start dates: the grid's 200 start 60 days before the bench week; other
    // Kalmar participants start early in 2025; the rest spread over 2025–2026.
    await sql(
      `insert into enrolments (id, project_id, person_id, intake_id, municipality_code, officer_user_id, office,
         coordinator_user_id, start_date, status, gender, birth_date, has_disability, birth_region, education_level,
         work_availability_percent, language_level_at_start, months_registered_at_start, priority_groups)
       select bench_uuid('e' || i), 'opis', bench_uuid('p' || i), bench_uuid('i' || i), m,
              bench_uuid('officer' || (i % 20)), case when (i % 20) % 2 = 0 then 'Kalmar' else 'Jönköping' end,
              bench_uuid('coordinator' || m), s,
              case when s + ${PARTICIPATION_DAYS - 1} < date '${BENCH_TODAY}' then 'exited' else 'active' end,
              case when i % 2 = 0 then 'woman' else 'man' end, date '1960-01-01' + (i * 37 % 14000),
              i % 5 = 0, (array['sweden','nordic','euEfta','restOfEurope','outsideEurope'])[1 + i % 5],
              (array['1','2','3','4','5','6','US'])[1 + i % 7], (array[25,50,75,100])[1 + i % 4], 1 + i % 6,
              24 + i % 60, '{}'
       from (
         select i,
                case when i <= ${GRID_PARTICIPANTS} then '0880' else (array['0686','0662','0680','0684','0685','0862','0880','0881','0882','0883'])[1 + i % 10] end as m,
                case when i <= ${GRID_PARTICIPANTS} then date '${BENCH_WEEK}' - 60
                     when i % 10 = 6 then date '2025-01-06' + (i % 40)
                     else date '2025-01-06' + (i * 13 % 600) end as s
         from generate_series(1, $1::int) i
       ) g`,
      [participants],
    );
  });

  await timed("plans, activities, exits and follow-ups", async () => {
    await sql(
      `insert into joint_plans (enrolment_id, version, content, created_by)
       select id, 1, $1::jsonb, officer_user_id from enrolments`,
      [JSON.stringify({ ...EMPTY_JOINT_PLAN, nextReviewDate: "2026-12-01" })],
    );
    await sql(
      `insert into activities (enrolment_id, type, title, start_date, end_date, hours_per_week, created_by)
       select id, (array['languageTraining','internship','workTraining','jobSearch'])[1 + abs(hashtext(id::text)) % 4],
              'Insats', start_date + 7, start_date + 120, 20, officer_user_id
       from enrolments`,
    );
    await sql(
      `insert into exits (enrolment_id, exit_date, reason, status, gained_qualification, recorded_by)
       select id, start_date + ${PARTICIPATION_DAYS - 1}, case when abs(hashtext(id::text)) % 5 = 0 then 'droppedOutOtherKnown' else 'completed' end,
              'jobSeeking', false, officer_user_id
       from enrolments where status = 'exited'`,
    );
    await sql(
      `insert into follow_ups (enrolment_id, rule_id, due_date, outcome, source, recorded_on)
       select x.enrolment_id, 'outcome90', x.exit_date + 90,
              case when x.exit_date + 100 < date '${BENCH_TODAY}' then 'unsubsidisedWork' end,
              case when x.exit_date + 100 < date '${BENCH_TODAY}' then 'afRegister' end,
              case when x.exit_date + 100 < date '${BENCH_TODAY}' then x.exit_date + 95 end
       from exits x`,
    );
  });

  // Up to ~240 weekday rows per participant, none after today: ~20 M at 100,000 participants.
  const batch = 10_000;
  for (let from = 1; from <= participants; from += batch) {
    const to = Math.min(participants, from + batch - 1);
    await timed(`attendance for participants ${from}–${to}`, () =>
      sql(
        `insert into attendance (enrolment_id, date, planned_minutes, present_minutes, absence_reason)
         select e.id, d, p.planned, case when abs(hashtext(e.id::text || d::text)) % 10 = 0 then 0 else p.planned end,
                case when abs(hashtext(e.id::text || d::text)) % 10 = 0 then 'illness' end
         from generate_series($1::int, $2::int) i
         join enrolments e on e.id = bench_uuid('e' || i)
         cross join lateral (select (480 * e.work_availability_percent / 100)::smallint as planned) p
         cross join lateral generate_series(e.start_date, least(e.start_date + ${PARTICIPATION_DAYS - 1}, date '${BENCH_TODAY}'), interval '1 day') d
         where extract(isodow from d) < 6`,
        [from, to],
      ),
    );
  }
  await timed("analyze", () => sql("analyze"));
  const uuidOf = async (key: string) =>
    ((await sql("select bench_uuid($1)::text as id", [key])).rows[0] as { id: string }).id;
  const { rows } = await sql("select count(*)::int as n from attendance");
  return {
    participants,
    attendanceRows: (rows[0] as { n: number }).n,
    officer: { id: await uuidOf("officer0"), sessionToken: officerToken },
    coordinator: { id: await uuidOf("coordinator0880"), sessionToken: coordinatorToken },
    sampleEnrolmentId: ((await sql(`select bench_uuid('e' || 20) as id`)).rows[0] as { id: string })
      .id,
  };
}
