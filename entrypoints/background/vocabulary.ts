import vocabulary from "virtual:sciatica-lens/vocabulary";
import version from "virtual:sciatica-lens/vocabulary-version";
import { browser } from "wxt/browser";
import { VOCABULARY_KEY, isStoredVocabulary } from "../../utils/vocabulary-store";

/** Puts the current vocabulary in storage.local unless an intact copy of this version is already there. */
export async function storeVocabulary(): Promise<void> {
  const stored = (await browser.storage.local.get(VOCABULARY_KEY))[VOCABULARY_KEY];
  if (isStoredVocabulary(stored, version)) return;
  await browser.storage.local.set({ [VOCABULARY_KEY]: { version, data: vocabulary } });
}

export function currentVocabulary() {
  void storeVocabulary();
  return vocabulary;
}
