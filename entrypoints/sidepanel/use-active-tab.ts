import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";

/**
 * The tab the panel is beside: `?tabId=N` when given (tests and tools), otherwise the active tab of the
 * panel's window, following the user as they switch tabs. (Without the "tabs" permission the browser
 * still says which tab is active, just not its address.)
 */
export function useActiveTabId(search = location.search): number | undefined {
  const param = new URLSearchParams(search).get("tabId");
  const fixed = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
  const [tabId, setTabId] = useState<number | undefined>(fixed);
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    let windowId: number | undefined;
    let alive = true;
    void browser.windows.getCurrent().then((w) => (windowId = w.id));
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => alive && setTabId(tab?.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);
  return tabId;
}
