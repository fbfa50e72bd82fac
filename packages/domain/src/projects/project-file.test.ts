import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { OPIS_PROJECT } from "./opis";
import { parseProjectDefinitionJson, projectDefinitionJsonSchema } from "./project-file";
import { PROJECTS } from "./registry";

// Generated files are checked in; OPIS_UPDATE_GENERATED=1 rewrites them.
const update = process.env.OPIS_UPDATE_GENERATED === "1";
const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

function checkGenerated(path: string, text: string) {
  if (update || !existsSync(path)) writeFileSync(path, text);
  expect(
    readFileSync(path, "utf8"),
    `${path} is stale: run the domain tests with OPIS_UPDATE_GENERATED=1`,
  ).toBe(text);
}

describe("the four TypeScript definitions as JSON files", () => {
  for (const project of PROJECTS) {
    test(`${project.id}: exported, re-read equal`, () => {
      const path = file(`../../project-definitions/${project.id}.json`);
      const text = `${JSON.stringify(
        { $schema: "../../../docs/project-definition.schema.json", ...project },
        null,
        2,
      )}\n`;
      checkGenerated(path, text);
      const reread = parseProjectDefinitionJson(readFileSync(path, "utf8"));
      expect(reread).toEqual({ ok: true, project });
    });
  }
});

test("docs/project-definition.schema.json is generated from the zod schema", () => {
  const text = `${JSON.stringify(projectDefinitionJsonSchema(), null, 2)}\n`;
  checkGenerated(file("../../../../docs/project-definition.schema.json"), text);
  const schema = JSON.parse(text);
  expect(schema.required).toEqual(
    expect.arrayContaining(["id", "period", "municipalities", "goals", "followUpRules"]),
  );
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(["sites", "exitStatuses", "followUpOutcomes", "flowObstacles"]),
  );
});

describe("every error is reported with its JSON path", () => {
  const json = (change: (p: Record<string, unknown>) => unknown) =>
    JSON.stringify(change(structuredClone(OPIS_PROJECT) as unknown as Record<string, unknown>));
  const cases: { name: string; text: string; errors: { path: string; message: string }[] }[] = [
    {
      name: "not JSON at all",
      text: "{ id: opis",
      errors: [{ path: "$", message: expect.stringMatching(/^invalid JSON/) as unknown as string }],
    },
    {
      name: "two mistakes at once, both reported",
      text: json((p) => ({
        ...p,
        period: { start: "2027-01-01", end: "2025-02-30" },
        goals: (p.goals as Record<string, unknown>[]).map((g, i) =>
          i === 1 ? { ...g, target: 1.5 } : g,
        ),
      })),
      errors: [
        { path: "$.period.end", message: "validation.date.invalid" },
        {
          path: "$.goals[1].target",
          message: expect.stringMatching(/^too_big/) as unknown as string,
        },
      ],
    },
    {
      name: "a goal names an unknown follow-up rule",
      text: json((p) => ({ ...p, followUpRules: [] })),
      errors: [
        {
          path: "$.goals[2].followUpRuleId",
          message: "validation.project.goal.unknownFollowUpRule",
        },
      ],
    },
    {
      name: "misspelt fields are not silently ignored",
      text: json((p) => ({
        ...p,
        genderBalanse: { minShare: 0.4, maxShare: 0.6 },
        goals: (p.goals as Record<string, unknown>[]).map((g, i) =>
          i === 1 ? { ...g, targt: 0.9 } : g,
        ),
      })),
      errors: [
        { path: "$.genderBalanse", message: "unknown field" },
        { path: "$.goals[1].targt", message: "unknown field" },
      ],
    },
    {
      name: "a wrong type names the field",
      text: json((p) => ({ ...p, goals: [{ ...(p.goals as object[])[1], target: "80 %" }] })),
      errors: [
        {
          path: "$.goals[0].target",
          message: expect.stringMatching(/^invalid_type/) as unknown as string,
        },
      ],
    },
  ];
  for (const tc of cases) {
    test(tc.name, () => {
      const result = parseProjectDefinitionJson(tc.text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual(expect.arrayContaining(tc.errors));
      if (!result.ok) expect(result.errors.length).toBeGreaterThanOrEqual(tc.errors.length);
    });
  }
  test("a $schema key for editors is allowed and dropped", () => {
    const result = parseProjectDefinitionJson(
      JSON.stringify({ $schema: "./project-definition.schema.json", ...OPIS_PROJECT }),
    );
    expect(result).toEqual({ ok: true, project: OPIS_PROJECT });
  });
});
