import { OPIS_PROJECT, type ProjectDefinition } from "@opis/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src";
import {
  findProjectDefinition,
  listLatestProjectDefinitions,
  registerProjectDefinition,
  schema,
} from "../src";
import { createTestDatabase } from "../src/testing";

const project: ProjectDefinition = { ...OPIS_PROJECT, id: "opis-probe" };

describe("registered project definitions", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  it("the first registration is version 1; the same definition again changes nothing", async () => {
    expect(await registerProjectDefinition(handle.db, project, { newVersion: false })).toEqual({
      kind: "added",
      version: 1,
    });
    expect(await registerProjectDefinition(handle.db, project, { newVersion: false })).toEqual({
      kind: "unchanged",
      version: 1,
    });
    expect((await findProjectDefinition(handle.db, project.id))?.definition).toEqual(project);
  });

  it("a changed definition needs a new version once participants exist under it", async () => {
    const changed = { ...project, goals: project.goals.slice(1) };
    const [officer] = await handle.db
      .insert(schema.users)
      .values({ subject: "probe", name: "Probe", role: "officer", organisation: "af" })
      .returning();
    const [person] = await handle.db
      .insert(schema.people)
      .values({
        personalIdentityNumber: "194001079120",
        identityKind: "personnummer",
        givenName: "Test",
        familyName: "Person",
        gender: "woman",
        birthDate: "1940-01-07",
      })
      .returning();
    await handle.db.insert(schema.intakes).values({
      projectId: project.id,
      personId: person!.id,
      officerUserId: officer!.id,
    });
    expect(await registerProjectDefinition(handle.db, changed, { newVersion: false })).toEqual({
      kind: "needsNewVersion",
      version: 1,
    });
    expect(await registerProjectDefinition(handle.db, changed, { newVersion: true })).toEqual({
      kind: "newVersion",
      version: 2,
      previous: 1,
    });
    expect((await findProjectDefinition(handle.db, project.id, 1))?.definition).toEqual(project);
    expect(
      (await listLatestProjectDefinitions(handle.db)).map((p) => [p.projectId, p.version]),
    ).toEqual([[project.id, 2]]);
  });

  it("a stored version cannot be changed, even by hand", async () => {
    await expect(
      handle.db
        .update(schema.projectDefinitions)
        .set({ definition: sql`'{}'::jsonb` })
        .where(eq(schema.projectDefinitions.projectId, project.id)),
    ).rejects.toThrow();
    expect((await findProjectDefinition(handle.db, project.id, 1))?.definition).toEqual(project);
  });
});
