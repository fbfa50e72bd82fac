/**
 * What the import says about files that are not what they claim: empty, not a
 * zip, broken UTF-8, a header only, wrong columns. Each is refused with a
 * message, promptly (no request left waiting), and nothing is written.
 */
import { Readable } from "node:stream";
import { type DatabaseHandle, schema } from "@opis/db";
import { createTestDatabase } from "@opis/db/testing";
import { demoUserRows } from "@opis/demo/users";
import { OPIS_PROJECT, PARTICIPATION_IMPORT_COLUMNS } from "@opis/domain";
import { afterAll, beforeAll, expect, test } from "vitest";
import { importParticipations } from "../src/imports";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(schema.users).values(demoUserRows());
});
afterAll(async () => {
  await handle?.close();
});

const attempt = (fileName: string, bytes: Buffer) =>
  importParticipations({
    db: handle.db,
    project: OPIS_PROJECT,
    source: { fileName, open: () => Readable.from([bytes]) },
    actorUserId: null,
    today: "2026-03-16",
  });

test.each([
  ["empty.xlsx", Buffer.alloc(0), "1::validation.import.file.empty"],
  ["empty.csv", Buffer.alloc(0), "1::validation.import.file.empty"],
  [
    "text.xlsx",
    Buffer.from("personalIdentityNumber;givenName\n"),
    "1::validation.import.file.unreadable",
  ],
  [
    "zip.xlsx",
    Buffer.from("PK\u0003\u0004 not really a zip"),
    "1::validation.import.file.unreadable",
  ],
  [
    "latin1.csv",
    Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xe5, 0x0a]),
    "1::validation.import.file.unreadable",
  ],
  [
    "header.csv",
    Buffer.from(`\uFEFF${PARTICIPATION_IMPORT_COLUMNS.join(";")}\r\n`),
    "2::validation.import.file.empty",
  ],
  [
    "columns.csv",
    Buffer.from("personnummer;namn\r\n1;2\r\n"),
    "1:personnummer:validation.import.header.unknownColumn",
  ],
])("%s is refused", async (fileName, bytes, first) => {
  const result = await attempt(fileName, bytes);
  expect(result.ok).toBe(false);
  const [issue] = result.issues;
  expect(`${issue?.row}:${issue?.column}:${issue?.messageKey}`).toBe(first);
  expect((await handle.db.select().from(schema.participantImports)).length).toBe(0);
});
