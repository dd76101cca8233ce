import { applyContextRule } from "./context-rule";
import type { Gate } from "./gate";
import type { ConceptMatch, Matcher } from "./matcher";

/** What the matching path runs with: the gate the page scanner bundles, and the vocabulary's matcher. */
export interface MatchingPath {
  readonly gate: Gate;
  readonly matcher: Matcher;
}

/** [start, end) ranges of a text, in order, that together cover it and that no form crosses. */
export type Slices = ReadonlyArray<readonly [start: number, end: number]>;

/**
 * The one matching path, for a text read as one page:
 * 1. the gate (gate.ts): a text without any gate word has no anchor form, and nothing else runs;
 * 2. the full pass (matcher.ts), a slice at a time, yielding after each so a caller can pause there;
 * 3. the context rule (context-rule.ts) over every match of the text.
 * The page scanner takes the same steps over a page that changes while it is read: it asks the same
 * gate of each batch until one opens it, then gives every batch the full pass, and its FindingStore
 * applies the same rule to all the findings of the page.
 */
export function* readAsOnePage(
  path: MatchingPath,
  text: string,
  slices: Slices = [[0, text.length]],
): Generator<void, ConceptMatch[]> {
  if (!path.gate.opens(text)) return [];
  const matches: ConceptMatch[] = [];
  for (const [start, end] of slices) {
    for (const m of path.matcher.findAll(text.slice(start, end)))
      matches.push({ ...m, start: m.start + start, end: m.end + start });
    yield;
  }
  return applyContextRule(matches);
}

/** The one matching path over a whole text at once: what the tests, reports and bench measure. */
export function findConcepts(path: MatchingPath, text: string): ConceptMatch[] {
  const reading = readAsOnePage(path, text);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}
