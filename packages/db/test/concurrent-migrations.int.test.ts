import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src";

const serverUrl = process.env.DATABASE_URL;
const journal = JSON.parse(
  readFileSync(new URL("../drizzle/meta/_journal.json", import.meta.url), "utf8"),
) as { entries: unknown[] };

// PostgreSQL only: server replicas start together and migrate the same empty database.
describe.skipIf(!serverUrl)("servers starting together on an empty database", () => {
  const name = `opis_test_race_${randomBytes(4).toString("hex")}`;
  const url = new URL(serverUrl ?? "postgres://unused");
  url.pathname = `/${name}`;
  const admin = () => new pg.Client({ connectionString: serverUrl });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  test("all migrate, and every migration is applied once", async () => {
    const handles: DatabaseHandle[] = await Promise.all(
      Array.from({ length: 4 }, () => createDatabase({ url: url.toString(), maxConnections: 2 })),
    );
    try {
      const outcomes = await Promise.allSettled(handles.map((handle) => handle.migrate()));
      expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
      const applied = await handles[0]!.executeSql(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      expect((applied.rows[0] as { n: number }).n).toBe(journal.entries.length);
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });
});
