/**
 * Issue 5: "the CLI's output for a simulated data set matches the console's".
 *
 * One simulated data set with a known effect goes two ways:
 * - into the database through the API, as officers and evaluators would enter
 *   it (intake, enrolment, exit, 90-day follow-up; a comparison-group CSV
 *   through `comparison.import`), then matched by the console's
 *   `comparison.match`;
 * - straight from the simulation into a CSV for `opis evaluate`, built without
 *   the console's code (no `buildMatchingUnits`), rows shuffled.
 * Both must give the same estimate, standard error, CI, per-gender effects,
 * balance table and counts, for exact, CEM and nearest (with and without
 * caliper), with code columns (municipality, education) as categories, with
 * gender not matched on, and with controls whose scores tie. Runs on PGlite,
 * or on PostgreSQL when DATABASE_URL is set.
 */
import { mkdtempSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  appRouter,
  createCallerFactory,
  createContext,
  type RouterInputs,
  type RouterOutputs,
  type SessionUser,
} from "@opis/api";
import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { demoUserRows, TEST_PERSONAL_NUMBERS_MEN, TEST_PERSONAL_NUMBERS_WOMEN } from "@opis/demo";
import { getProject } from "@opis/domain";
import {
  createRandom,
  type MatchingResult,
  MatchingResultSchema,
  publishCount,
  type Random,
  StandardErrorTypeSchema,
  type SubgroupResult,
} from "@opis/evaluation";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { runEvaluate } from "../src/commands/evaluate";

// ---------------------------------------------------------------------------
// The simulated data set

/** The true effect on the treated: +25 percentage points in work or studies. */
const EFFECT = 0.25;
const THRESHOLD = 5;
/** Every participation starts here, so age = 2025 − birth year for participants… */
const START = "2025-03-03";
/** …and for the comparison group (age at the reference year). */
const REFERENCE_DATE = "2025-03-01";
const AGE_YEAR = 2025;
const EXIT = "2025-09-01";
/** The 90-day follow-up is due 2025-11-30 and on time from 2025-11-16 to 2025-12-30. */
const RECORDED_ON_TIME = "2025-11-25";
const RECORDED_LATE = "2026-01-12";
/** The console matches "today": every follow-up window has closed. */
const MATCHED_ON = "2026-03-16";

const SUCCESS = ["unsubsidisedWork", "subsidisedWork", "regularStudies", "labourMarketTraining"];
const FAILURE = "other";
const MUNICIPALITIES = ["0680", "0880", "0883", "0662", "0686"] as const;
/** All digits: the CLI reads education as text only with --categorical, as an evaluator would pass. */
const EDUCATION = ["2", "3", "4", "5", "6"] as const;

type Region = "sweden" | "euEfta" | "outsideEurope";
type MunicipalityCode = RouterInputs["intake"]["enrol"]["decision"]["municipalityCode"];
type EducationLevel = RouterInputs["intake"]["enrol"]["facts"]["educationLevel"];
type FollowUpOutcome = RouterInputs["followUps"]["record"]["record"]["outcome"];

/**
 * What happens to a participant. Only "measured" ones (completed, outcome known,
 * recorded within the window) belong to the console's treated group; the
 * others get a work outcome (or "unknown"), so counting them by mistake shows.
 */
type Course = "measured" | "droppedOut" | "unknownOutcome" | "late" | "noFollowUp" | "active";

interface SimulatedUnit {
  key: string;
  treated: boolean;
  course: Course;
  gender: "woman" | "man";
  birthYear: number;
  birthRegion: Region;
  education: EducationLevel;
  disability: boolean;
  months: number;
  municipality: MunicipalityCode;
  outcome: FollowUpOutcome;
  /** Participants: a Skatteverket test personal number with this gender and birth year. */
  pin: string | null;
}

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random.next() * list.length)]!;

function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * Participants differ from the comparison group (more disability, more born
 * outside Europe, longer registered), and those traits lower the chance of
 * work or studies, so the naive difference understates the effect. Every unit
 * has its own (age, months registered): no two units share a propensity
 * score, so nearest-neighbour matching does not depend on row order (the
 * console reads participants in database order, the CLI rows in file order).
 * Ties come separately, with `twins`.
 */
function simulate(seed: number) {
  const random = createRandom(seed);
  const pins = new Map<string, string[]>();
  for (const [gender, list] of [
    ["woman", TEST_PERSONAL_NUMBERS_WOMEN],
    ["man", TEST_PERSONAL_NUMBERS_MEN],
  ] as const) {
    for (const pin of list) {
      const key = `${gender}:${pin.slice(0, 4)}`;
      pins.set(key, [...(pins.get(key) ?? []), pin]);
    }
  }
  const taken = new Set<string>();
  const uniqueMonths = (age: number, draw: () => number) => {
    for (;;) {
      const months = Math.min(400, draw());
      if (!taken.has(`${age}:${months}`)) {
        taken.add(`${age}:${months}`);
        return months;
      }
    }
  };
  const exponential = (mean: number) => 24 + Math.floor(-Math.log(1 - random.next()) * mean);
  const outcomeFor = (u: Omit<SimulatedUnit, "outcome">) => {
    const age = AGE_YEAR - u.birthYear;
    const base = Math.min(
      0.73,
      Math.max(
        0.02,
        0.55 -
          (u.disability ? 0.3 : 0) -
          (u.birthRegion === "outsideEurope" ? 0.25 : 0) -
          0.005 * (age - 40),
      ),
    );
    const p = base + (u.treated ? EFFECT : 0);
    return (random.next() < p ? pick(random, SUCCESS) : FAILURE) as FollowUpOutcome;
  };

  const courses: Course[] = shuffle(random, [
    ...Array<Course>(150).fill("measured"),
    ...(["droppedOut", "unknownOutcome", "late", "noFollowUp", "active"] as const).flatMap((c) =>
      Array<Course>(6).fill(c),
    ),
  ]);
  const participants: SimulatedUnit[] = courses.map((course, i) => {
    const gender = i % 2 === 0 ? "woman" : "man";
    const years = [...pins.keys()]
      .filter((k) => k.startsWith(`${gender}:`) && pins.get(k)!.length > 0)
      .map((k) => Number(k.slice(-4)));
    const birthYear = pick(random, years);
    const pin = pins.get(`${gender}:${birthYear}`)!.pop()!;
    const r = random.next();
    const unit = {
      key: `p${String(i + 1).padStart(3, "0")}`,
      treated: true,
      course,
      gender,
      birthYear,
      birthRegion: (r < 0.7 ? "outsideEurope" : r < 0.9 ? "sweden" : "euEfta") as Region,
      education: pick(random, EDUCATION),
      disability: random.next() < 0.55,
      months: uniqueMonths(AGE_YEAR - birthYear, () => exponential(36)),
      municipality: pick(random, MUNICIPALITIES),
      pin,
    } satisfies Omit<SimulatedUnit, "outcome">;
    return {
      ...unit,
      outcome:
        course === "measured"
          ? outcomeFor(unit)
          : course === "unknownOutcome"
            ? "unknown"
            : "unsubsidisedWork",
    };
  });

  const controls: SimulatedUnit[] = Array.from({ length: 630 }, (_, i) => {
    const birthYear = 1958 + Math.floor(random.next() * 44);
    const r = random.next();
    const unit = {
      key: `J${String(i + 1).padStart(6, "0")}`,
      treated: false,
      course: (i % 21 === 20 ? "unknownOutcome" : "measured") as Course,
      gender: random.next() < 0.5 ? ("woman" as const) : ("man" as const),
      birthYear,
      birthRegion: (r < 0.15 ? "outsideEurope" : r < 0.85 ? "sweden" : "euEfta") as Region,
      education: pick(random, EDUCATION),
      disability: random.next() < 0.08,
      months: uniqueMonths(AGE_YEAR - birthYear, () => exponential(20)),
      municipality: pick(random, MUNICIPALITIES),
      pin: null,
    } satisfies Omit<SimulatedUnit, "outcome">;
    return {
      ...unit,
      outcome: unit.course === "unknownOutcome" ? ("unknown" as const) : outcomeFor(unit),
    };
  });
  return { participants, controls };
}

const simulated = simulate(20260316);
/** The units both sides should analyse, as the simulation defines them. */
const analysed = [...simulated.participants, ...simulated.controls].filter(
  (u) => u.course === "measured",
);

const byKey = (a: SimulatedUnit, b: SimulatedUnit) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Controls whose scores tie: a twin of every third measured control, with the
 * same covariates (so the same propensity score) and the opposite outcome.
 * Which of the two a treated unit gets depends on the order controls come in
 * (of identical scores the later one wins below a treated unit's score, the earlier above it), and the console reads them by
 * pseudonym in byte order. Twins' pseudonyms are lower case: "j000004" comes
 * after every "J…" in byte order, but right before "J000004" in a
 * case-insensitive collation such as en_US.
 */
const twins: SimulatedUnit[] = simulated.controls
  .filter((u, i) => u.course === "measured" && i % 3 === 0)
  .map((u) => ({
    ...u,
    key: u.key.toLowerCase(),
    outcome: (SUCCESS.includes(u.outcome) ? FAILURE : SUCCESS[0]) as FollowUpOutcome,
  }));
const analysedWithTwins = [...analysed, ...twins];

/**
 * The units in a random order, except that controls keep the order `compare`
 * gives them among themselves (treated units stay where the shuffle put them).
 */
function shuffledControlsSorted(
  units: readonly SimulatedUnit[],
  compare: (a: SimulatedUnit, b: SimulatedUnit) => number,
): SimulatedUnit[] {
  const shuffled = shuffle(createRandom(7), [...units]);
  const controls = shuffled.filter((u) => !u.treated).sort(compare);
  let k = 0;
  return shuffled.map((u) => (u.treated ? u : controls[k++]!));
}

/** The comparison-group file as an evaluator would import it. */
function comparisonFile(controls: readonly SimulatedUnit[]): string {
  const header =
    "pseudonym,gender,birth_year,birth_region,education,disability,months_registered,municipality,reference_date,outcome_90";
  const rows = controls.map((u) =>
    [
      u.key,
      u.gender,
      u.birthYear,
      u.birthRegion,
      u.education,
      u.disability ? "yes" : "no",
      u.months,
      u.municipality,
      REFERENCE_DATE,
      u.outcome,
    ].join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}

/** The CLI's input, from the simulation alone, rows in the order given; column names as the console's covariates. */
function cliFile(units: readonly SimulatedUnit[]): string {
  const header =
    "id,treat,y,gender,age,birthRegion,education,disability,monthsRegistered,municipality";
  const rows = units.map((u) =>
    [
      u.key,
      u.treated ? 1 : 0,
      SUCCESS.includes(u.outcome) ? 1 : 0,
      u.gender,
      AGE_YEAR - u.birthYear,
      u.birthRegion,
      u.education,
      u.disability ? "yes" : "no",
      u.months,
      u.municipality,
    ].join(","),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------
// The database, filled through the API

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

interface Fixture {
  handle: DatabaseHandle;
  as(subject: string, isoDate: string): Caller;
}

async function createFixture(): Promise<Fixture> {
  const handle = await createTestDatabase();
  const rows = await handle.db.insert(schema.users).values(demoUserRows()).returning();
  const users = new Map(rows.map((u) => [u.subject, u as SessionUser]));
  return {
    handle,
    as(subject, isoDate) {
      const user = users.get(subject);
      if (!user) throw new Error(`no demo user ${subject}`);
      const now = new Date(`${isoDate}T10:00:00+01:00`);
      return createCaller(createContext({ db: handle.db, user, now: () => now }));
    },
  };
}

/** An officer enrols only into the municipalities their office serves (issue 14). */
const OFFICERS = ["demo-officer-kalmar", "demo-officer-jonkoping"] as const;
function officerFor(municipalityCode: string): (typeof OFFICERS)[number] {
  const office = getProject("opis")?.offices?.find((o) =>
    (o.municipalities as readonly string[]).includes(municipalityCode),
  );
  return office?.name === "Jönköping" ? "demo-officer-jonkoping" : "demo-officer-kalmar";
}

/** Intake, enrolment, exit and follow-up per participant, each on its own day. */
async function enterParticipants(fx: Fixture, participants: readonly SimulatedUnit[]) {
  const enrolments = new Map<string, SimulatedUnit>();
  for (const p of participants) {
    const atStart = fx.as(officerFor(p.municipality), START);
    const pin = p.pin!;
    const { intakeId } = await atStart.intake.start({
      projectId: "opis",
      personalIdentityNumber: pin,
      givenName: "Test",
      familyName: "Deltagare",
    });
    const { enrolmentId } = await atStart.intake.enrol({
      intakeId,
      facts: {
        gender: p.gender,
        birthDate: `${pin.slice(0, 4)}-${pin.slice(4, 6)}-${pin.slice(6, 8)}`,
        municipalityCode: p.municipality,
        monthsRegisteredAtAf: p.months,
        earlierSupportTried: true,
        labourMarketAssessmentDate: "2025-02-03",
        workAvailabilityPercent: 100,
        participatesOnSite: true,
        hasDisabilityReducingWorkCapacity: p.disability,
        educationLevel: p.education,
        birthRegion: p.birthRegion,
        languageLevel: 3,
      },
      decision: { startDate: START, municipalityCode: p.municipality },
    });
    enrolments.set(enrolmentId, p);
  }
  for (const [enrolmentId, p] of enrolments) {
    if (p.course === "active") continue;
    const atExit = fx.as(officerFor(p.municipality), EXIT);
    const droppedOut = p.course === "droppedOut";
    await atExit.exits.record({
      enrolmentId,
      exit: {
        exitDate: EXIT,
        reason: droppedOut ? "droppedOutIllness" : "completed",
        status: droppedOut ? "other" : "jobSeeking",
        gainedQualification: false,
      },
    });
  }
  for (const [day, subject] of [RECORDED_ON_TIME, RECORDED_LATE].flatMap((d) =>
    OFFICERS.map((o) => [d, o] as const),
  )) {
    const officer = fx.as(subject, day);
    const open = await officer.followUps.list({ view: "open", horizonDays: 60 });
    for (const item of open.items) {
      const p = enrolments.get(item.enrolmentId)!;
      if (p.course === "noFollowUp" || (p.course === "late") !== (day === RECORDED_LATE)) continue;
      await officer.followUps.record({
        followUpId: item.followUpId,
        record: { outcome: p.outcome, source: "afRegister", recordedOn: day },
        // The late ones are recorded after the window on purpose (they count as missing).
        confirmOutsideWindow: day === RECORDED_LATE,
      });
    }
  }
}

// ---------------------------------------------------------------------------
// The two sides

type MatchInput = Omit<RouterInputs["comparison"]["match"], "importId" | "projectId">;
type ConsoleMatch = Extract<RouterOutputs["comparison"]["match"], { ok: true }>["result"];
type PublishedEffect = ConsoleMatch["overall"];

const SPECS = {
  exact: { method: "exact", covariates: ["gender", "birthRegion", "disability"] },
  cem: {
    method: "cem",
    covariates: ["gender", "age", "birthRegion", "disability", "monthsRegistered"],
    cutpoints: { age: [30, 40, 50], monthsRegistered: [36, 60] },
  },
  nearest: {
    method: "nearest",
    covariates: ["gender", "age", "birthRegion", "education", "disability", "monthsRegistered"],
  },
  nearestCaliper: {
    method: "nearest",
    covariates: ["gender", "age", "birthRegion", "education", "disability", "monthsRegistered"],
    caliper: 0.05,
  },
  // Municipality codes ("0880") are categories on both sides: the CLI sees the leading zeros.
  withMunicipality: {
    method: "nearest",
    covariates: ["gender", "age", "birthRegion", "disability", "monthsRegistered", "municipality"],
  },
  exactWithMunicipality: {
    method: "exact",
    covariates: ["gender", "birthRegion", "disability", "municipality"],
  },
  // Per gender all the same: the CLI splits by the file's "gender" column by default.
  genderNotMatched: { method: "exact", covariates: ["birthRegion", "disability"] },
  genderNotMatchedNearest: {
    method: "nearest",
    covariates: ["age", "birthRegion", "education", "disability", "monthsRegistered"],
  },
} satisfies Record<string, MatchInput>;
type SpecName = keyof typeof SPECS;

/**
 * The evaluator's command line: education levels are codes, passed with
 * --categorical since every level looks like a number; municipality codes
 * need nothing (their leading zeros make them text).
 */
function cliArguments(
  spec: MatchInput,
  input: string,
  out: string,
  { categorical = true } = {},
): string[] {
  const args = [
    "--input",
    input,
    "--id",
    "id",
    "--treatment",
    "treat",
    "--outcome",
    "y",
    "--covariates",
    spec.covariates!.join(","),
    "--method",
    spec.method,
    "--out",
    out,
  ];
  const cutpoints = Object.entries(spec.cutpoints ?? {})
    .map(([name, points]) => `${name}=${points!.join(",")}`)
    .join(";");
  if (cutpoints) args.push("--cutpoints", cutpoints);
  if (spec.caliper !== undefined) args.push("--caliper", String(spec.caliper));
  if (categorical && spec.covariates!.includes("education"))
    args.push("--categorical", "education");
  return args;
}

/**
 * Every way the console's published result differs from the CLI's: an empty
 * list means agreement. Numbers agree to 1e-10 (the two sides see the units
 * in different orders, so sums may differ in the last bits); counts are
 * compared as the console publishes them (suppressed under THRESHOLD).
 */
function differences(consoleResult: ConsoleMatch, cli: MatchingResult): string[] {
  const found: string[] = [];
  const same = (what: string, a: number | null | undefined, b: number | null | undefined) => {
    const close =
      a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-10);
    if (!close) found.push(`${what}: console ${a}, CLI ${b}`);
  };
  if (consoleResult.method !== cli.method)
    found.push(`method ${consoleResult.method} ≠ ${cli.method}`);
  if (consoleResult.covariates.join() !== cli.covariates.join())
    found.push(`covariates ${consoleResult.covariates} ≠ ${cli.covariates}`);
  const rows = (b: { covariate: string }[]) => b.map((r) => r.covariate).join(" ");
  if (rows(consoleResult.balance) !== rows(cli.balance))
    found.push(
      `balance rows: console [${rows(consoleResult.balance)}], CLI [${rows(cli.balance)}]`,
    );
  else
    consoleResult.balance.forEach((row, k) => {
      same(`balance ${row.covariate} smdBefore`, row.smdBefore, cli.balance[k]!.smdBefore);
      same(`balance ${row.covariate} smdAfter`, row.smdAfter, cli.balance[k]!.smdAfter);
    });
  same("caliper width", consoleResult.caliperWidth, cli.propensityModel?.caliperWidth ?? null);

  const effect = (where: string, published: PublishedEffect, engine: SubgroupResult) => {
    for (const n of ["nTreated", "nControl"] as const) {
      const expected = publishCount(engine[n], THRESHOLD);
      if (JSON.stringify(published[n]) !== JSON.stringify(expected))
        found.push(`${where} ${n}: console ${JSON.stringify(published[n])}, CLI ${engine[n]}`);
    }
    if (!engine.ok) {
      if (published.problem !== engine.error.code)
        found.push(
          `${where}: console problem ${published.problem}, CLI error ${engine.error.code}`,
        );
      return;
    }
    if (published.problem !== null) found.push(`${where}: console problem ${published.problem}`);
    for (const n of ["nMatchedTreated", "nMatchedControl"] as const) {
      const expected = publishCount(engine[n], THRESHOLD);
      if (JSON.stringify(published[n]) !== JSON.stringify(expected))
        found.push(`${where} ${n}: console ${JSON.stringify(published[n])}, CLI ${engine[n]}`);
    }
    same(`${where} estimate`, published.estimate, engine.estimate);
    same(`${where} standard error`, published.standardError, engine.standardError);
    if (published.standardErrorType !== engine.standardErrorType)
      found.push(
        `${where} headline SE: console ${published.standardErrorType}, CLI ${engine.standardErrorType}`,
      );
    for (const type of StandardErrorTypeSchema.options)
      same(`${where} SE ${type}`, published.standardErrors?.[type], engine.standardErrors[type]);
    same(`${where} CI low`, published.ci?.[0], engine.ci?.[0]);
    same(`${where} CI high`, published.ci?.[1], engine.ci?.[1]);
    same(`${where} clusters`, published.nClusters, engine.nClusters);
    const warnings = (list: { code: string; count: unknown; total: unknown }[]) =>
      JSON.stringify(list.map((w) => [w.code, w.count, w.total]));
    const expectedWarnings = engine.warnings.map((w) => ({
      code: w.code,
      count: publishCount(w.count, THRESHOLD),
      total: publishCount(w.total, THRESHOLD),
    }));
    if (warnings(published.warnings) !== warnings(expectedWarnings))
      found.push(
        `${where} warnings: console ${warnings(published.warnings)}, CLI ${warnings(expectedWarnings)}`,
      );
  };
  effect("overall", consoleResult.overall, { ok: true, ...cli });
  const genders = new Set([
    ...Object.keys(consoleResult.byGender),
    ...Object.keys(cli.subgroups ?? {}),
  ]);
  for (const g of genders) {
    const published = consoleResult.byGender[g as keyof ConsoleMatch["byGender"]];
    const engine = cli.subgroups?.[g];
    if (!published || !engine) found.push(`${g}: only the ${published ? "console" : "CLI"} has it`);
    else effect(g, published, engine);
  }
  return found;
}

// ---------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), "opis-console-agreement-"));
const cliInput = join(dir, "units.csv");
const cliInputTwins = join(dir, "units-with-twins.csv");
const cliInputTwinsReversed = join(dir, "units-with-twins-reversed.csv");
let fx: Fixture;
const consoleResults = new Map<string, ConsoleMatch>();
const cliResults = new Map<string, MatchingResult>();
const timings: Record<string, number> = {};

async function runCli(
  name: string,
  spec: MatchInput,
  { input = cliInput, categorical = true } = {},
): Promise<MatchingResult> {
  const out = join(dir, `${name}.json`);
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error");
  try {
    const code = await runEvaluate(cliArguments(spec, input, out, { categorical }));
    if (code !== 0) throw new Error(`opis evaluate exited with ${code}: ${error.mock.calls}`);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return MatchingResultSchema.parse(JSON.parse(await readFile(out, "utf8")));
}

async function importControls(
  fileName: string,
  controls: readonly SimulatedUnit[],
): Promise<string> {
  const imported = await fx.as("demo-evaluator", MATCHED_ON).comparison.import({
    projectId: "opis",
    fileName,
    contentBase64: Buffer.from(comparisonFile(controls)).toString("base64"),
  });
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.errors)}`);
  return imported.importId;
}

async function runConsole(importId: string, spec: MatchInput): Promise<ConsoleMatch> {
  const evaluator = fx.as("demo-evaluator", MATCHED_ON);
  const outcome = await evaluator.comparison.match({
    projectId: "opis",
    importId,
    threshold: THRESHOLD,
    ...spec,
  });
  if (!outcome.ok) throw new Error(`comparison.match failed: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

beforeAll(async () => {
  let t = performance.now();
  fx = await createFixture();
  timings.database = performance.now() - t;
  t = performance.now();
  await enterParticipants(fx, simulated.participants);
  const importId = await importControls("jamforelsegrupp.csv", simulated.controls);
  // Rows shuffled: the database's insertion order is not pseudonym order.
  const importWithTwins = await importControls(
    "jamforelsegrupp-tvillingar.csv",
    shuffle(createRandom(11), [...simulated.controls, ...twins]),
  );
  timings.seed = performance.now() - t;
  await writeFile(cliInput, cliFile(shuffle(createRandom(7), [...analysed])));
  await writeFile(cliInputTwins, cliFile(shuffledControlsSorted(analysedWithTwins, byKey)));
  await writeFile(
    cliInputTwinsReversed,
    cliFile(shuffledControlsSorted(analysedWithTwins, (a, b) => byKey(b, a))),
  );
  t = performance.now();
  for (const [name, spec] of Object.entries(SPECS)) {
    consoleResults.set(name, await runConsole(importId, spec));
    cliResults.set(name, await runCli(name, spec));
  }
  for (const name of ["nearest", "nearestCaliper"] as const) {
    consoleResults.set(`${name}Twins`, await runConsole(importWithTwins, SPECS[name]));
    cliResults.set(
      `${name}Twins`,
      await runCli(`${name}Twins`, SPECS[name], { input: cliInputTwins }),
    );
  }
  // What the checks below must be able to tell apart.
  cliResults.set(
    "nearestTwinsReversed",
    await runCli("nearestTwinsReversed", SPECS.nearest, { input: cliInputTwinsReversed }),
  );
  cliResults.set(
    "nearestWithoutCategorical",
    await runCli("nearestWithoutCategorical", SPECS.nearest, { categorical: false }),
  );
  timings.match = performance.now() - t;
}, 180_000);

afterAll(async () => {
  await fx?.handle.close();
  await rm(dir, { recursive: true, force: true });
  console.info(
    `console-agreement (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ` +
      Object.entries(timings)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
        .join(", "),
  );
}, 60_000);

describe("opis evaluate agrees with the console's comparison.match", () => {
  test("both analyse the same population: measured completers and controls with a known outcome", () => {
    const treated = analysed.filter((u) => u.treated).length;
    expect(treated).toBe(150);
    expect(analysed.length - treated).toBe(600);
    // No two units share (age, months registered), so no two share a propensity score.
    const cells = new Set(analysed.map((u) => `${AGE_YEAR - u.birthYear}:${u.months}`));
    expect(cells.size).toBe(analysed.length);
    for (const name of Object.keys(SPECS)) {
      const c = consoleResults.get(name)!;
      const cli = cliResults.get(name)!;
      expect(cli.nTreated).toBe(150);
      expect(cli.nControl).toBe(600);
      expect(c.overall.nTreated).toEqual({ value: 150, suppressed: false });
      expect(c.overall.nControl).toEqual({ value: 600, suppressed: false });
      expect(Object.keys(c.byGender).sort()).toEqual(["man", "woman"]);
    }
  });

  test.each([
    "exact",
    "cem",
    "nearest",
    "nearestCaliper",
    "withMunicipality",
    "exactWithMunicipality",
    "genderNotMatched",
    "genderNotMatchedNearest",
  ] as const)("%s: same estimate, SE, CI, per-gender effects, balance and counts", (name) => {
    const c = consoleResults.get(name)!;
    const cli = cliResults.get(name)!;
    expect(differences(c, cli)).toEqual([]);
    // Nothing is hidden, so the comparison above compared numbers, not nulls.
    for (const e of [c.overall, c.byGender.woman!, c.byGender.man!]) {
      expect(e.problem).toBeNull();
      expect(e.estimate).not.toBeNull();
      expect(e.nMatchedTreated.value).toBeGreaterThanOrEqual(THRESHOLD);
      expect(e.nMatchedControl.value).toBeGreaterThanOrEqual(THRESHOLD);
    }
    expect(c.balance.length).toBeGreaterThanOrEqual(SPECS[name].covariates.length);
    expect(c.overall.estimate).toBeCloseTo(cli.estimate, 10);
    expect(c.overall.standardError).toBeCloseTo(cli.standardError!, 10);
    // The headline is the one MatchIt's guide names for the method.
    expect(c.overall.standardErrorType).toBe(
      SPECS[name].method === "nearest" ? "clusterHC1" : "HC3",
    );
  });

  test("the known effect is recovered, where the naive difference misses it", () => {
    const mean = (treated: boolean) => {
      const group = analysed.filter((u) => u.treated === treated);
      return group.filter((u) => SUCCESS.includes(u.outcome)).length / group.length;
    };
    const naive = mean(true) - mean(false);
    expect(naive).toBeLessThan(EFFECT - 0.15);
    for (const name of ["exact", "cem", "nearest"] as const) {
      const cli = cliResults.get(name)!;
      expect(Math.abs(cli.estimate - EFFECT), name).toBeLessThan(0.1);
      expect(cli.ci?.[0], name).toBeLessThan(EFFECT);
      expect(cli.ci?.[1], name).toBeGreaterThan(EFFECT);
      expect(cli.ci?.[0], name).toBeGreaterThan(naive);
    }
  });

  test("the comparison can fail: another method or caliper gives another answer", () => {
    const caliper = cliResults.get("nearestCaliper")!;
    expect(caliper.nMatchedTreated).toBeLessThan(caliper.nTreated);
    expect(caliper.propensityModel?.caliperWidth).toBeGreaterThan(0);
    const pairs: [SpecName, SpecName][] = [
      ["nearestCaliper", "nearest"],
      ["nearest", "nearestCaliper"],
      ["exact", "cem"],
      ["cem", "exact"],
    ];
    for (const [consoleSpec, cliSpec] of pairs) {
      const found = differences(consoleResults.get(consoleSpec)!, cliResults.get(cliSpec)!);
      expect(
        found.some((d) => d.startsWith("overall estimate")),
        `${consoleSpec} vs ${cliSpec}`,
      ).toBe(true);
    }
  });
});

describe("code columns, gender not matched on, tied scores", () => {
  test("municipality codes and education levels are categories on both sides", () => {
    const rows = (b: { covariate: string }[]) => b.map((r) => r.covariate);
    for (const name of ["withMunicipality", "exactWithMunicipality"] as const) {
      const levels = MUNICIPALITIES.map((m) => `municipality=${m}`);
      expect(rows(consoleResults.get(name)!.balance)).toEqual(expect.arrayContaining(levels));
      expect(rows(cliResults.get(name)!.balance)).toEqual(expect.arrayContaining(levels));
    }
    const nearest = cliResults.get("nearest")!;
    expect(rows(nearest.balance)).toEqual(
      expect.arrayContaining(EDUCATION.map((e) => `education=${e}`)),
    );
    // Without --categorical, education levels are numbers to the CLI: the check notices.
    const numeric = cliResults.get("nearestWithoutCategorical")!;
    expect(rows(numeric.balance)).toContain("education");
    expect(differences(consoleResults.get("nearest")!, numeric)).toContainEqual(
      expect.stringMatching(/^balance rows/),
    );
  });

  test("per-gender effects come without matching on gender", () => {
    for (const name of ["genderNotMatched", "genderNotMatchedNearest"] as const) {
      const cli = cliResults.get(name)!;
      expect(cli.covariates).not.toContain("gender");
      expect(Object.keys(cli.subgroups ?? {})).toEqual(["man", "woman"]);
      expect(Object.keys(consoleResults.get(name)!.byGender).sort()).toEqual(["man", "woman"]);
    }
  });

  test.each(["nearest", "nearestCaliper"] as const)(
    "%s with tied controls: the console reads controls by pseudonym, as the CLI reads this file",
    (spec) => {
      const c = consoleResults.get(`${spec}Twins`)!;
      const cli = cliResults.get(`${spec}Twins`)!;
      expect(cli.nControl).toBe(600 + twins.length);
      expect(c.overall.nControl).toEqual({ value: 600 + twins.length, suppressed: false });
      expect(differences(c, cli)).toEqual([]);
      for (const e of [c.overall, c.byGender.woman!, c.byGender.man!]) {
        expect(e.problem).toBeNull();
        expect(e.estimate).not.toBeNull();
      }
    },
  );

  test("the tie check can fail: controls in another order give another answer", () => {
    const twinKeys = new Set(twins.map((u) => u.key));
    const originalKeys = new Set(twins.map((u) => u.key.toUpperCase()));
    const inOrder = cliResults.get("nearestTwins")!;
    const reversed = cliResults.get("nearestTwinsReversed")!;
    // Of a tied pair below the treated unit's score the later control wins, of
    // one above it the earlier (MatchIt's scan outward from the treated unit):
    // in byte order the twin below and the original above; reversed, the other
    // way round. So each order picks both kinds, and the two orders differ.
    const chosen = (r: MatchingResult) => r.matched.map((m) => m.controlId);
    for (const r of [inOrder, reversed]) {
      expect(chosen(r).filter((id) => twinKeys.has(id)).length).toBeGreaterThan(5);
      expect(chosen(r).filter((id) => originalKeys.has(id)).length).toBeGreaterThan(5);
    }
    const swapped = inOrder.matched.filter(
      (m, k) => m.controlId !== reversed.matched[k]?.controlId,
    );
    expect(swapped.length).toBeGreaterThan(10);
    expect(
      differences(consoleResults.get("nearestTwins")!, reversed).some((d) =>
        d.startsWith("overall estimate"),
      ),
    ).toBe(true);
  });
});
