import { defineConfig } from "vitest/config";

// Only the tests under test/: the benchmarks themselves never run in `npm test`.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
