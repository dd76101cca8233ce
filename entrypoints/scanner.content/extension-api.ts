import type { Browser } from "@wxt-dev/browser";
import { logOnce } from "../../utils/log-once";
import type {
  BackgroundEnvelope,
  BackgroundMessageType,
  BackgroundRequest,
  BackgroundResponse,
  FrameReport,
} from "../../utils/protocol/background";
import { sentBy, type SenderInfo } from "../../utils/protocol/senders";
import { TAB_SENDERS, parseTabRequest, type TabHandlers } from "../../utils/protocol/tab";
import { SETTINGS_KEY, readSettingsLoosely } from "../../utils/storage/settings-rules";
import type { Settings } from "../../utils/storage/settings-schema";
import { GATE_KEY } from "../../utils/vocabulary-store";

// The page scanner runs in every frame of every page, so it talks to the browser directly: Chrome's MV3
// and Firefox's APIs both return promises, and the polyfill is not needed here. Extension pages and the
// background use WXT's polyfilled `browser`.
//
// The extension can be reloaded, updated or removed while a page is open. The old script then keeps
// running, but every extension API throws or rejects ("Extension context invalidated"): each call here
// fails quietly instead, and page-context.ts notices and ends the scanner.

type Api = typeof Browser;
const scope = globalThis as { browser?: Api; chrome?: Api };
const api: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
const self = { id: api.runtime.id, base: api.runtime.getURL("/") };

/** False once the extension that injected this script has been reloaded, updated or removed. */
export function extensionAlive(): boolean {
  try {
    return api.runtime?.id === self.id;
  } catch {
    return false;
  }
}

/** Runs an extension API call; a call that throws (dead context) becomes a rejected promise. */
function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Removes a listener; a dead context may throw even here, and there is nothing left to remove then. */
function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // The extension is gone, and its listeners with it.
  }
}

export function send<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponse<K>> {
  return call(
    () =>
      api.runtime.sendMessage({ type, payload } satisfies BackgroundEnvelope<K>) as Promise<
        BackgroundResponse<K>
      >,
  );
}

export const sendReport = (report: FrameReport) => send("findings/report", report);
export const requestVocabulary = (version: string) => send("vocabulary/get", { version });
export const requestGate = () => send("gate/get", {});

export async function readStored(key: string): Promise<unknown> {
  return (await call(() => api.storage.local.get(key)))[key];
}

/** What a frame needs before it starts, in one read: the user's settings and the stored anchor gate. */
export async function readStart(): Promise<{ settings: Settings; gate: unknown }> {
  const stored = await call(() => api.storage.local.get([SETTINGS_KEY, GATE_KEY]));
  return { settings: readSettingsLoosely(stored[SETTINGS_KEY]), gate: stored[GATE_KEY] };
}

export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "local" && SETTINGS_KEY in changes)
      callback(readSettingsLoosely(changes[SETTINGS_KEY].newValue));
  };
  api.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => quietly(() => api.storage.onChanged.removeListener(listener)), {
    once: true,
  });
}

/**
 * Answers messages from our own extension pages. Anything else (another sender, an unknown type, a
 * malformed payload) is ignored, said once in the console, never acted on.
 */
export function onTabMessage(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) => {
    const request = parseTabRequest(message);
    if (!request) return false;
    if (!sentBy(sender, self, TAB_SENDERS[request.type])) {
      logOnce(`a "${request.type}" message from an unexpected sender`, sender.url);
      return false;
    }
    sendResponse((handlers[request.type] as (payload: unknown) => unknown)(request.payload));
    return false;
  };
  api.runtime.onMessage.addListener(listener);
  signal.addEventListener("abort", () => quietly(() => api.runtime.onMessage.removeListener(listener)), {
    once: true,
  });
}
