import { CATEGORIES, type Category } from "../../content/ids";
import type { HighlightStyle } from "../../utils/storage/settings-schema";
import type { Finding, FindingStore } from "./findings";
import { NearView } from "./near-view";
import { countsOnPage } from "../../content/matching/context-rule";

const PREFIX = "sciatica-lens-";
export const FOCUS_NAME = `${PREFIX}focus`;

export const highlightsSupported = (): boolean =>
  typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * One Highlight per category in the page's highlight registry. Where the API is missing nothing is
 * painted, and the popup and side panel still list what was found.
 */
export class HighlightPainter {
  readonly #byCategory = new Map<Category, Highlight>();
  #style: HighlightStyle = "underline";
  #shown = true;
  #hiddenCategories = new Set<Category>();
  #contextShown = false;
  readonly #supported = highlightsSupported();
  readonly #nearView: NearView | null;
  /** Blocks that lost their findings: no longer watched once the scan is idle (a rescan adds them back). */
  #emptied = new Set<Node>();

  readonly #store: FindingStore;

  constructor(store: FindingStore) {
    this.#store = store;
    this.#nearView = this.#supported ? new NearView((entered, left) => this.#onView(entered, left)) : null;
    if (!this.#supported) return;
    for (const category of CATEGORIES) {
      const highlight = new Highlight();
      if (category === "red-flag") highlight.priority = 1;
      this.#byCategory.set(category, highlight);
    }
  }

  #nameOf(category: Category): string {
    return `${PREFIX}${this.#style}-${category}`;
  }

  #shows(f: Finding): boolean {
    return countsOnPage(f, this.#contextShown);
  }

  /** Adds and removes ranges after a change; rebuilds when the page's anchor state flipped. */
  update(added: readonly Finding[], removed: readonly Finding[]): void {
    if (!this.#nearView) return;
    for (const f of removed) {
      const block = this.#store.blockOf(f);
      if (block) this.#emptied.add(block);
    }
    if (this.#store.hasAnchor !== this.#contextShown) return this.rebuild();
    for (const f of removed) this.#byCategory.get(f.category)?.delete(f.range);
    for (const f of added) {
      const block = this.#store.blockOf(f);
      if (!block) continue;
      this.#nearView.watch(block);
      if (this.#shows(f) && this.#nearView.has(block)) this.#byCategory.get(f.category)?.add(f.range);
    }
    this.register();
  }

  /** Once a scan is done: stops watching blocks that have no findings left. */
  settle(): void {
    for (const block of this.#emptied)
      if (this.#store.inBlock(block).length === 0) this.#nearView?.unwatch(block);
    this.#emptied = new Set();
  }

  rebuild(): void {
    if (!this.#nearView) return;
    this.#contextShown = this.#store.hasAnchor;
    for (const h of this.#byCategory.values()) h.clear();
    for (const f of this.#store.visible()) {
      const block = this.#store.blockOf(f);
      if (!block) continue;
      this.#nearView.watch(block);
      if (this.#nearView.has(block)) this.#byCategory.get(f.category)?.add(f.range);
    }
    this.register();
  }

  #onView(entered: readonly Node[], left: readonly Node[]): void {
    for (const block of left)
      for (const f of this.#store.inBlock(block)) this.#byCategory.get(f.category)?.delete(f.range);
    for (const block of entered)
      for (const f of this.#store.inBlock(block))
        if (this.#shows(f)) this.#byCategory.get(f.category)?.add(f.range);
    this.register();
  }

  dispose(): void {
    this.unregister();
    this.#nearView?.disconnect();
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.#style) return;
    this.unregister();
    this.#style = style;
    this.register();
  }

  setShown(shown: boolean): void {
    this.#shown = shown;
    if (shown) this.register();
    else this.unregister();
  }

  get isShown(): boolean {
    return this.#shown;
  }

  setHiddenCategories(hidden: Set<Category>): void {
    if ([...hidden].join() === [...this.#hiddenCategories].join()) return;
    this.unregister();
    this.#hiddenCategories = hidden;
    this.register();
  }

  /** Whether a finding of this category is painted on the page now. */
  paints(category: Category): boolean {
    return this.#supported && this.#shown && this.#style !== "none" && !this.#hiddenCategories.has(category);
  }

  /** True while the page has findings we paint (on screen or once scrolled to): clicks and hovers matter. */
  get painting(): boolean {
    if (!this.#supported || !this.#shown || this.#style === "none") return false;
    for (const f of this.#store.all()) if (this.#store.isVisible(f) && this.paints(f.category)) return true;
    return false;
  }

  owns(highlight: Highlight): boolean {
    for (const [category, own] of this.#byCategory) if (own === highlight) return this.paints(category);
    return false;
  }

  /**
   * Puts our highlights back if the page cleared the registry or reused our names. Categories with no
   * ranges are left out of the registry: an empty highlight still costs the page a style check.
   */
  register(): void {
    if (!this.#supported) return;
    for (const [category, highlight] of this.#byCategory) {
      const name = this.#nameOf(category);
      const registered = CSS.highlights.get(name) === highlight;
      const wanted = highlight.size > 0 && this.paints(category);
      if (wanted && !registered) CSS.highlights.set(name, highlight);
      else if (!wanted && registered) CSS.highlights.delete(name);
    }
  }

  unregister(): void {
    if (!this.#supported) return;
    for (const [category, highlight] of this.#byCategory) {
      const name = this.#nameOf(category);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  /** Makes one occurrence stand out: for `ms`, or until the next call when `ms` is 0. */
  flash(range: AbstractRange | null, ms = 1600): void {
    if (!this.#supported) return;
    if (this.#focus && CSS.highlights.get(FOCUS_NAME) === this.#focus) CSS.highlights.delete(FOCUS_NAME);
    if (!range) return;
    const focus = (this.#focus = new Highlight(range));
    focus.priority = 2;
    CSS.highlights.set(FOCUS_NAME, focus);
    if (ms > 0)
      setTimeout(() => {
        if (CSS.highlights.get(FOCUS_NAME) === focus) CSS.highlights.delete(FOCUS_NAME);
      }, ms);
  }

  #focus: Highlight | null = null;
}
