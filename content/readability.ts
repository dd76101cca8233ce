import readability from "text-readability";

/** The text a `{{urgent:<id>}}` directive shows, so a section is graded as the reader sees it. */
export type DirectiveText = (signId: string) => string;

/** Turns Markdown prose into plain sentences, so list items and citations do not distort the grade. */
export function proseOf(markdown: string, directive: DirectiveText = () => ""): string {
  return markdown
    .replace(/\[@[^\]]+\]/g, "") // citation keys are rendered as links, not read as words
    .replace(/\{\{urgent:([a-z0-9-]+)\}\}/g, (_, id: string) => directive(id))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#]/g, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-+]|\d+\.)\s+/, "").trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(" ");
}

/** Flesch-Kincaid grade of a Markdown section. */
export function gradeOf(markdown: string, directive?: DirectiveText): number {
  return readability.fleschKincaidGrade(proseOf(markdown, directive));
}

export interface ReadingScores {
  /** Flesch-Kincaid grade. */
  readonly fk: number;
  /** SMOG grade, the formula health-literacy bodies prefer; null under 3 sentences (it needs 3). */
  readonly smog: number | null;
  /** Coleman-Liau index (letters per word rather than syllables). */
  readonly cl: number;
}

/** All three reading grades of a Markdown section. */
export function scoresOf(markdown: string, directive?: DirectiveText): ReadingScores {
  const prose = proseOf(markdown, directive);
  return {
    fk: readability.fleschKincaidGrade(prose),
    smog: readability.sentenceCount(prose) >= 3 ? readability.smogIndex(prose) : null,
    cl: readability.colemanLiauIndex(prose),
  };
}
