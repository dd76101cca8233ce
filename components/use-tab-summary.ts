import { useEffect, useState } from "preact/hooks";
import { followItem } from "../utils/storage/follow-item";
import {
  readTabState,
  summarise,
  watchTabState,
  type TabState,
  type TabSummary,
} from "../utils/storage/tab-state";

/**
 * The tab's findings from storage.session, kept live while the view is open. `initial` is the tab's
 * state if the view has already read it, so the first frame can show it.
 */
export function useTabSummary(tabId: number | undefined, initial: TabState | null = null): TabSummary | null {
  const [summary, setSummary] = useState<TabSummary | null>(() => (initial ? summarise(initial) : null));
  useEffect(() => {
    if (tabId === undefined) return undefined;
    return followItem(
      { getValue: () => readTabState(tabId), watch: (callback) => watchTabState(tabId, callback) },
      (state) => setSummary(summarise(state)),
    );
  }, [tabId]);
  return summary;
}
