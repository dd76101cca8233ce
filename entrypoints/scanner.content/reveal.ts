import type { CompiledVocabulary } from "../../content/matching/compile";
import type { TabResponse } from "../../utils/protocol/tab";
import type { Finding, FindingStore } from "./findings";
import type { HighlightPainter } from "./highlights";

export const byDocumentOrder = (a: Finding, b: Finding): number => {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
};

/**
 * "Show me": scrolls to the next occurrence of a concept (cycling, with `cursor` remembering where each
 * concept was last) and makes it stand out briefly.
 */
export function reveal(
  id: string,
  store: FindingStore,
  painter: HighlightPainter,
  vocabulary: CompiledVocabulary | null,
  cursor: Map<string, number>,
): TabResponse<"page/reveal"> {
  const concept = vocabulary?.concepts.findIndex((c) => c.id === id) ?? -1;
  const list = [...store.visible()].filter(
    (f) => f.concept === concept && f.range.startContainer.isConnected,
  );
  if (concept < 0 || list.length === 0) return { found: false, index: -1, total: 0 };
  list.sort(byDocumentOrder);
  const index = ((cursor.get(id) ?? -1) + 1) % list.length;
  cursor.set(id, index);
  const { range } = list[index];
  const live = document.createRange();
  live.setStart(range.startContainer, Math.min(range.startOffset, (range.startContainer as Text).length));
  live.setEnd(range.endContainer, Math.min(range.endOffset, (range.endContainer as Text).length));
  const rect = live.getBoundingClientRect();
  const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reduceMotion ? "auto" : "smooth" });
  painter.flash(range);
  return { found: true, index, total: list.length };
}
