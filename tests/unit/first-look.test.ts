import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import earlyRead from "../../entrypoints/popup-early-read";
import { firstLook } from "../../entrypoints/popup/first-look";
import { EARLY_READ, type EarlyRead } from "../../utils/storage/tab-key";

// The popup's first look at its tab: started by popup.html's early script where it ran, read afresh
// where it did not or failed, and never trusting a stored value that is not a tab's state.

const state = {
  frames: {
    "0": {
      host: "forum.example",
      status: "done",
      concepts: [{ id: "sciatica", count: 2, category: "condition" }],
    },
  },
};
const scope = globalThis as EarlyRead;

/** The browser API as the early script sees it: the active tab is 5, and session storage holds `stored`. */
function stubChrome(stored: Record<string, unknown>, failStorage = false) {
  const query = vi.fn(async () => [{ id: 5 }]);
  const get = vi.fn(async (key: string) => {
    if (failStorage) throw new Error("storage is not ready");
    return key in stored ? { [key]: stored[key] } : {};
  });
  // As `browser`, which the early script prefers (Firefox; the test environment has one too).
  vi.stubGlobal("browser", { tabs: { query }, storage: { session: { get } } });
  return { query, get };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.unstubAllGlobals();
  delete scope[EARLY_READ];
});

describe("the popup's first look", () => {
  it("takes the early script's answers: the active tab and its state, read once", async () => {
    vi.stubGlobal("location", { search: "" });
    const api = stubChrome({ "tab:5": state });
    earlyRead.main();
    expect(api.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await expect(firstLook()).resolves.toEqual({ tabId: 5, state });
    expect(scope[EARLY_READ]).toBeUndefined();
    expect(api.get).toHaveBeenCalledTimes(1);
  });

  it("names the tab from ?tabId without asking which tab is active", async () => {
    vi.stubGlobal("location", { search: "?tabId=9" });
    const api = stubChrome({ "tab:9": state });
    earlyRead.main();
    await expect(firstLook()).resolves.toEqual({ tabId: 9, state });
    expect(api.query).not.toHaveBeenCalled();
  });

  it("reads for itself when the early read failed", async () => {
    vi.stubGlobal("location", { search: "?tabId=9" });
    stubChrome({}, true);
    earlyRead.main();
    await fakeBrowser.storage.session.set({ "tab:9": state });
    await expect(firstLook()).resolves.toEqual({ tabId: 9, state });
  });

  it("reads for itself when the early script did not run", async () => {
    vi.stubGlobal("location", { search: "?tabId=3" });
    await fakeBrowser.storage.session.set({ "tab:3": state });
    await expect(firstLook()).resolves.toEqual({ tabId: 3, state });
  });

  it("shows nothing stored rather than a value that is not a tab's state", async () => {
    vi.stubGlobal("location", { search: "" });
    stubChrome({ "tab:5": { frames: "everything", extra: 1 } });
    earlyRead.main();
    await expect(firstLook()).resolves.toEqual({ tabId: 5, state: null });
  });
});
