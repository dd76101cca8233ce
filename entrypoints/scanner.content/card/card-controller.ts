import type { Category } from "../../../content/ids";
import type { CardContent } from "../../../utils/messages";
import type { CardTrigger } from "../../../utils/storage/settings-schema";
import { send } from "../extension-api";
import type { Finding } from "../findings";
import { byDocumentOrder } from "../reveal";
import type { PageScanner } from "../scanner";
import { CardView, cardPanel, hintPanel, type Actions } from "./card-view";
import { findingAt, findingTouching, liveRange } from "./hit-test";

const HOVER_OPEN_MS = 400;
const HOVER_CLOSE_MS = 300;
/** A click on these belongs to the page (a link, a control), even on a highlighted term. */
const INTERACTIVE =
  "a[href],button,input,select,textarea,label,summary,[contenteditable],[role=button],[role=link]";

type How = "click" | "hover" | "keyboard" | "hint";

export interface CardContext {
  scanner(): PageScanner | null;
  conceptId(index: number): string | undefined;
  trigger(): CardTrigger;
  /** Whether the user's settings show this category (painted or not). */
  shown(category: Category): boolean;
  /** The host name "Not this meaning here" is remembered for ("" where there is none). */
  readonly site: string;
}

const deepActive = (): HTMLElement | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

const consume = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

/** The page's URL for a note: without the fragment, and cut to what the message allows. */
const pageUrl = (): string => {
  const url = location.href.replace(/#.*$/, "");
  return url.length <= 2048 ? url : (location.origin + location.pathname).slice(0, 2048);
};

/**
 * The in-page card: opened by a click (or hover) on a painted term, by the "explain" shortcut at the
 * caret or selection, or with Enter after the "next term" shortcut. It listens to the page only while
 * something is painted (clicks, and pointer moves in hover mode) or while a card is shown.
 */
export class CardController {
  private view: CardView | null = null;
  private finding: Finding | null = null;
  private how: How | null = null;
  private returnFocus: HTMLElement | null = null;
  private whileShown: AbortController | null = null;
  private watching: AbortController | null = null;
  private mode = "";
  private readonly cache = new Map<string, CardContent>();
  private jumped: Finding | null = null;
  private justClosed: Finding | null = null;
  private token = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private moveFrame = 0;

  constructor(
    private readonly ctx: CardContext,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", () => this.close(false), { once: true });
  }

  /** After findings or settings changed: listen only while something is painted; close a card whose text left. */
  update(): void {
    const scanner = this.ctx.scanner();
    const mode = scanner?.painter.painting ? this.ctx.trigger() : "";
    if (mode !== this.mode) this.watch(mode);
    if (this.finding && (!scanner || !liveRange(this.finding))) this.close(true);
  }

  private watch(mode: string): void {
    this.watching?.abort();
    this.mode = mode;
    if (!mode) return;
    this.watching = new AbortController();
    const options = {
      capture: true,
      passive: true,
      signal: AbortSignal.any([this.watching.signal, this.signal]),
    };
    addEventListener("click", (e) => this.onClick(e), options);
    if (mode === "hover") addEventListener("pointermove", (e) => this.onMove(e), options);
  }

  private hit(x: number, y: number): Finding | null {
    const scanner = this.ctx.scanner();
    if (!scanner) return null;
    const shadowRoots = scanner.rootList.filter((r): r is ShadowRoot => r instanceof ShadowRoot);
    return findingAt(x, y, scanner.store, scanner.painter, shadowRoots);
  }

  private onClick(e: MouseEvent): void {
    const closed = this.justClosed;
    this.justClosed = null;
    if (!e.isTrusted || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (this.view?.contains(e) || !getSelection()?.isCollapsed) return;
    const target = e.composedPath()[0];
    if (target instanceof Element && target.closest(INTERACTIVE)) return;
    const f = this.hit(e.clientX, e.clientY);
    // A second click on the term whose card that click's press just closed leaves it closed.
    if (f && f !== closed) void this.open(f, "click");
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType !== "mouse" || !e.isTrusted) return;
    const overCard = !!this.view?.contains(e);
    const { clientX: x, clientY: y } = e;
    cancelAnimationFrame(this.moveFrame);
    this.moveFrame = requestAnimationFrame(() => {
      const f = overCard ? this.finding : this.hit(x, y);
      if (f && f === this.finding) {
        clearTimeout(this.closeTimer);
        this.closeTimer = undefined;
        return;
      }
      clearTimeout(this.hoverTimer);
      if (f) this.hoverTimer = setTimeout(() => void this.open(f, "hover"), HOVER_OPEN_MS);
      if (this.how === "hover" && this.closeTimer === undefined)
        this.closeTimer = setTimeout(() => this.close(false), HOVER_CLOSE_MS);
    });
  }

  private async content(id: string): Promise<CardContent | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const content = await send("concept/card", { id }).catch(() => null);
    if (content) this.cache.set(id, content);
    return content;
  }

  async open(f: Finding, how: How, position?: { index: number; total: number }): Promise<void> {
    const id = this.ctx.conceptId(f.concept);
    const token = ++this.token;
    const content = id ? await this.content(id) : null;
    if (!content || token !== this.token || this.signal.aborted || !liveRange(f)) return;
    const active = deepActive();
    const returnFocus = this.view && active === this.view.host ? this.returnFocus : active;
    const keepFocusMark = how === "keyboard" && this.how === "hint" && this.finding === f;
    this.close(false, keepFocusMark);
    this.finding = f;
    this.how = how;
    this.returnFocus = how === "keyboard" ? returnFocus : null;
    const panel = position
      ? hintPanel(content.name, position.index, position.total)
      : cardPanel(content, this.actions(content));
    const view = (this.view = new CardView(panel, () => liveRange(f)?.getClientRects()[0] ?? null));
    if (position) this.ctx.scanner()?.painter.flash(f.range, 0);
    this.listenWhileShown(view);
    if (how === "keyboard") panel.focus({ preventScroll: true });
  }

  private actions(content: CardContent): Actions {
    const conceptId = content.id;
    return {
      // Sent inside the click, so the browser lets the background open the side panel.
      more: () =>
        send("panel/open", { conceptId }).then(
          (r) => r.opened,
          () => false,
        ),
      addNote: () =>
        send("notes/add-term", { conceptId, title: document.title.slice(0, 300), url: pageUrl() }).then(
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

  private listenWhileShown(view: CardView): void {
    const controller = (this.whileShown = new AbortController());
    const signal = AbortSignal.any([controller.signal, this.signal]);
    const passive = { capture: true, passive: true, signal };
    addEventListener("keydown", (e) => this.onKey(e), { capture: true, signal });
    addEventListener(
      "pointerdown",
      (e) => {
        if (view.contains(e)) return;
        this.justClosed = this.finding;
        this.close(false);
      },
      passive,
    );
    addEventListener("scroll", () => view.follow(), passive);
    addEventListener("resize", () => view.follow(), passive);
    view.panel.addEventListener("keydown", (e) => this.keepFocusInside(e, view.panel), { signal });
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === "Escape") {
      consume(e);
      this.close(true);
    } else if (this.how === "hint" && e.key === "Enter" && !e.altKey && !e.ctrlKey && !e.metaKey) {
      consume(e);
      if (this.finding) void this.open(this.finding, "keyboard");
    } else if (this.how === "hint" && !e.altKey && !e.ctrlKey && !e.metaKey && e.key !== "Shift") {
      this.close(false);
    }
  }

  /** Tab and Shift+Tab go round the card's buttons while focus is in it. */
  private keepFocusInside(e: KeyboardEvent, panel: HTMLElement): void {
    if (e.key !== "Tab") return;
    const buttons = [...panel.querySelectorAll("button")];
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    const edge = e.shiftKey ? buttons[0] : buttons.at(-1);
    if (active === edge || (e.shiftKey && active === panel)) {
      e.preventDefault();
      (e.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
    }
  }

  close(restoreFocus: boolean, keepFocusMark = false): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    this.whileShown?.abort();
    this.whileShown = null;
    if (!this.view) return;
    if (!keepFocusMark && (this.how === "hint" || this.how === "keyboard"))
      this.ctx.scanner()?.painter.flash(null);
    this.view.remove();
    this.view = null;
    this.finding = null;
    this.how = null;
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** "Next term" shortcut: scrolls to the next visible term after the last one (or the first in view) and marks it. */
  nextTerm(): boolean {
    const scanner = this.ctx.scanner();
    if (!scanner) return false;
    const list = [...scanner.store.visible()]
      .filter((f) => this.ctx.shown(f.category) && liveRange(f))
      .sort(byDocumentOrder);
    if (list.length === 0) return false;
    const last = this.jumped;
    let index = last
      ? list.findIndex((f) => byDocumentOrder(f, last) > 0)
      : list.findIndex((f) => liveRange(f)!.getBoundingClientRect().bottom > 0);
    if (index < 0) index = 0;
    const f = (this.jumped = list[index]);
    const rect = liveRange(f)!.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
      f.range.startContainer.parentElement?.scrollIntoView({
        block: "center",
        behavior: smooth ? "smooth" : "auto",
      });
    }
    void this.open(f, "hint", { index: index + 1, total: list.length });
    return true;
  }

  /** "Explain" shortcut: the term just reached with "next term", or the one at the caret or selection. */
  explainSelection(): boolean {
    const active = document.activeElement;
    // Every frame is asked; only the one the user is in answers (a parent frame has focus too).
    if (!document.hasFocus() || active instanceof HTMLIFrameElement || active?.localName === "frame")
      return false;
    if (this.how === "hint" && this.finding) {
      void this.open(this.finding, "keyboard");
      return true;
    }
    const scanner = this.ctx.scanner();
    const selection = getSelection();
    if (!scanner || !selection?.rangeCount) return false;
    const f = findingTouching(selection.getRangeAt(0), scanner.store, (x) => this.ctx.shown(x.category));
    if (f) void this.open(f, "keyboard");
    return !!f;
  }
}
