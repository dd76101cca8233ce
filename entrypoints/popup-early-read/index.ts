import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { EARLY_READ, tabIdParam, tabStorageKey, type EarlyRead } from "../../utils/storage/tab-key";

// The popup's first script, a classic one that imports nothing heavy: it asks for the tab and its stored
// findings while the popup's modules are still loading, so the answers are in when those have run.

interface ApiSubset {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { browser?: ApiSubset; chrome?: ApiSubset } & EarlyRead;
  // Firefox has `browser`; Chrome's `chrome` returns promises in Manifest V3.
  const api = scope.browser ?? scope.chrome;
  if (!api?.tabs || !api.storage?.session) return;
  const given = tabIdParam(location.search);
  const tabId =
    given !== undefined
      ? Promise.resolve(given)
      : api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);
  const raw = tabId.then(async (id) => {
    if (id === undefined) return undefined;
    return (await api.storage.session.get(tabStorageKey(id)))[tabStorageKey(id)];
  });
  // A failure here is handled by the popup, which then reads for itself.
  raw.catch(() => undefined);
  scope[EARLY_READ] = { tabId, raw };
});
