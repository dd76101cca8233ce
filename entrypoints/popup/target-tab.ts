import { browser } from "wxt/browser";
import { tabIdParam } from "../../utils/storage/tab-key";

/** The tab the popup is about: `?tabId=N` when given (tests and tools), otherwise the active tab. */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const param = tabIdParam(search);
  if (param !== undefined) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
