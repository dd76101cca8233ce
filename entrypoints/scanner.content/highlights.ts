import { CATEGORIES, type Category } from "../../content/ids";
import type { HighlightStyle } from "../../utils/storage/settings-schema";
import type { Finding, FindingStore } from "./findings";

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
  private hiddenCategories = new Set<Category>();
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
    for (const f of added) if (store.isVisible(f)) this.byCategory.get(f.category)?.add(f.range);
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
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    this.register();
  }

  setShown(shown: boolean): void {
    this.shown = shown;
    if (shown) this.register();
    else this.unregister();
  }

  get isShown(): boolean {
    return this.shown;
  }

  setHiddenCategories(hidden: Set<Category>): void {
    if ([...hidden].join() === [...this.hiddenCategories].join()) return;
    this.unregister();
    this.hiddenCategories = hidden;
    this.register();
  }

  /** Whether a finding of this category is painted on the page now. */
  paints(category: Category): boolean {
    return this.supported && this.shown && this.style !== "none" && !this.hiddenCategories.has(category);
  }

  /** True while any of our highlights is painted: clicks and hovers only matter then. */
  get painting(): boolean {
    for (const [category, highlight] of this.byCategory)
      if (highlight.size > 0 && this.paints(category)) return true;
    return false;
  }

  owns(highlight: Highlight): boolean {
    for (const [category, own] of this.byCategory) if (own === highlight) return this.paints(category);
    return false;
  }

  /**
   * Puts our highlights back if the page cleared the registry or reused our names. Categories with no
   * ranges are left out of the registry: an empty highlight still costs the page a style check.
   */
  register(): void {
    if (!this.supported) return;
    for (const [category, highlight] of this.byCategory) {
      const name = this.nameOf(category);
      const registered = CSS.highlights.get(name) === highlight;
      const wanted = highlight.size > 0 && this.paints(category);
      if (wanted && !registered) CSS.highlights.set(name, highlight);
      else if (!wanted && registered) CSS.highlights.delete(name);
    }
  }

  unregister(): void {
    if (!this.supported) return;
    for (const [category, highlight] of this.byCategory) {
      const name = this.nameOf(category);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  /** Makes one occurrence stand out: for `ms`, or until the next call when `ms` is 0. */
  flash(range: AbstractRange | null, ms = 1600): void {
    if (!this.supported) return;
    if (this.focus && CSS.highlights.get(FOCUS_NAME) === this.focus) CSS.highlights.delete(FOCUS_NAME);
    if (!range) return;
    const focus = (this.focus = new Highlight(range));
    focus.priority = 2;
    CSS.highlights.set(FOCUS_NAME, focus);
    if (ms > 0)
      setTimeout(() => {
        if (CSS.highlights.get(FOCUS_NAME) === focus) CSS.highlights.delete(FOCUS_NAME);
      }, ms);
  }

  private focus: Highlight | null = null;
}
