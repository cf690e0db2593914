import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: ["tests/unit/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          fileParallelism: true,
          // Builds dist/ once for the end-to-end tests (tests/e2e/support/).
          globalSetup: ["tests/e2e/support/globalSetup.ts"],
        },
      },
      {
        extends: true,
        test: {
          // Against a real CouchDB (tests/server/support/): found or started once, after
          // the app's tests so its load test does not compete with the browsers.
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/server/support/globalSetup.ts"],
        },
      },
    ],
  },
});
