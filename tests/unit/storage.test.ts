import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { clearTab, saveFrameReport } from "../../entrypoints/background/tab-store";
import { DEFAULT_SETTINGS, isPaused, settingsItem, type Settings } from "../../utils/storage/settings";
import { readTabState, summarise } from "../../utils/storage/tab-state";
import { RECOVERY_PREFIX } from "../../utils/storage/validated-item";

beforeEach(() => fakeBrowser.reset());

describe("settings", () => {
  it("reads defaults when nothing is stored, and what was saved afterwards", async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    const mine: Settings = { ...DEFAULT_SETTINGS, highlights: false, pausedSites: ["mail.example.com"] };
    await settingsItem.setValue(mine);
    expect(await settingsItem.getValue()).toEqual(mine);
  });

  it("keeps a corrupt stored value aside and uses the defaults", async () => {
    const corrupt = { highlights: "yes please", pausedSites: 42 };
    await fakeBrowser.storage.local.set({ settings: corrupt });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    const all = await fakeBrowser.storage.local.get(null);
    const recovered = Object.entries(all).filter(([key]) =>
      key.startsWith(RECOVERY_PREFIX.replace("local:", "")),
    );
    expect(recovered).toHaveLength(1);
    expect(recovered[0][1]).toEqual(corrupt);
  });

  it("refuses to save an invalid value", async () => {
    await expect(settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedSites: [7] } as never)).rejects.toThrow();
    await expect(
      settingsItem.setValue({ ...DEFAULT_SETTINGS, highlightStyle: "blink" } as never),
    ).rejects.toThrow();
  });

  it("pauses a site and its subdomains, not look-alikes", () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ["bank.example"] };
    expect(isPaused(settings, "bank.example")).toBe(true);
    expect(isPaused(settings, "www.bank.example")).toBe(true);
    expect(isPaused(settings, "notbank.example")).toBe(false);
    expect(isPaused(settings, "")).toBe(false);
  });
});

describe("per-tab findings in storage.session", () => {
  const report = (concepts: Array<[string, number]>) => ({
    host: "forum.example",
    status: "done" as const,
    concepts: concepts.map(([id, count]) => ({ id, count, category: "condition" as const })),
  });

  it("combines the tab's frames and remembers which frame found what", async () => {
    await saveFrameReport(7, 0, report([["sciatica", 2]]));
    const summary = await saveFrameReport(
      7,
      3,
      report([
        ["sciatica", 1],
        ["sciatic-nerve", 1],
      ]),
    );
    expect(summary.concepts).toEqual([
      { id: "sciatica", count: 3, category: "condition" },
      { id: "sciatic-nerve", count: 1, category: "condition" },
    ]);
    expect(summary.framesByConcept["sciatic-nerve"]).toEqual([3]);
  });

  it("keeps every frame's report when frames report at the same time", async () => {
    await Promise.all([0, 1, 2, 3, 4].map((frame) => saveFrameReport(9, frame, report([["sciatica", 1]]))));
    expect(summarise(await readTabState(9)).concepts[0].count).toBe(5);
  });

  it("forgets a tab's findings when it navigates or closes", async () => {
    await saveFrameReport(5, 0, report([["sciatica", 1]]));
    await clearTab(5);
    expect(await readTabState(5)).toBeNull();
    expect(summarise(null)).toMatchObject({ status: "none", concepts: [] });
  });
});
