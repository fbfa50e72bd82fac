/**
 * The Monte Carlo coverage check of issue 9: 95 % intervals must cover the
 * true effect in 0.94–0.96 of simulated data sets for each method. Exits 1
 * when a method falls outside. `npm run -w @opis/evaluation montecarlo`
 * (REPLICATIONS, N and SEED may be set in the environment).
 */
import { measureCoverage } from "../src/matching/coverage-simulation";
import type { MatchingMethod } from "../src/matching/schema";

const replications = Number(process.env.REPLICATIONS ?? 10000);
const n = Number(process.env.N ?? 1000);
const seed = Number(process.env.SEED ?? 20261201);
const methods: MatchingMethod[] = ["nearest", "exact", "cem"];
let failed = false;
const started = performance.now();
for (const [k, method] of methods.entries()) {
  const t = performance.now();
  const c = measureCoverage(method, { n, replications, seed: seed + k });
  const ok = c.coverage >= 0.94 && c.coverage <= 0.96;
  failed ||= !ok;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${method.padEnd(7)} coverage ${c.coverage.toFixed(4)} (MC error ${c.monteCarloError.toFixed(4)}), ` +
      `bias ${c.bias.toFixed(4)}, empirical SE ${c.empiricalSe.toFixed(4)}, mean SE ${c.meanStandardError.toFixed(4)}, ` +
      `naive bias ${c.naiveBias.toFixed(4)}, treated matched ${(100 * c.matchedShare).toFixed(1)} %, ` +
      `${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const variants = Object.entries(c.coverageByType)
    .map(([type, value]) => `${type} ${value === null ? "–" : value.toFixed(4)}`)
    .join(", ");
  console.log(`     every variant's coverage: ${variants}`);
}
console.log(
  `${replications} data sets of ${n} units per method, seed ${seed}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
