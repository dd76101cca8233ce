import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import anchorGate from "virtual:sciatica-lens/anchor-gate";
import version from "virtual:sciatica-lens/vocabulary-version";
import { currentGate, storeVocabulary } from "../../entrypoints/background/vocabulary";
import { readStart } from "../../entrypoints/scanner.content/extension-api";
import { createGate } from "../../content/matching/gate";
import { GATE_KEY, storedGatePattern } from "../../utils/vocabulary-store";

// The page scanner does not carry the anchor gate: the background stores it, and each frame reads it
// with the settings. A missing, old or damaged copy must never hide a page's terms.

describe("the stored anchor gate", () => {
  beforeEach(() => fakeBrowser.reset());

  it("is stored by the background, and read by a frame with its settings", async () => {
    await storeVocabulary();
    const { gate, settings } = await readStart();
    expect(storedGatePattern(gate, version)).toBe(anchorGate);
    expect(settings.highlights).toBe(true);
    const opened = createGate(storedGatePattern(gate, version));
    expect(opened.opens("My sciatica is worse after sitting.")).toBe(true);
    expect(opened.opens("Our train to Stockholm left at nine.")).toBe(false);
  });

  it.each([
    ["missing", undefined],
    ["from another version", { version: "0000000000000000", pattern: "(?!)" }],
    ["damaged", { version, pattern: 42 }],
  ])("opens for every text when it is %s, and the background stores it again", async (_, value) => {
    if (value !== undefined) await fakeBrowser.storage.local.set({ [GATE_KEY]: value });
    const { gate } = await readStart();
    expect(storedGatePattern(gate, version)).toBeNull();
    expect(createGate(storedGatePattern(gate, version)).opens("Our train left at nine.")).toBe(true);
    await storeVocabulary();
    expect(storedGatePattern((await readStart()).gate, version)).toBe(anchorGate);
  });

  it("is given by the background to a frame that started before it was stored, and stored then", async () => {
    expect(currentGate().pattern).toBe(anchorGate);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storedGatePattern((await readStart()).gate, version)).toBe(anchorGate);
  });
});
