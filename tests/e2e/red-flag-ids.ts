import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "./harness";

const CONCEPTS = join(FIXTURES, "..", "..", "content", "concepts");

/** Warning signs are scored on their own too: a missed one is the worst error this product can make. */
export const RED_FLAGS: ReadonlySet<string> = new Set(
  readdirSync(CONCEPTS)
    .filter((f) => /^category: red-flag$/m.test(readFileSync(join(CONCEPTS, f), "utf8")))
    .map((f) => f.replace(/\.md$/, "")),
);
