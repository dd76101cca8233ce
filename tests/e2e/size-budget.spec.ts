import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROME_BUILD } from "../../scripts/lib/launch";
import { expect, test } from "./harness";

// The page scanner is loaded into every frame of every page: its size is a budget, not a guess.
const BUDGET_GZIPPED = 20 * 1024;

test("the page scanner stays within its 20 KB gzipped budget", () => {
  const script = readFileSync(join(CHROME_BUILD, "content-scripts/scanner.js"));
  const gzipped = gzipSync(script).length;
  console.log(
    `Content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 20 KB)`,
  );
  expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIPPED);
  // Built for pages: no validation library, no API polyfill, nothing that parses HTML.
  const text = script.toString("utf8");
  expect(text).not.toContain("only be loaded in a browser extension");
  expect(text, "valibot (every schema has a ~standard property)").not.toContain("~standard");
  expect(text).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML\s*=|document\.write/);
});
