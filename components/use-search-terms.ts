import { useEffect, useState } from "preact/hooks";
import type { SearchTerms } from "../content/knowledge-types";

let loading: Promise<SearchTerms> | undefined;
const load = () => (loading ??= import("../utils/search-terms").then((m) => m.default));

/**
 * The search words, fetched once the view has painted (or at once when `now` is set, as when the user
 * starts typing), so that opening the popup does not wait for the largest part of the knowledge base.
 */
export function useSearchTerms(now: boolean): SearchTerms | undefined {
  const [terms, setTerms] = useState<SearchTerms>();
  useEffect(() => {
    if (terms) return;
    let live = true;
    const start = () => void load().then((t) => live && setTerms(t));
    if (now) start();
    const timer = now ? undefined : setTimeout(start, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [now, terms]);
  return terms;
}
