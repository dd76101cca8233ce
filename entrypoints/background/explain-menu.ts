import { browser, type Browser } from "wxt/browser";

// "Explain with Sciatica Lens" on a selection. The selected text is handed to the Explain page it opens
// through this service worker's memory, once, and forgotten: it is never written to any storage. If the
// worker were stopped between the click and the page asking (seconds at most), the page says to select
// the text again.

export const EXPLAIN_MENU_ID = "explain-selection";
/** Longest selection we pass on; the page's own text area takes the same. */
export const MAX_EXPLAIN_TEXT = 50_000;
const FORGET_AFTER_MS = 60_000;

const pending = new Map<string, string>();

/** Menus persist across restarts of the worker and the browser: created once, when installed or updated. */
export function createExplainMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: EXPLAIN_MENU_ID,
      title: "Explain with Sciatica Lens",
      contexts: ["selection"],
    }),
  );
}

/** Keeps the selection for the page about to open, and opens it. */
export async function explainSelection(info: Browser.contextMenus.OnClickData): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const text = (info.selectionText ?? "").slice(0, MAX_EXPLAIN_TEXT);
  const token = crypto.randomUUID();
  if (text.trim()) {
    pending.set(token, text);
    setTimeout(() => pending.delete(token), FORGET_AFTER_MS);
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/explain.html?selection=${token}`) });
}

/** The selection for a token, once: a second ask (a reload, another page) gets nothing. */
export function takePendingText(token: string): { text: string | null } {
  const text = pending.get(token) ?? null;
  pending.delete(token);
  return { text };
}
