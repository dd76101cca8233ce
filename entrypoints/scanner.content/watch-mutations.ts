import { isBlock, isInsideSkipped, isSkipped, nearestBlock } from "./text-segments";

/** More changed blocks than this in one batch: one deferred full rescan is cheaper than many small ones. */
const BURST_BLOCKS = 400;
/**
 * Long enough to gather a render that spans a few tasks into one rescan, short enough that new text is
 * marked in the same frame the page shows it (one highlight rebuild in the browser instead of two).
 */
const SETTLE_MS = 5;
const BURST_SETTLE_MS = 250;
const BURST_MAX_WAIT_MS = 1000;

const isQuiet = (node: Node): boolean =>
  node.nodeType === Node.COMMENT_NODE ||
  (node.nodeType === Node.TEXT_NODE && !/\S/.test((node as Text).data));

export interface MutationSink {
  rescan(blocks: Node[]): void;
  dropDetached(): void;
  fullRescan(): void;
}

/**
 * One MutationObserver per root, batched: changes are gathered as the blocks they touch, settled for a
 * moment, then handed over as one rescan (or, past a burst, one full rescan).
 */
export class MutationWatcher {
  #dirty = new Set<Node>();
  #removals = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #burst = false;
  #burstSince: number | undefined;

  readonly #sink: MutationSink;
  readonly #signal: AbortSignal;

  constructor(sink: MutationSink, signal: AbortSignal) {
    this.#sink = sink;
    this.#signal = signal;
    signal.addEventListener("abort", () => clearTimeout(this.#timer), { once: true });
  }

  observe(root: Document | ShadowRoot): void {
    const observer = new MutationObserver((records) => this.#collect(records));
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.#signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  }

  #collect(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (isInsideSkipped(target)) continue;
      if (record.type === "characterData") {
        this.#dirty.add(nearestBlock(target));
        continue;
      }
      if (record.removedNodes.length > 0) this.#removals = true;
      const onlyBlocks = [...record.addedNodes, ...record.removedNodes].every(
        (n) => isQuiet(n) || (n instanceof Element && (isBlock(n) || isSkipped(n))),
      );
      if (onlyBlocks) {
        for (const n of record.addedNodes) if (n instanceof Element && !isSkipped(n)) this.#dirty.add(n);
      } else {
        this.#dirty.add(target instanceof Element && isBlock(target) ? target : nearestBlock(target));
      }
    }
    if (this.#dirty.size > BURST_BLOCKS) this.#burst = true;
    if (this.#dirty.size > 0 || this.#removals) this.#schedule();
  }

  /**
   * Throttled, not debounced: a page that changes text every few milliseconds must still be rescanned.
   * Only a burst waits for the page to settle, and never longer than BURST_MAX_WAIT_MS.
   */
  #schedule(): void {
    if (this.#burst) {
      this.#burstSince ??= Date.now();
      const waited = Date.now() - this.#burstSince;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(
        () => this.#flush(),
        Math.max(0, Math.min(BURST_SETTLE_MS, BURST_MAX_WAIT_MS - waited)),
      );
    } else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => this.#flush(), SETTLE_MS);
    }
  }

  #flush(): void {
    this.#timer = undefined;
    this.#burstSince = undefined;
    const dirty = this.#dirty;
    const burst = this.#burst;
    this.#dirty = new Set();
    this.#burst = false;
    if (this.#removals) this.#sink.dropDetached();
    this.#removals = false;
    if (burst) return this.#sink.fullRescan();
    // A block inside another changed block is walked with it.
    const outermost = [...dirty].filter((node) => {
      if (!node.isConnected) return false;
      for (let p = node.parentNode; p; p = p.parentNode) if (dirty.has(p)) return false;
      return true;
    });
    if (outermost.length) this.#sink.rescan(outermost);
  }
}
