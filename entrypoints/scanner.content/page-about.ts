// The page's title and address, only when the user adds a term to their notes (from the popup, the panel
// or the in-page card).
// The fragment is left out: it often holds state (tokens, positions) that a note does not need.

const MAX_TITLE = 300;
const MAX_URL = 2048;

export function pageAbout(): { title: string; url: string } {
  const title = document.title.replace(/\s+/g, " ").trim().slice(0, MAX_TITLE);
  const url = location.href.split("#")[0];
  return { title, url: url.length <= MAX_URL ? url : location.origin + location.pathname.slice(0, 1024) };
}
