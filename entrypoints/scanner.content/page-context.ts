import { extensionAlive } from "./extension-api";

/** What the page scanner needs of its content-script context: when to stop. */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** False once the extension that injected us is gone; reading it ends the lifetime then. */
  readonly isValid: boolean;
}

/**
 * Takes the place of WXT's ContentScriptContext in the page scanner (wxt.config.ts aliases it). WXT's
 * announces every start to the page, with window.postMessage and a DOM event that carry our extension id:
 * every page would get a message it never expected (some pages throw on foreign messages), could learn
 * that Sciatica Lens is installed, and could forge the event that stops us. This one tells the page
 * nothing. It ends when the extension is reloaded, updated or removed under the page (the old script's
 * runtime id is gone), which is the only ending a production build has.
 */
export class ContentScriptContext implements Lifetime {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.abort("extension context invalidated");
    return !this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
}
