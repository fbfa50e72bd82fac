import { defineConfig } from "vitest/config";

// PGlite opens and migrates in 2–3 s: one database per file, generous timeouts.
export default defineConfig({
  test: { testTimeout: 20_000, hookTimeout: 60_000 },
});
