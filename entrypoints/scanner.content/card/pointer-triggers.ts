import type { CardTrigger } from "../../../utils/storage/settings-schema";
import type { Finding } from "../findings";
import type { CardRequests } from "./card-requests";
import { findingAt } from "./hit-test";

const HOVER_OPEN_MS = 400;
/** Time to move the pointer from a term onto its card (WCAG 2.2, 1.4.13: content on hover is hoverable). */
const HOVER_CLOSE_MS = 300;
/** A click on these belongs to the page (a link, a control), even on a highlighted term. */
const INTERACTIVE =
  "a[href],button,input,select,textarea,label,summary,[contenteditable],[role=button],[role=link]";

/**
 * Clicks (and, in hover mode, pointer moves) on painted terms. The page's window gets these listeners
 * only while something is painted: a page with no findings pays for nothing.
 */
export class PointerTriggers {
  #listening: AbortController | null = null;
  #mode: CardTrigger | null = null;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #moveFrame = 0;

  readonly #cards: CardRequests;

  constructor(cards: CardRequests) {
    this.#cards = cards;
  }

  listen(mode: CardTrigger | null): void {
    if (mode === this.#mode) return;
    this.#listening?.abort();
    this.#mode = mode;
    if (!mode) return;
    this.#listening = new AbortController();
    const signal = AbortSignal.any([this.#listening.signal, this.#cards.signal]);
    const options = { capture: true, passive: true, signal };
    addEventListener("click", (e) => this.#onClick(e), options);
    if (mode === "hover") addEventListener("pointermove", (e) => this.#onMove(e), options);
  }

  /** Stops a pending hover open or close. */
  cancel(): void {
    clearTimeout(this.#hoverTimer);
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
  }

  #hit(x: number, y: number): Finding | null {
    const scanner = this.#cards.ctx.scanner();
    if (!scanner) return null;
    const shadowRoots = scanner.rootList.filter((r): r is ShadowRoot => r instanceof ShadowRoot);
    return findingAt(x, y, scanner.store, scanner.painter, shadowRoots);
  }

  #onClick(e: MouseEvent): void {
    const closed = this.#cards.takeJustClosed();
    if (!e.isTrusted || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // A drag that selected text is not a click on a term.
    if (this.#cards.contains(e) || !getSelection()?.isCollapsed) return;
    const target = e.composedPath()[0];
    if (target instanceof Element && target.closest(INTERACTIVE)) return;
    const f = this.#hit(e.clientX, e.clientY);
    if (f && f !== closed) void this.#cards.open(f, "click");
  }

  #onMove(e: PointerEvent): void {
    if (e.pointerType !== "mouse" || !e.isTrusted) return;
    const overCard = this.#cards.contains(e);
    const { clientX: x, clientY: y } = e;
    cancelAnimationFrame(this.#moveFrame);
    this.#moveFrame = requestAnimationFrame(() => {
      const shown = this.#cards.shown();
      const f = overCard ? (shown?.finding ?? null) : this.#hit(x, y);
      if (f && f === shown?.finding) {
        clearTimeout(this.#closeTimer);
        this.#closeTimer = undefined;
        return;
      }
      clearTimeout(this.#hoverTimer);
      if (f) this.#hoverTimer = setTimeout(() => void this.#cards.open(f, "hover"), HOVER_OPEN_MS);
      // Only a card the pointer opened goes when the pointer leaves; clicked and keyboard cards stay.
      if (shown?.how === "hover" && this.#closeTimer === undefined)
        this.#closeTimer = setTimeout(() => this.#cards.close(), HOVER_CLOSE_MS);
    });
  }
}
