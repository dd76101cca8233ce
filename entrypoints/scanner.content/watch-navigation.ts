const POLL_MS = 1000;

/**
 * Single-page apps change the view without loading a page. When the path or query changes, the old
 * view's concepts must go: `onNavigate` runs a full rescan. Hash-only changes keep the same view.
 * Listens without telling the page anything: the Navigation API where there is one, else a cheap poll
 * (history.pushState fires no event of its own).
 */
export function watchNavigation(signal: AbortSignal, onNavigate: () => void): void {
  const viewOf = (href: string) => href.replace(/#.*$/, "");
  let last = viewOf(location.href);
  const check = () => {
    const current = viewOf(location.href);
    if (current === last) return;
    last = current;
    onNavigate();
  };
  addEventListener("popstate", check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // "navigate" fires before the address changes; look again once it has.
    navigation.addEventListener("navigate", () => setTimeout(check, 0), { signal });
    navigation.addEventListener("navigatesuccess", check, { signal });
  } else {
    const timer = setInterval(check, POLL_MS);
    signal.addEventListener("abort", () => clearInterval(timer), { once: true });
  }
}
