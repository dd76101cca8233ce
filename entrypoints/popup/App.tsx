import { useEffect, useState } from "preact/hooks";
import { ConceptList } from "../../components/ConceptList";
import { SearchBox } from "../../components/SearchBox";
import { SiteControls } from "../../components/SiteControls";
import { useItem } from "../../components/use-item";
import { UrgentList } from "../../components/UrgentList";
import { addTermFromTab } from "../../utils/add-term";
import { conceptById, summaries } from "../../utils/knowledge";
import { sendToTab } from "../../utils/messaging";
import { openSidePanel } from "../../utils/side-panel";
import { answeredYes, redFlagAnswersItem } from "../../utils/storage/red-flag-answers";
import type { TabSummary } from "../../utils/storage/tab-state";
import { targetTabId } from "./target-tab";
import { usePageReadable } from "./use-page-readable";
import { useSettings } from "../../components/use-settings";
import { useTabSummary } from "../../components/use-tab-summary";

function statusText(summary: TabSummary | null, readable: boolean): string {
  if (!readable) {
    return "Sciatica Lens can't read this page. Browsers keep extensions out of their own settings pages, extension stores and built-in PDF viewer. You can still look terms up below.";
  }
  if (!summary || summary.status === "none") return "Looking at this page…";
  if (summary.status === "paused") return "Sciatica Lens is paused on this site.";
  if (summary.status === "scanning") return "Still reading this page…";
  const n = summary.concepts.length;
  if (n === 0) return "No sciatica terms found on this page. You can still look terms up below.";
  // Said in the live region, so a screen reader announces a warning sign along with the count.
  const flags = summary.concepts.filter((c) => c.category === "red-flag").length;
  const found = `${n} term${n === 1 ? "" : "s"} found on this page.`;
  if (flags === 0) return found;
  return `${found} ${flags} of them ${flags === 1 ? "is a warning sign" : "are warning signs"}: see "When to get checked urgently".`;
}

export function App() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [note, setNote] = useState("");
  const [settings, saveSettings] = useSettings();
  const [answers] = useItem(redFlagAnswersItem);
  useEffect(() => void targetTabId().then(setTabId), []);
  const summary = useTabSummary(tabId);
  const readable = usePageReadable(tabId, !!summary && summary.status !== "none");

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
  // Must stay inside the click handler: browsers open side panels only in answer to a user's action.
  const explain = (id?: string) =>
    void openSidePanel(tabId, id).catch(() => setNote("Could not open the side panel in this browser."));

  const addToNotes = (id: string) => {
    const name = conceptById(id)?.name ?? id;
    addTermFromTab(id, tabId).then(
      () => setNote(`Added ${name} to your notes. Find them in the side panel, under Appointment.`),
      () => setNote(`Could not add ${name} to your notes. Try again.`),
    );
  };

  const concepts = summary?.concepts ?? [];
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Sciatica Lens</h1>
      </header>
      {/* The one-line summary comes first, then the urgent block, then the terms by category. */}
      <section aria-labelledby="on-page" class="popup__page">
        <div class="popup__summary">
          <h2 id="on-page" class="section-title">
            On this page
          </h2>
          <p class="status" role="status" aria-live="polite">
            {statusText(summary, readable)}
          </p>
        </div>
        <UrgentList
          items={summaries.redFlags}
          locale={navigator.language}
          mentioned={concepts.filter((c) => c.category === "red-flag").length}
          answeredYes={answers ? answeredYes(summaries.redFlags, answers).length : 0}
        />
        <ConceptList
          concepts={concepts}
          onShow={(id) => void show(id)}
          onExplain={explain}
          onAddToNotes={addToNotes}
        />
        {note && (
          <p class="note" role="status">
            {note}
          </p>
        )}
      </section>
      <SearchBox concepts={summaries.concepts} onExplain={explain} />
      <SiteControls
        host={summary?.host ?? ""}
        settings={settings}
        onChange={saveSettings}
        onOpenPanel={() => explain()}
      />
    </main>
  );
}
