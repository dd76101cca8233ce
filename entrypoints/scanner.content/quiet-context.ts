// Stands in for WXT's ContentScriptContext in the page scanner's build (see wxt.config.ts). WXT's own
// announces every start to the page: a window.postMessage and a DOM event named after the extension's id,
// which any page can read to fingerprint the user, and which reaches pages' own message handlers. This
// one keeps the same API and says nothing to the page.

type Api = { runtime?: { id?: string } };
/** `__sciaticaLensStop` lives in our isolated world only (pages cannot see it): it stops an earlier copy. */
const scope = globalThis as { browser?: Api; chrome?: Api; __sciaticaLensStop?: () => void };
const api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
const LOCATION_POLL_MS = 1000;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // A script left behind by an extension update or reload in the same world hands over to this one.
    scope.__sciaticaLensStop?.();
    scope.__sciaticaLensStop = () => this.abort("A newer copy of the script started");
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** The extension was reloaded, updated or removed under the page: its APIs are gone. */
  get isInvalid(): boolean {
    if (api?.runtime?.id == null) this.abort("Content script context invalidated");
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener("abort", callback);
    return () => this.signal.removeEventListener("abort", callback);
  }

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
    const id = requestIdleCallback((deadline) => this.isValid && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** "wxt:locationchange" is polled here and handed to the handler, never dispatched into the page. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === "wxt:locationchange") {
      let last = location.href;
      this.setInterval(() => {
        if (location.href === last) return;
        last = location.href;
        handler(new Event(type));
      }, LOCATION_POLL_MS);
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
