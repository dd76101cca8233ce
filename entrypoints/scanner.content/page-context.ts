import { extensionAlive } from "./extension-api";
import { watchLocation, type LocationChange } from "./watch-navigation";

/** What the page scanner needs of its content-script context: when to stop. */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** False once the extension that injected us is gone; reading it ends the lifetime then. */
  readonly isValid: boolean;
}

/**
 * Takes the place of WXT's ContentScriptContext in content scripts (wxt.config.ts aliases it), with the
 * same public methods, so WXT's helpers (createShadowRootUi and the like) work with it. WXT's announces
 * every start to the page, with window.postMessage and a DOM event that carry our extension id: every
 * page would get a message it never expected (some pages throw on foreign messages), could learn that
 * Sciatica Lens is installed, and could forge the event that stops us. This one tells the page nothing,
 * and dispatches no events on the page's window. It ends when the extension is reloaded, updated or
 * removed under the page (the old script's runtime id is gone): the only ending a production build has.
 */
export class ContentScriptContext implements Lifetime {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: { cssInjectionMode?: string } & Record<string, unknown>,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort("Content script context invalidated");
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener("abort", callback);
    return () => this.signal.removeEventListener("abort", callback);
  }

  /** A promise that never settles, for work that must not go on after the context ends. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => !this.signal.aborted && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Adds a listener that ends with the context. "wxt:locationchange" (WXT's single-page-app navigation
   * event) is served by the frame's one address watcher (watch-navigation.ts) instead of an event
   * dispatched on the page's window.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject | ((change: LocationChange) => void),
    options?: AddEventListenerOptions,
  ): void {
    if (type === "wxt:locationchange")
      return watchLocation(handler as (change: LocationChange) => void, this.signal);
    target.addEventListener(type, handler as EventListenerOrEventListenerObject, {
      ...options,
      signal: this.signal,
    });
  }
}
