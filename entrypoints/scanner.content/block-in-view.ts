import { isBlock, isInsideSkipped } from "./text-segments";

/**
 * On a page the reader has scrolled down, the block in view is read first, so its terms are marked
 * before the rest of a long page. Null at the top of a page, where document order already starts there.
 */
export function blockInView(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win || win.scrollY < win.innerHeight) return null;
  let el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  while (el && !isBlock(el)) el = el.parentElement;
  // One level up holds a screenful rather than a line, unless it is a huge container.
  const parent = el?.parentElement;
  if (parent && parent !== doc.body && parent.childElementCount <= 50) el = parent;
  return el && el !== doc.body && el !== doc.documentElement && !isInsideSkipped(el) ? el : null;
}
