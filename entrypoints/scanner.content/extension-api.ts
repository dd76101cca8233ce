import type { Browser } from "@wxt-dev/browser";
import type { Envelope, FrameReport, MessageType, RequestOf, ResponseOf } from "../../utils/messages";
import { SETTINGS_KEY, readSettingsLoosely } from "../../utils/storage/settings-rules";
import type { Settings } from "../../utils/storage/settings-schema";
import type { TabRequestType } from "../../utils/tab-messages";
import { parseTabRequest } from "./tab-requests";

// The page scanner runs in every frame of every page, so it talks to the browser directly: Chrome's MV3
// and Firefox's APIs both return promises, and the polyfill (a third of this script's size) is not needed
// here. Extension pages and the background use WXT's polyfilled `browser`.

type Api = typeof Browser;
const scope = globalThis as { browser?: Api; chrome?: Api };
const api: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;

export function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return api.runtime.sendMessage({ type, payload } satisfies Envelope<K>) as Promise<ResponseOf<K>>;
}

export const sendReport = (report: FrameReport) => send("findings/report", report);
export const requestVocabulary = (version: string) => send("vocabulary/get", { version });

export async function readStored(key: string): Promise<unknown> {
  return (await api.storage.local.get(key))[key];
}

export async function readSettings(): Promise<Settings> {
  return readSettingsLoosely(await readStored(SETTINGS_KEY));
}

export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "local" && SETTINGS_KEY in changes)
      callback(readSettingsLoosely(changes[SETTINGS_KEY].newValue));
  };
  api.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => api.storage.onChanged.removeListener(listener), { once: true });
}

type TabHandlers = { [K in TabRequestType]: (payload: RequestOf<K>) => ResponseOf<K> };

/** Answers messages from our own extension pages; anything else is ignored, never acted on. */
export function onTabMessage(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    if (sender.id !== api.runtime.id) return false;
    const request = parseTabRequest(message);
    if (!request) return false;
    sendResponse((handlers[request.type] as (payload: unknown) => unknown)(request.payload));
    return false;
  };
  api.runtime.onMessage.addListener(listener);
  signal.addEventListener("abort", () => api.runtime.onMessage.removeListener(listener), { once: true });
}
