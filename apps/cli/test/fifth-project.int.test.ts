/**
 * Issue 12's "done means": a fifth project defined in JSON (two sites, one
 * spanning two municipalities; its own statuses at exit; a status-at-exit goal;
 * no follow-up) is added with the CLI, participants are enrolled and exited
 * through the API, and the console's procedures and `opis report` give the
 * expected figures for it, while OPIS's figures are unchanged.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { appRouter, createCallerFactory, createContext, type SessionUser } from "@opis/api";
import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { seedDemoData, TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "@opis/demo";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createProjectCommand } from "../src/commands/project";
import { createReportCommand } from "../src/commands/report";

const FIFTH = fileURLToPath(
  new URL("../../../packages/domain/test-vectors/projects/steg-kronoberg.json", import.meta.url),
);
const PROJECT = "steg-kronoberg";
const OPIS = JSON.parse(
  readFileSync(
    new URL("../../../packages/domain/project-definitions/opis.json", import.meta.url),
    "utf8",
  ),
).id as string;
const ENROLLED_ON = "2026-03-02";
const AS_OF = "2026-11-23";
/** The month end the figures stand on when asked on AS_OF (ADR 0011). */
const MONTH_END = "2026-10-31";
const createCaller = createCallerFactory(appRouter);

let handle: DatabaseHandle;
// The commands work on the test's database; closing it is the test's business.
const open = async () => ({ ...handle, close: async () => {} });
const project = createProjectCommand(open);
const report = createReportCommand(open);

async function cli(command: typeof report, args: string[]): Promise<unknown> {
  const out: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const err = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    expect(await command.run(args)).toBe(0);
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
  const text = out.at(-1) ?? "";
  return args.includes("csv") ? text : JSON.parse(text);
}

// One at a time: each call watches console.log.
async function opisReports(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const kind of ["goals", "flows", "exits", "esf"]) {
    out.push(await cli(report, [kind, "--project", OPIS, "--as-of", MONTH_END]));
  }
  return out;
}

function caller(user: SessionUser, day: string) {
  return createCaller(
    createContext({ db: handle.db, user, now: () => new Date(`${day}T10:00:00+01:00`) }),
  );
}

/** Who is enrolled and how they leave: 30 people, 24 exits (work 7, education 6, active search 5, other 6). */
const PLAN = Array.from({ length: 30 }, (_, i) => {
  const gender = i % 2 === 0 ? ("woman" as const) : ("man" as const);
  const municipalityCode = (["0780", "0764", "0781"] as const)[i % 3]!;
  // Women 0,2,…: 12 exit (6 succeed); men 1,3,…: 12 exit (7 succeed); the last six stay.
  const rank = Math.floor(i / 2);
  const exits = rank < 12;
  const succeeds = gender === "woman" ? rank < 6 : rank < 7;
  const status = !exits
    ? null
    : succeeds
      ? rank % 2 === 0
        ? "work"
        : "education"
      : rank % 2 === 0
        ? "activeSearch"
        : "otherExit";
  return { gender, municipalityCode, status };
});

let evaluator: SessionUser;
let opisBefore: unknown[];

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoData(handle.db, { participants: 60, seed: "fifth", today: AS_OF });
  const users = await handle.db.select().from(schema.users);
  evaluator = users.find((u) => u.role === "evaluator") as SessionUser;
  opisBefore = await opisReports();

  // Added with the CLI, from the JSON file.
  const out: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  expect(await project.run(["add", FIFTH])).toBe(0);
  vi.restoreAllMocks();
  expect(out.at(-1)).toBe(`Registered ${PROJECT}, version 1.`);

  const [officer] = (await handle.db
    .insert(schema.users)
    .values({
      subject: "kronoberg-officer",
      name: "Officer Växjö",
      role: "officer",
      organisation: "af",
      office: "Växjö",
      municipalityCode: "0780",
      projectIds: [PROJECT],
    })
    .returning()) as SessionUser[];
  // The evaluator works in both projects (ADR 0028).
  const [updated] = (await handle.db
    .update(schema.users)
    .set({ projectIds: [...evaluator.projectIds, PROJECT] })
    .where(eq(schema.users.id, evaluator.id))
    .returning()) as SessionUser[];
  if (!updated) throw new Error("the evaluator is gone");
  evaluator = updated;
  const used = new Set(
    (await handle.db.select({ pin: schema.people.personalIdentityNumber }).from(schema.people)).map(
      (p) => p.pin,
    ),
  );
  const free = {
    woman: TEST_PERSONAL_NUMBERS_WOMEN.filter((n) => !used.has(n) && n < "1995"),
    man: TEST_PERSONAL_NUMBERS_MEN.filter((n) => !used.has(n) && n < "1995"),
  };
  const atStart = caller(officer!, ENROLLED_ON);
  const later = caller(officer!, "2026-09-01");
  for (const [i, p] of PLAN.entries()) {
    const pin = free[p.gender].pop()!;
    const { intakeId } = await atStart.intake.start({
      projectId: PROJECT,
      personalIdentityNumber: pin,
      givenName: "Test",
      familyName: `Person ${i}`,
    });
    const { enrolmentId } = await atStart.intake.enrol({
      intakeId,
      facts: {
        gender: p.gender,
        birthDate: `${pin.slice(0, 4)}-${pin.slice(4, 6)}-${pin.slice(6, 8)}`,
        municipalityCode: p.municipalityCode,
        monthsRegisteredAtAf: 14,
        earlierSupportTried: true,
        labourMarketAssessmentDate: null,
        workAvailabilityPercent: 100,
        participatesOnSite: true,
        hasDisabilityReducingWorkCapacity: false,
        educationLevel: "3",
        birthRegion: "sweden",
        languageLevel: 6,
      },
      decision: { startDate: ENROLLED_ON, municipalityCode: p.municipalityCode },
    });
    if (p.status) {
      const recorded = await later.exits.record({
        enrolmentId,
        exit: {
          exitDate: "2026-08-31",
          reason: "completed",
          status: p.status,
          gainedQualification: false,
        },
      });
      // No follow-up at all: nothing is scheduled.
      expect(recorded.followUps).toEqual([]);
    }
  }
}, 240_000);

afterAll(async () => {
  await handle?.close();
});

describe(`${PROJECT}: the console's procedures`, () => {
  test("the status-at-exit goal and the enrolment count", async () => {
    const dashboard = await caller(evaluator, AS_OF).statistics.dashboard({ projectId: PROJECT });
    const goal = dashboard.goals.find((g) => g.goalId === "workOrEducationAtExit")!;
    expect([goal.numerator.value, goal.denominator.value, goal.missing.value]).toEqual([13, 24, 0]);
    expect(goal.byGender.woman.numerator.value).toBe(6);
    expect(goal.byGender.man.numerator.value).toBe(7);
    const count = dashboard.goals.find((g) => g.goalId === "participants")!;
    expect(count.numerator.value).toBe(30);
  });

  test("flows by site; no exit is reported missing without a follow-up", async () => {
    const api = caller(evaluator, AS_OF);
    const options = await api.statistics.filterOptions({ projectId: PROJECT });
    expect(options.monthEnds.at(-1)).toBe(MONTH_END);
    const bySite = await Promise.all(
      ["vaxjoAlvesta", "ljungby"].map((site) =>
        api.statistics.flows({ projectId: PROJECT, filter: { site } }),
      ),
    );
    // Växjö and Alvesta together hold two thirds.
    expect(bySite.map((f) => f.exits.grandTotal.value)).toEqual([20, 10]);
    // A project with sites publishes no single municipality.
    await expect(
      api.statistics.flows({ projectId: PROJECT, filter: { municipalityCode: "0780" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const flows = await api.statistics.flows({ projectId: PROJECT });
    expect(flows.outcomeGoalId).toBe("workOrEducationAtExit");
    const row = (key: string) => flows.outcomes.rowKeys.indexOf(key);
    expect(flows.outcomes.rowTotals[row("workOrStudies")]?.value).toBe(13);
    expect(flows.outcomes.rowTotals[row("other")]?.value).toBe(11);
    expect(flows.outcomes.rowTotals[row("missing")]?.value).toBe(0);
    expect(flows.outcomes.rowTotals[row("pending")]?.value).toBe(0);
  });

  test("a split the project does not use is refused", async () => {
    await expect(
      caller(evaluator, AS_OF).statistics.flows({ projectId: PROJECT, dimension: "ageBand" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  test("ESF+ results on leaving come from the project's own categories", async () => {
    const esf = await caller(evaluator, AS_OF).statistics.esf({ projectId: PROJECT });
    const total = (code: string) => esf.rows.find((r) => r.code === code)?.total.value;
    expect(total("total")).toBe(30);
    expect(total("resultEmployment")).toBe(7);
    expect(total("resultEducation")).toBe(6);
    expect(total("resultJobSearching")).toBe(5);
  });

  test("success factors measure the named status goal", async () => {
    const factors = await caller(evaluator, AS_OF).statistics.successFactors({
      projectId: PROJECT,
    });
    expect(factors.outcomeGoalId).toBe("workOrEducationAtExit");
    expect([factors.population.successes.value, factors.population.n.value]).toEqual([13, 24]);
  });
});

describe("opis report", () => {
  test("prints the console's published figures and names the version", async () => {
    const goals = (await cli(report, ["goals", "--project", PROJECT, "--as-of", MONTH_END])) as {
      projectVersion: number;
      goals: unknown;
    };
    const dashboard = await caller(evaluator, AS_OF).statistics.dashboard({ projectId: PROJECT });
    expect(goals.projectVersion).toBe(1);
    expect(goals.goals).toEqual(dashboard.goals);
    const flows = (await cli(report, ["flows", "--project", PROJECT, "--as-of", MONTH_END])) as {
      flows: unknown;
    };
    expect(flows.flows).toEqual(
      await caller(evaluator, AS_OF).statistics.flows({ projectId: PROJECT }),
    );
    const esf = (await cli(report, ["esf", "--project", PROJECT, "--as-of", MONTH_END])) as {
      rows: unknown;
    };
    expect(esf.rows).toEqual(
      (await caller(evaluator, AS_OF).statistics.esf({ projectId: PROJECT })).rows,
    );
    const csv = (await cli(report, [
      "goals",
      "--project",
      PROJECT,
      "--as-of",
      MONTH_END,
      "--format",
      "csv",
    ])) as string;
    expect(csv.split("\n").find((l) => l.startsWith("workOrEducationAtExit,"))).toMatch(
      /^workOrEducationAtExit,13,24,0\.54\d*,0\.4,onTrack,6,12,7,12,0,0$/,
    );
  });

  test("OPIS's figures are unchanged by the fifth project", async () => {
    expect(await opisReports()).toEqual(opisBefore);
  });
});

test("the enrolled participants are in the fifth project, at their sites' municipalities", async () => {
  const rows = await handle.db
    .select({ municipalityCode: schema.enrolments.municipalityCode })
    .from(schema.enrolments)
    .where(eq(schema.enrolments.projectId, PROJECT));
  expect(rows).toHaveLength(30);
});
