import { defineConfig } from "vitest/config";

// The real-Firefox suite (tests/firefox/): Debian's firefox-esr driven over WebDriver BiDi with the built
// Firefox package (.output/firefox-mv3). One file at a time: each starts its own Firefox, and the machine
// is shared.
export default defineConfig({
  test: {
    include: ["tests/firefox/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
