import { readFileSync } from "node:fs";
import { DEMO_USERS, TEST_PERSONAL_NUMBERS_WOMEN } from "@opis/demo";
import { addDays, MUNICIPALITIES, PROJECTS } from "@opis/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Browser, loginAs, startTestServer, type TestServer, todayInSweden } from "../helpers";
import { hostileInput, hostileString, RAW_BODIES } from "./hostile";
import { type ProcedureUnderFuzz, proceduresUnderFuzz } from "./procedures";

/**
 * Every tRPC procedure, enumerated from the router, gets inputs derived from its
 * own zod schema, hostile strings in its fields and hostile whole bodies, sent
 * over HTTP as each demo user (mostly one whose role may call it). Nothing may
 * answer 500 or more, and a refused call (4xx) may not change one row.
 * `npm test` runs a few hundred; `npm run fuzz` (CI) runs OPIS_FUZZ_RUNS=100000.
 */
const TOTAL_RUNS = Number(process.env.OPIS_FUZZ_RUNS ?? 400);
/** `npm run fuzz` splits the calls over two test files (two processes, two cores). */
export const SHARDS = Number(process.env.OPIS_FUZZ_SHARDS ?? 1);
const BASE_SEED = Number(process.env.OPIS_FUZZ_SEED ?? Date.now() % 1_000_000);
// Tables a refused call may still write: the session lookup touches its session, and
// a refused attempt (403/404) leaves its own audit row (issue 10).
const TABLES_A_REFUSAL_MAY_WRITE = ["sessions", "auth_requests", "audit_events"];

/** One shard of the fuzz run: its own server and database, its share of the calls, its own seed. */
export function defineFuzzSuite(shard: number): void {
  const RUNS = Math.ceil(TOTAL_RUNS / SHARDS);
  const SEED = BASE_SEED + shard * 104_729;
  let app: TestServer;
  let users: { name: string; role: string; browser: Browser }[];
  let procedures: ProcedureUnderFuzz[];
  const allowed = new Map<string, number[]>();

  async function sql<T>(text: string): Promise<T[]> {
    return (await app.database.executeSql(text)).rows as T[];
  }

  /** Counts committed row changes in every table (a test-only trigger on each). */
  async function installChangeCounter(): Promise<void> {
    const tables = await sql<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    await app.database.executeSql(`
      CREATE TABLE fuzz_row_changes (n bigint NOT NULL);
      INSERT INTO fuzz_row_changes VALUES (0);
      CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE fuzz_row_changes SET n = n + 1; RETURN NULL; END $$;`);
    for (const { name } of tables) {
      if (TABLES_A_REFUSAL_MAY_WRITE.includes(name)) continue;
      await app.database.executeSql(
        `CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_change()`,
      );
    }
  }

  async function rowChanges(): Promise<number> {
    const [row] = await sql<{ n: string | number }>("SELECT n FROM fuzz_row_changes");
    return Number(row?.n ?? 0);
  }

  /** Strings worth trying per field name, so that valid inputs reach the database. */
  function hintPools(ids: string[]) {
    const today = todayInSweden();
    const dates = [-400, -120, -30, -7, -1, 0, 1, 7, 60, 400].map((d) => addDays(today, d));
    const mondays = Array.from({ length: 8 }, (_, i) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * i);
      return d.toISOString().slice(0, 10);
    });
    const csv = readFileSync(
      new URL("../../../../e2e/fixtures/comparison-group.csv", import.meta.url),
    );
    const projectIds = PROJECTS.map((p) => p.id);
    const instrumentIds = PROJECTS.flatMap((p) => p.instruments.map((i) => i.id));
    return (path: readonly string[]): readonly string[] => {
      const key = path.at(-1) ?? "";
      if (/id$/i.test(key) && key !== "projectId" && key !== "instrumentId") return ids;
      if (/date|On$|weekStart|asOf|from|to$/i.test(key))
        return [...dates, ...mondays, "2026-02-30"];
      if (/municipalityCode/.test(key)) return [...MUNICIPALITIES.map((m) => m.code), "0000"];
      if (/personalIdentityNumber/.test(key)) {
        return [...TEST_PERSONAL_NUMBERS_WOMEN.slice(0, 5), "200501022388", "19850312-2381", "12"];
      }
      if (key === "projectId") return [...projectIds, "finns-inte"];
      if (key === "instrumentId") return instrumentIds;
      if (key === "fileName") return ["jamforelse.csv", "jamforelse.xlsx", "a.txt"];
      if (key === "contentBase64") return [csv.toString("base64"), "bm90IGEgY3N2", "%%%"];
      return ["opis", "Anna", "mine", "office", "a", "Provanställning", "gender"];
    };
  }

  interface Call {
    procedure: ProcedureUnderFuzz;
    user: number | null;
    input?: unknown;
    /** Sent as it is: the POST body, or a query's `input` parameter. */
    raw?: string | Buffer;
  }

  async function send(call: Call): Promise<{ status: number; text: string }> {
    const browser =
      call.user === null ? new Browser(app.base) : (users[call.user]?.browser as Browser);
    const { path, type } = call.procedure;
    let response: Response;
    if (type === "query") {
      const text =
        call.raw !== undefined
          ? call.raw.toString("latin1")
          : call.input === undefined
            ? undefined
            : JSON.stringify(call.input);
      const query = text === undefined ? "" : `?input=${encodeURIComponent(text)}`;
      response = await browser.request(`/trpc/${path}${query}`);
    } else {
      response = await browser.request(`/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-opis-csrf": "1" },
        body:
          call.raw !== undefined
            ? new Uint8Array(Buffer.from(call.raw))
            : call.input === undefined
              ? undefined
              : JSON.stringify(call.input),
      });
    }
    return { status: response.status, text: await response.text() };
  }

  function describeCall(call: Call): string {
    const input = call.raw?.toString("latin1") ?? JSON.stringify(call.input) ?? "undefined";
    const shown =
      input.length > 300 ? `${String(input).slice(0, 300)}… (${input.length} chars)` : input;
    return `${call.procedure.path} as ${call.user === null ? "anonymous" : users[call.user]?.name}: ${shown}`;
  }

  beforeAll(async () => {
    app = await startTestServer(
      // The fuzzer is not a person searching: rate limits would only hide procedures. Nor
      // an evaluator counting their own writes: statistics are shared as in production
      // (ADR 0027), not rebuilt (a second of CPU each) after every fuzzed write.
      {
        searchesPerMinute: 1_000_000,
        lookupsPerMinute: 1_000_000,
        publicationMaxAgeSeconds: 3_600,
      },
      { participants: 30 },
    );
    users = [];
    for (const demo of DEMO_USERS) {
      const browser = new Browser(app.base);
      const apps = { officer: "/staff/", coordinator: "/kommun/" } as Record<string, string>;
      await loginAs(browser, demo.name, apps[demo.role] ?? "/admin/");
      users.push({ name: demo.name, role: demo.role, browser });
    }
    const idRows = await sql<{ id: string }>(`
      (SELECT id::text FROM enrolments ORDER BY id LIMIT 15) UNION ALL
      (SELECT id::text FROM intakes ORDER BY id LIMIT 5) UNION ALL
      (SELECT id::text FROM activities ORDER BY id LIMIT 5) UNION ALL
      (SELECT id::text FROM employers ORDER BY id LIMIT 5) UNION ALL
      (SELECT id::text FROM follow_ups ORDER BY id LIMIT 5) UNION ALL
      (SELECT id::text FROM users ORDER BY id LIMIT 5)`);
    procedures = proceduresUnderFuzz({
      hints: hintPools(idRows.map((r) => r.id)),
      hostile: hostileString,
    });
    // Which demo users may call each procedure: the role check runs before the input is parsed.
    for (const procedure of procedures) {
      const may: number[] = [];
      for (let user = 0; user < users.length; user++) {
        const { status } = await send({ procedure, user, input: { fuzzProbe: true } });
        if (status !== 403) may.push(user);
      }
      allowed.set(procedure.path, may);
    }
    await installChangeCounter();
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  describe(`fuzzing every procedure (shard ${shard + 1} of ${SHARDS}: ${RUNS} calls, seed ${SEED})`, () => {
    test("no answer is 500 or more, and no refused call changes a row", async () => {
      expect(procedures.length).toBeGreaterThan(40);
      const callFor = (procedure: ProcedureUnderFuzz) => {
        const may = allowed.get(procedure.path) ?? [];
        const user = fc.oneof(
          { weight: 8, arbitrary: may.length > 0 ? fc.constantFrom(...may) : fc.constant(0) },
          { weight: 1, arbitrary: fc.constantFrom<number | null>(null, ...users.map((_, i) => i)) },
        );
        return fc.oneof(
          { weight: 14, arbitrary: fc.record({ user, input: procedure.input }) },
          { weight: 3, arbitrary: fc.record({ user, input: hostileInput }) },
          { weight: 1, arbitrary: fc.record({ user, raw: fc.constantFrom(...RAW_BODIES) }) },
        );
      };
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      const timeByPath = new Map<string, number>();
      let changesBefore = await rowChanges();
      let done = 0;
      let round = 0;
      while (done < RUNS) {
        // A round: a few calls to each procedure, in a shuffled order, freshly generated.
        const perProcedure = Math.max(
          1,
          Math.min(20, Math.ceil((RUNS - done) / procedures.length)),
        );
        const calls: Call[] = [];
        procedures.forEach((procedure, index) => {
          for (const sample of fc.sample(callFor(procedure), {
            numRuns: perProcedure,
            seed: SEED + round * 7919 + index,
          })) {
            calls.push({ procedure, ...(sample as Omit<Call, "procedure">) });
          }
        });
        calls.sort(() => 0.5 - Math.random());
        for (const call of calls.slice(0, RUNS - done)) {
          let outcome: { status: number; text: string };
          const started = performance.now();
          try {
            outcome = await send(call);
            const path = call.procedure.path;
            timeByPath.set(path, (timeByPath.get(path) ?? 0) + performance.now() - started);
          } catch (error) {
            failures.push(`no answer (${String(error)}): ${describeCall(call)}`);
            continue;
          }
          statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
          if (outcome.status >= 500) {
            failures.push(`${outcome.status} ${outcome.text.slice(0, 200)}: ${describeCall(call)}`);
          }
          const changesAfter = await rowChanges();
          if (outcome.status >= 400 && changesAfter !== changesBefore) {
            failures.push(
              `refused with ${outcome.status} but changed ${changesAfter - changesBefore} rows: ${describeCall(call)}`,
            );
          }
          changesBefore = changesAfter;
          done += 1;
        }
        round += 1;
      }
      console.log(
        `fuzz: ${done} calls over ${procedures.length} procedures, seed ${SEED}; answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
      );
      const slowest = [...timeByPath].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(
        `fuzz: most time in ${slowest.map(([p, ms]) => `${p} ${Math.round(ms)} ms`).join(", ")}`,
      );
      expect(failures.slice(0, 20)).toEqual([]);
      // The derived inputs must reach the procedures, not only their validation.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(done / 10);
      // The server still answers normally afterwards.
      expect((await fetch(`${app.base}/readyz`)).status).toBe(200);
    }, 3_600_000);
  });
}
