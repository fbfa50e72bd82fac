import { OPIS_PROJECT } from "@opis/domain";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadPublication } from "../src/operations/evaluation";
import { createEvaluationFixture, type EvaluationFixture } from "./evaluation-support";

/**
 * Building a publication protects every report at once (a third of a second of
 * CPU for 2,000 participants, the event loop blocked): under load each dashboard
 * built its own and the servers stopped answering (the production-shape smoke,
 * p50 7 s). ADR 0027: shared by data, and for a maximum age.
 */
const TODAY = "2026-03-16";
const project = OPIS_PROJECT;
let fx: EvaluationFixture;

beforeAll(async () => {
  fx = await createEvaluationFixture(40);
});
afterAll(async () => {
  await fx?.handle.close();
});

const load = (maxAgeMs: number, threshold = 5) =>
  loadPublication(fx.handle.db, { project, today: TODAY, threshold, maxAgeMs }).then(
    (r) => r.publication,
  );

/** Changes one participant's data the publication counts. */
async function changeTheData(): Promise<void> {
  await fx.handle.executeSql(
    `UPDATE enrolments SET gender = CASE gender WHEN 'woman' THEN 'man' ELSE 'woman' END
      WHERE id = (SELECT id FROM enrolments ORDER BY id LIMIT 1)`,
  );
}

describe("one publication, shared", () => {
  test("concurrent reports share one build; the same data gives the same publication", async () => {
    const [a, b, c] = await Promise.all([load(60_000, 6), load(60_000, 6), load(60_000, 6)]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    // Exact mode reads the data again, finds it unchanged, and keeps the publication.
    expect(await load(0, 6)).toBe(a);
  });

  test("within its maximum age a publication is shared even after a write; exact mode rebuilds", async () => {
    const before = await load(0);
    await changeTheData();
    expect(await load(60_000)).toBe(before);
    const exact = await load(0);
    expect(exact).not.toBe(before);
    // A different threshold is a publication of its own.
    expect(await load(60_000, 7)).not.toBe(exact);
  });

  test("past its maximum age the data is read again", async () => {
    const before = await load(0);
    await changeTheData();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const after = await load(20);
    expect(after).not.toBe(before);
    expect(await load(60_000)).toBe(after);
  });
});
