import { defineConfig } from "vitest/config";

// The integration tests open a database (PGlite: 2–3 s) and run a full OIDC login.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
