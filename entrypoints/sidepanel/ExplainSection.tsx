import { useEffect, useRef } from "preact/hooks";
import { ConceptArticle } from "../../components/ConceptArticle";
import { ConceptList } from "../../components/ConceptList";
import { ExplainTextLink } from "../../components/ExplainTextLink";
import { SearchBox } from "../../components/SearchBox";
import { pageStatus, usePageTerms } from "../../components/use-page-terms";
import { useTabSummary } from "../../components/use-tab-summary";
import { summaries } from "../../utils/knowledge";
import { entryById, knowledge } from "../../utils/knowledge-full";

/** The full entry for a concept, the terms on the page in the active tab, search and every term. */
export function ExplainSection({
  conceptId,
  tabId,
  onOpen,
}: {
  conceptId: string | null;
  tabId: number | undefined;
  onOpen: (id: string) => void;
}) {
  const concept = conceptId ? entryById(conceptId) : undefined;
  const summary = useTabSummary(tabId);
  const { note, setNote, show, addToNotes } = usePageTerms(tabId, summary);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setNote("");
    top.current?.scrollIntoView({ block: "start" });
  }, [conceptId]);

  return (
    <div class="explain" ref={top}>
      {concept ? (
        <>
          <ConceptArticle concept={concept} onOpen={onOpen} />
          <button type="button" class="explain__add" onClick={() => addToNotes(concept.id)}>
            Add {concept.name} to my notes
          </button>
        </>
      ) : (
        <p>Choose a term to read about it: from the page, by searching, or from the list of all terms.</p>
      )}
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
      <section aria-labelledby="explain-on-page" class="explain__on-page">
        <h2 id="explain-on-page" class="section-title">
          On this page
        </h2>
        <p class="status" role="status" aria-live="polite">
          {pageStatus(summary)}
        </p>
        <ConceptList
          concepts={summary?.concepts ?? []}
          onShow={(id) => void show(id)}
          onExplain={onOpen}
          onAddToNotes={addToNotes}
        />
      </section>
      <SearchBox concepts={summaries.concepts} onExplain={onOpen} />
      <ExplainTextLink />
      <details class="all-terms">
        <summary>All terms ({knowledge.concepts.length})</summary>
        <ul>
          {knowledge.concepts.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => onOpen(c.id)}
                aria-current={c.id === conceptId}
              >
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
