const POLL_MS = 1000;

export interface LocationChange {
  readonly newUrl: URL;
  readonly oldUrl: URL;
}
type LocationListener = (change: LocationChange) => void;

// The frame's one watcher of its address: the scanner's rescans and WXT's "wxt:locationchange" both
// listen here, so a single-page app's navigation is noticed once, by one set of listeners and one poll.
const listeners = new Set<LocationListener>();
let watching: AbortController | null = null;

/**
 * Listens without telling the page anything: the Navigation API where there is one, else a cheap poll
 * (history.pushState fires no event of its own). Stops when the last listener's signal has aborted.
 */
function startWatching(): void {
  const controller = (watching = new AbortController());
  const { signal } = controller;
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    const change = { newUrl: new URL(location.href), oldUrl: new URL(last) };
    last = location.href;
    for (const listener of [...listeners]) listener(change);
  };
  addEventListener("popstate", check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // "navigate" fires before the address changes; look again once it has.
    navigation.addEventListener("navigate", () => setTimeout(() => signal.aborted || check(), 0), { signal });
    navigation.addEventListener("navigatesuccess", check, { signal });
  } else {
    const timer = setInterval(check, POLL_MS);
    signal.addEventListener("abort", () => clearInterval(timer), { once: true });
  }
}

/** Calls `listener` whenever the address changes (the hash too), until `signal` aborts. */
export function watchLocation(listener: LocationListener, signal: AbortSignal): void {
  if (signal.aborted) return;
  listeners.add(listener);
  signal.addEventListener(
    "abort",
    () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      watching?.abort();
      watching = null;
    },
    { once: true },
  );
  if (!watching) startWatching();
}

const viewOf = (url: URL) => url.href.replace(/#.*$/, "");

/**
 * Single-page apps change the view without loading a page. When the path or query changes, the old
 * view's concepts must go: `onNavigate` runs a full rescan. Hash-only changes keep the same view.
 */
export function watchNavigation(signal: AbortSignal, onNavigate: () => void): void {
  watchLocation(({ newUrl, oldUrl }) => viewOf(newUrl) !== viewOf(oldUrl) && onNavigate(), signal);
}
