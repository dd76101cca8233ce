import version from "virtual:sciatica-lens/vocabulary-version";
import type { CompiledVocabulary } from "../../content/matching/compile";
import { VOCABULARY_KEY, isStoredVocabulary } from "../../utils/vocabulary-store";
import { readStored, requestVocabulary } from "./extension-api";

/** The vocabulary from storage.local; if it is missing, old or damaged, the background sends (and restores) it. */
export async function loadVocabulary(): Promise<CompiledVocabulary> {
  const stored = await readStored(VOCABULARY_KEY);
  if (isStoredVocabulary(stored, version)) return stored.data;
  return requestVocabulary(version);
}
