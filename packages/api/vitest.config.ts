import { defineConfig } from "vitest/config";

// PGlite opens and migrates in 2–3 s: one database per file, generous timeouts (the
// property tests over generated caseloads took over 20 s on a loaded 2-core machine).
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 90_000 },
});
