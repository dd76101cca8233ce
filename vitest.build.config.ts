import { defineConfig } from "vitest/config";

// Checks of the built extension (.output/), run by npm test after both builds: see tests/build/.
export default defineConfig({
  test: {
    include: ["tests/build/**/*.test.ts"],
    environment: "node",
  },
});
