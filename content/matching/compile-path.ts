import type { ConceptEntry } from "../schema";
import { compileGate, compileVocabulary } from "./compile";
import type { MatchingPath } from "./find-concepts";
import { createGate } from "./gate";
import { createMatcher } from "./matcher";

/** The matching path built from entries in one go, as the build ships it: for Node scripts and tests. */
export function compilePath(entries: readonly ConceptEntry[]): MatchingPath {
  return { gate: createGate(compileGate(entries)), matcher: createMatcher(compileVocabulary(entries)) };
}
