import type { CompiledVocabulary } from "../../content/matching/compile";
import type { ConceptCount, FrameReport } from "../../utils/protocol/background";
import { sendReport } from "./extension-api";
import type { FindingStore } from "./findings";

const REPORT_DELAY_MS = 150;

/** Only concept ids and counts leave this frame: never the page's text. */
export function countConcepts(store: FindingStore, vocabulary: CompiledVocabulary): ConceptCount[] {
  const counts = new Map<number, number>();
  for (const f of store.visible()) counts.set(f.concept, (counts.get(f.concept) ?? 0) + 1);
  return [...counts].map(([index, count]) => ({
    id: vocabulary.concepts[index].id,
    category: vocabulary.concepts[index].category,
    count,
  }));
}

/** Sends this frame's summary to the background, coalescing bursts and skipping repeats. */
export class Reporter {
  #last = "";
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #build: () => FrameReport;
  readonly #signal: AbortSignal;

  constructor(build: () => FrameReport, signal: AbortSignal) {
    this.#build = build;
    this.#signal = signal;
    signal.addEventListener("abort", () => clearTimeout(this.#timer), { once: true });
  }

  /** The next report is sent even if it is the same as the last one. */
  forget(): void {
    this.#last = "";
  }

  schedule(immediately = false): void {
    clearTimeout(this.#timer);
    if (immediately) this.#send();
    else this.#timer = setTimeout(() => this.#send(), REPORT_DELAY_MS);
  }

  /**
   * This frame is going away (removed from its page, or navigated): its findings go with it. The next
   * report (a frame brought back from the back/forward cache) is sent whatever it says.
   */
  gone(host: string): void {
    clearTimeout(this.#timer);
    this.#last = "";
    if (!this.#signal.aborted) sendReport({ host, status: "done", concepts: [] }).catch(() => undefined);
  }

  #send(): void {
    if (this.#signal.aborted) return;
    const report = this.#build();
    const key = JSON.stringify(report);
    if (key === this.#last) return;
    this.#last = key;
    // The extension may have been reloaded or updated under the page: nothing to tell, nothing to break.
    sendReport(report).catch(() => undefined);
  }
}
