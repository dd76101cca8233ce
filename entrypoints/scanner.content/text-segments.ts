// Splits a root's visible text into segments: the text of one block, joined across inline elements
// ("herniated <em>disc</em>"), without touching the DOM. Form fields, editors, scripts and our own UI are skipped.

export const OWN_UI_TAG = "sciatica-lens-card";

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "input",
  "select",
  "option",
  "button",
  "iframe",
  "frame",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "svg",
  "math",
  "head",
  "title",
  "meta",
  "link",
  OWN_UI_TAG,
]);

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "center",
  "menu",
  "dir",
  "listing",
  "plaintext",
  "xmp",
]);

export interface TextSegment {
  /** The block element whose text this is (or the shadow root itself, for text directly inside one). */
  readonly block: Node;
  readonly nodes: Text[];
  /** Offset of each node's text within `text`. */
  readonly starts: number[];
  text: string;
}

const isEditable = (el: Element): boolean => {
  const value = el.getAttribute("contenteditable");
  return value !== null && value.toLowerCase() !== "false";
};

/** Elements whose subtree is never read: they are not page text, or the user is typing in them. */
export const isSkipped = (el: Element): boolean => SKIP.has(el.localName) || isEditable(el);

/** Custom elements usually render as blocks; treating them as one keeps separate components apart. */
export const isBlock = (el: Element): boolean => BLOCK.has(el.localName) || el.localName.includes("-");

/** The block a node's text belongs to: a block element, or the document or shadow root itself. */
export function nearestBlock(node: Node): Node {
  let el = node.parentElement;
  for (; el; el = el.parentElement) if (isBlock(el)) return el;
  return node.getRootNode();
}

/** A document the user edits as a whole (designMode, as old-style rich-text editors in frames use). */
export const isInEditableDocument = (node: Node): boolean =>
  (node.ownerDocument ?? (node as Document)).designMode === "on";

/** True when the node is inside something we never read (checked upwards, for mutation targets). */
export function isInsideSkipped(node: Node): boolean {
  if (isInEditableDocument(node)) return true;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}
