import type { CompiledVocabulary } from "../content/matching/compile";

// The compiled vocabulary is data, not code: the background keeps one copy in storage.local, and each
// content script reads it there instead of parsing it as part of its own script in every frame.

export const VOCABULARY_KEY = "vocabulary";

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
    typeof data?.prefilter === "string" &&
    typeof data?.keys === "object" &&
    data.keys !== null
  );
}
