import { CATEGORIES, type Category } from "../../content/schema";
import type { Finding, FindingStore } from "./findings";

export type HighlightStyle = "underline" | "background" | "none";

const PREFIX = "sciatica-lens-";
export const FOCUS_NAME = `${PREFIX}focus`;

export const highlightsSupported = (): boolean =>
  typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * One Highlight per category in the page's highlight registry. Where the API is missing nothing is
 * painted, and the popup and side panel still list what was found.
 */
export class HighlightPainter {
  private readonly byCategory = new Map<Category, Highlight>();
  private style: HighlightStyle = "underline";
  private shown = true;
  private contextShown = false;
  private readonly supported = highlightsSupported();

  constructor() {
    if (!this.supported) return;
    for (const category of CATEGORIES) {
      const highlight = new Highlight();
      if (category === "red-flag") highlight.priority = 1;
      this.byCategory.set(category, highlight);
    }
  }

  private nameOf(category: Category): string {
    return `${PREFIX}${this.style}-${category}`;
  }

  /** Adds and removes ranges after a change; rebuilds when the page's anchor state flipped. */
  update(store: FindingStore, added: readonly Finding[], removed: readonly Finding[]): void {
    if (!this.supported) return;
    if (store.hasAnchor !== this.contextShown) return this.rebuild(store);
    for (const f of removed) this.byCategory.get(f.category)?.delete(f.range);
    for (const f of added)
      if (!f.contextual || this.contextShown) this.byCategory.get(f.category)?.add(f.range);
    this.register();
  }

  rebuild(store: FindingStore): void {
    if (!this.supported) return;
    this.contextShown = store.hasAnchor;
    for (const h of this.byCategory.values()) h.clear();
    for (const f of store.visible()) this.byCategory.get(f.category)?.add(f.range);
    this.register();
  }

  setStyle(style: HighlightStyle): void {
    this.unregister();
    this.style = style;
    this.register();
  }

  setShown(shown: boolean): void {
    this.shown = shown;
    if (shown) this.register();
    else this.unregister();
  }

  /**
   * Puts our highlights back if the page cleared the registry or reused our names. Categories with no
   * ranges are left out of the registry: an empty highlight still costs the page a style check.
   */
  register(): void {
    if (!this.supported || !this.shown || this.style === "none") return;
    for (const [category, highlight] of this.byCategory) {
      const name = this.nameOf(category);
      const registered = CSS.highlights.get(name) === highlight;
      if (highlight.size > 0 && !registered) CSS.highlights.set(name, highlight);
      else if (highlight.size === 0 && registered) CSS.highlights.delete(name);
    }
  }

  unregister(): void {
    if (!this.supported) return;
    for (const [category, highlight] of this.byCategory) {
      const name = this.nameOf(category);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  /** Makes one occurrence stand out for a moment. */
  flash(range: AbstractRange, ms = 1600): void {
    if (!this.supported) return;
    const focus = new Highlight(range);
    focus.priority = 2;
    CSS.highlights.set(FOCUS_NAME, focus);
    setTimeout(() => {
      if (CSS.highlights.get(FOCUS_NAME) === focus) CSS.highlights.delete(FOCUS_NAME);
    }, ms);
  }
}
