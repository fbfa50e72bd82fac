import { createDatabase, type Database } from "@opis/db";
import { OPIS_PROJECT } from "@opis/domain";
import { sql } from "drizzle-orm";
import pg from "pg";
import {
  computeDashboard,
  computeFlows,
  computeSuccessFactors,
  loadPublication,
  requestReport,
} from "../../packages/api/src/operations/evaluation/index";
import { benchDatabaseUrl, freshBenchDatabase, timed } from "./bench-database";

export interface DashboardBenchOptions {
  /** Participants (default 1,000,000); each gets ~20 attendance rows. */
  size?: number;
  /** The day the dashboard is computed for. */
  asOf?: string;
  /** Reuse the database of an earlier run when it holds `size` participants (skips the load). */
  reuse?: boolean;
}

export interface BenchRow {
  name: string;
  size: number;
  ms: number;
}

/**
 * Loads N participants with histories (intake, enrolment, exit for ~75 %,
 * 90-day follow-up, one or two activities, ~20 attendance days) with
 * generate_series in SQL (or reuses them with --reuse), then times (1) each
 * evaluation screen as its procedure computes it — the dashboard (goals, the
 * monthly trend, the projection), flows by gender, success factors — and
 * (2) hand-written SQL passes computing the current figures (goals by gender;
 * with attended hours), which restate the rules and have no trend.
 */
export async function benchDashboard(options: DashboardBenchOptions = {}): Promise<BenchRow[]> {
  const size = options.size ?? 1_000_000;
  const asOf = options.asOf ?? "2026-03-16";
  const reusable = options.reuse && (await existingParticipantCount(DATABASE)) === size;
  const handle = reusable
    ? await createDatabase({ url: benchDatabaseUrl(DATABASE), maxConnections: 4 })
    : await freshBenchDatabase(DATABASE);
  const db = handle.db;
  const rows: BenchRow[] = [];
  try {
    if (!reusable) await loadParticipants(db, size, asOf);

    const project = OPIS_PROJECT;
    const phase = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await timed(name, async () => work());
      rows.push({ name, size, ms: performance.now() - started });
      return result;
    };
    // Each screen as its procedure computes it: the publication (records loaded, every
    // allowed report computed and protected together), then the screen's view of it.
    const started = performance.now();
    const { publication } = await phase(
      "publication: load records and intakes, protect every report (ADR 0011)",
      () => loadPublication(db, { project, today: asOf, threshold: 5 }),
    );
    await phase("dashboard: goals, trend over every month end, projection", () =>
      computeDashboard({ project, publication, filter: {}, threshold: 5 }),
    );
    await phase("flows: by gender and disability", () =>
      computeFlows({ project, publication, filter: {}, dimension: "disability", threshold: 5 }),
    );
    await phase("success factors: rates with 95 % intervals", () =>
      computeSuccessFactors({
        project,
        report: requestReport(publication, {}, undefined),
        threshold: 5,
      }),
    );
    rows.push({
      name: "the three screens together (dashboard, flows, success factors)",
      size,
      ms: performance.now() - started,
    });

    // The hand-written passes: today's figures only, the goal rules restated in SQL.
    const goalsSql = (withHours: boolean) => sql`
      ${withHours ? sql`WITH a AS (SELECT enrolment_id, sum(present_minutes) AS minutes FROM attendance GROUP BY enrolment_id)` : sql``}
      SELECT e.gender,
        count(*) FILTER (WHERE e.start_date <= ${asOf}::date) AS enrolled,
        count(*) FILTER (WHERE x.reason = 'completed' AND x.exit_date <= ${asOf}::date) AS completed,
        count(*) FILTER (WHERE x.exit_date <= ${asOf}::date) AS exited,
        count(*) FILTER (WHERE x.reason = 'completed' AND f.recorded_on BETWEEN x.exit_date + 76 AND x.exit_date + 120
          AND f.outcome IN ('unsubsidisedWork','subsidisedWork','ownBusiness','jobbspar','regularStudies','labourMarketTraining')) AS work_or_studies,
        count(*) FILTER (WHERE x.reason = 'completed' AND f.recorded_on BETWEEN x.exit_date + 76 AND x.exit_date + 120
          AND f.outcome <> 'unknown') AS followed_up
        ${withHours ? sql`, sum(a.minutes) / 60.0 AS attended_hours` : sql``}
      FROM enrolments e
      LEFT JOIN exits x ON x.enrolment_id = e.id
      LEFT JOIN follow_ups f ON f.enrolment_id = e.id AND f.rule_id = 'outcome90'
      ${withHours ? sql`LEFT JOIN a ON a.enrolment_id = e.id` : sql``}
      WHERE e.project_id = 'opis'
      GROUP BY e.gender`;
    await phase("one hand-written SQL pass: current goals by gender (no trend)", () =>
      db.execute(goalsSql(false)),
    );
    await phase("one hand-written SQL pass: current goals by gender and attended hours", () =>
      db.execute(goalsSql(true)),
    );
  } finally {
    await handle.close();
  }
  return rows;
}

const DATABASE = "opis_bench_dashboard";

async function existingParticipantCount(name: string): Promise<number | null> {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl(name) });
  try {
    await admin.connect();
    const result = await admin.query<{ n: string }>("SELECT count(*) AS n FROM enrolments");
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/**
 * N participants with histories (intake, enrolment, exit for ~75 %, 90-day
 * follow-up, one activity, 20 attendance days each), generated in SQL.
 */
async function loadParticipants(db: Database, size: number, asOf: string): Promise<void> {
  await timed(`load ${size} participants`, async () => {
    await db.execute(sql`SET session_replication_role = replica`);
    await db.execute(sql`INSERT INTO users (id, subject, name, role, organisation, office)
      VALUES ('00000000-0000-0000-0000-000000000001', 'bench', 'Bench', 'officer', 'af', 'Kalmar')`);
    await db.execute(sql`
      INSERT INTO people (id, personal_identity_number, identity_kind, given_name, family_name, gender, birth_date)
      SELECT md5('p' || i)::uuid, lpad(i::text, 12, '0'), 'personnummer', 'G', 'F',
             CASE WHEN i % 2 = 0 THEN 'woman' ELSE 'man' END,
             (date '1960-01-01' + (i % 14000))::date
      FROM generate_series(1, ${size}) i`);
    await db.execute(sql`
      INSERT INTO intakes (id, project_id, person_id, officer_user_id, status, facts, decided_at)
      SELECT md5('i' || i)::uuid, 'opis', md5('p' || i)::uuid, '00000000-0000-0000-0000-000000000001',
             'enrolled', '{}'::jsonb, timestamptz '2025-01-06' + ((i % 430) || ' days')::interval
      FROM generate_series(1, ${size}) i`);
    await db.execute(sql`
      INSERT INTO enrolments (id, project_id, person_id, intake_id, municipality_code, officer_user_id, office,
        start_date, status, gender, birth_date, has_disability, birth_region, education_level,
        work_availability_percent, language_level_at_start, months_registered_at_start, priority_groups)
      SELECT md5('e' || i)::uuid, 'opis', md5('p' || i)::uuid, md5('i' || i)::uuid,
             (ARRAY['0686','0662','0680','0684','0685','0862','0880','0881','0882','0883'])[1 + i % 10],
             '00000000-0000-0000-0000-000000000001', 'Kalmar',
             (date '2025-01-06' + (i % 430))::date,
             CASE WHEN i % 4 = 0 THEN 'active' ELSE 'exited' END,
             CASE WHEN i % 2 = 0 THEN 'woman' ELSE 'man' END,
             (date '1960-01-01' + (i % 14000))::date, i % 7 = 0,
             (ARRAY['sweden','outsideEurope','euEfta','restOfEurope','nordic'])[1 + i % 5],
             (ARRAY['1','2','3','4','5','6','7','US'])[1 + i % 8], 100, 1 + i % 6, 24 + i % 60,
             CASE WHEN i % 10 = 0 THEN ARRAY['womenBornOutsideEurope25Plus'] ELSE ARRAY[]::text[] END
      FROM generate_series(1, ${size}) i`);
    await db.execute(sql`
      INSERT INTO exits (enrolment_id, exit_date, reason, status, gained_qualification, recorded_by)
      SELECT md5('e' || i)::uuid, LEAST(date '2026-03-13', date '2025-01-06' + (i % 430) + 120 + i % 90),
             (ARRAY['completed','completed','completed','completed','droppedOutWork','droppedOutIllness','droppedOutUnknown'])[1 + i % 7],
             (ARRAY['employed','studies','jobSeeking','jobSeeking','other','internship'])[1 + i % 6],
             i % 9 = 0, '00000000-0000-0000-0000-000000000001'
      FROM generate_series(1, ${size}) i WHERE i % 4 <> 0`);
    await db.execute(sql`
      INSERT INTO follow_ups (enrolment_id, rule_id, due_date, outcome, recorded_on)
      SELECT x.enrolment_id, 'outcome90', x.exit_date + 90,
             CASE WHEN x.exit_date + 95 <= ${asOf}::date THEN
               (ARRAY['unsubsidisedWork','other','regularStudies','other','unknown','subsidisedWork'])[1 + (hashtext(x.enrolment_id::text) & 7) % 6] END,
             CASE WHEN x.exit_date + 95 <= ${asOf}::date THEN x.exit_date + 95 END
      FROM exits x`);
    await db.execute(sql`
      INSERT INTO activities (enrolment_id, type, title, start_date, hours_per_week, certificate_issued, created_by)
      SELECT md5('e' || i)::uuid,
             (ARRAY['internship','validation','languageTraining','jobSearch','workTraining'])[1 + i % 5],
             'A', (date '2025-01-06' + (i % 430))::date, 20, i % 3 = 0, '00000000-0000-0000-0000-000000000001'
      FROM generate_series(1, ${size}) i`);
    await db.execute(sql`
      INSERT INTO attendance (enrolment_id, date, planned_minutes, present_minutes)
      SELECT md5('e' || i)::uuid, (date '2025-01-06' + (i % 430) + d)::date, 480, CASE WHEN (i + d) % 6 = 0 THEN 0 ELSE 420 END
      FROM generate_series(1, ${size}) i, generate_series(0, 19) d`);
    await db.execute(sql`SET session_replication_role = origin`);
    await db.execute(sql`ANALYZE`);
  });
}
