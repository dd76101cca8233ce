import { notedPage } from "../../utils/page-limits";

// The page's title and address, only when the user adds a term to their notes (from the popup, the panel
// or the in-page card).
export const pageAbout = (): { title: string; url: string } => notedPage(document.title, location.href);
