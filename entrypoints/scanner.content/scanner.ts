import type { Gate } from "../../content/matching/gate";
import type { Matcher } from "../../content/matching/matcher";
import type { CompiledVocabulary } from "../../content/matching/compile";
import type { Category } from "../../content/ids";
import type { HighlightStyle } from "../../utils/storage/settings-schema";
import type { ConceptCount } from "../../utils/protocol/background";
import { countConcepts } from "./report";
import { reveal } from "./reveal";
import { FindingStore, type Finding } from "./findings";
import { HighlightPainter } from "./highlights";
import { SLICE_MS, nextFrame, now, pacer } from "./slices";
import { blockInView } from "./block-in-view";
import type { TextSegment } from "./text-segments";
import { TextBatch } from "./text-batch";
import { cancelUnchanged } from "./unchanged";
import { SegmentWalk, shadowRootReader } from "./walk";

const NODES_PER_STEP = 300;
/** On a long scan, found terms are painted this often (about once a frame) rather than after each slice. */
const PROGRESS_MS = 16;

interface Job {
  readonly start: Node;
  /** The store holds nothing for this subtree yet (a full pass cleared it). */
  readonly fresh?: boolean;
  /** A subtree the job leaves out, because an earlier job of the same pass read it. */
  readonly skip?: Node;
  /** The block in view: its highlights are painted before anything else is read. */
  readonly inView?: boolean;
  walk?: SegmentWalk;
}

/** What the scanner tells the page script as it goes. */
export interface ScannerHooks {
  newRoot(root: ShadowRoot): void;
  customElement(el: Element): void;
  /** Called after each slice that changed findings, and with idle=true when all work is done. */
  changed(idle: boolean): void;
}

/**
 * Finds concepts in a document and its shadow roots, one time-sliced job at a time: a job walks a root or
 * one changed block, matches its text in batches, and replaces that block's findings and highlights.
 */
export class PageScanner {
  readonly store = new FindingStore();
  readonly painter = new HighlightPainter(this.store);
  readonly #readShadow = shadowRootReader();
  readonly #roots = new Set<Document | ShadowRoot>();
  readonly #queue: Job[] = [];
  #active: Job | null = null;
  #running = false;
  readonly #batch = new TextBatch();
  #added: Finding[] = [];
  #removed: Finding[] = [];
  /**
   * The matching path (content/matching/find-concepts.ts) over a page that changes while it is read.
   * Most pages are not about sciatica: they are only read through the gate (stored beside the vocabulary, read at start with the settings).
   * Where a batch opens it, the vocabulary is loaded (once) and the page gets one full rescan with the
   * full pass; the FindingStore applies the context rule to all of the page's findings.
   */
  #matcher: Matcher | null = null;
  #loading: Promise<void> | null = null;
  #paintFirst = false;
  #lastFlush = 0;
  #sliceEnd = 0;
  readonly #pace = pacer();
  /** A gathered batch the matcher has not finished yet (it was compiling patterns when time ran out). */
  #waiting: { readonly inView: boolean } | null = null;

  readonly #gate: Gate;
  readonly #loadMatcher: () => Promise<Matcher>;
  readonly #signal: AbortSignal;
  readonly #hooks: ScannerHooks;

  constructor(gate: Gate, loadMatcher: () => Promise<Matcher>, signal: AbortSignal, hooks: ScannerHooks) {
    this.#gate = gate;
    this.#loadMatcher = loadMatcher;
    this.#signal = signal;
    this.#hooks = hooks;
  }

  get busy(): boolean {
    return this.#running;
  }

  get rootList(): ReadonlyArray<Document | ShadowRoot> {
    return [...this.#roots];
  }

  addRoot(root: Document | ShadowRoot): boolean {
    if (this.#roots.has(root)) return false;
    this.#roots.add(root);
    this.#enqueueFresh(root);
    return true;
  }

  /** Queues a whole root whose findings are already cleared, the block in view first. */
  #enqueueFresh(root: Document | ShadowRoot): void {
    const first = root instanceof Document ? blockInView(root) : null;
    if (first) this.#queue.push({ start: first, fresh: true, inView: true });
    this.#queue.push({ start: root, fresh: true, skip: first ?? undefined });
    if (!this.#running) void this.#run();
  }

  enqueue(start: Node): void {
    this.#queue.push({ start });
    if (!this.#running) void this.#run();
  }

  /** Forget everything and walk every root again (after a burst of changes or a navigation). */
  fullRescan(): void {
    this.#removed.push(...this.store.clear());
    this.#queue.length = 0;
    this.#active = null;
    this.#waiting = null;
    this.#batch.clear();
    for (const root of this.#roots)
      if (root.isConnected || root instanceof Document) this.#enqueueFresh(root);
    if (this.#roots.size === 0) this.#flushChanges(true);
  }

  /** Forgets findings in text that left the page; updates highlights and the report at once if idle. */
  dropDetached(): void {
    this.#removed.push(...this.store.removeDetached());
    if (!this.#running) this.#flushChanges(true);
  }

  /** How highlights look, which kinds are painted, and whether any are (the painter's settings). */
  display(look: { style: HighlightStyle; hiddenCategories: Set<Category>; shown: boolean }): void {
    this.painter.setStyle(look.style);
    this.painter.setHiddenCategories(look.hiddenCategories);
    this.painter.setShown(look.shown);
  }

  /** Concepts never stored on this page ("Not this meaning here"); a change needs a full rescan. */
  set hiddenConcepts(hidden: (concept: number) => boolean) {
    this.store.hidden = hidden;
  }

  /** How often each concept counts on the page, for the report. */
  counts(vocabulary: CompiledVocabulary): ConceptCount[] {
    return countConcepts(this.store, vocabulary);
  }

  /** Puts back highlights the page took out of the registry. */
  keepHighlights(): void {
    this.painter.register();
  }

  /** "Show me": the next occurrence of a concept, scrolled to and marked. */
  reveal(id: string, vocabulary: CompiledVocabulary | null, cursor: Map<string, number>) {
    return reveal(id, this.store, this.painter, vocabulary, cursor);
  }

  /** Takes our highlights off the page and stops watching it. */
  dispose(): void {
    this.painter.dispose();
  }

  /** The matcher, once the gate has let this page through. */
  get activeMatcher(): Matcher | null {
    return this.#matcher;
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      while (
        (this.#active || this.#waiting || this.#queue.length || this.#loading) &&
        !this.#signal.aborted
      ) {
        if (this.#loading) {
          await this.#loading;
          continue;
        }
        const deadline = (this.#sliceEnd = now() + SLICE_MS);
        while (now() < deadline && !this.#loading && this.#work()) {
          /* keep going until the slice is used up */
        }
        // Every change to a highlight makes the browser rebuild the markers of all registered ranges at
        // the next frame: so changes are handed over when a job is done, or every PROGRESS_MS on a long
        // one (only blocks near the view are registered, so each rebuild stays small).
        if (this.#paintFirst || !this.#active || now() - this.#lastFlush >= PROGRESS_MS)
          this.#flushChanges(false);
        if (this.#paintFirst) {
          this.#paintFirst = false;
          await nextFrame();
        } else {
          await this.#pace();
        }
      }
    } finally {
      this.#running = false;
    }
    if (!this.#signal.aborted) this.#flushChanges(true);
  }

  /** Does one step of work; false when there is nothing left. */
  #work(): boolean {
    if (this.#waiting) return this.#matchWaiting();
    if (!this.#active) {
      const next = this.#queue.shift();
      if (!next) return false;
      if (!next.fresh) this.#removed.push(...this.store.removeWithin(next.start));
      // Queued, then taken off the page before its turn: nothing to read (and nothing to keep).
      if (!next.start.isConnected) return true;
      next.walk = new SegmentWalk(next.start, this.#walkCallbacks, this.#readShadow, next.skip);
      this.#active = next;
    }
    const walk = this.#active.walk!;
    if (walk.lost) {
      this.fullRescan();
      return true;
    }
    const job = this.#active;
    const more = walk.step(NODES_PER_STEP, this.#batch.full);
    if (!more) this.#active = null;
    if (!more || this.#batch.full()) {
      this.#waiting = { inView: !more && job.inView === true };
      return this.#matchWaiting();
    }
    return true;
  }

  /** Matches the gathered batch; false when the slice should end (its time is up, or to paint first). */
  #matchWaiting(): boolean {
    // A retry of an oversized batch would read it all again each slice, so it is matched in one go.
    const deadline = this.#batch.oversized ? Number.POSITIVE_INFINITY : this.#sliceEnd;
    if (!this.#matchBatch(deadline)) return false;
    // End the slice after the block in view, and let the page paint its highlights before reading on.
    if (this.#waiting?.inView) this.#paintFirst = true;
    this.#waiting = null;
    return !this.#paintFirst;
  }

  readonly #walkCallbacks = {
    segment: (segment: TextSegment) => this.#batch.add(segment),
    shadowRoot: (root: ShadowRoot) => {
      if (!this.#roots.has(root)) this.#hooks.newRoot(root);
    },
    customElement: (el: Element) => this.#hooks.customElement(el),
  };

  /** False when the matcher ran out of time before it was done: the batch is kept for the next slice. */
  #matchBatch(deadline: number): boolean {
    if (!this.#matcher) {
      const text = this.#batch.takeText();
      if (text !== null && this.#gate.opens(text) && !this.#loading) {
        this.#loading = this.#loadMatcher().then(
          (matcher) => {
            this.#matcher = matcher;
            this.#loading = null;
            this.fullRescan();
          },
          () => {
            // The extension was reloaded under the page, or its storage failed: nothing to match with.
            // The next text that passes the gate tries again; a dead context ends the scanner first.
            this.#loading = null;
          },
        );
      }
      return true;
    }
    const found = this.#batch.match(this.#matcher, deadline);
    if (!found) return false;
    for (const [block, list] of found) this.#added.push(...this.store.add(block, list));
    return true;
  }

  #flushChanges(idle: boolean): void {
    this.#lastFlush = now();
    const { added, removed } = cancelUnchanged(this.store, this.#added, this.#removed);
    const changed = added.length > 0 || removed.length > 0;
    if (changed) this.painter.update(added, removed);
    if (idle) this.painter.settle();
    this.#added = [];
    this.#removed = [];
    if (changed || idle) this.#hooks.changed(idle);
  }
}
