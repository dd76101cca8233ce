import { useEffect, useState } from "preact/hooks";
import { followItem } from "../utils/storage/follow-item";
import { readTabState, summarise, watchTabState, type TabSummary } from "../utils/storage/tab-state";

/** The tab's findings from storage.session, kept live while the view is open. */
export function useTabSummary(tabId: number | undefined): TabSummary | null {
  const [summary, setSummary] = useState<TabSummary | null>(null);
  useEffect(() => {
    if (tabId === undefined) return undefined;
    return followItem(
      { getValue: () => readTabState(tabId), watch: (callback) => watchTabState(tabId, callback) },
      (state) => setSummary(summarise(state)),
    );
  }, [tabId]);
  return summary;
}
