import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import {
  EARLY_READ,
  targetTabId,
  tabStorageKey,
  type ActiveTabQuery,
  type EarlyRead,
} from "../../utils/storage/tab-key";

// The popup's first script, a classic one that imports nothing heavy: it asks for the tab and its stored
// findings while the popup's modules are still loading, so the answers are in when those have run.

interface ApiSubset {
  tabs: ActiveTabQuery;
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { browser?: ApiSubset; chrome?: ApiSubset } & EarlyRead;
  // Firefox has `browser`; Chrome's `chrome` returns promises in Manifest V3.
  const api = scope.browser ?? scope.chrome;
  if (!api?.tabs || !api.storage?.session) return;
  const tabId = targetTabId(api.tabs, location.search);
  const raw = tabId.then(async (id) => {
    if (id === undefined) return undefined;
    const key = tabStorageKey(id);
    return (await api.storage.session.get(key))[key];
  });
  // A failure here is handled by the popup, which then reads for itself.
  raw.catch(() => undefined);
  scope[EARLY_READ] = { tabId, raw };
});
