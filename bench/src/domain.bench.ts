import { assessEligibility, computeGoalAttainment, OPIS_PROJECT } from "@opis/domain";
import { Bench } from "tinybench";
import { generateIntakeFacts, generateParticipantRecords } from "./generate-records";

/** The pure rules: eligibility per intake, and the whole goal computation. */
export async function benchDomain(sizes: readonly number[]) {
  const bench = new Bench({ time: 2_000, warmupTime: 300 });
  const facts = generateIntakeFacts(1_000);
  bench.add("assessEligibility × 1,000 intakes", () => {
    for (const f of facts) assessEligibility(OPIS_PROJECT, f, "2026-11-23");
  });
  for (const size of sizes) {
    const records = generateParticipantRecords(size);
    bench.add(`computeGoalAttainment, ${size.toLocaleString("en")} participants`, () => {
      computeGoalAttainment(OPIS_PROJECT, records, "2026-11-23");
    });
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const r = task.result;
    const latency = r && "latency" in r ? r.latency : undefined;
    return {
      name: task.name,
      samples: latency?.samplesCount ?? 0,
      medianMs: latency?.p50 ?? Number.NaN,
      p99Ms: latency?.p99 ?? Number.NaN,
    };
  });
}
