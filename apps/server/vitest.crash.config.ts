import { defineConfig } from "vitest/config";

// The crash test (`npm run test:crash`): its own run, not part of `npm test`; CI runs it as a step.
export default defineConfig({
  test: {
    include: ["test/crash/**/*.crash-test.ts"],
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
  },
});
