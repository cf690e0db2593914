import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    // Builds dist/ once for the end-to-end tests (tests/e2e/support/).
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
  },
});
