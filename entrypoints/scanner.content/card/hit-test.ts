import type { Finding, FindingStore } from "../findings";
import type { HighlightPainter } from "../highlights";

type HitResult = { highlight: Highlight; ranges: AbstractRange[] };
type Registry = HighlightRegistry & {
  highlightsFromPoint?(x: number, y: number, options?: { shadowRoots: ShadowRoot[] }): HitResult[];
};
type CaretDocument = Document & {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** A live copy of a finding's range, or null when its text has changed under it. */
export function liveRange(f: Finding): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = f.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  try {
    const range = document.createRange();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  } catch {
    return null;
  }
}

/**
 * The painted finding under the point (x, y), found without touching the page: the browser's own
 * highlight hit test where it has one, then (where it has none, or it found nothing) the caret position
 * at the point, checked against the findings of that text's block and confirmed against the term's boxes
 * (a caret snaps to the nearest text even beside it). Chromium's test (150) misses terms wherever
 * devicePixelRatio is not 1: most of a term at 125%, all of it at 200% zoom or on a high-density screen.
 */
export function findingAt(
  x: number,
  y: number,
  store: FindingStore,
  painter: HighlightPainter,
  shadowRoots: ShadowRoot[],
): Finding | null {
  const registry = CSS.highlights as Registry;
  if (registry.highlightsFromPoint) {
    const ours = registry
      .highlightsFromPoint(x, y, { shadowRoots })
      .filter((hit) => painter.owns(hit.highlight));
    // Only the findings of the blocks around each hit: a pointer move must not walk a whole long page.
    for (const hit of ours)
      for (const r of hit.ranges)
        for (const f of store.near(r.startContainer)) if (f.range === r && store.isVisible(f)) return f;
  }
  const doc = document as CaretDocument;
  const caret = document.createRange();
  try {
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
      if (!p) return null;
      caret.setStart(p.offsetNode, p.offset);
    } else {
      const r = doc.caretRangeFromPoint?.(x, y);
      if (!r) return null;
      caret.setStart(r.startContainer, r.startOffset);
    }
  } catch {
    return null;
  }
  return findingTouching(
    caret,
    store,
    (f) => painter.paints(f.category),
    (r) => [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom),
  );
}

/** The first visible finding that `range` (a caret or a selection) touches, passing `accept` and `confirm`. */
export function findingTouching(
  range: Range,
  store: FindingStore,
  accept: (f: Finding) => boolean,
  confirm: (term: Range) => boolean = () => true,
): Finding | null {
  const candidates = new Set([...store.near(range.startContainer), ...store.near(range.endContainer)]);
  for (const f of candidates) {
    if (!store.isVisible(f) || !accept(f)) continue;
    const term = liveRange(f);
    try {
      const touches =
        term &&
        (term.comparePoint(range.startContainer, range.startOffset) === 0 ||
          range.comparePoint(term.startContainer, term.startOffset) === 0);
      if (touches && confirm(term)) return f;
    } catch {
      // A point in another tree (a shadow root): not this finding.
    }
  }
  return null;
}
