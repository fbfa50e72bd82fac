import { readFile } from "node:fs/promises";
import { type DatabaseHandle, findProjectDefinition, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { OPIS_PROJECT, parseProjectDefinitionJson } from "@opis/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateDemoData,
  secondDemoProject,
  secondProjectPeople,
  seedDemoData,
  seedSecondProject,
  TWO_PROJECT_OFFICER,
} from "../src";

const TODAY = "2026-12-03";
const OPTIONS = { participants: 40, seed: 1, today: TODAY };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoData(handle.db, OPTIONS);
  await seedSecondProject(handle.db, { today: TODAY });
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

describe("the demo's second project (issue 12)", () => {
  it("is the fifth-project test vector of the domain, registered as version 1", async () => {
    const vector = parseProjectDefinitionJson(
      await readFile(
        new URL("../../domain/test-vectors/projects/steg-kronoberg.json", import.meta.url),
        "utf8",
      ),
    );
    if (!vector.ok) throw new Error("the test vector does not parse");
    expect(secondDemoProject()).toEqual(vector.project);
    const stored = await findProjectDefinition(handle.db, vector.project.id);
    expect(stored?.version).toBe(1);
  });

  it("has a user in both projects with the second project's participants, and none of OPIS", async () => {
    const project = secondDemoProject();
    const [officer] = await handle.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.subject, TWO_PROJECT_OFFICER.subject));
    expect(officer?.projectIds).toEqual([OPIS_PROJECT.id, project.id]);
    const cases = await handle.db
      .select({ projectId: schema.enrolments.projectId, code: schema.enrolments.municipalityCode })
      .from(schema.enrolments)
      .where(eq(schema.enrolments.officerUserId, officer?.id ?? ""));
    expect(cases).toHaveLength(5);
    for (const c of cases) {
      expect(c.projectId).toBe(project.id);
      expect(project.municipalities).toContain(c.code);
    }
  });

  it("seeds the people secondProjectPeople names (the journeys' log check relies on it)", async () => {
    const main = generateDemoData(OPTIONS).people.map((p) => p.personalIdentityNumber);
    const planned = secondProjectPeople(new Set(main)).map((p) => p.personalIdentityNumber);
    const seeded = await handle.db
      .select({ number: schema.people.personalIdentityNumber })
      .from(schema.people)
      .innerJoin(schema.enrolments, eq(schema.enrolments.personId, schema.people.id))
      .where(eq(schema.enrolments.projectId, secondDemoProject().id));
    expect(seeded.map((row) => row.number).sort()).toEqual([...planned].sort());
  });
});
