export interface Anchor {
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  /** Set when the card must scroll inside to stay clear of its term. */
  readonly maxHeight: number | null;
}

const MARGIN = 8;
const GAP = 6;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

/**
 * Where a card of `width` × `height` goes beside a term: below it, or above it when only that fits, and
 * otherwise on the roomier side, made shorter (it scrolls) rather than covering the term. Always inside
 * the viewport: a term scrolled out of view keeps its card at the nearest edge.
 */
export function placeCard(
  term: Anchor,
  width: number,
  height: number,
  viewportWidth: number,
  viewportHeight: number,
): Placement {
  const left = Math.round(clamp(term.left, MARGIN, viewportWidth - width - MARGIN));
  const below = viewportHeight - MARGIN - (term.bottom + GAP);
  const above = term.top - GAP - MARGIN;
  const inView = term.bottom > 0 && term.top < viewportHeight;
  if (!inView || height <= below || (height > above && below >= above)) {
    const maxHeight = inView && height > below ? Math.max(below, 0) : null;
    const top = inView
      ? term.bottom + GAP
      : clamp(term.bottom + GAP, MARGIN, viewportHeight - height - MARGIN);
    return { left, top: Math.round(top), maxHeight };
  }
  const fits = height <= above;
  return {
    left,
    top: Math.round(fits ? term.top - GAP - height : MARGIN),
    maxHeight: fits ? null : Math.max(above, 0),
  };
}
