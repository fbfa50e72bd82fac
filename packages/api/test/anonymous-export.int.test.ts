import { OPIS_PROJECT } from "@opis/domain";
import { leastDiverseClass, smallestClass } from "@opis/evaluation";
import { describe, expect, test } from "vitest";
import {
  ANONYMOUS_COLUMNS,
  loadEvaluationRecords,
  QUASI_IDENTIFIERS,
} from "../src/operations/evaluation";
import { createEvaluationFixture } from "./evaluation-support";

/**
 * Issue 9 item 3: the participant file for evaluators is k-anonymous (k ≥ 5)
 * on the quasi-identifiers, with two outcomes in every class. Computed on the
 * file itself, as a recipient would read it, for seeded data of three sizes.
 */
function readCsv(base64: string): { notes: string[]; header: string[]; rows: string[][] } {
  const lines = Buffer.from(base64, "base64")
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  const notes = lines.filter((l) => l.startsWith("# "));
  const [header, ...rows] = lines.filter((l) => l !== "" && !l.startsWith("# "));
  return { notes, header: header!.split(","), rows: rows.map((r) => r.split(",")) };
}

describe("the anonymous participant file", () => {
  for (const participants of [300, 600, 2000]) {
    test(`${participants} seeded participants: k ≥ 5, two outcomes in every class`, async () => {
      const fx = await createEvaluationFixture(participants);
      try {
        const file = await fx.as(fx.evaluator).exports.participants({
          projectId: "opis",
          format: "csv",
        });
        const { notes, header, rows } = readCsv(file.base64);
        expect(header).toEqual([...ANONYMOUS_COLUMNS]);
        const qi = QUASI_IDENTIFIERS.map((c) => header.indexOf(c));
        const outcome = header.indexOf("outcome90Class");
        const tuples = rows.map((r) => qi.map((i) => r[i]!));
        const k = smallestClass(tuples);
        const diversity = leastDiverseClass(
          rows.map((r, i) => ({
            quasiIdentifiers: tuples[i]!,
            outcome: r[outcome] === "active" ? null : r[outcome]!,
          })),
        );
        console.log(
          `${participants} participants: ${rows.length} rows, smallest class ${k}, ` +
            `least diverse class ${diversity} outcomes; ${notes.join(" ")}`,
        );
        expect(k).toBeGreaterThanOrEqual(5);
        expect(diversity).toBeGreaterThanOrEqual(2);
        expect(file.disclosure.smallestClass).toBe(k);
        // The file says so itself, and most rows survive.
        expect(notes.join(" ")).toContain(`minsta klass ${k}`);
        const enrolled = (
          await loadEvaluationRecords(fx.handle.db, { project: OPIS_PROJECT })
        ).filter((r) => r.enrolledOn <= "2026-02-28").length;
        expect(rows.length + file.disclosure.droppedRows).toBe(enrolled);
        expect(rows.length).toBeGreaterThan(enrolled * 0.9);
      } finally {
        await fx.handle.close();
      }
    }, 600_000);
  }
});
