import { useMemo, useState } from "preact/hooks";
import { createSearchIndex } from "../content/fuzzy-search";
import type { ConceptSummary } from "../content/knowledge-types";
import { ConceptCard } from "./ConceptCard";
import { useSearchTerms } from "./use-search-terms";

/** Search every bundled concept by name or wording, misspellings forgiven. */
export function SearchBox({
  concepts,
  onExplain,
}: {
  concepts: readonly ConceptSummary[];
  onExplain?: (id: string) => void;
}) {
  const [query, setQuery] = useState("");
  const searching = query !== "";
  const terms = useSearchTerms(searching);
  // Built on the first keystroke, not on opening: building it would hold back the popup's first frame.
  const index = useMemo(
    () => (searching ? createSearchIndex(concepts, terms) : undefined),
    [concepts, terms, searching],
  );
  const results = useMemo(() => index?.search(query) ?? [], [index, query]);
  return (
    <section class="search">
      <label id="search-label" for="concept-search" class="section-title">
        Look up a term
      </label>
      <input
        id="concept-search"
        type="search"
        value={query}
        placeholder="for example: piriformis"
        autocomplete="off"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="status" role="status" aria-live="polite">
        {query.trim().length < 2
          ? ""
          : results.length
            ? `${results.length} found`
            : "Nothing found. Try another spelling."}
      </p>
      <ul class="search__results">
        {results.map((c) => (
          <ConceptCard key={c.id} concept={c} onExplain={onExplain} />
        ))}
      </ul>
    </section>
  );
}
