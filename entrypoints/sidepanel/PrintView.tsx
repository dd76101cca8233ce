import { useEffect, useRef } from "preact/hooks";
import { PrintSummary } from "./PrintSummary";
import { useNotes } from "./use-notes";

/** The summary on its own page (opened in a tab by "Print or save as PDF"), where printing always works. */
export function PrintView({ autoprint }: { autoprint: boolean }) {
  const { summary } = useNotes(navigator.language);
  const printed = useRef(false);
  useEffect(() => {
    if (!summary) return;
    document.title = `${summary.title} – Sciatica Lens`;
    if (autoprint && !printed.current) {
      printed.current = true;
      // After this frame is painted, so the print shows the filled-in page.
      requestAnimationFrame(() => setTimeout(() => window.print(), 0));
    }
  }, [summary, autoprint]);
  return (
    <main class="print-view">
      <div class="print-view__bar no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <p class="hint">In the print window, choose your printer, or "Save as PDF".</p>
      </div>
      {summary ? <PrintSummary summary={summary} /> : <p class="status">Loading your notes…</p>}
    </main>
  );
}
