import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";
import { knowledgePlugin } from "./scripts/knowledge-plugin";

export default defineConfig({
  // The knowledge base's virtual modules, so unit tests see the same data the extension ships.
  plugins: [WxtVitest(), knowledgePlugin()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
