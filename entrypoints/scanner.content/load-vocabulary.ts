import version from "virtual:sciatica-lens/vocabulary-version";
import { browser } from "wxt/browser";
import type { CompiledVocabulary } from "../../content/compile";
import { sendToBackground } from "../../utils/messaging";
import { VOCABULARY_KEY, isStoredVocabulary } from "../../utils/vocabulary-store";

/** The vocabulary from storage.local; if it is missing, old or damaged, the background sends (and restores) it. */
export async function loadVocabulary(): Promise<CompiledVocabulary> {
  const stored = (await browser.storage.local.get(VOCABULARY_KEY))[VOCABULARY_KEY];
  if (isStoredVocabulary(stored, version)) return stored.data;
  return sendToBackground("vocabulary/get", { version });
}
