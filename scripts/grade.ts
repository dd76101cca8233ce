// Prints the Flesch-Kincaid grade of each section of the given concept files (or all of them).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseEntry } from "../content/parse-entry";
import { gradeOf } from "../content/readability";
import { urgentAdvice } from "../content/red-flag-action";
import { loadRedFlags } from "./load-content";

const dir = "content/concepts";
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(dir, f));
let worst = 0;
const signs = loadRedFlags();
// A {{urgent:<id>}} line is graded as the advice it shows.
const directive = (id: string) => {
  const sign = signs.find((s) => s.id === id);
  return sign ? urgentAdvice(sign, "other") : "";
};
for (const file of files) {
  try {
    const entry = parseEntry(readFileSync(file, "utf8"), file);
    const parts = { summary: entry.summary, ...entry.sections };
    const grades = Object.entries(parts)
      .filter(([, text]) => text)
      .map(([key, text]) => {
        const grade = gradeOf(text as string, directive);
        worst = Math.max(worst, grade);
        return `${key}=${grade.toFixed(1)}${grade > 8 ? " (over 8!)" : ""}`;
      });
    console.log(`${entry.id}: ${grades.join("  ")}`);
  } catch (error) {
    console.log(String(error));
  }
}
console.log(`worst grade: ${worst.toFixed(1)}`);
