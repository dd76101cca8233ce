import { useEffect, useRef, useState } from "preact/hooks";
import { ConceptArticle } from "../../components/ConceptArticle";
import { ConceptList } from "../../components/ConceptList";
import { ExplainTextLink } from "../../components/ExplainTextLink";
import { SearchBox } from "../../components/SearchBox";
import { useTabSummary } from "../../components/use-tab-summary";
import { addTermFromTab } from "../../utils/add-term";
import { conceptById, summaries } from "../../utils/knowledge";
import { entryById, knowledge } from "../../utils/knowledge-full";
import { sendToTab } from "../../utils/messaging";
import type { TabSummary } from "../../utils/storage/tab-state";

function pageStatus(summary: TabSummary | null): string {
  if (!summary || summary.status === "none")
    return "Sciatica Lens has not read the page in this tab. Browser pages and extension stores can't be read.";
  if (summary.status === "paused") return "Sciatica Lens is paused on this site.";
  if (summary.status === "scanning") return "Still reading this page…";
  const n = summary.concepts.length;
  return n === 0
    ? "No sciatica terms found on this page."
    : `${n} term${n === 1 ? "" : "s"} found on this page.`;
}

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
  const [note, setNote] = useState("");
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setNote("");
    top.current?.scrollIntoView({ block: "start" });
  }, [conceptId]);

  const onPage = (id: string) => !!summary?.concepts.some((c) => c.id === id);
  const addToNotes = (id: string) => {
    const name = conceptById(id)?.name ?? id;
    // Where it was read: the page in the active tab, when the term is on it; otherwise just the term.
    addTermFromTab(id, onPage(id) ? tabId : undefined).then(
      () => setNote(`Added ${name} to your notes (under Appointment).`),
      () => setNote(`Could not add ${name} to your notes. Try again.`),
    );
  };
  const show = async (id: string) => {
    if (tabId === undefined || !summary) return;
    try {
      const result = await sendToTab(tabId, "page/reveal", { id }, summary.framesByConcept[id]?.[0] ?? 0);
      setNote(
        result.found
          ? `Showing ${result.index + 1} of ${result.total} on the page.`
          : "That term is no longer on the page.",
      );
    } catch {
      setNote("The page is not answering. Try reloading it.");
    }
  };

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
