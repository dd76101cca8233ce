import { browser } from "wxt/browser";
import { EARLY_READ, targetTabId, type EarlyRead } from "../../utils/storage/tab-key";
import { parseTabState, readTabState, type TabState } from "../../utils/storage/tab-state";

export interface FirstLook {
  tabId: number | undefined;
  /** The tab's stored state when the popup opened (null: nothing stored, or not read in time). */
  state: TabState | null;
}

/** Past this, the popup renders without waiting any longer (the live subscription fills it in). */
const MAX_WAIT_MS = 150;

/** The reads popup.html's first script started before the modules loaded, taken once. */
function takeEarlyRead(): EarlyRead[typeof EARLY_READ] {
  const scope = globalThis as EarlyRead;
  const early = scope[EARLY_READ];
  delete scope[EARLY_READ];
  return early;
}

/**
 * Which tab the popup is about and what is stored for it, read before anything renders: the popup then
 * shows the page's findings in its first frame instead of after two rounds of effects and reads.
 */
export async function firstLook(): Promise<FirstLook> {
  const early = takeEarlyRead();
  const ownRead = () => targetTabId(browser.tabs, location.search);
  const tabId = early ? await early.tabId.catch(ownRead) : await ownRead();
  if (tabId === undefined) return { tabId, state: null };
  const stored = early ? early.raw.then(parseTabState).catch(() => readTabState(tabId)) : readTabState(tabId);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), MAX_WAIT_MS));
  const state = await Promise.race([stored.catch(() => null), late]);
  return { tabId, state };
}
