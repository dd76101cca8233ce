import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // Never retried: a test that fails once has a cause to fix.
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
});
