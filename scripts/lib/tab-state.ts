// Reading the extension's own view of a tab from its service worker: shared by npm start, the bench and
// the end-to-end tests, so all three look at the same state the popup reads.
import type { Page, Worker } from "@playwright/test";
import { tabStorageKey } from "../../utils/storage/tab-key";
import type { TabFrames } from "./tab-findings";

export type { TabFrames };

/** The browser's id for the tab showing `page` (brought to the front first). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!,
  );
}

/** Each frame's report for the tab, as stored in storage.session by the background. */
export function framesOfTab(worker: Worker, tabId: number): Promise<TabFrames> {
  return worker.evaluate(async (key) => {
    const stored = (await chrome.storage.session.get(key))[key] as { frames: TabFrames } | undefined;
    return stored?.frames ?? {};
  }, tabStorageKey(tabId));
}
