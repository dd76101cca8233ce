// Who sent a message, judged from what the browser (not the message) says about the sender. Kept free of
// valibot and the polyfill: the page scanner bundles it too.

/** Content scripts run in a tab's frames; extension pages (background, popup, side panel, options) on our origin. */
export type SenderKind = "content-script" | "extension-page";

/** The fields of runtime.MessageSender we judge by (Chrome and Firefox both fill them in). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface Self {
  /** runtime.id */
  readonly id: string;
  /** runtime.getURL("/"): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  readonly base: string;
}

/**
 * The kind of sender, or null when it is neither of ours: another extension, a web page, or a sender the
 * browser describes too vaguely to trust.
 */
export function senderKind(sender: SenderInfo, self: Self): SenderKind | null {
  if (!self.id || sender.id !== self.id) return null;
  const url = sender.url ?? "";
  if (url.startsWith(self.base) || (sender.origin !== undefined && `${sender.origin}/` === self.base)) {
    return "extension-page";
  }
  const tabId = sender.tab?.id;
  // Our content scripts never run in our own pages, so a tab frame outside our origin is a content script.
  if (tabId !== undefined && tabId >= 0 && typeof sender.frameId === "number" && url !== "") {
    return "content-script";
  }
  return null;
}

/** True when `sender` is one of the kinds allowed to send a message. */
export function sentBy(sender: SenderInfo, self: Self, allowed: readonly SenderKind[]): boolean {
  const kind = senderKind(sender, self);
  return kind !== null && allowed.includes(kind);
}
