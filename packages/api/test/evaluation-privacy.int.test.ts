import { schema } from "@opis/db";
import { OPIS_PROJECT } from "@opis/domain";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  comparisonCsv,
  createEvaluationFixture,
  type EvaluationFixture,
  evaluationRouter,
} from "./evaluation-support";
import { pdfText } from "./pdf-text";

/**
 * Calls every procedure an evaluator can reach, with valid inputs, and fails
 * on any direct identifier in a response: a name from `people`, a 10- or
 * 12-digit personal number, or a person id. Files are decoded and read.
 */
let fx: EvaluationFixture;
let names: Set<string>;
let personIds: string[];
let importId = "";
let administratorNames: string[] = [];

beforeAll(async () => {
  fx = await createEvaluationFixture(80);
  const people = await fx.handle.db
    .select({
      id: schema.people.id,
      given: schema.people.givenName,
      family: schema.people.familyName,
    })
    .from(schema.people);
  personIds = people.map((p) => p.id);
  administratorNames = (
    await fx.handle.db
      .select({ name: schema.users.name })
      .from(schema.users)
      .where(eq(schema.users.role, "admin"))
  ).map((u) => u.name);
  names = new Set(
    people
      .flatMap((p) => [...p.given.split(/[\s-]+/), ...p.family.split(/[\s-]+/)])
      .filter((n) => n.length >= 3),
  );
});
afterAll(async () => {
  await fx?.handle.close();
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PERSONAL_NUMBER = /(?<!\d)(\d{12}|\d{10}|\d{8}[-+]\d{4}|\d{6}[-+]\d{4})(?!\d)/;

async function decodeFile(value: { base64: string; mimeType: string }): Promise<string> {
  const data = Buffer.from(value.base64, "base64");
  if (value.mimeType.startsWith("text/")) return data.toString("utf8");
  if (value.mimeType.includes("spreadsheet")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ""))));
    return cells.join("\n");
  }
  return pdfText(data);
}

async function findIdentifiers(response: unknown): Promise<string[]> {
  let text = JSON.stringify(response) ?? "";
  if (response && typeof response === "object" && "base64" in response && "mimeType" in response) {
    text = text.replace(/"base64":"[^"]*"/, '"base64":"…"');
    text += `\n${await decodeFile(response as { base64: string; mimeType: string })}`;
  }
  // The caller's own name (auth.me) is theirs to see, not a participant's; so are the names
  // of the project's administrators, whom auth.me names as the people to ask for access.
  for (const staff of [fx.evaluator.name, ...administratorNames]) text = text.split(staff).join("");
  const found: string[] = [];
  // Random UUIDs (import ids) can hold ten digits in a row; they are checked as ids below.
  const pn = text.replace(UUID, "").match(PERSONAL_NUMBER);
  if (pn) found.push(`personal number ${pn[0]}`);
  for (const id of personIds) if (text.includes(id)) found.push(`person id ${id}`);
  const words = new Set(text.split(/[^\p{L}]+/u));
  for (const name of names) if (words.has(name)) found.push(`name ${name}`);
  return found;
}

const OWN_SESSION_MUTATIONS = ["auth.endSession", "auth.endOtherSessions"];

const INPUTS = (): Record<string, unknown[]> => ({
  "auth.me": [undefined],
  "auth.sessions": [undefined],
  "projects.current": [undefined, { projectId: OPIS_PROJECT.id }],
  "goals.summary": [{ projectId: OPIS_PROJECT.id }],
  "statistics.filterOptions": [{ projectId: OPIS_PROJECT.id }],
  "statistics.dashboard": [
    { projectId: OPIS_PROJECT.id },
    {
      projectId: OPIS_PROJECT.id,
      filter: { municipalityCode: "0880", priorityGroup: "womenBornOutsideEurope25Plus" },
    },
    { projectId: OPIS_PROJECT.id, filter: { cohort: "2025-Q3" }, asOf: "2025-12-31" },
  ],
  "statistics.flows": ["gender", "disability", "ageBand", "bornOutsideEurope", "lowEducation"].map(
    (dimension) => ({ projectId: OPIS_PROJECT.id, dimension }),
  ),
  "statistics.successFactors": [
    { projectId: OPIS_PROJECT.id },
    { projectId: OPIS_PROJECT.id, threshold: 10 },
  ],
  "statistics.esf": [{ projectId: OPIS_PROJECT.id }],
  "comparison.import": [
    {
      projectId: OPIS_PROJECT.id,
      fileName: "j.csv",
      contentBase64: Buffer.from(comparisonCsv(300)).toString("base64"),
    },
  ],
  "comparison.list": [{ projectId: OPIS_PROJECT.id }],
  "comparison.match": [
    { projectId: OPIS_PROJECT.id, importId, method: "exact", covariates: ["gender", "disability"] },
    {
      projectId: OPIS_PROJECT.id,
      importId,
      method: "cem",
      covariates: ["gender", "age"],
      cutpoints: { age: [30, 45] },
    },
    {
      projectId: OPIS_PROJECT.id,
      importId,
      method: "nearest",
      covariates: ["gender", "age", "monthsRegistered"],
    },
  ],
  "exports.participants": [
    { projectId: OPIS_PROJECT.id, format: "csv" },
    { projectId: OPIS_PROJECT.id, format: "xlsx" },
  ],
  "exports.goalsReport": [
    { projectId: OPIS_PROJECT.id, format: "xlsx" },
    { projectId: OPIS_PROJECT.id, format: "pdf" },
  ],
  "exports.esf": [{ projectId: OPIS_PROJECT.id }],
});

type Procedure = (input: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Procedure {
  let target = caller as Record<string, unknown>;
  for (const part of path.split(".")) target = target[part] as Record<string, unknown>;
  return target as unknown as Procedure;
}

describe("evaluator responses carry no direct identifiers", () => {
  test("the scan itself finds identifiers, also in files", async () => {
    const pdf = await fx
      .as(fx.evaluator)
      .exports.goalsReport({ projectId: OPIS_PROJECT.id, format: "pdf" });
    expect(await decodeFile(pdf)).toContain("luppfyllelse");
    const [p] = await fx.handle.db.select().from(schema.people).limit(1);
    expect(await findIdentifiers({ x: p!.givenName })).not.toEqual([]);
    expect(await findIdentifiers({ x: p!.personalIdentityNumber })).not.toEqual([]);
    expect(await findIdentifiers({ x: p!.id })).not.toEqual([]);
  });

  test("every procedure the evaluator can reach", async () => {
    const api = fx.as(fx.evaluator);
    // The import first, so the match procedures have an import to use.
    const imported = (await api.comparison.import(INPUTS()["comparison.import"]![0] as never)) as {
      ok: boolean;
      importId?: string;
    };
    expect(imported.ok).toBe(true);
    importId = imported.importId!;
    const inputs = INPUTS();
    const paths = Object.keys(
      (evaluationRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def
        .procedures,
    ).sort();
    const reached: string[] = [];
    const problems: string[] = [];
    for (const path of paths) {
      // Ending one's own sessions takes and returns no participant data; they need a real
      // login and are tested in apps/server/test/sessions.int.test.ts.
      if (OWN_SESSION_MUTATIONS.includes(path)) continue;
      const call = procedureAt(api, path);
      const list = inputs[path];
      if (!list) {
        // Not in the list: it must refuse the evaluator outright.
        try {
          await call({});
          problems.push(`${path}: reachable by an evaluator but has no input in this test`);
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code !== "FORBIDDEN")
            problems.push(`${path}: reachable by an evaluator (${code}); add a valid input`);
        }
        continue;
      }
      reached.push(path);
      for (const input of list) {
        const response = await call(input);
        for (const found of await findIdentifiers(response)) problems.push(`${path}: ${found}`);
      }
    }
    expect(problems).toEqual([]);
    expect(reached).toEqual(expect.arrayContaining(Object.keys(inputs)));
  });
});
