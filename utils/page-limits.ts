// How long a page's title and address may be where a note keeps them ("terms I read about"). One owner
// for the limits: the message schema, the stored notes, the page scanner and the tab fallback all use it.
// Valibot-free, because the page scanner bundles it.

export const PAGE_TITLE_MAX = 300;
export const PAGE_URL_MAX = 2048;

/**
 * A page's title and address as a note keeps them: whitespace tidied, the fragment left out (it often
 * holds state, such as tokens, that a note does not need), and an address too long to keep cut to its
 * origin and path.
 */
export function notedPage(title: string, href: string): { title: string; url: string } {
  const url = href.split("#")[0] ?? "";
  let kept = url;
  if (url.length > PAGE_URL_MAX) {
    try {
      const { origin, pathname } = new URL(url);
      kept = (origin + pathname).slice(0, PAGE_URL_MAX);
    } catch {
      kept = url.slice(0, PAGE_URL_MAX);
    }
  }
  return { title: title.replace(/\s+/g, " ").trim().slice(0, PAGE_TITLE_MAX), url: kept };
}
