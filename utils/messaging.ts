import { browser, type Browser } from "wxt/browser";
import { parseEnvelope, type Envelope, type MessageType, type RequestOf, type ResponseOf } from "./messages";

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
 * Answers the given message types. Messages from anywhere but this extension, of unknown types or with
 * malformed payloads are ignored (and logged once), never acted on. Stops listening when `signal` aborts.
 */
export function handleMessages(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const envelope = parseEnvelope(message);
    if (!envelope) return undefined;
    const handler = handlers[envelope.type] as
      ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(envelope.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener("abort", () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
