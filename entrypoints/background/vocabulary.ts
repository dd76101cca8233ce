import anchorGate from "virtual:sciatica-lens/anchor-gate";
import vocabulary from "virtual:sciatica-lens/vocabulary";
import version from "virtual:sciatica-lens/vocabulary-version";
import { browser } from "wxt/browser";
import {
  GATE_KEY,
  VOCABULARY_KEY,
  isStoredVocabulary,
  storedGatePattern,
  type StoredGate,
} from "../../utils/vocabulary-store";

/**
 * Puts the current vocabulary and the anchor gate in storage.local unless intact copies of this version
 * are already there. The page scanner reads the gate at start, so it does not carry it in its own code.
 */
export async function storeVocabulary(): Promise<void> {
  const stored = await browser.storage.local.get([VOCABULARY_KEY, GATE_KEY]);
  const writes: Record<string, unknown> = {};
  if (!isStoredVocabulary(stored[VOCABULARY_KEY], version))
    writes[VOCABULARY_KEY] = { version, data: vocabulary };
  if (storedGatePattern(stored[GATE_KEY], version) === null)
    writes[GATE_KEY] = { version, pattern: anchorGate } satisfies StoredGate;
  if (Object.keys(writes).length) await browser.storage.local.set(writes);
}

export function currentVocabulary() {
  void storeVocabulary();
  return vocabulary;
}

/** For a frame that started before the gate was stored (just after install or update). */
export function currentGate(): { pattern: string } {
  void storeVocabulary();
  return { pattern: anchorGate };
}
