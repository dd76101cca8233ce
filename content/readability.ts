import readability from "text-readability";

/** Turns Markdown prose into plain sentences, so list items and citations do not distort the grade. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/\[@[^\]]+\]/g, "") // citation keys are rendered as links, not read as words
    .replace(/\{\{urgent:[a-z0-9-]+\}\}/g, "") // expands to the single source's sentence, graded there
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#]/g, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-+]|\d+\.)\s+/, "").trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(" ");
}

/** Flesch-Kincaid grade of a Markdown section. */
export function gradeOf(markdown: string): number {
  return readability.fleschKincaidGrade(proseOf(markdown));
}
