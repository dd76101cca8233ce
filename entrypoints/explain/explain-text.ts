import type { Category } from "../../content/ids";
import { findConcepts, readAsOnePage, type MatchingPath } from "../../content/matching/find-concepts";
import type { ConceptMatch } from "../../content/matching/matcher";
import { describeQualifier, qualifierAt } from "../../content/qualifiers";
import { LUMBAR_ONLY, aboveLumbar } from "../../content/spinal-region";

/** One marked stretch of the text. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly conceptId: string;
  readonly category: Category;
}

/** A concept the text talks about, with where it was found ("at L4-5, left"), in reading order. */
export interface ExplainedConcept {
  readonly id: string;
  readonly category: Category;
  /** Where it is first named: the list follows the text. */
  readonly firstAt: number;
  readonly count: number;
  /** Each distinct level and side written with it, as the list shows them. */
  readonly where: readonly string[];
}

type MutableConcept = { -readonly [K in keyof ExplainedConcept]: ExplainedConcept[K] } & { where: string[] };

export interface Explained {
  readonly marks: readonly TextMark[];
  /** Warning signs first, then the rest in reading order. */
  readonly concepts: readonly ExplainedConcept[];
}

/**
 * What a pasted text is about: the page scanner's gate and vocabulary run over the whole text as if it
 * were one page (so a contextual form counts only beside an anchor, as on a page).
 */
export function explainText(path: MatchingPath, text: string): Explained {
  return explained(path, text, findConcepts(path, text));
}

/** A long text is read a few paragraphs at a time, so no task of ours holds the page for long. */
const SLICE = 4000;

/** Paragraph-aligned [start, end) slices of about SLICE characters (no form spans a blank line). */
function slicesOf(text: string): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + SLICE);
    if (end < text.length) {
      const blank = text.lastIndexOf("\n\n", end);
      const line = text.lastIndexOf("\n", end);
      end = blank > start ? blank : line > start ? line : end;
    }
    slices.push([start, end]);
    start = end;
  }
  return slices;
}

/**
 * The same as explainText, a slice at a time with a pause between slices, as the page scanner reads a
 * page; the page rule (a contextual term counts beside an anchor) still applies to the whole text.
 */
export async function explainTextInSlices(path: MatchingPath, text: string): Promise<Explained> {
  const reading = readAsOnePage(path, text, slicesOf(text));
  for (let step = reading.next(); ; step = reading.next()) {
    if (step.done) return explained(path, text, step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function explained(path: MatchingPath, text: string, matches: readonly ConceptMatch[]): Explained {
  const { concepts } = path.matcher.vocabulary;
  const marks: TextMark[] = [];
  const byId = new Map<string, MutableConcept>();
  for (const m of matches) {
    const { id, category } = concepts[m.concept];
    const qualifier = qualifierAt(text, m.start, m.end);
    // "Disc bulges" at C3-4 are not the lumbar disc herniation (see content/spinal-region.ts).
    if (LUMBAR_ONLY.has(id) && aboveLumbar(qualifier.levels)) continue;
    marks.push({ start: m.start, end: m.end, conceptId: id, category });
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { id, category, firstAt: m.start, count: 0, where: [] }));
    entry.count++;
    const where = describeQualifier(qualifier);
    if (where && !entry.where.includes(where)) entry.where.push(where);
  }
  const list = [...byId.values()].sort(
    (a, b) => Number(b.category === "red-flag") - Number(a.category === "red-flag") || a.firstAt - b.firstAt,
  );
  return { marks, concepts: list };
}

/** The text cut into plain pieces and marked pieces, for rendering as text nodes and <mark>s. */
export function piecesOf(
  text: string,
  marks: readonly TextMark[],
): Array<{ text: string; mark: TextMark | null }> {
  const pieces: Array<{ text: string; mark: TextMark | null }> = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: null });
    pieces.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}
