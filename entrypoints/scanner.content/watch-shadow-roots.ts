const CHECK_EVERY_MS = 1000;
const MAX_PER_CHECK = 500;

/**
 * Custom elements may attach a shadow root after we have walked them, and attaching one fires no
 * mutation. Elements that had none are re-checked now and then until they get one or leave the page.
 */
export class LateShadowRoots {
  readonly #candidates = new Set<Element>();
  #timer: ReturnType<typeof setInterval> | undefined;

  readonly #read: (el: Element) => ShadowRoot | null;
  readonly #found: (root: ShadowRoot) => void;

  constructor(
    read: (el: Element) => ShadowRoot | null,
    found: (root: ShadowRoot) => void,
    signal: AbortSignal,
  ) {
    this.#read = read;
    this.#found = found;
    signal.addEventListener("abort", () => this.#stop(), { once: true });
  }

  watch(el: Element): void {
    this.#candidates.add(el);
    this.#timer ??= setInterval(() => this.#check(), CHECK_EVERY_MS);
  }

  #check(): void {
    let checked = 0;
    for (const el of this.#candidates) {
      if (++checked > MAX_PER_CHECK) break;
      const root = this.#read(el);
      if (root || !el.isConnected) this.#candidates.delete(el);
      if (root) this.#found(root);
    }
    if (this.#candidates.size === 0) this.#stop();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
