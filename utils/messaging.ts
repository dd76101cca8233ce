import { browser, type Browser } from "wxt/browser";
import { logOnce } from "./log-once";
import {
  BACKGROUND_SENDERS,
  parseBackgroundRequest,
  type BackgroundEnvelope,
  type BackgroundHandlers,
  type BackgroundMessageType,
  type BackgroundRequest,
  type BackgroundResponse,
} from "./protocol/background";
import { senderKind, sentBy } from "./protocol/senders";
import type { TabEnvelope, TabMessageType, TabRequest, TabResponse } from "./protocol/tab";

// Sending and answering for the background and our pages (the page scanner has its own, polyfill-free
// copy in entrypoints/scanner.content/extension-api.ts). Each direction takes only its own messages.

/**
 * Extension page or background → the page scanner in a tab: one frame (the top one unless named), or
 * every frame when `frameId` is "all" (each frame decides whether the message is for it; the first answer
 * comes back).
 */
export function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  payload: TabRequest<K>,
  frameId: number | "all" = 0,
): Promise<TabResponse<K>> {
  const message = { type, payload } satisfies TabEnvelope<K>;
  const sent =
    frameId === "all"
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId });
  return sent as Promise<TabResponse<K>>;
}

/** Extension page → background. */
export function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponse<K>> {
  return browser.runtime.sendMessage({ type, payload } satisfies BackgroundEnvelope<K>) as Promise<
    BackgroundResponse<K>
  >;
}

/**
 * Answers every background message. Messages of unknown types, with malformed payloads, or from a sender
 * other than the one each type allows (BACKGROUND_SENDERS: our content scripts in a tab, or our own
 * pages) are ignored (and logged once), never acted on. Stops listening when `signal` aborts.
 */
export function handleBackgroundMessages(handlers: BackgroundHandlers, signal?: AbortSignal): void {
  const self = { id: browser.runtime.id, base: browser.runtime.getURL("/") };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const envelope = parseBackgroundRequest(message);
    if (!envelope) return undefined;
    if (!sentBy(sender, self, BACKGROUND_SENDERS[envelope.type])) {
      logOnce(
        `a "${envelope.type}" message from ${senderKind(sender, self) ?? "an unknown sender"}`,
        sender.url,
      );
      return undefined;
    }
    const handler = handlers[envelope.type] as (
      payload: unknown,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    return Promise.resolve(handler(envelope.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener("abort", () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
