/**
 * Which blocks with findings are on or near the screen. Chromium rebuilds the markers of every range in
 * every registered highlight after any change to the page's DOM or style, so on a page that keeps
 * changing, the cost of each of the page's own updates grows with the number of ranges we registered.
 * Only blocks within a few screens of the view are painted; the rest are found, counted and listed, and
 * painted as they come near.
 */
const MARGIN = "200% 100%";

export class NearView {
  /** Each watched block, and whether it is near the view. */
  readonly #watched = new Map<Element, boolean>();
  #observer: IntersectionObserver | null | undefined;
  readonly #changed: (entered: Element[], left: Element[]) => void;

  constructor(changed: (entered: Element[], left: Element[]) => void) {
    this.#changed = changed;
  }

  /** Made on first use: most pages have nothing to paint, and pay nothing for it. */
  #observe(): IntersectionObserver | null {
    if (this.#observer !== undefined) return this.#observer;
    // In a frame, the frame's own document is the root, so the margin applies there too (it is ignored
    // for the implicit root of a cross-origin frame). `scrollMargin` widens scrolling boxes inside the
    // page the same way where the browser knows it.
    const root = window !== window.top ? document : null;
    const options = { root, rootMargin: MARGIN, scrollMargin: MARGIN } as IntersectionObserverInit;
    return (this.#observer =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => this.#onEntries(entries), options)
        : null);
  }

  /** True for a block that is near the view, or that cannot be watched (so it is always painted). */
  has(block: Node): boolean {
    return this.#watched.get(block as Element) ?? !this.#canWatch(block);
  }

  #canWatch(block: Node): block is Element {
    return block instanceof Element && block.isConnected && this.#observe() !== null;
  }

  /**
   * Starts watching a block. Its first report comes a frame later, so until then it counts as near: new
   * text is usually where the reader is (a post just sent, a page just opened), and a block far away is
   * unpainted by that first report.
   */
  watch(block: Node): void {
    if (!this.#canWatch(block) || this.#watched.has(block)) return;
    this.#watched.set(block, true);
    this.#observer!.observe(block);
  }

  unwatch(block: Node): void {
    if (this.#watched.delete(block as Element)) this.#observer?.unobserve(block as Element);
  }

  disconnect(): void {
    this.#observer?.disconnect();
    this.#watched.clear();
  }

  #onEntries(entries: IntersectionObserverEntry[]): void {
    const entered: Element[] = [];
    const left: Element[] = [];
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      const was = this.#watched.get(target);
      if (was === undefined) continue;
      // `display: contents` has no box of its own, so it never intersects, while its text is on screen.
      const near =
        isIntersecting ||
        (!box.width && !box.height && target.isConnected && getComputedStyle(target).display === "contents");
      if (near === was) continue;
      this.#watched.set(target, near);
      (near ? entered : left).push(target);
    }
    if (entered.length || left.length) this.#changed(entered, left);
  }
}
