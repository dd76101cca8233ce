import type { ContentScriptContext } from "wxt/utils/content-script-context";

/**
 * Single-page apps change the view without loading a page. When the path or query changes, the old
 * view's concepts must go: `onNavigate` runs a full rescan. Hash-only changes keep the same view.
 */
export function watchNavigation(ctx: ContentScriptContext, onNavigate: () => void): void {
  const viewOf = (href: string) => href.replace(/#.*$/, "");
  let last = viewOf(location.href);
  const check = () => {
    const current = viewOf(location.href);
    if (current === last) return;
    last = current;
    onNavigate();
  };
  ctx.addEventListener(window, "wxt:locationchange", check);
  ctx.addEventListener(window, "popstate", check);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, "navigatesuccess" as keyof WindowEventMap, check);
}
