import type { Matcher } from "../../content/matching/matcher";
import type { Finding } from "./findings";
import type { TextSegment } from "./text-segments";

/** Never part of page text here, and never matched across: keeps segments' matches apart. */
const SEPARATOR = "\u0000";

/** Index of the last entry of a sorted array that is <= value (or < value when `strict`). */
function lastAtOrBefore(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strict ? sorted[mid] < value : sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rangeIn(segment: TextSegment, start: number, end: number): StaticRange | null {
  const first = lastAtOrBefore(segment.starts, start, false);
  const last = lastAtOrBefore(segment.starts, end, true);
  const startNode = segment.nodes[first];
  const endNode = segment.nodes[last];
  // The page may have changed the text since it was read; the mutation that did so triggers a rescan.
  const startOffset = Math.min(start - segment.starts[first], startNode.length);
  const endOffset = Math.min(end - segment.starts[last], endNode.length);
  if (startNode === endNode && endOffset <= startOffset) return null;
  return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
}

/** Joins segments with a separator no form can cross, so one matcher run covers them all. */
export function joinSegments(segments: readonly TextSegment[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let length = 0;
  for (const s of segments) {
    offsets.push(length);
    length += s.text.length + SEPARATOR.length;
  }
  return { text: segments.map((s) => s.text).join(SEPARATOR), offsets };
}

/**
 * Runs the matcher once over several segments and turns its matches into ranges, grouped by block; null
 * when `deadline` passed while the matcher was still compiling patterns (try again in the next slice).
 */
export function matchSegments(
  matcher: Matcher,
  segments: readonly TextSegment[],
  deadline = Number.POSITIVE_INFINITY,
): Map<Node, Finding[]> | null {
  const { text, offsets } = joinSegments(segments);
  const concepts = matcher.vocabulary.concepts;
  const found = new Map<Node, Finding[]>();
  const matches = matcher.findAllBefore(text, deadline);
  if (!matches) return null;
  for (const m of matches) {
    const index = lastAtOrBefore(offsets, m.start, false);
    const segment = segments[index];
    const range = rangeIn(segment, m.start - offsets[index], m.end - offsets[index]);
    if (!range) continue;
    const finding: Finding = {
      concept: m.concept,
      category: concepts[m.concept].category,
      contextual: m.contextual,
      range,
    };
    const list = found.get(segment.block);
    if (list) list.push(finding);
    else found.set(segment.block, [finding]);
  }
  return found;
}
