import { browser } from "wxt/browser";

/** The tab the popup is about: `?tabId=N` when given (tests and tools), otherwise the active tab. */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
