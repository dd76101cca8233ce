/**
 * Which blocks with findings are on or near the screen. Chromium rebuilds the markers of every range in
 * every registered highlight after any change to the page's DOM or style, so on a page that keeps
 * changing, the cost of each of the page's own updates grows with the number of ranges we registered.
 * Only blocks within a few screens of the view are painted; the rest are found, counted and listed, and
 * painted as they come near.
 */
const MARGIN = "200% 100%";

export class NearView {
  readonly #near = new Set<Node>();
  readonly #watched = new Set<Element>();
  readonly #observer: IntersectionObserver | null;

  constructor(private readonly changed: (entered: Element[], left: Element[]) => void) {
    this.#observer =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => this.#onEntries(entries), this.#options())
        : null;
  }

  #options(): IntersectionObserverInit {
    // In a frame, the frame's own document is the root, so the margin applies there too (it is ignored
    // for the implicit root of a cross-origin frame). `scrollMargin` widens scrolling boxes inside the
    // page the same way where the browser knows it.
    const root = window !== window.top ? document : null;
    return { root, rootMargin: MARGIN, scrollMargin: MARGIN } as IntersectionObserverInit;
  }

  /** True for a block that is near the view, or that cannot be watched (so it is always painted). */
  has(block: Node): boolean {
    return this.#near.has(block) || !this.#canWatch(block);
  }

  #canWatch(block: Node): block is Element {
    return this.#observer !== null && block instanceof Element && block.isConnected;
  }

  /**
   * Starts watching a block. Its first report comes a frame later, so until then it counts as near: new
   * text is usually where the reader is (a post just sent, a page just opened), and a block far away is
   * unpainted by that first report.
   */
  watch(block: Node): void {
    if (!this.#canWatch(block) || this.#watched.has(block)) return;
    this.#watched.add(block);
    this.#near.add(block);
    this.#observer!.observe(block);
  }

  unwatch(block: Node): void {
    if (!(block instanceof Element) || !this.#watched.delete(block)) return;
    this.#near.delete(block);
    this.#observer?.unobserve(block);
  }

  disconnect(): void {
    this.#observer?.disconnect();
    this.#watched.clear();
    this.#near.clear();
  }

  #onEntries(entries: IntersectionObserverEntry[]): void {
    const entered: Element[] = [];
    const left: Element[] = [];
    for (const entry of entries) {
      const block = entry.target;
      if (!this.#watched.has(block)) continue;
      const near = entry.isIntersecting || this.#boxless(entry);
      if (near === this.#near.has(block)) continue;
      if (near) {
        this.#near.add(block);
        entered.push(block);
      } else {
        this.#near.delete(block);
        left.push(block);
      }
    }
    if (entered.length || left.length) this.changed(entered, left);
  }

  /** `display: contents` has no box of its own, so it never intersects, while its text is on screen. */
  #boxless(entry: IntersectionObserverEntry): boolean {
    const { width, height } = entry.boundingClientRect;
    return (
      width === 0 &&
      height === 0 &&
      entry.target.isConnected &&
      getComputedStyle(entry.target).display === "contents"
    );
  }
}
