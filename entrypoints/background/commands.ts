import { browser, type Browser } from "wxt/browser";
import { sendToTab } from "../../utils/messaging";
import { openSidePanel } from "../../utils/side-panel";
import { readTabState, summarise } from "../../utils/storage/tab-state";

/** The keyboard shortcuts, as declared in the manifest (wxt.config.ts); the user can change their keys. */
export const COMMANDS = ["toggle-highlights", "open-side-panel", "next-term", "explain-term"] as const;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** "Next term" goes to the top frame first, then to frames that found something. */
async function nextTerm(tabId: number): Promise<void> {
  const { framesByConcept } = summarise(await readTabState(tabId));
  const frames = [...new Set([0, ...Object.values(framesByConcept).flat()])];
  for (const frameId of frames) {
    const answer = await sendToTab(tabId, "page/next-term", {}, frameId).catch(() => null);
    if (answer?.found) return;
  }
}

/**
 * Runs a keyboard shortcut for a tab. Opening the side panel is started before anything is awaited:
 * browsers allow it only while the shortcut's user gesture lasts.
 */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command === "open-side-panel") return openSidePanel(tab?.id).catch(() => undefined);
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return;
  // A page that cannot be read (a browser page, a store) has no script to answer: nothing to do.
  if (command === "toggle-highlights")
    await sendToTab(tabId, "page/toggle-highlights", {}, "all").catch(() => undefined);
  else if (command === "explain-term")
    await sendToTab(tabId, "page/explain-selection", {}, "all").catch(() => undefined);
  else if (command === "next-term") await nextTerm(tabId);
}
