import { useEffect, useState } from "preact/hooks";
import { readTabState, summarise, watchTabState, type TabSummary } from "../utils/storage/tab-state";

/** The tab's findings from storage.session, kept live while the view is open. */
export function useTabSummary(tabId: number | undefined): TabSummary | null {
  const [summary, setSummary] = useState<TabSummary | null>(null);
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let alive = true;
    void readTabState(tabId).then((state) => alive && setSummary(summarise(state)));
    const unwatch = watchTabState(tabId, (state) => setSummary(summarise(state)));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId]);
  return summary;
}
