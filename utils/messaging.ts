import { browser, type Browser } from "wxt/browser";
import { logOnce } from "./log-once";
import { senderKind, sentBy } from "./message-sender";
import {
  RequestSenders,
  parseEnvelope,
  type Envelope,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from "./messages";

type Handlers = {
  [K in MessageType]?: (
    payload: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: RequestOf<K>,
  frameId = 0,
): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<K>, { frameId }) as Promise<
    ResponseOf<K>
  >;
}

/** Extension page → background. */
export function sendToBackground<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>) as Promise<ResponseOf<K>>;
}

/** Sends to every frame of the tab; each decides whether the message is for it (the first answer comes back). */
export function sendToFrames<K extends MessageType>(
  tabId: number,
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<K>) as Promise<ResponseOf<K>>;
}

/**
 * Answers the given message types. Messages of unknown types, with malformed payloads, or from a sender
 * other than the one each type allows (RequestSenders: our content scripts in a tab, or our own pages)
 * are ignored (and logged once), never acted on. Stops listening when `signal` aborts.
 */
export function handleMessages(handlers: Handlers, signal?: AbortSignal): void {
  const self = { id: browser.runtime.id, base: browser.runtime.getURL("/") };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const envelope = parseEnvelope(message);
    if (!envelope) return undefined;
    if (!sentBy(sender, self, RequestSenders[envelope.type])) {
      logOnce(
        `a "${envelope.type}" message from ${senderKind(sender, self) ?? "an unknown sender"}`,
        sender.url,
      );
      return undefined;
    }
    const handler = handlers[envelope.type] as
      ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(envelope.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener("abort", () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
