// The context rule, in one place: a contextual match (a form that is common outside sciatica, such as
// "numbness") counts only on a page, or in a text, that also has an anchor match.

interface Flagged {
  readonly contextual: boolean;
}

/** A match that counts on its own: a form of a concept that is not contextual, itself not contextual. */
export const isAnchorMatch = (match: Flagged): boolean => !match.contextual;

/** Whether one match counts, given whether its page has an anchor match anywhere. */
export const countsOnPage = (match: Flagged, pageHasAnchor: boolean): boolean =>
  isAnchorMatch(match) || pageHasAnchor;

/** The matches of one page (or one text) that count, from all of its matches. */
export function applyContextRule<T extends Flagged>(matches: Iterable<T>): T[] {
  const all = [...matches];
  const pageHasAnchor = all.some(isAnchorMatch);
  return all.filter((match) => countsOnPage(match, pageHasAnchor));
}
