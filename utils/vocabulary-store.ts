import type { CompiledVocabulary } from "../content/matching/compile";

// The compiled vocabulary is data, not code: the background keeps one copy in storage.local, and each
// content script reads it there instead of parsing it as part of its own script in every frame.

export const VOCABULARY_KEY = "vocabulary";
/** The anchor gate's pattern (compileGate), stored beside the vocabulary: every frame reads it at start. */
export const GATE_KEY = "anchor-gate";

export interface StoredGate {
  readonly version: string;
  readonly pattern: string;
}

/** The stored gate's pattern if it is this version's, else null (then every text opens the gate). */
export function storedGatePattern(value: unknown, version: string): string | null {
  const gate = value as Partial<StoredGate> | undefined;
  return gate?.version === version && typeof gate.pattern === "string" ? gate.pattern : null;
}

export interface StoredVocabulary {
  readonly version: string;
  readonly data: CompiledVocabulary;
}

/** A cheap shape check: the value is written only by our background, but storage can be damaged. */
export function isStoredVocabulary(value: unknown, version: string): value is StoredVocabulary {
  const v = value as Partial<StoredVocabulary> | undefined;
  const data = v?.data;
  return (
    v?.version === version &&
    Array.isArray(data?.concepts) &&
    Array.isArray(data?.forms) &&
    typeof data?.prefilter === "object" &&
    data.prefilter !== null &&
    typeof data?.keys === "object" &&
    data.keys !== null
  );
}
