import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
