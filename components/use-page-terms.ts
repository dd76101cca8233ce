import { useState } from "preact/hooks";
import { addTermFromTab } from "../utils/add-term";
import { conceptById } from "../utils/knowledge";
import { sendToTab } from "../utils/messaging";
import type { TabSummary } from "../utils/storage/tab-state";

// "On this page", as the popup and the side panel's Explain section both show it: what the status line
// says, "Show me" and "Add to my notes", with one line telling the user what happened.

/** The status of the page in a tab, in words; the popup adds its own hints about what else it can do. */
export function pageStatus(summary: TabSummary | null): string {
  if (!summary || summary.status === "none")
    return "Sciatica Lens has not read the page in this tab. Browser pages and extension stores can't be read.";
  if (summary.status === "paused") return "Sciatica Lens is paused on this site.";
  if (summary.status === "scanning") return "Still reading this page…";
  const n = summary.concepts.length;
  if (n === 0) return "No sciatica terms found on this page.";
  // Said in a live region, so a screen reader announces a warning sign along with the count.
  const found = `${n} term${n === 1 ? "" : "s"} found on this page.`;
  const flags = summary.concepts.filter((c) => c.category === "red-flag").length;
  if (flags === 0) return found;
  return `${found} ${flags} of them ${flags === 1 ? "is a warning sign" : "are warning signs"}.`;
}

export interface PageTerms {
  /** What the last action did ("Showing 2 of 5."), for a status line. */
  note: string;
  setNote(note: string): void;
  show(id: string): Promise<void>;
  addToNotes(id: string): void;
}

export function usePageTerms(tabId: number | undefined, summary: TabSummary | null): PageTerms {
  const [note, setNote] = useState("");
  const onPage = (id: string) => !!summary?.concepts.some((c) => c.id === id);
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
  const addToNotes = (id: string) => {
    const name = conceptById(id)?.name ?? id;
    // Where it was read: the page in the tab, when the term is on it; otherwise just the term.
    addTermFromTab(id, onPage(id) ? tabId : undefined).then(
      () => setNote(`Added ${name} to your notes, under Appointment in the side panel.`),
      () => setNote(`Could not add ${name} to your notes. Try again.`),
    );
  };
  return { note, setNote, show, addToNotes };
}
