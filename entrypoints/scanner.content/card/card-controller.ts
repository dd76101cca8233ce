import type { CardContent } from "../../../utils/protocol/background";
import { send } from "../extension-api";
import { pageAbout } from "../page-about";
import type { Finding } from "../findings";
import { cardPanel, hintPanel, type Actions } from "./card-panel";
import type { CardContext, CardRequests, How } from "./card-requests";
import { CardView } from "./card-view";
import { findingWhere } from "./finding-where";
import { liveRange } from "./hit-test";
import { KeyboardTriggers } from "./keyboard-triggers";
import { PointerTriggers } from "./pointer-triggers";

/** Said when the side panel did not open and the background could not say why. */
const NOT_OPENED = "This browser did not open the side panel. Use the Sciatica Lens toolbar button.";

const deepActive = (): HTMLElement | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

const consume = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

/**
 * The in-page card (and the "next term" hint): at most one at a time, beside its term. Escape, a press
 * elsewhere or its text leaving the page close it; opened from the keyboard it takes focus and gives it
 * back when it closes. What opens it lives in pointer-triggers.ts and keyboard-triggers.ts, which ask
 * through CardRequests: this class alone holds what is shown.
 */
export class CardController implements CardRequests {
  #view: CardView | null = null;
  #finding: Finding | null = null;
  #how: How | null = null;
  #justClosed: Finding | null = null;
  readonly #pointer: PointerTriggers;
  readonly #keyboard: KeyboardTriggers;
  #returnFocus: HTMLElement | null = null;
  #whileShown: AbortController | null = null;
  readonly #cache = new Map<string, CardContent>();
  #token = 0;

  constructor(
    readonly ctx: CardContext,
    readonly signal: AbortSignal,
  ) {
    this.#pointer = new PointerTriggers(this);
    this.#keyboard = new KeyboardTriggers(this);
    signal.addEventListener("abort", () => this.close(false), { once: true });
  }

  shown(): { finding: Finding; how: How } | null {
    return this.#finding && this.#how ? { finding: this.#finding, how: this.#how } : null;
  }

  contains(event: Event): boolean {
    return !!this.#view?.contains(event);
  }

  takeJustClosed(): Finding | null {
    const closed = this.#justClosed;
    this.#justClosed = null;
    return closed;
  }

  /** The "next term" shortcut: scrolls to the next term and shows its hint; false when there is none. */
  nextTerm(): boolean {
    return this.#keyboard.nextTerm();
  }

  /** The "explain" shortcut: the card of the term reached, or of the one at the caret or selection. */
  explainSelection(): boolean {
    return this.#keyboard.explainSelection();
  }

  /** After findings or settings changed: listen only while something is painted; close a card whose text left. */
  update(): void {
    const scanner = this.ctx.scanner();
    this.#pointer.listen(scanner?.painter.painting ? this.ctx.trigger() : null);
    if (this.#finding && (!scanner || !liveRange(this.#finding))) this.close(true);
  }

  async #content(id: string): Promise<CardContent | null> {
    const cached = this.#cache.get(id);
    if (cached) return cached;
    const content = await send("concept/card", { id }).catch(() => null);
    if (content) this.#cache.set(id, content);
    return content;
  }

  async open(f: Finding, how: How, position?: { index: number; total: number }): Promise<void> {
    const id = this.ctx.conceptId(f.concept);
    const token = ++this.#token;
    const content = id ? await this.#content(id) : null;
    if (!content || token !== this.#token || this.signal.aborted || !liveRange(f)) return;
    const active = deepActive();
    const returnFocus = this.#view && active === this.#view.host ? this.#returnFocus : active;
    this.close(false, how === "keyboard" && this.#how === "hint" && this.#finding === f);
    this.#finding = f;
    this.#how = how;
    this.#returnFocus = how === "keyboard" ? returnFocus : null;
    const panel = position
      ? hintPanel(content.name, position.index, position.total)
      : cardPanel(content, this.#actions(content), findingWhere(f.range));
    const view = (this.#view = new CardView(panel, () => liveRange(f)?.getClientRects()[0] ?? null));
    if (position) this.ctx.scanner()?.painter.flash(f.range, 0);
    this.#listenWhileShown(view);
    if (how === "keyboard") panel.focus({ preventScroll: true });
  }

  #actions(content: CardContent): Actions {
    const conceptId = content.id;
    return {
      // Sent inside the click, so the browser lets the background open the side panel.
      more: () =>
        send("panel/open", { conceptId }).then(
          (r) => (r.opened ? null : (r.instead ?? NOT_OPENED)),
          () => NOT_OPENED,
        ),
      addNote: () =>
        send("notes/add-term", { conceptId, ...pageAbout() }).then(
          (r) => r.ok,
          () => false,
        ),
      hide: this.ctx.site
        ? () =>
            send("meaning/hide", { conceptId }).then(
              (r) => r.ok,
              () => false,
            )
        : null,
      close: () => this.close(true),
    };
  }

  #listenWhileShown(view: CardView): void {
    const controller = (this.#whileShown = new AbortController());
    const signal = AbortSignal.any([controller.signal, this.signal]);
    const passive = { capture: true, passive: true, signal };
    addEventListener("keydown", (e) => this.#onKey(e), { capture: true, signal });
    addEventListener(
      "pointerdown",
      (e) => {
        if (view.contains(e)) return;
        this.#justClosed = this.#finding;
        this.close(false);
      },
      passive,
    );
    addEventListener("scroll", () => view.follow(), passive);
    addEventListener("resize", () => view.follow(), passive);
    view.panel.addEventListener("keydown", (e) => this.#keepFocusInside(e, view.panel), { signal });
  }

  #onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === "Escape") {
      consume(e);
      this.close(true);
    } else if (this.#how === "hint" && e.key === "Enter" && !e.altKey && !e.ctrlKey && !e.metaKey) {
      consume(e);
      if (this.#finding) void this.open(this.#finding, "keyboard");
    } else if (this.#how === "hint" && !e.altKey && !e.ctrlKey && !e.metaKey && e.key !== "Shift") {
      // Any other key leaves the hint: the page keeps its keyboard.
      this.close(false);
    }
  }

  /** Tab and Shift+Tab go round the card's buttons while focus is in it. */
  #keepFocusInside(e: KeyboardEvent, panel: HTMLElement): void {
    if (e.key !== "Tab") return;
    const buttons = [...panel.querySelectorAll("button")];
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    const edge = e.shiftKey ? buttons[0] : buttons.at(-1);
    if (active === edge || (e.shiftKey && active === panel)) {
      e.preventDefault();
      (e.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
    }
  }

  /** Closes the card or hint; `restoreFocus` gives focus back to where it was before a keyboard card. */
  close(restoreFocus = false, keepFocusMark = false): void {
    this.#pointer.cancel();
    this.#whileShown?.abort();
    this.#whileShown = null;
    if (!this.#view) return;
    if (!keepFocusMark && (this.#how === "hint" || this.#how === "keyboard"))
      this.ctx.scanner()?.painter.flash(null);
    this.#view.remove();
    this.#view = null;
    this.#finding = null;
    this.#how = null;
    if (restoreFocus && this.#returnFocus?.isConnected) this.#returnFocus.focus({ preventScroll: true });
    this.#returnFocus = null;
  }
}
