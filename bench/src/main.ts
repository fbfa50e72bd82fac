import { parseArgs } from "node:util";
import { benchDomain } from "./domain.bench";

/**
 * `npm run bench -- [--suite domain] [--sizes 10000,100000]`
 * Prints a Markdown table to paste into BENCHMARKS.md with the command and sizes.
 */
const { values } = parseArgs({
  options: {
    suite: { type: "string", default: "domain" },
    sizes: { type: "string", default: "10000,100000" },
  },
});
const sizes = (values.sizes ?? "").split(",").map(Number).filter((n) => n > 0);

const rows = await benchDomain(sizes);
console.log(`suite: ${values.suite}; node ${process.version}; ${new Date().toISOString()}`);
console.log("| benchmark | samples | median ms | p99 ms |\n|---|---:|---:|---:|");
for (const row of rows) {
  console.log(`| ${row.name} | ${row.samples} | ${row.medianMs.toFixed(2)} | ${row.p99Ms.toFixed(2)} |`);
}
