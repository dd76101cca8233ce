import { readFileSync } from "node:fs";
import { findConcepts, type MatchingPath } from "../../content/matching/find-concepts";

// The warning-sign sentence lists (tests/fixtures/red-flag-sentences.txt): "+id|text" must find the sign,
// "-id|text" must not; a leading "?" marks a known miss or false alarm. Read the same way by the content
// test and by scripts/score-sentences.ts.

export interface ListedSentence {
  readonly known: boolean;
  readonly sign: boolean;
  readonly id: string;
  readonly text: string;
}

export function readSentenceList(file: string): ListedSentence[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => /^\??[+-]/.test(line))
    .map((line) => {
      const [head, text] = line.split("|");
      const known = head.startsWith("?");
      return { known, sign: head.at(known ? 1 : 0) === "+", id: head.slice(known ? 2 : 1), text };
    });
}

/** Each sentence is read after this, so the page rule (most signs are contextual) is not what decides. */
const PREFIX = "Sciatica and back pain forum. ";

/** Whether the sentence's own words name the concept (a match that overlaps them, not the prefix). */
export function sentenceNames(path: MatchingPath, id: string, text: string): boolean {
  const ids = path.matcher.vocabulary.concepts;
  return findConcepts(path, PREFIX + text).some((m) => ids[m.concept].id === id && m.end > PREFIX.length);
}
