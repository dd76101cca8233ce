import { describeQualifier, qualifierAt } from "../../../content/qualifiers";

/** Enough text either side of a term for its sentence and its report line's level heading. */
const AROUND = 800;
const BLOCK = "p,li,td,th,dd,pre,blockquote,section,article,main,body";

/**
 * "at L4-5, left": the level and side written with the term, read here from the text around it. It is
 * shown in the card and goes nowhere else: not to the background, not to storage.
 */
export function findingWhere(range: StaticRange): string {
  const start = range.startContainer;
  const block = (start instanceof Element ? start : start.parentElement)?.closest(BLOCK);
  if (!block) return "";
  const live = document.createRange();
  try {
    live.setStart(block, 0);
    live.setEnd(range.startContainer, range.startOffset);
    const before = live.toString().slice(-AROUND);
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const term = live.toString();
    live.setStart(range.endContainer, range.endOffset);
    live.setEnd(block, block.childNodes.length);
    const after = live.toString().slice(0, AROUND);
    const q = qualifierAt(before + term + after, before.length, before.length + term.length);
    return describeQualifier(q);
  } catch {
    // The page changed the text under the range since it was found: say nothing rather than guess.
    return "";
  } finally {
    live.detach();
  }
}
