import type { DatabaseHandle } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLogger } from "../src/logger";

const PERSONAL_NUMBER = "198503122380";
const NAME = "Zlatanella";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ logLevel: "info" }, { write: (line) => void lines.push(line) });
  return { logger, text: () => lines.join("") };
}

/** A real failed statement whose parameters and PostgreSQL message both hold the values. */
async function failingQuery(): Promise<unknown> {
  try {
    await database.db.execute(sql`select ${PERSONAL_NUMBER}::int as n, ${NAME}::uuid as name`);
  } catch (error) {
    return error;
  }
  throw new Error("the statement should have failed");
}

describe("the server's log", () => {
  test("a failed query is logged with its SQLSTATE and statement but never its parameters", async () => {
    const error = await failingQuery();
    // The raw error does carry the number (this is what used to be logged).
    expect(String((error as Error).message)).toContain(PERSONAL_NUMBER);
    const { logger, text } = capture();
    logger.error({ err: error }, "query failed");
    logger.error(
      { err: new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error }), path: "x.y" },
      "tRPC procedure failed",
    );
    const log = text();
    expect(log).not.toContain(PERSONAL_NUMBER);
    expect(log).not.toContain(PERSONAL_NUMBER.slice(2));
    expect(log).not.toContain(NAME);
    expect(log).toMatch(/"sqlstate":"22[0-9A-Z]{3}"/); // a data exception
    expect(log).toContain("select $1::int");
  });

  test("personal fields are redacted wherever they sit in a log object", () => {
    const { logger, text } = capture();
    logger.info(
      {
        input: { personalIdentityNumber: PERSONAL_NUMBER },
        person: { givenName: NAME, familyName: NAME },
        nested: { deeper: { personalIdentityNumber: PERSONAL_NUMBER } },
        req: { headers: { cookie: "opis_session=secret" } },
      },
      "something happened",
    );
    const log = text();
    expect(log).not.toContain(PERSONAL_NUMBER);
    expect(log).not.toContain(NAME);
    expect(log).not.toContain("secret");
    expect(log).toContain("[redacted]");
  });

  test("an error message that quotes a personal number has it masked", () => {
    const { logger, text } = capture();
    logger.error({ err: new Error(`no person 19850312-2380 or ${PERSONAL_NUMBER}`) }, "failed");
    const log = text();
    expect(log).not.toContain("2380");
    expect(log).toContain("no person [number] or [number]");
  });
});
