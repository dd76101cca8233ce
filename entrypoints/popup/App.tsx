import { useEffect, useState } from "preact/hooks";
import { ConceptList } from "../../components/ConceptList";
import { sendToTab } from "../../utils/messaging";
import { openSidePanel } from "../../utils/side-panel";
import { targetTabId } from "./target-tab";
import { useTabSummary } from "./use-tab-summary";

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [note, setNote] = useState("");
  useEffect(() => void targetTabId().then(setTabId), []);
  const summary = useTabSummary(tabId);

  const show = async (id: string) => {
    if (tabId === undefined || !summary) return;
    const frameId = summary.framesByConcept[id]?.[0] ?? 0;
    try {
      const result = await sendToTab(tabId, "page/reveal", { id }, frameId);
      setNote(
        result.found
          ? `Showing ${result.index + 1} of ${result.total}.`
          : "That term is no longer on the page.",
      );
    } catch {
      setNote("The page is not answering. Try reloading it.");
    }
  };
  const explain = (id: string) =>
    void openSidePanel(tabId, id).catch(() => setNote("Could not open the side panel."));

  const concepts = summary?.concepts ?? [];
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Sciatica Lens</h1>
      </header>
      <section aria-labelledby="on-page">
        <h2 id="on-page" class="section-title">
          On this page
        </h2>
        <p class="status" role="status" aria-live="polite">
          {summary === null
            ? "Looking at this page…"
            : summary.status === "scanning"
              ? "Still reading this page…"
              : summary.status === "paused"
                ? "Sciatica Lens is paused on this site."
                : concepts.length === 0
                  ? "No sciatica terms found on this page."
                  : `${concepts.length} term${concepts.length === 1 ? "" : "s"} found on this page.`}
        </p>
        <ConceptList concepts={concepts} onShow={(id) => void show(id)} onExplain={explain} />
        {note && <p class="note">{note}</p>}
      </section>
    </main>
  );
}
