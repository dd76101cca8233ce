import type { Finding } from "../findings";
import { byDocumentOrder } from "../reveal";
import type { CardRequests } from "./card-requests";
import { findingTouching, liveRange } from "./hit-test";

/** The keyboard shortcuts' side in the page: "next term" (then Enter) and "explain" at the caret or selection. */
export class KeyboardTriggers {
  #jumped: Finding | null = null;

  readonly #cards: CardRequests;

  constructor(cards: CardRequests) {
    this.#cards = cards;
  }

  /** Scrolls to the next term after the last one reached (or the first in view), marks it and shows the hint. */
  nextTerm(): boolean {
    const { ctx } = this.#cards;
    const scanner = ctx.scanner();
    if (!scanner) return false;
    const list = [...scanner.store.visible()]
      .filter((f) => ctx.shown(f.category) && liveRange(f))
      .sort(byDocumentOrder);
    if (list.length === 0) return false;
    const last = this.#jumped;
    let index = last
      ? list.findIndex((f) => byDocumentOrder(f, last) > 0)
      : list.findIndex((f) => liveRange(f)!.getBoundingClientRect().bottom > 0);
    if (index < 0) index = 0;
    const f = (this.#jumped = list[index]);
    const rect = liveRange(f)!.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
      f.range.startContainer.parentElement?.scrollIntoView({
        block: "center",
        behavior: smooth ? "smooth" : "auto",
      });
    }
    void this.#cards.open(f, "hint", { index: index + 1, total: list.length });
    return true;
  }

  /** The card of the term just reached with "next term", or of the one at the caret or selection. */
  explainSelection(): boolean {
    const cards = this.#cards;
    const active = document.activeElement;
    // Every frame is asked; only the one the user is in answers (a parent frame has focus too).
    if (!document.hasFocus() || active instanceof HTMLIFrameElement || active?.localName === "frame")
      return false;
    const shown = cards.shown();
    if (shown?.how === "hint") {
      void cards.open(shown.finding, "keyboard");
      return true;
    }
    const scanner = cards.ctx.scanner();
    const selection = getSelection();
    if (!scanner || !selection?.rangeCount) return false;
    const f = findingTouching(selection.getRangeAt(0), scanner.store, (x) => cards.ctx.shown(x.category));
    if (f) void cards.open(f, "keyboard");
    return !!f;
  }
}
