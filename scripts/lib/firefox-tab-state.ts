// Reading the extension's own view of a tab in Firefox, from an extension page kept open as a probe
// (Firefox has no service worker to evaluate in): shared by the Firefox suite and the bench.
import type { Page } from "puppeteer-core";
import { tabStorageKey } from "../../utils/storage/tab-key";
import type { TabFrames } from "./tab-findings";

/**
 * Evaluates `fn(browser, arg)` in the probe page, where `browser` is the WebExtension API. The source is
 * sent as a string: WebDriver BiDi evaluates it like a debugger would, so the page's CSP (no eval) holds.
 */
export function evaluateInExtension<Api, A, R>(
  probe: Page,
  fn: (api: Api, arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  return probe.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg)})`) as Promise<R>;
}

interface TabsApi {
  tabs: { query(q: object): Promise<Array<{ id: number }>> };
}
interface SessionApi {
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
}

/** The browser's id for the tab showing `page` (brought to the front first). */
export async function tabIdInFirefox(probe: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return evaluateInExtension(
    probe,
    async (api: TabsApi) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0].id,
    null,
  );
}

/** Each frame's report for the tab, as stored in storage.session by the background. */
export function framesInFirefox(probe: Page, tabId: number): Promise<TabFrames> {
  return evaluateInExtension(
    probe,
    async (api: SessionApi, key: string) => {
      const stored = (await api.storage.session.get(key))[key] as { frames: TabFrames } | undefined;
      return stored?.frames ?? {};
    },
    tabStorageKey(tabId),
  );
}
