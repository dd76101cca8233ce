import { OWN_UI_TAG } from "../text-segments";
import cardCss from "./card.css?inline";
import { h } from "./card-panel";
import { placeCard } from "./position";

// The card and the "next term" hint live in a shadow root on a host element that is in the page only
// while one of them is shown. The root is open so that tests and assistive tools see the real thing; a
// page script could reach into it, but no more than it could draw a look-alike anywhere: nothing in it
// is read back, and its buttons act only on trusted (user) events.

const HOST_STYLE =
  "all:initial!important;position:fixed!important;z-index:2147483647!important;display:block!important;" +
  "margin:0!important;padding:0!important;border:0!important;inset:auto!important;overflow:visible!important;" +
  "background:none!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important;" +
  "transform:none!important;filter:none!important;zoom:1!important;direction:ltr!important;unicode-bidi:isolate!important;";

let sheet: CSSStyleSheet | null | undefined;

/** One shown card or hint, positioned beside its term and following it as the page scrolls. */
export class CardView {
  readonly host = document.createElement(OWN_UI_TAG);
  readonly panel: HTMLElement;
  #frame = 0;

  readonly #anchor: () => DOMRect | null;

  constructor(panel: HTMLElement, anchor: () => DOMRect | null) {
    this.panel = panel;
    this.#anchor = anchor;
    this.host.style.cssText = HOST_STYLE;
    const root = this.host.attachShadow({ mode: "open" });
    try {
      if (sheet === undefined) (sheet = new CSSStyleSheet()).replaceSync(cardCss);
      root.adoptedStyleSheets = [sheet!];
    } catch {
      // Where a content script cannot adopt a sheet into the page's tree, a <style> does the same.
      sheet = null;
      root.append(h("style", {}, cardCss));
    }
    root.append(panel);
    document.documentElement.append(this.host);
    // The top layer keeps the card above the page's own stacking, transforms and overflow.
    try {
      this.host.popover = "manual";
      this.host.showPopover();
    } catch {
      // No popover support: the fixed position and top z-index still apply.
    }
    this.#place();
  }

  /** Re-reads the term's position at the next frame (after a scroll, a resize or a layout change). */
  follow(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  }

  #place(): void {
    const rect = this.#anchor();
    if (!rect) return;
    this.panel.style.maxHeight = "";
    const { left, top, maxHeight } = placeCard(
      rect,
      this.host.offsetWidth,
      this.host.offsetHeight,
      document.documentElement.clientWidth || innerWidth,
      innerHeight,
    );
    if (maxHeight !== null) this.panel.style.maxHeight = `${maxHeight}px`;
    this.host.style.setProperty("left", `${left}px`, "important");
    this.host.style.setProperty("top", `${top}px`, "important");
  }

  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  remove(): void {
    cancelAnimationFrame(this.#frame);
    this.host.remove();
  }
}
