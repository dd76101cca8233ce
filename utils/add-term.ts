import { browser } from "wxt/browser";
import { sendToBackground, sendToTab } from "./messaging";
import { notedPage } from "./page-limits";

/**
 * The title and address of the page in a tab. The extension has no "tabs" permission, so the browser's
 * tab record usually leaves them out; our content script in the page's top frame knows them. Pages we
 * cannot read (browser pages, stores) give empty strings: the term is still added, without a page.
 */
export async function pageOfTab(tabId: number | undefined): Promise<{ title: string; url: string }> {
  if (tabId === undefined) return { title: "", url: "" };
  try {
    return await sendToTab(tabId, "page/about", {}, 0);
  } catch {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return notedPage(tab?.title ?? "", tab?.url ?? "");
  }
}

/** Adds a concept to "terms I read about", with the page in `tabId` as where it was read. */
export async function addTermFromTab(conceptId: string, tabId: number | undefined): Promise<void> {
  const page = await pageOfTab(tabId);
  await sendToBackground("notes/add-term", { conceptId, ...page });
}
